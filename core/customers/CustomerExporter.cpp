#include "CustomerExporter.h"

#include "CustomerImporter.h"
#include "CustomerService.h"
#include "common/CsvWriter.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace ketong {

namespace {
/// The SELECT list in the order of CustomerImporter::columns().
const char* const kSelect =
    "c.code, c.name, COALESCE(rg.item, c.region), u.login, c.level, c.satisfaction, c.credit, c.address, c.zip, "
    "c.tel, c.fax, c.email, c.website, c.licence_no, c.legal_rep, c.registered_capital, c.turnover, c.bank, "
    "c.bank_account, c.local_tax_no, c.national_tax_no";
/// Columns written as numbers in XLSX (level, satisfaction, credit, registered capital, turnover).
bool isNumberColumn(int column)
{
    return column == 4 || column == 5 || column == 6 || column == 15 || column == 16;
}
} // namespace

CustomerExporter::CustomerExporter(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

CustomerFilter CustomerExporter::allCustomers()
{
    CustomerFilter f;
    f.status = 0;
    return f;
}

Status CustomerExporter::forEachRow(const CustomerFilter& filter,
                                    const std::function<void(const QStringList&)>& write) const
{
    // The list's own query decides rights, filters and quick view; only the columns differ.
    auto list = CustomerService(m_db, m_clock, m_session).listQuery(filter);
    if (!list)
        return list.error();
    SqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY c.code")
                  .arg(QString::fromLatin1(kSelect), list->from,
                       list->where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + list->where));
    q.bindAll(list->values);
    if (auto s = q.exec(); !s)
        return s;
    const int columns = int(CustomerImporter::columns().size());
    QStringList row;
    while (q.next()) {
        row.clear();
        for (int i = 0; i < columns; ++i) {
            const QVariant v = q.value(i);
            row << (v.isNull() ? QString() : v.toString()); // QPSQL's typed null would read "0"
        }
        write(row);
    }
    return {};
}

Result<int> CustomerExporter::writeCsv(QIODevice& device, const CustomerFilter& filter, bool bom) const
{
    CsvWriter csv(device, bom);
    QStringList header;
    for (const CsvReader::Column& c : CustomerImporter::columns())
        header << c.key;
    csv.writeRow(header);
    int count = 0;
    if (auto s = forEachRow(filter,
                            [&](const QStringList& row) {
                                csv.writeRow(row);
                                ++count;
                            });
        !s)
        return s.error();
    if (auto s = csv.status(); !s)
        return s.error();
    return count;
}

Result<int> CustomerExporter::writeXlsx(const QString& path, const CustomerFilter& filter) const
{
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error(ErrorCode::Io, tr("Cannot replace %1").arg(path), QStringLiteral("file"));
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written
    lxw_workbook* book = workbook_new_opt(file.constData(), &options);
    if (!book)
        return Error(ErrorCode::Io, tr("Cannot create %1").arg(path), QStringLiteral("file"));
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    const QList<CsvReader::Column>& columns = CustomerImporter::columns();
    for (int c = 0; c < columns.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), columns.at(c).label.toUtf8().constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c == 1 || c == 7 ? 36 : 16, nullptr);
    }
    lxw_row_t r = 1;
    auto s = forEachRow(filter, [&](const QStringList& row) {
        for (int c = 0; c < row.size(); ++c) {
            const QString& text = row.at(c);
            if (text.isEmpty())
                continue;
            if (isNumberColumn(c))
                worksheet_write_number(sheet, r, lxw_col_t(c), text.toDouble(), nullptr);
            else
                worksheet_write_string(sheet, r, lxw_col_t(c), text.toUtf8().constData(), nullptr);
        }
        ++r;
    });
    const lxw_error closed = workbook_close(book);
    if (!s)
        return s.error();
    if (closed != LXW_NO_ERROR)
        return Error(ErrorCode::Io, tr("Writing %1 failed").arg(path), QStringLiteral("file"));
    return int(r) - 1;
}

} // namespace ketong
