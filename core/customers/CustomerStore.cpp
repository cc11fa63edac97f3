#include "CustomerStore.h"

#include "audit/AuditLog.h"
#include "common/BusinessNumber.h"
#include "db/Optimistic.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"

#include <QCoreApplication>

namespace ketong {

namespace {
QVariant optionalInt(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : nullOf(QMetaType::LongLong);
}

std::optional<qint64> readOptional(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}
} // namespace

QString CustomerStore::selectColumns()
{
    return QStringLiteral(
        "c.id, c.code, c.name, c.region, c.manager_id, COALESCE(u.name, ''), c.level, c.satisfaction, c.credit, "
        "c.address, c.zip, c.tel, c.fax, c.email, c.website, c.licence_no, c.legal_rep, c.registered_capital, "
        "c.turnover, c.bank, c.bank_account, c.local_tax_no, c.national_tax_no, c.customer_type, c.source, c.status, "
        "c.created_at, c.version, c.updated_at, c.updated_by");
}

Customer CustomerStore::read(const SqlQuery& q, int first)
{
    int i = first;
    Customer c;
    c.id = q.value(i++).toLongLong();
    c.code = q.value(i++).toString();
    c.name = q.value(i++).toString();
    c.region = q.value(i++).toString();
    c.managerId = q.value(i++).toLongLong();
    c.managerName = q.value(i++).toString();
    c.level = q.value(i++).toInt();
    c.satisfaction = q.value(i++).toInt();
    c.credit = q.value(i++).toInt();
    c.address = q.value(i++).toString();
    c.zip = q.value(i++).toString();
    c.tel = q.value(i++).toString();
    c.fax = q.value(i++).toString();
    c.email = q.value(i++).toString();
    c.website = q.value(i++).toString();
    c.licenceNo = q.value(i++).toString();
    c.legalRep = q.value(i++).toString();
    c.registeredCapital = readOptional(q.value(i++));
    c.turnover = readOptional(q.value(i++));
    c.bank = q.value(i++).toString();
    c.bankAccount = q.value(i++).toString();
    c.localTaxNo = q.value(i++).toString();
    c.nationalTaxNo = q.value(i++).toString();
    c.customerType = q.value(i++).toString();
    c.source = q.value(i++).toString();
    c.status = static_cast<CustomerStatus>(q.value(i++).toInt());
    c.createdAt = SqlValue::toDateTime(q.value(i++));
    c.version = q.value(i++).toInt();
    c.updatedAt = SqlValue::toDateTime(q.value(i++));
    c.updatedBy = q.value(i++).toString();
    return c;
}

Result<Customer> CustomerStore::load(const QSqlDatabase& connection, qint64 id)
{
    SqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT ") + selectColumns() +
              QStringLiteral(" FROM customers c LEFT JOIN users u ON u.id = c.manager_id WHERE c.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("ketong::CustomerStore", "The customer does not exist"));
    return read(q);
}

Result<Customer> CustomerStore::insert(const QSqlDatabase& connection, const Session& actor, const QDateTime& now,
                                       Customer c)
{
    if (c.code.isEmpty()) {
        // A code kept from an imported legacy file may already hold the next number: skip it.
        for (int attempt = 0; c.code.isEmpty() && attempt < 1000; ++attempt) {
            auto code = BusinessNumber::nextCustomerCode(connection, now.toLocalTime().date());
            if (!code)
                return code.error();
            auto taken = SqlQuery::scalar(connection, QStringLiteral("SELECT 1 FROM customers WHERE code = :code"),
                                          {{QStringLiteral("code"), *code}});
            if (!taken)
                return taken.error();
            if (taken->isNull())
                c.code = *code;
        }
    }
    SqlQuery q(connection);
    q.prepare(QStringLiteral(
        "INSERT INTO customers (code, name, region, manager_id, level, satisfaction, credit, address, zip, tel, fax, "
        "email, website, licence_no, legal_rep, registered_capital, turnover, bank, bank_account, local_tax_no, "
        "national_tax_no, customer_type, source, name_key, status, created_at, created_by, version, updated_at, "
        "updated_by) VALUES (:code, :name, :region, :manager, :level, :sat, :credit, :address, :zip, :tel, :fax, "
        ":email, :website, :licence, :legal, :capital, :turnover, :bank, :account, :ltax, :ntax, :type, :source, "
        ":key, :status, :now, :by_id, 1, :now, :by) RETURNING id"));
    q.bind(QStringLiteral(":code"), c.code);
    q.bind(QStringLiteral(":name"), c.name);
    q.bind(QStringLiteral(":region"), c.region);
    q.bind(QStringLiteral(":manager"), c.managerId);
    q.bind(QStringLiteral(":level"), c.level);
    q.bind(QStringLiteral(":sat"), c.satisfaction);
    q.bind(QStringLiteral(":credit"), c.credit);
    q.bind(QStringLiteral(":address"), c.address);
    q.bind(QStringLiteral(":zip"), c.zip);
    q.bind(QStringLiteral(":tel"), c.tel);
    q.bind(QStringLiteral(":fax"), c.fax);
    q.bind(QStringLiteral(":email"), c.email);
    q.bind(QStringLiteral(":website"), c.website);
    q.bind(QStringLiteral(":licence"), c.licenceNo);
    q.bind(QStringLiteral(":legal"), c.legalRep);
    q.bind(QStringLiteral(":capital"), optionalInt(c.registeredCapital));
    q.bind(QStringLiteral(":turnover"), optionalInt(c.turnover));
    q.bind(QStringLiteral(":bank"), c.bank);
    q.bind(QStringLiteral(":account"), c.bankAccount);
    q.bind(QStringLiteral(":ltax"), c.localTaxNo);
    q.bind(QStringLiteral(":ntax"), c.nationalTaxNo);
    q.bind(QStringLiteral(":type"), c.customerType);
    q.bind(QStringLiteral(":source"), c.source);
    q.bind(QStringLiteral(":key"), Customer::nameKey(c.name));
    q.bind(QStringLiteral(":status"), static_cast<int>(c.status));
    q.bind(QStringLiteral(":now"), now.toUTC());
    q.bind(QStringLiteral(":by_id"), actor.actorId());
    q.bind(QStringLiteral(":by"), actor.actor());
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(ErrorCode::Internal, QStringLiteral("INSERT … RETURNING gave no id"));
    c.id = q.value(0).toLongLong();
    q.finish();
    c.version = 1;
    c.createdAt = now.toUTC();
    c.updatedAt = now.toUTC();
    c.updatedBy = actor.actor();
    if (auto s = AuditLog::append(
            connection, actor, now,
            {QStringLiteral("create"), QStringLiteral("customers"), QString::number(c.id), {}, c.toJson()});
        !s)
        return s.error();
    return c;
}

Result<Customer> CustomerStore::update(const QSqlDatabase& connection, const Session& actor, const QDateTime& now,
                                       const Customer& before, Customer c, const QString& action)
{
    const auto [old, changed] = AuditLog::diff(before.toJson(), c.toJson());
    if (changed.isEmpty())
        return before;
    SqlQuery q(connection);
    q.prepare(QStringLiteral(
        "UPDATE customers SET code = :code, name = :name, region = :region, manager_id = :manager, level = :level, "
        "satisfaction = :sat, credit = :credit, address = :address, zip = :zip, tel = :tel, fax = :fax, email = "
        ":email, website = :website, licence_no = :licence, legal_rep = :legal, registered_capital = :capital, "
        "turnover = :turnover, bank = :bank, bank_account = :account, local_tax_no = :ltax, national_tax_no = :ntax, "
        "customer_type = :type, source = :source, name_key = :key, status = :status, version = version + 1, "
        "updated_at = :now, updated_by = :by WHERE id = :id AND version = :version"));
    q.bind(QStringLiteral(":code"), c.code);
    q.bind(QStringLiteral(":name"), c.name);
    q.bind(QStringLiteral(":region"), c.region);
    q.bind(QStringLiteral(":manager"), c.managerId);
    q.bind(QStringLiteral(":level"), c.level);
    q.bind(QStringLiteral(":sat"), c.satisfaction);
    q.bind(QStringLiteral(":credit"), c.credit);
    q.bind(QStringLiteral(":address"), c.address);
    q.bind(QStringLiteral(":zip"), c.zip);
    q.bind(QStringLiteral(":tel"), c.tel);
    q.bind(QStringLiteral(":fax"), c.fax);
    q.bind(QStringLiteral(":email"), c.email);
    q.bind(QStringLiteral(":website"), c.website);
    q.bind(QStringLiteral(":licence"), c.licenceNo);
    q.bind(QStringLiteral(":legal"), c.legalRep);
    q.bind(QStringLiteral(":capital"), optionalInt(c.registeredCapital));
    q.bind(QStringLiteral(":turnover"), optionalInt(c.turnover));
    q.bind(QStringLiteral(":bank"), c.bank);
    q.bind(QStringLiteral(":account"), c.bankAccount);
    q.bind(QStringLiteral(":ltax"), c.localTaxNo);
    q.bind(QStringLiteral(":ntax"), c.nationalTaxNo);
    q.bind(QStringLiteral(":type"), c.customerType);
    q.bind(QStringLiteral(":source"), c.source);
    q.bind(QStringLiteral(":key"), Customer::nameKey(c.name));
    q.bind(QStringLiteral(":status"), static_cast<int>(c.status));
    q.bind(QStringLiteral(":now"), now.toUTC());
    q.bind(QStringLiteral(":by"), actor.actor());
    q.bind(QStringLiteral(":id"), before.id);
    q.bind(QStringLiteral(":version"), before.version);
    if (auto s = q.exec(); !s)
        return s.error();
    if (q.rowsAffected() == 0)
        return staleRecordError(
            connection, QStringLiteral("customers"), before.id,
            QCoreApplication::translate("ketong::CustomerStore", "The customer %1").arg(before.name));
    if (auto s = AuditLog::append(connection, actor, now,
                                  {action, QStringLiteral("customers"), QString::number(before.id), old, changed});
        !s)
        return s.error();
    c.id = before.id;
    c.createdAt = before.createdAt;
    c.version = before.version + 1;
    c.updatedAt = now.toUTC();
    c.updatedBy = actor.actor();
    return c;
}

} // namespace ketong
