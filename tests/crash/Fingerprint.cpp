#include "Fingerprint.h"

#include "db/Database.h"
#include "db/IntegrityCheck.h"
#include "db/SqlQuery.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlRecord>

#include <algorithm>

namespace ketong::crash {

namespace {
/// The first column (id) as a number when it is one, so rows sort the same on both backends.
bool rowLess(const QStringList& a, const QStringList& b)
{
    bool okA = false;
    bool okB = false;
    const qint64 x = a.value(0).toLongLong(&okA);
    const qint64 y = b.value(0).toLongLong(&okB);
    if (okA && okB && x != y)
        return x < y;
    return a < b;
}

QString maskKey(const QString& table, const QString& column, qsizetype row)
{
    return QStringLiteral("%1.%2#%3").arg(table, column).arg(row);
}

QString text(const QVariant& v)
{
    // JSON (audit before/after) carries timestamps of the clock: those are not what a crash may break.
    static const QRegularExpression timestamp(
        QStringLiteral("\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d(:?\\d\\d)?)?"));
    if (v.typeId() == QMetaType::QString && v.toString().startsWith(QLatin1Char('{')))
        return v.toString().replace(timestamp, QStringLiteral("<time>"));
    if (v.isNull())
        return QStringLiteral("\\N");
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}
} // namespace

const QStringList& Fingerprint::runLogTables()
{
    static const QStringList tables{QStringLiteral("job_runs"), QStringLiteral("feed_runs")};
    return tables;
}

Result<Fingerprint> Fingerprint::capture(const Database& db)
{
    Fingerprint result;
    const QSqlDatabase c = db.connection();
    for (const QString& table : IntegrityCheck::tables()) {
        if (runLogTables().contains(table))
            continue;
        SqlQuery q(c);
        if (auto s = q.exec(QStringLiteral("SELECT * FROM %1").arg(table)); !s)
            return s.error();
        Table t;
        const QSqlRecord record = q.raw().record();
        for (int i = 0; i < record.count(); ++i)
            t.columns << record.fieldName(i);
        while (q.next()) {
            QStringList row;
            row.reserve(t.columns.size());
            for (int i = 0; i < t.columns.size(); ++i)
                row << text(q.value(i));
            t.rows << row;
        }
        std::sort(t.rows.begin(), t.rows.end(), rowLess);
        result.m_tables.insert(table, t);
    }
    return result;
}

Result<QSet<QString>> Fingerprint::nondeterministic(const Fingerprint& a, const Fingerprint& b)
{
    QSet<QString> mask;
    for (auto it = a.m_tables.cbegin(); it != a.m_tables.cend(); ++it) {
        const Table& other = b.m_tables.value(it.key());
        if (other.rows.size() != it->rows.size())
            return Error(ErrorCode::Invalid, QStringLiteral("two complete runs left %1 and %2 rows in %3")
                                                 .arg(it->rows.size())
                                                 .arg(other.rows.size())
                                                 .arg(it.key()));
        for (qsizetype r = 0; r < it->rows.size(); ++r) {
            for (qsizetype col = 0; col < it->columns.size(); ++col) {
                if (it->rows.at(r).value(col) != other.rows.at(r).value(col))
                    mask.insert(maskKey(it.key(), it->columns.at(col), r));
            }
        }
    }
    return mask;
}

QMap<QString, QByteArray> Fingerprint::digests(const QSet<QString>& mask) const
{
    QMap<QString, QByteArray> result;
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArray::number(it->rows.size()));
        for (qsizetype r = 0; r < it->rows.size(); ++r) {
            for (qsizetype col = 0; col < it->columns.size(); ++col) {
                if (!mask.isEmpty() && mask.contains(maskKey(it.key(), it->columns.at(col), r)))
                    continue;
                hash.addData(it->rows.at(r).value(col).toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
        result.insert(it.key(), hash.result());
    }
    return result;
}

bool Fingerprint::sameAs(const Fingerprint& other, const QSet<QString>& mask) const
{
    return differingTables(other, mask).isEmpty();
}

QStringList Fingerprint::differingTables(const Fingerprint& other, const QSet<QString>& mask) const
{
    const auto mine = digests(mask);
    const auto theirs = other.digests(mask);
    QStringList result;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        if (theirs.value(it.key()) != it.value())
            result << it.key();
    }
    return result;
}

QStringList Fingerprint::maskedColumns(const QSet<QString>& mask)
{
    QSet<QString> columns;
    for (const QString& key : mask)
        columns.insert(key.section(QLatin1Char('#'), 0, 0));
    QStringList result = columns.values();
    result.sort();
    return result;
}

qint64 Fingerprint::rowCount() const
{
    qint64 n = 0;
    for (const Table& t : m_tables)
        n += t.rows.size();
    return n;
}

} // namespace ketong::crash
