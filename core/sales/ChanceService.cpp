// ChanceService: the rules, validation and the writes of the 销售机会管理 list (create, edit, delete,
// assign). The plan steps are in ChancePlans.cpp, the reads in ChanceQueries.cpp.
#include "ChanceService.h"

#include "audit/AuditLog.h"
#include "auth/AccessControl.h"
#include "common/Validation.h"
#include "db/Database.h"
#include "db/Optimistic.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"

#include <QRegularExpression>

namespace ketong {

namespace {
ChanceInput normalized(const ChanceInput& in)
{
    ChanceInput out = in;
    out.source = in.source.trimmed();
    out.customerName = in.customerName.trimmed();
    out.title = in.title.trimmed();
    out.contact = in.contact.trimmed();
    out.contactTel = Validation::normalizeWidth(in.contactTel).trimmed();
    out.description = in.description.trimmed();
    return out;
}

void applyInput(SalesChance& chance, const ChanceInput& in)
{
    chance.source = in.source;
    chance.customerName = in.customerName;
    chance.title = in.title;
    chance.rate = in.rate;
    chance.contact = in.contact;
    chance.contactTel = in.contactTel;
    chance.description = in.description;
}
} // namespace

ChanceService::ChanceService(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

QString ChanceService::statusLabel(ChanceStatus status)
{
    switch (status) {
    case ChanceStatus::Unassigned:
        return tr("Unassigned");
    case ChanceStatus::Assigned:
        return tr("In development");
    case ChanceStatus::Succeeded:
        return tr("Developed successfully");
    case ChanceStatus::Failed:
        return tr("Development failed");
    }
    return {};
}

QString ChanceService::what(const SalesChance& chance)
{
    return tr("The sales chance \"%1\"").arg(chance.title);
}

Result<int> ChanceService::parseRate(const QString& text)
{
    QString t = Validation::normalizeWidth(text).trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t = t.trimmed();
    if (t.isEmpty())
        return -1;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(t).hasMatch())
        return Error(ErrorCode::Invalid, tr("The success rate must be a whole number from 0 to 100"),
                     QStringLiteral("rate"));
    return t.toInt();
}

Status ChanceService::validate(const ChanceInput& raw)
{
    const ChanceInput in = normalized(raw);
    if (auto e = Validation::maxLength(in.source, 50, QStringLiteral("source"), tr("The source")))
        return *e;
    if (auto e = Validation::text(in.customerName, 100, QStringLiteral("customerName"), tr("The customer name"), true))
        return *e;
    if (auto e = Validation::text(in.title, 200, QStringLiteral("title"), tr("The summary"), true))
        return *e;
    if (in.rate == -1)
        return Error(ErrorCode::Required, tr("The success rate is required"), QStringLiteral("rate"));
    if (in.rate < 0 || in.rate > 100)
        return Error(ErrorCode::Invalid, tr("The success rate must be a whole number from 0 to 100"),
                     QStringLiteral("rate"));
    if (auto e = Validation::maxLength(in.contact, 50, QStringLiteral("contact"), tr("The contact")))
        return *e;
    if (auto e = Validation::phone(in.contactTel, QStringLiteral("contactTel"), tr("The contact's phone")))
        return *e;
    if (auto e = Validation::text(in.description, 2000, QStringLiteral("description"), tr("The description"), true))
        return *e;
    return {};
}

Status ChanceService::canCreate() const
{
    if (auto s = AccessControl::require(m_session, Rights::SalesChances); !s)
        return s;
    if (m_session.userId() <= 0)
        return Error(ErrorCode::Forbidden, tr("Sales chances are created by a user account, not by the system"));
    return {};
}

Status ChanceService::canEdit(const SalesChance& chance) const
{
    if (auto s = AccessControl::require(m_session, Rights::SalesChances); !s)
        return s;
    if (chance.status != ChanceStatus::Unassigned)
        return Error(ErrorCode::StateRefused, tr("%1 is \"%2\": only an unassigned chance can be changed or deleted")
                                                  .arg(what(chance), statusLabel(chance.status)));
    const bool director = m_session.isSystem() || m_session.kind() == RoleKind::Director;
    if (!director && chance.createdBy != m_session.userId())
        return Error(ErrorCode::Forbidden,
                     tr("Only the creator of a sales chance or the sales director may change or delete it"));
    return {};
}

Status ChanceService::canAssign(const SalesChance& chance) const
{
    if (auto s = AccessControl::requireKind(m_session, Rights::SalesChances, {RoleKind::Director},
                                            tr("assign sales chances"));
        !s)
        return s;
    if (chance.status != ChanceStatus::Unassigned)
        return Error(ErrorCode::StateRefused, tr("%1 is \"%2\": only an unassigned chance can be assigned")
                                                  .arg(what(chance), statusLabel(chance.status)));
    return {};
}

Status ChanceService::canDevelop(const SalesChance& chance) const
{
    if (auto s = AccessControl::require(m_session, Rights::DevelopmentPlans); !s)
        return s;
    if (chance.status != ChanceStatus::Assigned)
        return Error(ErrorCode::StateRefused,
                     tr("%1 is \"%2\": plans are made and executed only while a chance is in development")
                         .arg(what(chance), statusLabel(chance.status)));
    const bool director = m_session.isSystem() || m_session.kind() == RoleKind::Director;
    if (!director && chance.assignedTo != m_session.userId())
        return Error(ErrorCode::Forbidden, tr("%1 is assigned to another account manager").arg(what(chance)));
    return {};
}

Result<qint64> ChanceService::create(const ChanceInput& raw, qint64 assignTo)
{
    if (auto s = canCreate(); !s)
        return s.error();
    if (assignTo > 0) {
        if (auto s = AccessControl::requireKind(m_session, Rights::SalesChances, {RoleKind::Director},
                                                tr("assign sales chances"));
            !s)
            return s.error();
    }
    const ChanceInput in = normalized(raw);
    if (auto s = validate(in); !s)
        return s.error();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto id = SqlQuery::scalar(
        tx.connection(),
        QStringLiteral("INSERT INTO sales_chances (source, customer_name, title, rate, contact, contact_tel, "
                       "description, created_by, created_at, status, version, updated_at, updated_by) VALUES "
                       "(:source, :name, :title, :rate, :contact, :tel, :description, :by, :now, 1, 1, :now, "
                       ":actor) RETURNING id"),
        {{QStringLiteral("source"), in.source},
         {QStringLiteral("name"), in.customerName},
         {QStringLiteral("title"), in.title},
         {QStringLiteral("rate"), in.rate},
         {QStringLiteral("contact"), in.contact},
         {QStringLiteral("tel"), in.contactTel},
         {QStringLiteral("description"), in.description},
         {QStringLiteral("by"), m_session.userId()},
         {QStringLiteral("now"), SqlValue::fromDateTime(now)},
         {QStringLiteral("actor"), m_session.actor()}});
    if (!id)
        return id.error();
    SalesChance chance;
    applyInput(chance, in);
    chance.id = id->toLongLong();
    chance.createdBy = m_session.userId();
    chance.createdAt = now;
    if (auto s = AuditLog::append(tx.connection(), m_session, now,
                                  {QStringLiteral("create"),
                                   QStringLiteral("sales_chances"),
                                   QString::number(chance.id),
                                   {},
                                   chance.toJson()});
        !s)
        return s.error();
    if (assignTo > 0) {
        // The director's "指派给" on the new form: the same step as 指派, in the same transaction.
        if (auto s = assignIn(tx.connection(), chance, assignTo); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return chance.id;
}

Status ChanceService::edit(qint64 id, const ChanceInput& raw, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::SalesChances); !s)
        return s;
    const ChanceInput in = normalized(raw);
    if (auto s = validate(in); !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto row = currentVersion(tx.connection(), id, version);
    if (!row)
        return row.error();
    if (auto s = canEdit(*row); !s)
        return s;
    SalesChance after = *row;
    applyInput(after, in);
    if (auto s = writeChance(tx.connection(), *row, after, QStringLiteral("update")); !s)
        return s;
    return tx.commit();
}

Status ChanceService::remove(qint64 id, int version)
{
    if (auto s = AccessControl::require(m_session, Rights::SalesChances); !s)
        return s;
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto row = currentVersion(tx.connection(), id, version);
    if (!row)
        return row.error();
    if (auto s = canRemove(*row); !s)
        return s;
    auto deleted = SqlQuery::run(tx.connection(),
                                 QStringLiteral("DELETE FROM sales_chances WHERE id = :id AND version = :version"),
                                 {{QStringLiteral("id"), id}, {QStringLiteral("version"), version}});
    if (!deleted)
        return deleted.error();
    if (*deleted == 0)
        return staleRecordError(tx.connection(), QStringLiteral("sales_chances"), id, what(*row));
    if (auto s = AuditLog::append(
            tx.connection(), m_session, m_clock.now(),
            {QStringLiteral("delete"), QStringLiteral("sales_chances"), QString::number(id), row->toJson(), {}});
        !s)
        return s;
    return tx.commit();
}

Status ChanceService::assign(qint64 id, qint64 managerId, int version)
{
    if (auto s = AccessControl::requireKind(m_session, Rights::SalesChances, {RoleKind::Director},
                                            tr("assign sales chances"));
        !s)
        return s;
    if (managerId <= 0)
        return Error(ErrorCode::Required, tr("Choose the account manager to assign the chance to"),
                     QStringLiteral("assignedTo"));
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto row = currentVersion(tx.connection(), id, version);
    if (!row)
        return row.error();
    if (auto s = canAssign(*row); !s)
        return s;
    if (auto s = assignIn(tx.connection(), *row, managerId); !s)
        return s;
    return tx.commit();
}

Status ChanceService::assignIn(const QSqlDatabase& c, const SalesChance& chance, qint64 managerId)
{
    auto manager = SqlQuery::scalar(c,
                                    QStringLiteral("SELECT u.id FROM users u JOIN roles r ON r.id = u.role_id "
                                                   "WHERE u.id = :id AND u.status = 1 AND r.kind = 'manager'"),
                                    {{QStringLiteral("id"), managerId}});
    if (!manager)
        return manager.error();
    if (manager->isNull())
        return Error(ErrorCode::Invalid, tr("Choose an active account manager"), QStringLiteral("assignedTo"));
    SalesChance after = chance;
    after.assignedTo = managerId;
    after.assignedAt = m_clock.now();
    after.status = ChanceStatus::Assigned;
    return writeChance(c, chance, after, QStringLiteral("assign"));
}

Status ChanceService::writeChance(const QSqlDatabase& c, const SalesChance& before, const SalesChance& after,
                                  const QString& action)
{
    const QDateTime now = m_clock.now();
    auto changed = SqlQuery::run(
        c,
        QStringLiteral(
            "UPDATE sales_chances SET source = :source, customer_name = :name, title = :title, rate = :rate, "
            "contact = :contact, contact_tel = :tel, description = :description, assigned_to = :assigned, "
            "assigned_at = :assigned_at, status = :status, closed_at = :closed_at, customer_id = "
            ":customer, version = version + 1, updated_at = :now, updated_by = :actor "
            "WHERE id = :id AND version = :version"),
        {{QStringLiteral("source"), after.source},
         {QStringLiteral("name"), after.customerName},
         {QStringLiteral("title"), after.title},
         {QStringLiteral("rate"), after.rate},
         {QStringLiteral("contact"), after.contact},
         {QStringLiteral("tel"), after.contactTel},
         {QStringLiteral("description"), after.description},
         {QStringLiteral("assigned"), after.assignedTo > 0 ? QVariant(after.assignedTo) : nullOf(QMetaType::LongLong)},
         {QStringLiteral("assigned_at"), SqlValue::fromDateTime(after.assignedAt)},
         {QStringLiteral("status"), static_cast<int>(after.status)},
         {QStringLiteral("closed_at"), SqlValue::fromDateTime(after.closedAt)},
         {QStringLiteral("customer"), after.customerId > 0 ? QVariant(after.customerId) : nullOf(QMetaType::LongLong)},
         {QStringLiteral("now"), SqlValue::fromDateTime(now)},
         {QStringLiteral("actor"), m_session.actor()},
         {QStringLiteral("id"), before.id},
         {QStringLiteral("version"), before.version}});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return staleRecordError(c, QStringLiteral("sales_chances"), before.id, what(before));
    const auto [changedBefore, changedAfter] = AuditLog::diff(before.toJson(), after.toJson());
    return AuditLog::append(
        c, m_session, now,
        {action, QStringLiteral("sales_chances"), QString::number(before.id), changedBefore, changedAfter});
}

} // namespace ketong
