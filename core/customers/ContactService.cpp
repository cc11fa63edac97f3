#include "ContactService.h"

#include "CustomerService.h"
#include "CustomerStore.h"
#include "audit/AuditLog.h"
#include "auth/AccessControl.h"
#include "common/Validation.h"
#include "db/Database.h"
#include "db/Optimistic.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"

namespace ketong {

ContactService::ContactService(const Database& db, const Clock& clock, Session session)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
{}

QJsonObject ContactService::toJson(const Contact& c)
{
    return {{QStringLiteral("customer_id"), c.customerId},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("sex"), c.sex},
            {QStringLiteral("position"), c.position},
            {QStringLiteral("tel"), c.tel},
            {QStringLiteral("mobile"), c.mobile},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("birthday"), c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString()},
            {QStringLiteral("memo"), c.memo}};
}

QString ContactService::sexLabel(const QString& stored)
{
    if (stored == QStringLiteral("男"))
        return tr("Male");
    if (stored == QStringLiteral("女"))
        return tr("Female");
    return stored;
}

Result<Contact> ContactService::validated(Contact c) const
{
    for (QString* text : {&c.name, &c.sex, &c.position, &c.memo})
        *text = text->trimmed();
    for (QString* text : {&c.tel, &c.mobile, &c.email})
        *text = Validation::normalizeWidth(*text).trimmed();
    if (auto e = Validation::text(c.name, 50, QStringLiteral("name"), tr("Name"), true))
        return *e;
    if (c.sex != QStringLiteral("男") && c.sex != QStringLiteral("女"))
        return Error(ErrorCode::Invalid, tr("Choose male or female"), QStringLiteral("sex"));
    if (auto e = Validation::text(c.position, 50, QStringLiteral("position"), tr("Position"), true))
        return *e;
    if (auto e = Validation::required(c.tel, QStringLiteral("tel"), tr("Office phone")))
        return *e;
    if (auto e = Validation::phone(c.tel, QStringLiteral("tel"), tr("Office phone")))
        return *e;
    if (auto e = Validation::mobile(c.mobile, QStringLiteral("mobile"), tr("Mobile")))
        return *e;
    if (auto e = Validation::email(c.email, QStringLiteral("email"), tr("E-mail")))
        return *e;
    if (c.birthday.isValid() && c.birthday > m_clock.today())
        return Error(ErrorCode::Invalid, tr("The birthday lies in the future"), QStringLiteral("birthday"));
    if (auto e = Validation::maxLength(c.memo, 300, QStringLiteral("memo"), tr("Memo")))
        return *e;
    return c;
}

Status ContactService::checkCustomer(const QSqlDatabase& connection, qint64 customerId) const
{
    auto customer = CustomerStore::load(connection, customerId);
    if (!customer)
        return customer.error();
    return CustomerService::checkEditable(m_session, *customer);
}

