#include "CustomerImportTemplate.h"

#include "CustomerImporter.h"
#include "CustomerRules.h"
#include "CustomerService.h"
#include "setup/ReferenceData.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>

namespace ketong {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::CustomerImportTemplate)
};

/// Columns that hold text made of digits: formatted as text so that Excel keeps what is typed (000123).
bool isTextColumn(const QString& key)
{
    static const QStringList keys{QStringLiteral("code"),         QStringLiteral("zip"),
                                  QStringLiteral("tel"),          QStringLiteral("fax"),
                                  QStringLiteral("licence_no"),   QStringLiteral("bank_account"),
                                  QStringLiteral("local_tax_no"), QStringLiteral("national_tax_no")};
    return keys.contains(key);
}

/// The sample row (data, like the demo company's): a customer that imports as it is, in 北京 when the
/// dictionary has that region.
QHash<QString, QString> sampleRow(const CustomerRules& rules)
{
    const QList<DictItem> regions = rules.items(DictType::Region);
    const QList<DictItem> levels = rules.items(DictType::CustomerLevel);
    const QList<CustomerRules::Account> managers = rules.activeManagers();
    const QString beijing = QStringLiteral("北京");
    const bool hasBeijing =
        std::any_of(regions.cbegin(), regions.cend(), [&beijing](const DictItem& i) { return i.item == beijing; });
    return {
        {QStringLiteral("name"), QStringLiteral("北京远航物流有限公司")},
        {QStringLiteral("region"), hasBeijing          ? beijing
                                   : regions.isEmpty() ? QString()
                                                       : regions.constFirst().item},
        {QStringLiteral("manager"), managers.isEmpty() ? QString() : managers.constFirst().login},
        {QStringLiteral("level"), levels.isEmpty() ? QString() : levels.constFirst().item},
        {QStringLiteral("satisfaction"), QStringLiteral("3")},
        {QStringLiteral("credit"), QStringLiteral("3")},
        {QStringLiteral("address"), QStringLiteral("北京市朝阳区建国路 88 号")},
        {QStringLiteral("zip"), QStringLiteral("100022")},
        {QStringLiteral("tel"), QStringLiteral("010-6588 1234")},
        {QStringLiteral("fax"), QStringLiteral("010-6588 1235")},
        {QStringLiteral("email"), QStringLiteral("info@yuanhang.com.cn")},
        {QStringLiteral("website"), QStringLiteral("www.yuanhang.com.cn")},
        {QStringLiteral("legal_rep"), QStringLiteral("李海涛")},
        {QStringLiteral("registered_capital"), QStringLiteral("1200")},
        {QStringLiteral("turnover"), QStringLiteral("5000")},
        {QStringLiteral("bank"), QStringLiteral("中国工商银行北京朝阳支行")},
    };
}

/// Writes `values` down column `column` of the lists sheet under `title`; returns the formula of the range
/// (empty when there are no values).
QByteArray writeList(lxw_worksheet* lists, lxw_col_t column, const QString& title, const QStringList& values,
                     lxw_format* bold, const QString& sheetName)
{
    worksheet_write_string(lists, 0, column, title.toUtf8().constData(), bold);
    for (int i = 0; i < values.size(); ++i)
        worksheet_write_string(lists, lxw_row_t(i + 1), column, values.at(i).toUtf8().constData(), nullptr);
    if (values.isEmpty())
        return {};
    const QString letter = QChar(char16_t(u'A' + column));
    return QStringLiteral("='%1'!$%2$2:$%2$%3").arg(sheetName, letter).arg(values.size() + 1).toUtf8();
}

