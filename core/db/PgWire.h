#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <libpq-fe.h>

#include <vector>

// libpq on the handle of Qt's PostgreSQL driver: the pieces BulkStatement and RowReader share (internal to
// db/). The statements run in the driver's own session and transaction, with the values as parameters.
namespace ketong::pg {

/// The driver's libpq connection, or null when the connection is not a PostgreSQL one.
PGconn* connection(const QSqlDatabase& db);

/// A PGresult that is cleared when it goes out of scope.
struct Owned
{
    explicit Owned(PGresult* r)
        : result(r)
    {}
    ~Owned() { PQclear(result); }
    Q_DISABLE_COPY_MOVE(Owned)
    PGresult* result;
};

/// A statement as PostgreSQL's protocol wants it: `?` placeholders numbered `$1`, `$2` … in order, or `:name`
/// placeholders numbered by name (a name used twice is one parameter); none inside quoted literals or
/// identifiers, and `::` casts left alone.
struct Statement
{
    QByteArray text;
    QStringList names; ///< the named placeholders, by number (empty for `?` placeholders)
};
enum class Placeholders { Positional, Named };
Statement statement(const QString& sql, Placeholders placeholders);

/// Whether values of the type (a pg_type OID) are read: integers, texts and booleans.
bool readable(Oid type);
/// A value as Qt's driver makes it: int4 and int2 as int, int8 as a 64-bit integer, bool, texts as QString;
/// a null of that type.
QVariant value(const PGresult* result, int row, int column);

/// Parameter texts as PostgreSQL's input functions read them (as Qt's driver writes values into SQL, without
/// the quotes); null pointers for NULLs. A bulk write stamps every row with the same time: its text is made once.
class Parameters
{
public:
    void set(const QVariantList& values);
    const char* const* data() const { return m_pointers.data(); }
    int size() const { return int(m_pointers.size()); }

private:
    QByteArray text(const QVariant& v);

    std::vector<QByteArray> m_texts;
    std::vector<const char*> m_pointers;
    QDateTime m_lastTime;
    QByteArray m_lastTimeText;
};

/// The error of a failed result (or of the connection when there is none), with its SQLSTATE, typed as sqlError()
/// types Qt's errors.
Error failure(const PGresult* result, PGconn* connection, const QString& context);

} // namespace ketong::pg