Result<qint64> ContactService::create(const Contact& contact)
{
    if (auto s = CustomerService::requireWriter(m_session); !s)
        return s.error();
    auto c = validated(contact);
    if (!c)
        return c.error();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = checkCustomer(tx.connection(), c->customerId); !s)
        return s.error();
    auto id = SqlQuery::scalar(tx.connection(),
                               QStringLiteral("INSERT INTO contacts (customer_id, name, sex, position, tel, mobile, "
                                              "email, birthday, memo, created_at, updated_at, updated_by) VALUES (:c, "
                                              ":name, :sex, :pos, :tel, :mobile, :email, :birthday, :memo, :now, :now, "
                                              ":by) RETURNING id"),
                               {{QStringLiteral("c"), c->customerId},
                                {QStringLiteral("name"), c->name},
                                {QStringLiteral("sex"), c->sex},
                                {QStringLiteral("pos"), c->position},
                                {QStringLiteral("tel"), c->tel},
                                {QStringLiteral("mobile"), c->mobile},
                                {QStringLiteral("email"), c->email},
                                {QStringLiteral("birthday"), SqlValue::fromDate(c->birthday)},
                                {QStringLiteral("memo"), c->memo},
                                {QStringLiteral("now"), now},
                                {QStringLiteral("by"), m_session.actor()}});
    if (!id)
        return id.error();
    if (auto s =
            AuditLog::append(tx.connection(), m_session, now,
                             {QStringLiteral("create"), QStringLiteral("contacts"), id->toString(), {}, toJson(*c)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id->toLongLong();
}

Status ContactService::update(const Contact& contact)
{
    if (auto s = CustomerService::requireWriter(m_session); !s)
        return s;
    auto c = validated(contact);
    if (!c)
        return c.error();
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto stored = loadOn(tx.connection(), c->id);
    if (!stored)
        return stored.error();
    c->customerId = stored->customerId; // a contact stays with its customer
    if (auto s = checkCustomer(tx.connection(), stored->customerId); !s)
        return s;
    auto changed = SqlQuery::run(
        tx.connection(),
        QStringLiteral("UPDATE contacts SET name = :name, sex = :sex, position = :pos, tel = :tel, mobile = :mobile, "
                       "email = :email, birthday = :birthday, memo = :memo, version = version + 1, updated_at = :now, "
                       "updated_by = :by WHERE id = :id AND version = :version"),
        {{QStringLiteral("name"), c->name},
         {QStringLiteral("sex"), c->sex},
         {QStringLiteral("pos"), c->position},
         {QStringLiteral("tel"), c->tel},
         {QStringLiteral("mobile"), c->mobile},
         {QStringLiteral("email"), c->email},
         {QStringLiteral("birthday"), SqlValue::fromDate(c->birthday)},
         {QStringLiteral("memo"), c->memo},
         {QStringLiteral("now"), now},
         {QStringLiteral("by"), m_session.actor()},
         {QStringLiteral("id"), c->id},
         {QStringLiteral("version"), c->version}});
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return staleRecordError(tx.connection(), QStringLiteral("contacts"), c->id,
                                tr("The contact %1").arg(stored->name));
    const auto [before, after] = AuditLog::diff(toJson(*stored), toJson(*c));
    if (auto s = AuditLog::append(
            tx.connection(), m_session, now,
            {QStringLiteral("update"), QStringLiteral("contacts"), QString::number(c->id), before, after});
        !s)
        return s;
    return tx.commit();
}

Status ContactService::remove(qint64 id, int version)
{
    if (auto s = CustomerService::requireWriter(m_session); !s)
        return s;
    const QDateTime now = m_clock.now();
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s;
    auto stored = loadOn(tx.connection(), id);
    if (!stored)
        return stored.error();
    if (auto s = checkCustomer(tx.connection(), stored->customerId); !s)
        return s;
    auto removed =
        SqlQuery::run(tx.connection(), QStringLiteral("DELETE FROM contacts WHERE id = :id AND version = :version"),
                      {{QStringLiteral("id"), id}, {QStringLiteral("version"), version}});
    if (!removed)
        return removed.error();
    if (*removed == 0)
        return staleRecordError(tx.connection(), QStringLiteral("contacts"), id,
                                tr("The contact %1").arg(stored->name));
    if (auto s = AuditLog::append(
            tx.connection(), m_session, now,
            {QStringLiteral("delete"), QStringLiteral("contacts"), QString::number(id), toJson(*stored), {}});
        !s)
        return s;
    return tx.commit();
}

Result<Contact> ContactService::loadOn(const QSqlDatabase& connection, qint64 id) const
{
    SqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT id, customer_id, name, sex, position, tel, mobile, email, birthday, memo, "
                             "version FROM contacts WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("The contact does not exist: someone deleted it"));
    return Contact{q.value(0).toLongLong(),      q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(),        q.value(5).toString(),   q.value(6).toString(), q.value(7).toString(),
                   SqlValue::toDate(q.value(8)), q.value(9).toString(),   q.value(10).toInt()};
}

Result<Contact> ContactService::load(qint64 id) const
{
    if (auto s = AccessControl::require(m_session, Rights::Customers); !s)
        return s.error();
    return loadOn(m_db.connection(), id);
}

Result<ListQuery> ContactService::listQuery(qint64 customerId) const
{
    if (auto s = AccessControl::require(m_session, Rights::Customers); !s)
        return s.error();
    ListQuery q;
    q.context = "ketong::ContactService";
    q.from = QStringLiteral("contacts k");
    q.id = QStringLiteral("k.id");
    q.where = QStringLiteral("k.customer_id = :customer");
    q.values = {{QStringLiteral("customer"), customerId}};
    const auto text = [](const char* key, const char* title) {
        const QString k = QString::fromLatin1(key);
        return ListColumn{k, QStringLiteral("k.") + k, QStringLiteral("k.") + k, title, ColumnFormat::Text, {}};
    };
    q.columns = {text("name", QT_TRANSLATE_NOOP("ketong::ContactService", "Name")),
                 {QStringLiteral("sex"), QStringLiteral("k.sex"), QStringLiteral("k.sex"),
                  QT_TRANSLATE_NOOP("ketong::ContactService", "Sex"), ColumnFormat::Custom,
                  [](const QVariant& v) { return sexLabel(v.toString()); }},
                 text("position", QT_TRANSLATE_NOOP("ketong::ContactService", "Position")),
                 text("tel", QT_TRANSLATE_NOOP("ketong::ContactService", "Office phone")),
                 text("mobile", QT_TRANSLATE_NOOP("ketong::ContactService", "Mobile")),
                 text("email", QT_TRANSLATE_NOOP("ketong::ContactService", "E-mail")),
                 {QStringLiteral("birthday"),
                  QStringLiteral("k.birthday"),
                  QString(),
                  QT_TRANSLATE_NOOP("ketong::ContactService", "Birthday"),
                  ColumnFormat::Date,
                  {}},
                 text("memo", QT_TRANSLATE_NOOP("ketong::ContactService", "Memo"))};
    return q;
}

} // namespace ketong
