#include "CustomerImporter.h"

#include "CustomerImportChecker.h"
#include "CustomerService.h"
#include "CustomerStore.h"
#include "common/CsvWriter.h"
#include "db/BigCache.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "exchange/TableFile.h"

#include <QFile>

namespace ketong {

namespace {
/// New customers written per insertMany() call (and per progress step).
constexpr int kInsertSlice = 2000;
} // namespace

QString ImportIssue::position() const
{
    return TableReader::position(sheet, line, column);
}

QString ImportIssue::toString(const QString& fileName) const
{
    if (warning)
        return QStringLiteral("%1:%2: %3: %4")
            .arg(fileName, position(), QCoreApplication::translate("ketong::CustomerImporter", "warning"), message);
    return QStringLiteral("%1:%2: %3").arg(fileName, position(), message);
}

int ImportReport::errorCount() const
{
    return int(std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue& i) { return !i.warning; }));
}

int ImportReport::warningCount() const
{
    return int(issues.size()) - errorCount();
}

QString ImportReport::summary() const
{
    return QStringLiteral("created %1, updated %2, unchanged %3").arg(created).arg(updated).arg(unchanged);
}

CustomerImporter::CustomerImporter(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

const QList<TableReader::Column>& CustomerImporter::columns()
{
    static const QList<TableReader::Column> list{
        {QStringLiteral("code"), QStringLiteral("客户编号")},
        {QStringLiteral("name"), QStringLiteral("客户名称"), true},
        {QStringLiteral("region"), QStringLiteral("地区"), true},
        {QStringLiteral("manager"), QStringLiteral("客户经理"), true},
        {QStringLiteral("level"), QStringLiteral("客户等级")},
        {QStringLiteral("satisfaction"), QStringLiteral("客户满意度")},
        {QStringLiteral("credit"), QStringLiteral("客户信用度")},
        {QStringLiteral("address"), QStringLiteral("地址")},
        {QStringLiteral("zip"), QStringLiteral("邮政编码")},
        {QStringLiteral("tel"), QStringLiteral("电话")},
        {QStringLiteral("fax"), QStringLiteral("传真")},
        {QStringLiteral("email"), QStringLiteral("电子邮箱")},
        {QStringLiteral("website"), QStringLiteral("网址")},
        {QStringLiteral("licence_no"), QStringLiteral("营业执照注册号")},
        {QStringLiteral("legal_rep"), QStringLiteral("法人")},
        {QStringLiteral("registered_capital"), QStringLiteral("注册资金(万元)")},
        {QStringLiteral("turnover"), QStringLiteral("年营业额(万元)")},
        {QStringLiteral("bank"), QStringLiteral("开户银行")},
        {QStringLiteral("bank_account"), QStringLiteral("银行帐号")},
        {QStringLiteral("local_tax_no"), QStringLiteral("地税登记号")},
        {QStringLiteral("national_tax_no"), QStringLiteral("国税登记号")},
    };
    return list;
}

Result<QByteArray> CustomerImporter::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()), QStringLiteral("file"));
    return file.readAll();
}

Status CustomerImporter::requireImporter() const
{
    return CustomerService::requireWriter(m_session);
}

