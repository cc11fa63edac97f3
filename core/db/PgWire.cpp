#include "PgWire.h"

#include "SqlQuery.h"

#include <QSqlDriver>
#include <QSqlError>

namespace ketong::pg {

namespace {
// The types whose text is turned into values (pg_type OIDs, fixed since PostgreSQL 7).
constexpr Oid kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25, kName = 19, kChar = 1042, kVarchar = 1043;

bool letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool nameCharacter(char c)
{
    return letter(c) || (c >= '0' && c <= '9');
}
} // namespace

PGconn* connection(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QPSQL") || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt's meta-type system names the handle by the struct behind libpq's typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.data());
}

Statement statement(const QString& sql, Placeholders placeholders)
{
    const QByteArray in = sql.toUtf8();
    Statement out;
    out.text.reserve(in.size() + in.count('?') * 4);
    int numbered = 0;
    char quote = 0; // the quote of the literal or identifier we are in
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (quote) {
            if (c == quote)
                quote = 0; // a doubled quote leaves and enters again
            out.text += c;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out.text += c;
        } else if (c == '?' && placeholders == Placeholders::Positional) {
            out.text += '$' + QByteArray::number(++numbered);
        } else if (c == ':' && i + 1 < in.size() && in.at(i + 1) == ':') {
            out.text += "::"; // a cast
            ++i;
        } else if (c == ':' && placeholders == Placeholders::Named && i + 1 < in.size() && letter(in.at(i + 1))) {
            qsizetype end = i + 1;
            while (end < in.size() && nameCharacter(in.at(end)))
                ++end;
            const QString name = QString::fromLatin1(in.mid(i + 1, end - i - 1));
            qsizetype number = out.names.indexOf(name);
            if (number < 0) {
                out.names.append(name);
                number = out.names.size() - 1;
            }
            out.text += '$' + QByteArray::number(number + 1);
            i = end - 1;
        } else {
            out.text += c;
        }
    }
    return out;
}

bool readable(Oid type)
{
    return type == kBool || type == kInt8 || type == kInt2 || type == kInt4 || type == kText || type == kName ||
           type == kChar || type == kVarchar;
}

QVariant value(const PGresult* result, int row, int column)
{
    const Oid type = PQftype(result, column);
    const QMetaType meta(type == kBool                    ? QMetaType::Bool
                         : type == kInt8                  ? QMetaType::LongLong
                         : type == kInt2 || type == kInt4 ? QMetaType::Int
                                                          : QMetaType::QString);
    if (PQgetisnull(result, row, column))
        return QVariant(meta, nullptr);
    const char* text = PQgetvalue(result, row, column);
    const int length = PQgetlength(result, row, column);
    switch (meta.id()) {
    case QMetaType::Bool:
        return QVariant(text[0] == 't');
    case QMetaType::LongLong:
        return QVariant(qlonglong(QByteArray::fromRawData(text, length).toLongLong()));
    case QMetaType::Int:
        return QVariant(QByteArray::fromRawData(text, length).toInt());
    default:
        return QVariant(QString::fromUtf8(text, length));
    }
}

void Parameters::set(const QVariantList& values)
{
    m_texts.resize(size_t(values.size()));
    m_pointers.resize(size_t(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        if (v.isNull()) {
            m_pointers[size_t(i)] = nullptr;
            continue;
        }
        m_texts[size_t(i)] = text(v);
        m_pointers[size_t(i)] = m_texts[size_t(i)].constData();
    }
}

QByteArray Parameters::text(const QVariant& v)
{
    switch (v.metaType().id()) {
    case QMetaType::Bool:
        return v.toBool() ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
        return QByteArray::number(v.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return QByteArray::number(v.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return "\\x" + v.toByteArray().toHex();
    case QMetaType::QDateTime: {
        const QDateTime t = v.toDateTime();
        if (m_lastTimeText.isEmpty() || t != m_lastTime) {
            m_lastTime = t;
            m_lastTimeText = t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toLatin1();
        }
        return m_lastTimeText;
    }
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate).toLatin1();
    case QMetaType::QTime:
        return v.toTime().toString(QStringLiteral("HH:mm:ss.zzz")).toLatin1();
    default:
        return v.toString().toUtf8();
    }
}

Error failure(const PGresult* result, PGconn* connection, const QString& context)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString message =
        QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection)).trimmed();
    return sqlError(QSqlError(QStringLiteral("Unable to run the statement"), message, QSqlError::StatementError,
                              state ? QString::fromLatin1(state) : QString()),
                    context);
}

} // namespace ketong::pg
