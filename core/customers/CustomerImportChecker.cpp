#include "CustomerImportChecker.h"

#include "CustomerService.h"
#include "CustomerStore.h"
#include "auth/AccessControl.h"
#include "common/Validation.h"
#include "db/BulkStatement.h"
#include "db/Database.h"
#include "setup/ReferenceData.h"

namespace ketong {

CustomerImportChecker::CustomerImportChecker(const Database& db, const Session& session, const CustomerRules& rules,
                                             const TableReader& table, ImportReport& report)
    : m_db(db)
    , m_session(session)
    , m_rules(rules)
    , m_table(table)
    , m_report(report)
{}

void CustomerImportChecker::error(int r, const QString& key, const QString& message)
{
    m_report.issues.append({m_table.line(r), m_table.columnNumber(key), key, message, false, m_table.sheet()});
}

void CustomerImportChecker::warning(int r, const QString& key, const QString& message)
{
    m_report.issues.append({m_table.line(r), m_table.columnNumber(key), key, message, true, m_table.sheet()});
}

bool CustomerImportChecker::hasError(int r, const QString& key) const
{
    const int line = m_table.line(r);
    for (auto it = m_report.issues.crbegin(); it != m_report.issues.crend() && it->line == line; ++it) {
        if (!it->warning && it->key == key)
            return true;
    }
    return false;
}

QString CustomerImportChecker::codeOf(int r) const
{
    return Validation::normalizeWidth(m_table.value(r, QStringLiteral("code"))).trimmed().toUpper();
}

Status CustomerImportChecker::run(const CustomerImporter::Progress& progress, int totalSteps)
{
    if (auto s = prefetch(); !s)
        return s;
    QList<std::pair<int, qsizetype>> checked; // (table row, index in m_report.rows)
    checked.reserve(m_table.rowCount());
    m_report.rows.reserve(m_report.rows.size() + m_table.rowCount());
    for (int r = 0; r < m_table.rowCount(); ++r) {
        if (m_brokenLines.contains(m_table.line(r))) {
            ImportRow row;
            row.line = m_table.line(r);
            for (int i = 0; i < m_table.header().size(); ++i)
                row.cells << m_table.field(r, i);
            m_report.rows.append(std::move(row));
        } else {
            checkRow(r);
            checked.append({r, m_report.rows.size() - 1});
        }
        if (progress && !progress(r + 1, totalSteps))
            return Error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was written"));
    }
    DuplicateFinder finder(m_db.connection());
    QList<const Customer*> customers;
    customers.reserve(checked.size());
    for (const auto& [r, i] : std::as_const(checked))
        customers.append(&m_report.rows.at(i).customer);
    if (auto s = finder.load(customers); !s)
        return s;
    for (const auto& [r, i] : std::as_const(checked))
        warnDuplicates(r, m_report.rows.at(i).customer, finder);
    return {};
}

Status CustomerImportChecker::prefetch()
{
    const QSqlDatabase c = m_db.connection();
    const QString select = QStringLiteral("SELECT ") + CustomerStore::selectColumns() +
                           QStringLiteral(" FROM customers c LEFT JOIN users u ON u.id = c.manager_id WHERE ");
    BulkStatement byCode(c, select + QStringLiteral("c.code IN ("), QStringLiteral("?"), 1, QStringLiteral(")"));
    byCode.setRowHandler([this](const BulkRow& q) {
        Customer stored = CustomerStore::read(q);
        m_byCode.insert(stored.code, stored);
    });
    // Without a code, a row means the one existing customer of exactly this name (re-importing a file
    // changes nothing); several of that name cannot be told apart.
    BulkStatement byName(c, QStringLiteral("SELECT c.name, c.id FROM customers c WHERE c.status <> 3 AND c.name IN ("),
                         QStringLiteral("?"), 1, QStringLiteral(")"));
    byName.setRowHandler(
        [this](const BulkRow& q) { m_idsByName[q.value(0).toString()].append(q.value(1).toLongLong()); });
    QSet<QString> codes;
    QSet<QString> names;
    for (int r = 0; r < m_table.rowCount(); ++r) {
        if (m_brokenLines.contains(m_table.line(r)))
            continue;
        const QString code = codeOf(r);
        const QString name = m_table.value(r, QStringLiteral("name"));
        Status s;
        if (!code.isEmpty() && !codes.contains(code)) {
            codes.insert(code);
            s = byCode.add({code});
        } else if (code.isEmpty() && !name.isEmpty() && !names.contains(name)) {
            names.insert(name);
            s = byName.add({name});
        }
        if (!s)
            return s;
    }
    if (auto s = byCode.finish(); !s)
        return s;
    if (auto s = byName.finish(); !s)
        return s;
    BulkStatement byId(c, select + QStringLiteral("c.id IN ("), QStringLiteral("?"), 1, QStringLiteral(")"));
    byId.setRowHandler([this](const BulkRow& q) {
        Customer stored = CustomerStore::read(q);
        m_byId.insert(stored.id, stored);
    });
    for (const QList<qint64>& ids : std::as_const(m_idsByName)) {
        if (ids.size() != 1)
            continue;
        if (auto s = byId.add({ids.constFirst()}); !s)
            return s;
    }
    return byId.finish();
}

CustomerImportChecker::Existing CustomerImportChecker::findExisting(int r, const QString& code, const QString& name)
{
    if (!code.isEmpty()) {
        if (const int first = m_codeLines.value(code); first > 0) {
            error(r, QStringLiteral("code"), tr("The customer code %1 is also given on line %2").arg(code).arg(first));
            return Existing{std::nullopt, true};
        }
        m_codeLines.insert(code, m_table.line(r));
        const auto it = m_byCode.constFind(code);
        return it == m_byCode.cend() ? Existing{} : Existing{*it, false};
    }
    if (name.isEmpty())
        return Existing{};
    if (const int first = m_newNameLines.value(name); first > 0) {
        error(r, QStringLiteral("name"),
              tr("Line %1 already imports a customer named \"%2\" without a code").arg(first).arg(name));
        return Existing{std::nullopt, true};
    }
    m_newNameLines.insert(name, m_table.line(r));
    const QList<qint64> ids = m_idsByName.value(name);
    if (ids.size() > 1) {
        error(r, QStringLiteral("name"),
              tr("Several customers are named \"%1\": give the customer code to say which one").arg(name));
        return Existing{std::nullopt, true};
    }
    if (ids.isEmpty())
        return Existing{};
    return Existing{m_byId.value(ids.constFirst()), false};
}

int CustomerImportChecker::column(const char* key)
{
    auto it = m_columns.constFind(key);
    if (it == m_columns.cend())
        it = m_columns.insert(key, m_table.columnNumber(QString::fromLatin1(key)) - 1);
    return *it;
}

void CustomerImportChecker::applyCells(int r, Customer& c)
{
    // Forty cells a row: by field index, not by a key made and hashed each time.
    const auto has = [this](const char* key) { return column(key) >= 0; };
    const auto cell = [this, r](const char* key) { return m_table.field(r, column(key)); };
    const auto label = [](const char* key) { return CustomerRules::fieldLabel(QString::fromLatin1(key)); };
    if (has("name"))
        c.name = cell("name");
    if (has("region")) {
        const QString text = cell("region");
        const auto value = text.isEmpty() ? std::optional<QString>(QString()) : m_rules.regionValue(text);
        if (value)
            c.region = *value;
        else
            error(r, QStringLiteral("region"),
                  tr("\"%1\" is not a region of the dictionary (%2)").arg(text, DictType::Region));
    }
    if (has("manager")) {
        const QString login = cell("manager");
        const CustomerRules::Account* account = login.isEmpty() ? nullptr : m_rules.accountByLogin(login);
        c.managerId = account ? account->id : 0;
        if (!login.isEmpty() && !account)
            error(r, QStringLiteral("manager"), tr("There is no account with the login \"%1\"").arg(login));
    }
    const auto stars = [&](const char* key, const QString& type, int& field) {
        if (!has(key))
            return;
        const QString text = cell(key);
        const auto value = text.isEmpty()   ? std::optional<int>(3)
                           : type.isEmpty() ? m_rules.levelValue(text)
                                            : m_rules.starValue(type, text);
        if (value)
            field = *value;
        else
            error(r, QString::fromLatin1(key), tr("%1 must be 1 to 5 or an item of the dictionary").arg(label(key)));
    };
    if (has("level") && cell("level").isEmpty())
        c.level = 1;
    else
        stars("level", QString(), c.level);
    stars("satisfaction", DictType::Satisfaction, c.satisfaction);
    stars("credit", DictType::Credit, c.credit);
    const QList<std::pair<const char*, QString*>> texts{{"address", &c.address},
                                                        {"zip", &c.zip},
                                                        {"tel", &c.tel},
                                                        {"fax", &c.fax},
                                                        {"email", &c.email},
                                                        {"website", &c.website},
                                                        {"licence_no", &c.licenceNo},
                                                        {"legal_rep", &c.legalRep},
                                                        {"bank", &c.bank},
                                                        {"bank_account", &c.bankAccount},
                                                        {"local_tax_no", &c.localTaxNo},
                                                        {"national_tax_no", &c.nationalTaxNo}};
    for (const auto& [key, field] : texts) {
        if (has(key))
            *field = cell(key);
    }
    for (const auto& [key, field] :
         {std::pair{"registered_capital", &c.registeredCapital}, std::pair{"turnover", &c.turnover}}) {
        if (!has(key))
            continue;
        const QString text = Validation::normalizeWidth(cell(key)).remove(QLatin1Char(',')).trimmed();
        bool ok = true;
        const qint64 value = text.isEmpty() ? 0 : text.toLongLong(&ok);
        if (!ok || value < 0)
            error(r, QString::fromLatin1(key), tr("%1 must be a whole number, 0 or more").arg(label(key)));
        else
            *field = text.isEmpty() ? std::nullopt : std::optional<qint64>(value);
    }
}

void CustomerImportChecker::checkRights(int r, const Customer& stored, const Customer& merged)
{
    const QString where =
        m_table.hasColumn(QStringLiteral("code")) && !m_table.value(r, QStringLiteral("code")).isEmpty()
            ? QStringLiteral("code")
            : QStringLiteral("name");
    if (stored.status == CustomerStatus::Deleted) {
        error(r, where,
              tr("The customer %1 (%2) was deleted and cannot be imported into").arg(stored.name, stored.code));
        return;
    }
    if (auto s = CustomerService::checkEditable(m_session, stored); !s) {
        error(r, where, s.error().message());
        return;
    }
    if (merged.managerId != stored.managerId &&
        !AccessControl::requireKind(m_session, Rights::Customers, {RoleKind::Director}, QString()))
        error(r, QStringLiteral("manager"), tr("Only the sales director gives a customer to another account manager"));
}

void CustomerImportChecker::warnDuplicates(int r, const Customer& c, const DuplicateFinder& finder)
{
    QStringList sameName, samePhone;
    for (const DuplicateHint& h : finder.hints(c)) {
        const QString text = QStringLiteral("%1 %2").arg(h.code, h.name);
        if (h.sameName)
            sameName << text;
        if (h.samePhone)
            samePhone << text;
    }
    if (!sameName.isEmpty())
        warning(r, QStringLiteral("name"),
                tr("Possible duplicate: a customer with a similar name exists (%1)").arg(sameName.join(tr(", "))));
    if (!samePhone.isEmpty())
        warning(r, QStringLiteral("tel"),
                tr("Possible duplicate: a customer with this phone exists (%1)").arg(samePhone.join(tr(", "))));
    const QString key = finder.keyOf(c);
    if (!key.isEmpty()) {
        if (const int first = m_keyLines.value(key); first > 0)
            warning(r, QStringLiteral("name"), tr("Possible duplicate of the customer on line %1").arg(first));
        else
            m_keyLines.insert(key, m_table.line(r));
    }
}

void CustomerImportChecker::checkRow(int r)
{
    ImportRow row;
    row.line = m_table.line(r);
    for (int i = 0; i < m_table.header().size(); ++i)
        row.cells << m_table.field(r, i);
    const qsizetype firstIssue = m_report.issues.size();

    const QString code = codeOf(r);
    const Existing existing = findExisting(r, code, m_table.value(r, QStringLiteral("name")));
    Customer c = existing.customer.value_or(Customer{});
    if (!existing.customer)
        c.code = code;
    applyCells(r, c);
    CustomerRules::normalize(c);
    for (const Error& e : m_rules.check(c)) {
        // A missing required column is reported once, on the header line.
        if (m_table.hasColumn(e.field()) || existing.customer) {
            if (!hasError(r, e.field()))
                error(r, e.field(), e.message());
        }
    }
    if (existing.customer) {
        const Customer& stored = *existing.customer;
        if (c.toJsonText() == stored.toJsonText()) {
            row.action = ImportRow::Action::Unchanged;
        } else {
            row.action = ImportRow::Action::Update;
            checkRights(r, stored, c);
        }
    } else if (!existing.failed) {
        row.action = ImportRow::Action::Create;
        if (auto s = CustomerService::requireWriter(m_session); !s)
            error(r, QStringLiteral("name"), s.error().message());
        else if (!m_session.isSystem() && m_session.kind() == RoleKind::Manager && c.managerId != m_session.userId())
            error(r, QStringLiteral("manager"), tr("An account manager imports only customers they manage"));
    }
    const bool failed = std::any_of(m_report.issues.cbegin() + firstIssue, m_report.issues.cend(),
                                    [](const ImportIssue& i) { return !i.warning; });
    if (failed || existing.failed)
        row.action = ImportRow::Action::Invalid;
    row.customer = std::move(c);
    m_report.rows.append(std::move(row));
}

} // namespace ketong
