#include "Optimistic.h"

#include "SqlQuery.h"
#include "SqlValue.h"

#include <QCoreApplication>

namespace ketong {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::Optimistic)
};
} // namespace

Error staleRecordError(const QSqlDatabase& connection, const QString& table, qint64 id, const QString& what)
{
    SqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT t.updated_by, t.updated_at, COALESCE(u.name, t.updated_by) FROM %1 t "
                             "LEFT JOIN users u ON u.login = t.updated_by WHERE t.id = :id")
                  .arg(table));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, Tr::tr("%1 no longer exists: someone deleted it").arg(what));
    const QString login = q.value(0).toString();
    const QString name = q.value(2).toString();
    const QDateTime at = SqlValue::toDateTime(q.value(1));
    const QString who = name == login ? login : QStringLiteral("%1 (%2)").arg(name, login);
    return Error(ErrorCode::Conflict,
                 Tr::tr("%1 was changed by %2 at %3 after you opened it. Reload it to see the change; your "
                        "edit was not saved.")
                     .arg(what, who, at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                 {}, QStringLiteral("%1:%2").arg(login, at.toString(Qt::ISODateWithMs)));
}

} // namespace ketong