Result<ImportReport> CustomerImporter::check(const TableReader& table, const QString& fileName,
                                             const Progress& progress, int totalSteps) const
{
    ImportReport report;
    report.fileName = fileName;
    report.source = table.source();
    if (table.source() == TableReader::Source::Csv)
        report.encoding = static_cast<const CsvReader&>(table).encoding(); // TableFile gives a CsvReader for CSV
    report.sheet = table.sheet();
    report.headerLine = table.headerLine();
    report.header = table.header();
    auto rules = CustomerRules::load(m_db);
    if (!rules)
        return rules.error();
    CustomerImportChecker checker(m_db, m_session, *rules, table, report);
    QSet<int> broken;
    for (const TableReader::Issue& i : table.issues()) {
        if (i.line > table.headerLine()) // a data row whose cells cannot be trusted
            broken.insert(i.line);
    }
    checker.setBrokenLines(broken);
    if (auto s = checker.run(progress, totalSteps < 0 ? table.rowCount() : totalSteps); !s)
        return s.error();
    for (const TableReader::Issue& i : table.issues())
        report.issues.append({i.line, i.column, i.key, i.message, false, i.sheet});
    std::stable_sort(report.issues.begin(), report.issues.end(), [](const ImportIssue& a, const ImportIssue& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    QSet<int> badLines;
    for (const ImportIssue& i : std::as_const(report.issues)) {
        if (!i.warning)
            badLines.insert(i.line);
    }
    for (ImportRow& row : report.rows) {
        if (badLines.contains(row.line))
            row.action = ImportRow::Action::Invalid;
        report.created += row.action == ImportRow::Action::Create;
        report.updated += row.action == ImportRow::Action::Update;
        report.unchanged += row.action == ImportRow::Action::Unchanged;
    }
    return report;
}

Result<ImportReport> CustomerImporter::preview(const QByteArray& data, const QString& fileName,
                                               const Progress& progress) const
{
    if (auto s = requireImporter(); !s)
        return s.error();
    Transaction tx(m_db, Transaction::Mode::Read); // one consistent snapshot for every row
    if (auto s = tx.begin(); !s)
        return s.error();
    auto table = TableFile::read(data, columns());
    if (!table)
        return table.error();
    return check(**table, fileName, progress, -1);
}

Result<ImportReport> CustomerImporter::import(const QByteArray& data, const QString& fileName, const Progress& progress)
{
    if (auto s = requireImporter(); !s)
        return s.error();
    const BigCache cache(m_db); // a big file: the checks and inserts touch a dozen indexes at random places
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto table = TableFile::read(data, columns());
    if (!table)
        return table.error();
    const int rows = (*table)->rowCount();
    const int total = 2 * rows;
    auto report = check(**table, fileName, progress, total);
    if (!report || report->hasErrors())
        return report; // the transaction rolls back: nothing written
    if (auto s = write(tx, *report, rows, total, progress); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    report->written = true;
    m_db.refreshStatistics({{QStringLiteral("customers"), report->created + report->updated}});
    return report;
}

Status CustomerImporter::write(const Transaction& tx, ImportReport& report, int rows, int total,
                               const Progress& progress)
{
    const QSqlDatabase& connection = tx.connection();
    const QDateTime now = m_clock.now();
    int done = 0;
    const auto step = [&](int rowsDone) {
        done += rowsDone;
        return !progress || progress(rows + done, total);
    };
    const auto cancelled = [] {
        return Error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was written"));
    };
    // New customers go in slices of multi-row INSERTs (no round trip per row); updates are version-checked
    // one by one, as the form's are.
    QList<qsizetype> slice;
    QList<Customer> creates;
    const auto flush = [&]() -> Status {
        if (creates.isEmpty())
            return {};
        if (auto s = CustomerStore::insertMany(connection, m_session, now, creates); !s)
            return s;
        for (qsizetype i = 0; i < slice.size(); ++i)
            report.rows[slice.at(i)].customer = creates.at(i);
        const int n = int(creates.size());
        slice.clear();
        creates.clear();
        if (!step(n))
            return cancelled();
        return {};
    };
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        ImportRow& row = report.rows[i];
        if (row.action == ImportRow::Action::Create) {
            slice.append(i);
            creates.append(row.customer);
            if (creates.size() >= kInsertSlice) {
                if (auto s = flush(); !s)
                    return s;
            }
            continue;
        }
        if (row.action == ImportRow::Action::Update) {
            auto before = CustomerStore::load(connection, row.customer.id);
            if (!before)
                return before.error();
            auto stored =
                CustomerStore::update(connection, m_session, now, *before, row.customer, QStringLiteral("update"));
            if (!stored)
                return stored.error();
            row.customer = *stored;
        }
        if (!step(1))
            return cancelled();
    }
    return flush();
}

Status CustomerImporter::writeIssues(const ImportReport& report, QIODevice& device)
{
    CsvWriter csv(device);
    csv.writeRow({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("severity"),
                  QStringLiteral("message")});
    for (const ImportIssue& i : report.issues)
        csv.writeRow({report.fileName, QString::number(i.line), QString::number(i.column),
                      i.warning ? QStringLiteral("warning") : QStringLiteral("error"), i.message});
    return csv.status();
}

} // namespace ketong
