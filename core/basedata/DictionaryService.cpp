#include "DictionaryService.h"

#include "audit/AuditLog.h"
#include "auth/AccessControl.h"
#include "common/Validation.h"
#include "db/Database.h"
#include "db/Optimistic.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "setup/ReferenceData.h"

#include <limits>

namespace ketong {

namespace {

ListColumn col(const char* key, const QString& select, const QString& sortBy, const char* title,
               ColumnFormat format = ColumnFormat::Text, std::function<QString(const QVariant&)> display = {})
{
    return {QString::fromLatin1(key), select, sortBy, title, format, std::move(display)};
}

/// Where records store dictionary values (the sources of the view dict_usage).
struct Usage
{
    const QString& type;
    const char* table;
    const char* column;
};

const QList<Usage>& usages()
{
    static const QList<Usage> list{
        {DictType::Region, "customers", "region"},
        {DictType::CustomerLevel, "customers", "level"},
        {DictType::Satisfaction, "customers", "satisfaction"},
        {DictType::Credit, "customers", "credit"},
        {DictType::CustomerType, "customers", "customer_type"},
        {DictType::CustomerSource, "customers", "source"},
        {DictType::ServiceType, "service_tickets", "type"},
        {DictType::ChanceSource, "sales_chances", "source"},
    };
    return list;
}

/// How many records use `value` of dictionary `type`, through the view dict_usage (postgres/0009): the
/// administrator, who reads no customer data, may count it.
Result<qint64> countUsage(const QSqlDatabase& c, const QString& type, const QString& value)
{
    QStringList sources;
    for (const Usage& u : usages()) {
        if (u.type == type)
            sources << QStringLiteral("%1.%2").arg(QLatin1String(u.table), QLatin1String(u.column));
    }
    qint64 total = 0;
    for (const QString& source : std::as_const(sources)) {
        auto n = SqlQuery::scalar(c,
                                  QStringLiteral("SELECT COALESCE(SUM(uses), 0) FROM dict_usage WHERE source = :s AND "
                                                 "value = :v"),
                                  {{QStringLiteral("s"), source}, {QStringLiteral("v"), value}});
        if (!n)
            return n.error();
        total += n->toLongLong();
    }
    return total;
}

DictItem readItem(const QSqlDatabase& c, qint64 id, bool* found, Status* status)
{
    SqlQuery q(c);
    q.prepare(QStringLiteral("SELECT id, type, item, value, editable, sort_order, version FROM dict_items "
                             "WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    *status = q.exec();
    *found = *status && q.next();
    if (!*found)
        return {};
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toInt() == 1, q.value(5).toInt(),    q.value(6).toInt()};
}

QJsonObject snapshot(const DictItem& d)
{
    return {{QStringLiteral("type"), d.type},
            {QStringLiteral("item"), d.item},
            {QStringLiteral("value"), d.value},
            {QStringLiteral("editable"), d.editable}};
}

DictItem normalized(DictItem d)
{
    d.type = d.type.trimmed();
    d.item = d.item.trimmed();
    d.value = d.value.trimmed();
    return d;
}

} // namespace

DictionaryService::DictionaryService(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

Status DictionaryService::checkRight() const
{
    return AccessControl::requireKind(m_session, Rights::Dictionary, {RoleKind::Admin},
                                      tr("maintain the data dictionary"));
}

Result<ListQuery> DictionaryService::list(const Filter& filter) const
{
    if (auto s = checkRight(); !s)
        return s.error();
    ListQuery q;
    q.context = "ketong::DictionaryService";
    q.columns = {
        col("id", QStringLiteral("d.id"), QStringLiteral("d.id"), QT_TRANSLATE_NOOP("ketong::DictionaryService", "No."),
            ColumnFormat::Integer),
        col("type", QStringLiteral("d.type"), QStringLiteral("d.type"),
            QT_TRANSLATE_NOOP("ketong::DictionaryService", "Type")),
        col("item", QStringLiteral("d.item"), QStringLiteral("d.item"),
            QT_TRANSLATE_NOOP("ketong::DictionaryService", "Item")),
        col("value", QStringLiteral("d.value"), QStringLiteral("d.value"),
            QT_TRANSLATE_NOOP("ketong::DictionaryService", "Value")),
        col("editable", QStringLiteral("d.editable"), QStringLiteral("d.editable"),
            QT_TRANSLATE_NOOP("ketong::DictionaryService", "Editable"), ColumnFormat::Custom,
            [](const QVariant& v) { return v.toInt() == 1 ? tr("Yes") : tr("No"); }),
    };
    q.from = QStringLiteral("dict_items d");
    q.id = QStringLiteral("d.id");
    QStringList where;
    if (!filter.type.trimmed().isEmpty()) {
        where << QStringLiteral("d.type = :type");
        q.values.insert(QStringLiteral("type"), filter.type.trimmed());
    }
    if (!filter.item.trimmed().isEmpty()) {
        where << m_db.dialect().containsClause(QStringLiteral("d.item"), QStringLiteral(":item"));
        q.values.insert(QStringLiteral("item"), SqlDialect::likePattern(filter.item.trimmed()));
    }
    if (!filter.value.trimmed().isEmpty()) {
        where << m_db.dialect().containsClause(QStringLiteral("d.value"), QStringLiteral(":value"));
        q.values.insert(QStringLiteral("value"), SqlDialect::likePattern(filter.value.trimmed()));
    }
    q.where = where.join(QStringLiteral(" AND "));
    q.sortColumn = 1;
    return q;
}

Result<DictItem> DictionaryService::load(qint64 id) const
{
    if (auto s = checkRight(); !s)
        return s.error();
    bool found = false;
    Status status;
    DictItem item = readItem(m_db.connection(), id, &found, &status);
    if (!status)
        return status.error();
    if (!found)
        return Error(ErrorCode::NotFound, tr("The dictionary item no longer exists"));
    return item;
}

Result<qint64> DictionaryService::usageCount(const QString& type, const QString& value) const
{
    return countUsage(m_db.connection(), type, value);
}

std::optional<Error> DictionaryService::validate(const DictItem& d) const
{
    if (auto e = Validation::text(d.type, 50, QStringLiteral("type"), tr("Type"), true))
        return e;
    if (auto e = Validation::text(d.item, 50, QStringLiteral("item"), tr("Item"), true))
        return e;
    return Validation::text(d.value, 50, QStringLiteral("value"), tr("Value"), true);
}

Status DictionaryService::checkUnique(const QSqlDatabase& c, const DictItem& d) const
{
    for (const auto& [column, label] :
         {std::pair{QStringLiteral("item"), tr("item")}, std::pair{QStringLiteral("value"), tr("value")}}) {
        auto other = SqlQuery::scalar(
            c, QStringLiteral("SELECT id FROM dict_items WHERE type = :type AND %1 = :text AND id <> :id").arg(column),
            {{QStringLiteral("type"), d.type},
             {QStringLiteral("text"), column == QLatin1String("item") ? d.item : d.value},
             {QStringLiteral("id"), d.id}});
        if (!other)
            return other.error();
        if (!other->isNull())
            return Error(ErrorCode::Duplicate,
                         tr("The type \"%1\" already has an item with the %2 \"%3\"")
                             .arg(d.type, label, column == QLatin1String("item") ? d.item : d.value),
                         column);
    }
    return {};
}

Error DictionaryService::inUseError(const DictItem& d, qint64 count, InUse what) const
{
    const int n = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    switch (what) {
    case InUse::Delete:
        return Error(
            ErrorCode::StateRefused,
            tr("\"%1\" (%2) is used by %n record(s) and cannot be deleted; you may rename it instead", nullptr, n)
                .arg(d.item, d.type),
            QStringLiteral("value"));
    case InUse::Type:
        return Error(ErrorCode::StateRefused,
                     tr("\"%1\" is used by %n record(s): its type cannot change", nullptr, n).arg(d.item),
                     QStringLiteral("type"));
    case InUse::Value:
        break;
    }
    return Error(
        ErrorCode::StateRefused,
        tr("\"%1\" is used by %n record(s): its value cannot change (the item text can)", nullptr, n).arg(d.item),
        QStringLiteral("value"));
}

Result<qint64> DictionaryService::create(const DictItem& input)
{
    if (auto s = checkRight(); !s)
        return s.error();
    const DictItem d = normalized(input);
    if (auto e = validate(d))
        return *e;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = checkUnique(tx.connection(), d); !s)
        return s.error();
    auto id = SqlQuery::scalar(
        tx.connection(),
        QStringLiteral("INSERT INTO dict_items (type, item, value, editable, sort_order, created_at, updated_at, "
                       "updated_by) VALUES (:type, :item, :value, :editable, (SELECT COALESCE(MAX(sort_order), 0) + 1 "
                       "FROM dict_items WHERE type = :type), :now, :now, :actor) RETURNING id"),
        {{QStringLiteral("type"), d.type},
         {QStringLiteral("item"), d.item},
         {QStringLiteral("value"), d.value},
         {QStringLiteral("editable"), d.editable ? 1 : 0},
         {QStringLiteral("now"), now},
         {QStringLiteral("actor"), m_session.actor()}});
    if (!id)
        return id.error();
    const qint64 newId = id->toLongLong();
    if (auto s = AuditLog::append(
            tx.connection(), m_session, now,
            {QStringLiteral("create"), QStringLiteral("dict_items"), QString::number(newId), {}, snapshot(d)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return newId;
}

Status DictionaryService::update(const DictItem& input)
{
    if (auto s = checkRight(); !s)
        return s;
    const DictItem d = normalized(input);
    if (auto e = validate(d))
        return *e;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const QSqlDatabase c = tx.connection();
    bool found = false;
    Status status;
    const DictItem stored = readItem(c, d.id, &found, &status);
    if (!status)
        return status;
    if (!found)
        return Error(ErrorCode::NotFound, tr("The dictionary item no longer exists"));
    if (!stored.editable)
        return Error(ErrorCode::StateRefused,
                     tr("\"%1\" (%2) is a fixed item and cannot be edited").arg(stored.item, stored.type));
    if (stored.version != d.version)
        return staleRecordError(c, QStringLiteral("dict_items"), d.id, tr("Dictionary item \"%1\"").arg(stored.item));
    if (stored.type != d.type || stored.value != d.value) {
        auto used = countUsage(c, stored.type, stored.value);
        if (!used)
            return used.error();
        if (*used > 0)
            return inUseError(stored, *used, stored.type != d.type ? InUse::Type : InUse::Value);
    }
    if (auto s = checkUnique(c, d); !s)
        return s;
    auto changed = SqlQuery::run(c,
                                 QStringLiteral("UPDATE dict_items SET type = :type, item = :item, value = :value, "
                                                "editable = :editable, version = version + 1, updated_at = :now, "
                                                "updated_by = :actor WHERE id = :id AND version = :version"),
                                 {{QStringLiteral("type"), d.type},
                                  {QStringLiteral("item"), d.item},
                                  {QStringLiteral("value"), d.value},
                                  {QStringLiteral("editable"), d.editable ? 1 : 0},
                                  {QStringLiteral("now"), now},
                                  {QStringLiteral("actor"), m_session.actor()},
                                  {QStringLiteral("id"), d.id},
                                  {QStringLiteral("version"), d.version}});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return staleRecordError(c, QStringLiteral("dict_items"), d.id, tr("Dictionary item \"%1\"").arg(stored.item));
    const auto [before, after] = AuditLog::diff(snapshot(stored), snapshot(d));
    if (auto s = AuditLog::append(
            c, m_session, now,
            {QStringLiteral("update"), QStringLiteral("dict_items"), QString::number(d.id), before, after});
        !s)
        return s;
    return tx.commit();
}

Status DictionaryService::remove(qint64 id, int version)
{
    if (auto s = checkRight(); !s)
        return s;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    const QSqlDatabase c = tx.connection();
    bool found = false;
    Status status;
    const DictItem stored = readItem(c, id, &found, &status);
    if (!status)
        return status;
    if (!found)
        return Error(ErrorCode::NotFound, tr("The dictionary item no longer exists"));
    if (!stored.editable)
        return Error(ErrorCode::StateRefused,
                     tr("\"%1\" (%2) is a fixed item and cannot be deleted").arg(stored.item, stored.type));
    auto used = countUsage(c, stored.type, stored.value);
    if (!used)
        return used.error();
    if (*used > 0)
        return inUseError(stored, *used, InUse::Delete);
    auto deleted = SqlQuery::run(c, QStringLiteral("DELETE FROM dict_items WHERE id = :id AND version = :version"),
                                 {{QStringLiteral("id"), id}, {QStringLiteral("version"), version}});
    if (!deleted)
        return deleted.error();
    if (*deleted == 0)
        return staleRecordError(c, QStringLiteral("dict_items"), id, tr("Dictionary item \"%1\"").arg(stored.item));
    if (auto s = AuditLog::append(
            c, m_session, now,
            {QStringLiteral("delete"), QStringLiteral("dict_items"), QString::number(id), snapshot(stored), {}});
        !s)
        return s;
    return tx.commit();
}

} // namespace ketong
