#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ketong_core_export.h"
#include "models/ListQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace ketong {

class Database;
struct ReportTable;

/// The filters of the 审计日志 page. Empty fields do not filter.
struct KETONG_CORE_EXPORT AuditFilter
{
    QDateTime from;   ///< entries at or after this instant
    QDateTime to;     ///< entries before this instant
    QString actor;    ///< the actor's login ("system" for ketongctl and jobs)
    QString entity;   ///< table name: users, customers…
    QString action;   ///< create, update, login…
    QString recordId; ///< the record's id as logged
};

/// What the values of a page of entries refer to, looked up once per page (not once per cell): account
/// names by id, role names, customer names (for sessions that read customers) and the words of the
/// customer levels. Values that are not found stay numbers.
struct KETONG_CORE_EXPORT AuditNames
{
    QHash<qint64, QString> users;     ///< users.id → name
    QHash<qint64, QString> roles;     ///< roles.id → name as stored (shown through RightCatalog::roleLabel)
    QHash<qint64, QString> customers; ///< customers.id → name
    QHash<qint64, QString> levels;    ///< customer level value → dictionary item (普通客户…)
};

/// One row of the audit log.
struct KETONG_CORE_EXPORT AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString actor;
    QString actorName; ///< the account's name now (the login for the system actor)
    QString action;
    QString entity;
    QString recordId;
    QJsonObject before;
    QJsonObject after;
    /// True when the reader may not see the values of this business record (the administrator, SPEC §9 item
    /// 13): before and after then name the changed fields with null values.
    bool valuesHidden = false;
    AuditNames names; ///< filled by AuditQuery for the whole page (implicitly shared)

    /// "赵文斌 (admin)", "System" for ketongctl and the jobs, or the login when there is no other name.
    QString actorText() const;
};

/// One changed field of an entry, for people: label and the values before and after as text.
struct KETONG_CORE_EXPORT AuditChange
{
    QString field;
    QString label;
    QString before;
    QString after;
};

/// Reading the audit trail: the 审计日志 page (administrators, 权限管理 024) and a record's own history
/// (变更记录) for the roles that may read that record. Refusals are Forbidden errors.
class KETONG_CORE_EXPORT AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(ketong::AuditQuery)
public:
    AuditQuery(const Database& db, Session session);

    /// The audit page's list, newest first: time, actor, action, entity, record id, changes.
    Result<ListQuery> listQuery(const AuditFilter& filter) const;
    /// The newest `limit` entries that match, newest first (the audit page until it pages with the list model).
    Result<QList<AuditEntry>> search(const AuditFilter& filter, int limit) const;
    /// One entry with its before/after.
    Result<AuditEntry> load(qint64 id) const;
    /// Every entry about one record, newest first. Allowed to administrators and to sessions holding a
    /// right that reads `entity` (mayReadHistory).
    Result<QList<AuditEntry>> history(const QString& entity, const QString& recordId) const;
    /// The filtered entries as a table for CSV/XLSX export (at most `maxRows`, newest first).
    Result<ReportTable> exportTable(const AuditFilter& filter, int maxRows = 100000) const;
    /// The values the filter offers: actions and entities that occur, and the actors (login, name).
    Result<QStringList> actions() const;
    Result<QStringList> entities() const;
    Result<QList<std::pair<QString, QString>>> actors() const;

    /// True when `session` may read the history of records of `entity`: administrators always, others
    /// when they hold one of historyRights(entity).
    static bool mayReadHistory(const Session& session, const QString& entity);
    /// The rights that read records of `entity` (empty: administrators only).
    static QList<QLatin1String> historyRights(const QString& entity);
    /// The action in words; `entity` tells apart what one key means on different records (assign: 指派 a
    /// sales opportunity, 分配 a service request).
    static QString actionLabel(const QString& action, const QString& entity = {});
    static QString entityLabel(const QString& entity);
    /// A field (column or logged key) in words; `entity` picks the record's own word where it has one.
    static QString fieldLabel(const QString& field, const QString& entity = {});
    /// The record as people name it: a setting's name for settings, the id otherwise.
    static QString recordText(const QString& entity, const QString& recordId);
    /// A logged value as text (AuditValues.cpp): status names of every entity with a status, account,
    /// role and customer names from `names`, yes/no, money in yuan, times in local time, stars, lists,
    /// right codes with their names. Empty for a null or absent value.
    static QString valueText(const QString& entity, const QString& field, const QJsonValue& value,
                             const AuditNames& names = {});
    /// The fields of an entry, before → after, in a stable order.
    static QList<AuditChange> changes(const AuditEntry& entry);
    /// What a hidden value reads as (the administrator's view of business records).
    static QString hiddenText();
    /// One line: "Name: 张三 → 张四; Role: …"; for hidden values only the fields: "Fields (values hidden): …".
    static QString summary(const AuditEntry& entry);

private:
    /// The table or view the session reads entries from.
    QString source() const;
    std::pair<QString, QVariantMap> where(const AuditFilter& filter) const;
    Result<QList<AuditEntry>> entries(const QString& where, const QVariantMap& values, int limit) const;
    /// Looks up what the entries' values refer to (AuditNames), one query per kind for the whole list.
    Status lookUpNames(QList<AuditEntry>& entries) const;

    const Database& m_db;
    Session m_session;
};

} // namespace ketong