/// The second sheet: the allowed regions, account managers (login and name) and levels. Returns the range
/// formula of each list by the key of the column it serves.
QHash<QString, QByteArray> writeLists(lxw_worksheet* lists, const CustomerRules& rules, const QString& sheetName,
                                      lxw_format* bold)
{
    QStringList regions, managers, names, levels;
    for (const DictItem& i : rules.items(DictType::Region))
        regions << i.item;
    for (const DictItem& i : rules.items(DictType::CustomerLevel))
        levels << i.item;
    for (const CustomerRules::Account& a : rules.activeManagers()) {
        managers << a.login;
        names << a.name;
    }
    QHash<QString, QByteArray> formulas{
        {QStringLiteral("region"), writeList(lists, 0, QStringLiteral("地区"), regions, bold, sheetName)},
        {QStringLiteral("manager"), writeList(lists, 1, QStringLiteral("客户经理"), managers, bold, sheetName)},
        {QStringLiteral("level"), writeList(lists, 3, QStringLiteral("客户等级"), levels, bold, sheetName)},
    };
    writeList(lists, 2, Tr::tr("Name"), names, bold, sheetName);
    worksheet_set_column(lists, 0, 3, 18, nullptr);
    worksheet_protect(lists, nullptr, nullptr);
    return formulas;
}

/// A drop-down list of the range `formula` on column `column`, every row below the header.
void addList(lxw_worksheet* sheet, lxw_col_t column, const QByteArray& formula, const QString& listsName)
{
    const QByteArray inputTitle = Tr::tr("Choose from the list").toUtf8();
    const QByteArray inputMessage = Tr::tr("The import accepts only the values of this list.").toUtf8();
    const QByteArray errorTitle = Tr::tr("Not in the list").toUtf8();
    const QByteArray errorMessage =
        Tr::tr("Choose a value from the list; the sheet \"%1\" shows every allowed value.").arg(listsName).toUtf8();
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = const_cast<char*>(formula.constData());
    validation.input_title = const_cast<char*>(inputTitle.constData());
    validation.input_message = const_cast<char*>(inputMessage.constData());
    validation.error_title = const_cast<char*>(errorTitle.constData());
    validation.error_message = const_cast<char*>(errorMessage.constData());
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    worksheet_data_validation_range(sheet, 1, column, LXW_ROW_MAX - 1, column, &validation);
}

} // namespace

CustomerImportTemplate::CustomerImportTemplate(const Database& db, Session session)
    : m_db(db)
    , m_session(std::move(session))
{}

Status CustomerImportTemplate::write(const QString& path) const
{
    if (auto s = CustomerService::requireWriter(m_session); !s)
        return s;
    auto rules = CustomerRules::load(m_db);
    if (!rules)
        return rules.error();
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error(ErrorCode::Io, tr("Cannot replace %1").arg(path), QStringLiteral("file"));
    lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return Error(ErrorCode::Io, tr("Cannot create %1").arg(path), QStringLiteral("file"));
    const QString listsName = tr("Allowed values");
    lxw_worksheet* sheet = workbook_add_worksheet(book, tr("Customers").toUtf8().constData());
    lxw_worksheet* lists = workbook_add_worksheet(book, listsName.toUtf8().constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* required = workbook_add_format(book);
    format_set_bold(required);
    format_set_font_color(required, 0xC0392B);
    lxw_format* text = workbook_add_format(book);
    format_set_num_format(text, "@");
    const QHash<QString, QByteArray> formulas = writeLists(lists, *rules, listsName, bold);
    const QHash<QString, QString> sample = sampleRow(*rules);
    const QList<TableReader::Column>& columns = CustomerImporter::columns();
    for (lxw_col_t c = 0; c < lxw_col_t(columns.size()); ++c) {
        const TableReader::Column& column = columns.at(c);
        lxw_format* format = isTextColumn(column.key) ? text : nullptr;
        const bool wide = column.key == QLatin1String("name") || column.key == QLatin1String("address");
        worksheet_write_string(sheet, 0, c, column.label.toUtf8().constData(), column.required ? required : bold);
        worksheet_set_column(sheet, c, c, wide ? 32 : 16, format);
        if (const QString value = sample.value(column.key); !value.isEmpty())
            worksheet_write_string(sheet, 1, c, value.toUtf8().constData(), format);
        if (const QByteArray formula = formulas.value(column.key); !formula.isEmpty())
            addList(sheet, c, formula, listsName);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (workbook_close(book) != LXW_NO_ERROR)
        return Error(ErrorCode::Io, tr("Writing %1 failed").arg(path), QStringLiteral("file"));
    return {};
}

} // namespace ketong
