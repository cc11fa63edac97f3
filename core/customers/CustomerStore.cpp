#include "CustomerStore.h"

#include "audit/AuditLog.h"
#include "common/BusinessNumber.h"
#include "db/BulkStatement.h"
#include "db/Optimistic.h"
#include "db/SqlQuery.h"
#include "db/SqlValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace ketong {

namespace {
/// The columns insertMany() writes only when a customer of the slice fills them, with their fields.
constexpr std::pair<const char*, QString Customer::*> kOptionalTexts[] = {{"address", &Customer::address},
                                                                          {"zip", &Customer::zip},
                                                                          {"tel", &Customer::tel},
                                                                          {"fax", &Customer::fax},
                                                                          {"email", &Customer::email},
                                                                          {"website", &Customer::website},
                                                                          {"licence_no", &Customer::licenceNo},
                                                                          {"legal_rep", &Customer::legalRep},
                                                                          {"bank", &Customer::bank},
                                                                          {"bank_account", &Customer::bankAccount},
                                                                          {"local_tax_no", &Customer::localTaxNo},
                                                                          {"national_tax_no", &Customer::nationalTaxNo},
                                                                          {"customer_type", &Customer::customerType},
                                                                          {"source", &Customer::source}};
constexpr std::pair<const char*, std::optional<qint64> Customer::*> kOptionalNumbers[] = {
    {"registered_capital", &Customer::registeredCapital}, {"turnover", &Customer::turnover}};

QVariant optionalInt(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : nullOf(QMetaType::LongLong);
}

std::optional<qint64> readOptional(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

template <typename Query> Customer readRow(const Query& q, int first)
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
    return readRow(q, first);
}

Customer CustomerStore::read(const BulkRow& q, int first)
{
    return readRow(q, first);
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
    QList<Customer> one{std::move(c)};
    if (auto s = insertMany(connection, actor, now, one); !s)
        return s.error();
    return one.constFirst();
}

Status CustomerStore::assignCodes(const QSqlDatabase& connection, const QDateTime& now, QList<Customer*> missing)
{
    // A code kept from an imported legacy file may already hold the next number: skip it.
    for (int attempt = 0; !missing.isEmpty() && attempt < 1000; ++attempt) {
        auto codes = BusinessNumber::nextCustomerCodes(connection, now.toLocalTime().date(), int(missing.size()));
        if (!codes)
            return codes.error();
        QSet<QString> taken;
        BulkStatement lookup(connection, QStringLiteral("SELECT code FROM customers WHERE code IN ("),
                             QStringLiteral("?"), 1, QStringLiteral(")"));
        lookup.setRowHandler([&taken](const BulkRow& q) { taken.insert(q.value(0).toString()); });
        for (const QString& code : std::as_const(*codes)) {
            if (auto s = lookup.add({code}); !s)
                return s;
        }
        if (auto s = lookup.finish(); !s)
            return s;
        // In file order: the free numbers go to the first customers, the rest wait for the next round.
        qsizetype given = 0;
        for (const QString& code : std::as_const(*codes)) {
            if (!taken.contains(code))
                missing.at(given++)->code = code;
        }
        missing.remove(0, given);
    }
    if (!missing.isEmpty())
        return Error(ErrorCode::Internal, QStringLiteral("no free customer code"));
    return {};
}

Status CustomerStore::insertMany(const QSqlDatabase& connection, const Session& actor, const QDateTime& now,
                                 QList<Customer>& customers)
{
    QList<Customer*> missing;
    for (Customer& c : customers) {
        if (c.code.isEmpty())
            missing.append(&c);
    }
    if (auto s = assignCodes(connection, now, missing); !s)
        return s;
    QHash<QString, qsizetype> byCode;
    byCode.reserve(customers.size());
    for (qsizetype i = 0; i < customers.size(); ++i)
        byCode.insert(customers.at(i).code, i);
    const QDateTime at = now.toUTC();
    // The optional columns no customer of the slice fills keep their defaults (the same empty text or NULL):
    // a customers.csv fills a dozen of its 21 columns, and every value written is one more parameter to
    // format, send and parse (PostgreSQL) or bind, and fewer per row are more rows per statement.
    QStringList columns = {QStringLiteral("code"),       QStringLiteral("name"),       QStringLiteral("region"),
                           QStringLiteral("manager_id"), QStringLiteral("level"),      QStringLiteral("satisfaction"),
                           QStringLiteral("credit"),     QStringLiteral("name_key"),   QStringLiteral("status"),
                           QStringLiteral("created_at"), QStringLiteral("created_by"), QStringLiteral("updated_at"),
                           QStringLiteral("updated_by")};
    QList<QString Customer::*> texts;
    for (const auto& [column, field] : kOptionalTexts) {
        if (std::any_of(customers.cbegin(), customers.cend(),
                        [f = field](const Customer& c) { return !(c.*f).isEmpty(); })) {
            columns << QLatin1String(column);
            texts << field;
        }
    }
    QList<std::optional<qint64> Customer::*> numbers;
    for (const auto& [column, field] : kOptionalNumbers) {
        if (std::any_of(customers.cbegin(), customers.cend(),
                        [f = field](const Customer& c) { return (c.*f).has_value(); })) {
            columns << QLatin1String(column);
            numbers << field;
        }
    }
    QString group = QStringLiteral("(");
    for (qsizetype i = 0; i < columns.size(); ++i)
        group += QLatin1String("?, ");
    BulkStatement insert(
        connection,
        QStringLiteral("INSERT INTO customers (%1, version) VALUES ").arg(columns.join(QLatin1String(", "))),
        group + QLatin1String("1)"), int(columns.size()), QStringLiteral(" RETURNING code, id"));
    insert.setRowHandler([&](const BulkRow& q) {
        Customer& c = customers[byCode.value(q.value(0).toString())];
        c.id = q.value(1).toLongLong();
    });
    QVariantList row;
    row.reserve(columns.size());
    for (const Customer& c : std::as_const(customers)) {
        row = {c.code,
               c.name,
               c.region,
               c.managerId,
               c.level,
               c.satisfaction,
               c.credit,
               Customer::nameKey(c.name),
               static_cast<int>(c.status),
               at,
               actor.actorId(),
               at,
               actor.actor()};
        for (const auto field : std::as_const(texts))
            row.append(c.*field);
        for (const auto field : std::as_const(numbers))
            row.append(optionalInt(c.*field));
        if (auto s = insert.add(row); !s)
            return s;
    }
    if (auto s = insert.finish(); !s)
        return s;
    if (insert.rowsAffected() != customers.size())
        return Error(ErrorCode::Internal, QStringLiteral("INSERT … RETURNING gave %1 ids for %2 customers")
                                              .arg(insert.rowsAffected())
                                              .arg(customers.size()));
    QList<AuditLog::Entry> entries;
    entries.reserve(customers.size());
    for (Customer& c : customers) {
        c.version = 1;
        c.createdAt = at;
        c.updatedAt = at;
        c.updatedBy = actor.actor();
        entries.append(
            {QStringLiteral("create"), QStringLiteral("customers"), QString::number(c.id), {}, {}, c.toJsonText(true)});
    }
    return AuditLog::appendMany(connection, actor, now, entries);
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
