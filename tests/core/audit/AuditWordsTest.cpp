// Words, not keys (issue 27 item 13): the audit log reads as words in English and in Chinese. The walk
// takes every action, record type, field and setting from the program itself — the audit calls in core's
// sources, the entries PostgreSQL's functions write, the columns of every audited table (the row trigger
// logs whole rows) and every enumerated value of their CHECK constraints — and fails on any that has no word
// in either language. Real entries show status names, account names and 分配 for a service assignment.
#include "AuditSourceScan.h"
#include "TestDatabase.h"
#include "audit/AuditQuery.h"
#include "churn/ChurnService.h"
#include "common/Language.h"
#include "customers/CustomerService.h"
#include "db/SqlQuery.h"
#include "erp/FeedFormat.h"
#include "sales/ChanceService.h"
#include "service/ServiceDesk.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
bool hasChinese(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9fff; });
}

/// A key as the program writes it, not a word: the key itself, snake_case, or one lower-case token.
bool looksLikeKey(const QString& text, const QString& key)
{
    static const QRegularExpression token(QStringLiteral("^[a-z][a-z0-9.-]*$"));
    return text.isEmpty() || text == key || text.contains(u'_') || token.match(text).hasMatch();
}

struct Item
{
    QString what; ///< for the failure message: "field customers.manager_id"
    QString key;  ///< as written into the log
    std::function<QString()> words;
};

/// What has no word: the English text must not be the key, the Chinese one must be Chinese.
QStringList missingWords(const QList<Item>& items)
{
    QStringList english;
    Language::install(u"en"_s);
    for (const Item& item : items)
        english << item.words();
    QStringList chinese;
    Language::install(u"zh_CN"_s);
    for (const Item& item : items)
        chinese << item.words();
    Language::install(u"en"_s);
    QStringList missing;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (looksLikeKey(english.at(i), items.at(i).key))
            missing << u"%1: English \"%2\""_s.arg(items.at(i).what, english.at(i));
        if (!hasChinese(chinese.at(i)))
            missing << u"%1: Chinese \"%2\""_s.arg(items.at(i).what, chinese.at(i));
    }
    return missing;
}

QString sourceRoot()
{
    return qEnvironmentVariable("KETONG_SOURCE_DIR");
}

/// One enumerated CHECK constraint of the schema: column IN (values) or status BETWEEN a AND b.
struct Enumeration
{
    QString table;
    QString column;
    QList<QJsonValue> values;
};

/// The CHECK constraints of the SQLite migrations (SchemaTest keeps PostgreSQL's the same).
QList<Enumeration> enumerations()
{
    static const QRegularExpression table(u"CREATE TABLE (\\w+) \\((.*?)\\n\\)"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression in(u"CHECK \\((\\w+) IN \\(([^)]*)\\)\\)"_s);
    static const QRegularExpression between(u"CHECK \\((status) BETWEEN (\\d+) AND (\\d+)\\)"_s);
    QHash<QString, QList<Enumeration>> byTable; // a later migration's table replaces an earlier one
    QDirIterator files(sourceRoot() + u"/core/db/migrations/sqlite"_s, {u"*.sql"_s}, QDir::Files);
    QStringList paths;
    while (files.hasNext())
        paths << files.next();
    paths.sort();
    for (const QString& path : std::as_const(paths)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString sql = QString::fromUtf8(file.readAll());
        for (auto t = table.globalMatch(sql); t.hasNext();) {
            const auto m = t.next();
            QList<Enumeration>& list = byTable[m.captured(1)];
            list.clear();
            for (auto c = in.globalMatch(m.captured(2)); c.hasNext();) {
                const auto e = c.next();
                Enumeration en{m.captured(1), e.captured(1), {}};
                for (QString v : e.captured(2).split(u',')) {
                    v = v.trimmed();
                    en.values << (v.startsWith(u'\'') ? QJsonValue(v.mid(1, v.size() - 2)) : QJsonValue(v.toInt()));
                }
                list << en;
            }
            for (auto c = between.globalMatch(m.captured(2)); c.hasNext();) {
                const auto e = c.next();
                Enumeration en{m.captured(1), e.captured(1), {}};
                for (int v = e.captured(2).toInt(); v <= e.captured(3).toInt(); ++v)
                    en.values << QJsonValue(v);
                list << en;
            }
        }
    }
    QList<Enumeration> all;
    for (const auto& list : std::as_const(byTable))
        all << list;
    return all;
}
} // namespace

class AuditWordsTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    test::AuditSources m_sources;
    qint64 m_customer = 0;
    qint64 m_ticket = 0;
    qint64 m_chance = 0;
    QList<AuditEntry> m_entries; ///< the log after aWorkingDay(), newest first

    AuditEntry entry(const QString& entity, const QString& action, qint64 record) const
    {
        const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const AuditEntry& e) {
            return e.entity == entity && e.action == action && e.recordId == QString::number(record);
        });
        return it == m_entries.cend() ? AuditEntry() : *it;
    }
    static AuditChange change(const AuditEntry& e, const QString& field)
    {
        const QList<AuditChange> list = AuditQuery::changes(e);
        const auto it =
            std::find_if(list.cbegin(), list.cend(), [&](const AuditChange& c) { return c.field == field; });
        return it == list.cend() ? AuditChange{field, {}, {}, {}} : *it;
    }

    QStringList column(const QString& sql, const QVariantMap& values = {}) const
    {
        SqlQuery q(m_db->connection());
        q.prepare(sql);
        q.bindAll(values);
        QStringList list;
        if (q.exec())
            while (q.next())
                list << q.value(0).toString();
        return list;
    }
    qint64 userId(const QString& login) const
    {
        return column(u"SELECT id FROM users WHERE login = :l"_s, {{u"l"_s, login}}).value(0).toLongLong();
    }
    QString userName(const QString& login) const
    {
        return column(u"SELECT name FROM users WHERE login = :l"_s, {{u"l"_s, login}}).value(0);
    }
    /// The tables the log holds whole or partial rows of: the row trigger's and the app's record types.
    QStringList auditedTables() const
    {
        const QStringList tables =
            m_db->dialect().isPostgres()
                ? column(u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"_s)
                : column(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
        QSet<QString> audited = m_sources.triggerTables;
        for (const QString& entity : m_sources.entities) {
            if (tables.contains(entity))
                audited.insert(entity);
        }
        if (m_db->dialect().isPostgres()) // what the database itself says, too
            for (const QString& t : column(u"SELECT DISTINCT c.relname::text FROM pg_trigger t JOIN pg_class c ON "
                                           "c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = "
                                           "'ketong_audit_row'"_s))
                audited.insert(t);
        QStringList list = audited.values();
        list.sort();
        return list;
    }
    QStringList columnsOf(const QString& table) const
    {
        return m_db->dialect().isPostgres()
                   ? column(u"SELECT column_name::text FROM information_schema.columns WHERE table_schema = "
                            "current_schema() AND table_name = :t"_s,
                            {{u"t"_s, table}})
                   : column(u"SELECT name FROM pragma_table_info(:t)"_s, {{u"t"_s, table}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.createInitialized(true, &m_clock), qPrintable(m_db.lastError()));
        QVERIFY2(!sourceRoot().isEmpty(), "KETONG_SOURCE_DIR names the source tree");
        m_sources = test::scanAuditSources(sourceRoot());
    }
    void cleanupTestCase() { Language::install(u"en"_s); }

    /// The scan sees the audit calls (else the walk below would pass on nothing).
    void theScanFindsWhatIsAudited()
    {
        QVERIFY2(m_sources.problems.isEmpty(), qPrintable(m_sources.problems.join(u'\n')));
        for (const char* action :
             {"create",   "update",     "delete",         "status",          "assign",  "reassign", "handle",
              "feedback", "churn-scan", "sync",           "delay",           "confirm", "login",    "login-failed",
              "lockout",  "password",   "password-reset", "password-change", "rights",  "enable",   "unlock"})
            QVERIFY2(m_sources.actions.contains(QLatin1String(action)), action);
        QVERIFY(m_sources.pairs.contains({u"assign"_s, u"sales_chances"_s}));
        QVERIFY(m_sources.pairs.contains({u"assign"_s, u"service_tickets"_s}));
        QVERIFY(m_sources.pairs.contains({u"reassign"_s, u"customers"_s}));
        QVERIFY(m_sources.pairs.contains({u"password-reset"_s, u"users"_s}));
        for (const char* key : {"as_of", "flagged", "recovered", "assigned_to", "measure", "rights", "locked_minutes",
                                "customer_name", "created", "unchanged", "everyDays", "registered_capital"})
            QVERIFY2(m_sources.keys.contains(QLatin1String(key)), key);
        for (const char* key : {"churn.months", "backup.schedule", "feed.source", "feed.interval_minutes"})
            QVERIFY2(m_sources.settingKeys.contains(QLatin1String(key)), key);
        for (const char* table : {"customers", "sales_chances", "service_tickets", "lost_records", "users", "roles"})
            QVERIFY2(m_sources.triggerTables.contains(QLatin1String(table)), table);
        QVERIFY(auditedTables().contains(u"job_runs"_s));
    }

    void everyActionAndRecordTypeHasWords()
    {
        QList<Item> items;
        for (const QString& action : std::as_const(m_sources.actions))
            items.append({u"action %1"_s.arg(action), action, [action] { return AuditQuery::actionLabel(action); }});
        for (const auto& pair : std::as_const(m_sources.pairs)) {
            const QString action = pair.first;
            const QString entity = pair.second;
            items.append({u"action %1 on %2"_s.arg(action, entity), action,
                          [action, entity] { return AuditQuery::actionLabel(action, entity); }});
        }
        QSet<QString> entities = m_sources.entities;
        for (const QString& table : auditedTables())
            entities.insert(table);
        for (const FeedFormat::File file : FeedFormat::files()) // the keys of a feed run's counts
            entities.insert(FeedFormat::name(file));
        for (const QString& entity : std::as_const(entities))
            items.append(
                {u"record type %1"_s.arg(entity), entity, [entity] { return AuditQuery::entityLabel(entity); }});
        const QStringList missing = missingWords(items);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void everyFieldHasWords()
    {
        QList<Item> items;
        int columns = 0;
        for (const QString& table : auditedTables()) {
            for (const QString& field : columnsOf(table)) {
                if (field == u"password_hash"_s)
                    continue; // never logged: the trigger and the services leave it out
                ++columns;
                items.append({u"field %1.%2"_s.arg(table, field), field,
                              [table, field] { return AuditQuery::fieldLabel(field, table); }});
            }
        }
        QVERIFY2(columns > 150, qPrintable(QString::number(columns)));
        for (const QString& key : std::as_const(m_sources.keys))
            items.append({u"logged key %1"_s.arg(key), key, [key] { return AuditQuery::fieldLabel(key); }});
        const QStringList missing = missingWords(items);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void everySettingHasWords()
    {
        QSet<QString> keys = m_sources.settingKeys;
        for (const QString& key : column(u"SELECT key FROM settings"_s))
            keys.insert(key);
        QList<Item> items;
        for (const QString& key : std::as_const(keys))
            items.append({u"setting %1"_s.arg(key), key, [key] { return AuditQuery::recordText(u"settings"_s, key); }});
        const QStringList missing = missingWords(items);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    /// Every status code of every entity with a status (orders too), every flag and every enumerated text
    /// of an audited table's CHECK constraints reads as a word, not as the number or key stored.
    void everyEnumeratedValueHasWords()
    {
        const QStringList audited = auditedTables() << u"orders"_s;
        QList<Item> items;
        QSet<QString> statuses;
        for (const Enumeration& e : enumerations()) {
            if (!audited.contains(e.table))
                continue;
            if (e.column == u"status"_s)
                statuses.insert(e.table);
            for (const QJsonValue& v : e.values) {
                const QString raw = v.isString() ? v.toString() : QString::number(v.toInt());
                items.append({u"value %1.%2 = %3"_s.arg(e.table, e.column, raw), raw,
                              [e, v] { return AuditQuery::valueText(e.table, e.column, v); }});
            }
        }
        for (const char* table : {"users", "customers", "sales_chances", "lost_records", "service_tickets", "orders"})
            QVERIFY2(statuses.contains(QLatin1String(table)), table);
        const QStringList missing = missingWords(items);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
        // Different codes, different names.
        for (const char* table : {"sales_chances", "service_tickets", "lost_records", "customers"}) {
            QSet<QString> names;
            for (int code = 1; code <= 4; ++code)
                names.insert(AuditQuery::valueText(QLatin1String(table), u"status"_s, code));
            QCOMPARE(names.size(), 4);
        }
    }

    /// 分配 a service request, 指派 a sales opportunity (SPEC §2.1); the same in the filter's list.
    void serviceAssignmentIsNotAChanceAssignment()
    {
        Language::install(u"zh_CN"_s);
        QCOMPARE(AuditQuery::actionLabel(u"assign"_s, u"service_tickets"_s), u"分配"_s);
        QCOMPARE(AuditQuery::actionLabel(u"assign"_s, u"sales_chances"_s), u"指派"_s);
        QCOMPARE(AuditQuery::fieldLabel(u"assigned_to"_s, u"service_tickets"_s), u"分配给"_s);
        QCOMPARE(AuditQuery::fieldLabel(u"assigned_to"_s, u"sales_chances"_s), u"指派给"_s);
        QCOMPARE(AuditQuery::actionLabel(u"assign"_s), u"指派/分配"_s);
        Language::install(u"en"_s);
        QCOMPARE(AuditQuery::actionLabel(u"assign"_s, u"service_tickets"_s), u"Assigned"_s);
        QCOMPARE(AuditQuery::fieldLabel(u"assigned_to"_s, u"service_tickets"_s), u"Assigned to"_s);
    }

    /// A value the reader may not see (the administrator's view of business records) leaves the field's name;
    /// an empty field of a new record is left out.
    void absentValuesShowTheFieldOnly()
    {
        AuditEntry e;
        e.id = 1;
        e.entity = u"customers"_s;
        e.action = u"update"_s;
        e.before = QJsonObject{{u"name"_s, QJsonValue()}, {u"manager_id"_s, QJsonValue()}};
        e.after = e.before;
        QCOMPARE(AuditQuery::summary(e), u"Account manager; Name"_s);
        const QList<AuditChange> changes = AuditQuery::changes(e);
        QCOMPARE(changes.size(), 2);
        QVERIFY(changes.first().before.isEmpty() && changes.first().after.isEmpty());
        // A record created with a field left empty: the field is not listed as if it had changed.
        AuditEntry created;
        created.id = 2;
        created.entity = u"sales_chances"_s;
        created.action = u"create"_s;
        created.after = QJsonObject{{u"title"_s, u"采购办公设备"_s}, {u"assigned_to"_s, QJsonValue()}};
        QCOMPARE(AuditQuery::summary(created), u"Summary: 采购办公设备"_s);
    }

    /// A working day on the demo company: a service request created, assigned (分配), handled and fed back,
    /// a sales opportunity assigned (指派), a customer given to another manager, the churn scan; on PostgreSQL
    /// also a change made outside the program (the row trigger's entry).
    void aWorkingDay()
    {
        const Session director = m_db.sessionFor(u"director"_s);
        const Session manager = m_db.sessionFor(u"manager1"_s);
        const qint64 m1 = userId(u"manager1"_s);
        m_customer =
            column(u"SELECT id FROM customers WHERE manager_id = :m AND status = 1 ORDER BY id"_s, {{u"m"_s, m1}})
                .value(0)
                .toLongLong();
        QVERIFY(m_customer > 0);
        ServiceDesk desk(*m_db, m_clock, manager);
        m_ticket = desk.create({u"咨询"_s, u"打印机卡纸"_s, m_customer, u"客户询问打印机卡纸如何处理"_s}).value();
        QVERIFY(ServiceDesk(*m_db, m_clock, director).assign(m_ticket, m1, 1));
        QVERIFY(desk.handle(m_ticket, u"上门处理"_s, 2));
        QVERIFY(desk.feedback(m_ticket, u"已解决"_s, 4, 3));
        ChanceService chances(*m_db, m_clock, director);
        m_chance = chances
                       .create({u"网站"_s, u"华宇商贸"_s, u"采购办公设备"_s, 60, u"李明"_s, u"13800000000"_s,
                                u"需要20台电脑"_s})
                       .value();
        QVERIFY(chances.assign(m_chance, m1, 1));
        QVERIFY(CustomerService(*m_db, m_clock, director).reassign({m_customer}, userId(u"manager2"_s)));
        QVERIFY(ChurnService(*m_db, m_clock, director).scan(m_clock.today(), 6));
        if (m_db->dialect().isPostgres())
            QVERIFY(SqlQuery::run(m_db->connection(),
                                  u"UPDATE service_tickets SET status = 3, handled_by = :m, version = version + 1, "
                                  "updated_at = now() WHERE id = :id"_s,
                                  {{u"m"_s, userId(u"manager2"_s)}, {u"id"_s, m_ticket}}));
        const auto entries = AuditQuery(*m_db, Session::system()).search({}, 1000);
        QVERIFY(entries);
        m_entries = *entries;
    }

    void statusAndAccountNames_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }
    /// Status names instead of codes, account names instead of ids; 分配 a service, 指派 an opportunity.
    void statusAndAccountNames()
    {
        QFETCH(QString, language);
        Language::install(language);
        const bool zh = language == u"zh_CN"_s;
        const AuditEntry assigned = entry(u"service_tickets"_s, u"assign"_s, m_ticket);
        QCOMPARE(AuditQuery::actionLabel(assigned.action, assigned.entity), zh ? u"分配"_s : u"Assigned"_s);
        QCOMPARE(change(assigned, u"status"_s).before, zh ? u"新创建"_s : u"New"_s);
        QCOMPARE(change(assigned, u"status"_s).after, zh ? u"已分配"_s : u"Assigned"_s);
        QCOMPARE(change(assigned, u"assigned_to"_s).label, zh ? u"分配给"_s : u"Assigned to"_s);
        QCOMPARE(change(assigned, u"assigned_to"_s).after, userName(u"manager1"_s));
        const AuditEntry fedBack = entry(u"service_tickets"_s, u"feedback"_s, m_ticket);
        QCOMPARE(change(fedBack, u"status"_s).after, zh ? u"已归档"_s : u"Archived"_s);
        QCOMPARE(change(fedBack, u"satisfaction"_s).after, u"★★★★☆"_s);
        const AuditEntry chance = entry(u"sales_chances"_s, u"assign"_s, m_chance);
        QCOMPARE(AuditQuery::actionLabel(chance.action, chance.entity), zh ? u"指派"_s : u"Assigned"_s);
        QCOMPARE(change(chance, u"status"_s).before, zh ? u"未指派"_s : u"Unassigned"_s);
        QCOMPARE(change(chance, u"status"_s).after, zh ? u"开发中"_s : u"In development"_s);
        QCOMPARE(change(chance, u"assigned_to"_s).label, zh ? u"指派给"_s : u"Assigned to"_s);
        QCOMPARE(change(chance, u"assigned_to"_s).after, userName(u"manager1"_s));
        const AuditEntry reassigned = entry(u"customers"_s, u"reassign"_s, m_customer);
        QCOMPARE(AuditQuery::actionLabel(reassigned.action, reassigned.entity), zh ? u"转移"_s : u"Reassigned"_s);
        QCOMPARE(change(reassigned, u"manager_id"_s).label, zh ? u"客户经理"_s : u"Account manager"_s);
        QCOMPARE(change(reassigned, u"manager_id"_s).before, userName(u"manager1"_s));
        QCOMPARE(change(reassigned, u"manager_id"_s).after, userName(u"manager2"_s));
        QVERIFY2(AuditQuery::summary(reassigned).contains(userName(u"manager2"_s)),
                 qPrintable(AuditQuery::summary(reassigned)));
        const auto scan = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                       [](const AuditEntry& e) { return e.action == u"churn-scan"_s; });
        QVERIFY(scan != m_entries.cend());
        QCOMPARE(AuditQuery::actionLabel(scan->action, scan->entity), zh ? u"客户流失检查"_s : u"Churn scan"_s);
        const QString scanned = AuditQuery::summary(*scan);
        for (const char* key : {"as_of", "months", "flagged", "recovered"})
            QVERIFY2(!scanned.contains(QLatin1String(key)), qPrintable(scanned));
        QVERIFY2(scanned.contains(zh ? u"新增预警"_s : u"New warnings"_s), qPrintable(scanned));
        Language::install(u"en"_s);
    }

    void everyEntryOfTheDayReadsAsWords_data() { statusAndAccountNames_data(); }
    /// Every entry of the day (the demo company's and the day's): words for its action and every field.
    void everyEntryOfTheDayReadsAsWords()
    {
        QFETCH(QString, language);
        Language::install(language);
        const bool zh = language == u"zh_CN"_s;
        QStringList missing;
        for (const AuditEntry& e : std::as_const(m_entries)) {
            const QString action = AuditQuery::actionLabel(e.action, e.entity);
            if (zh ? !hasChinese(action) : looksLikeKey(action, e.action))
                missing << u"action %1: %2"_s.arg(e.action, action);
            for (const AuditChange& c : AuditQuery::changes(e)) {
                if (zh ? !hasChinese(c.label) : looksLikeKey(c.label, c.field))
                    missing << u"field %1.%2: %3"_s.arg(e.entity, c.field, c.label);
                if (c.before.startsWith(u"account #"_s) || c.after.startsWith(u"account #"_s))
                    missing << u"account name %1.%2"_s.arg(e.entity, c.field);
            }
        }
        Language::install(u"en"_s);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    /// PostgreSQL: a change made with psql is logged by the row trigger with the whole changed row.
    void rowTriggerEntryReadsAsWords()
    {
        if (!m_db->dialect().isPostgres())
            QSKIP("SQLite has no row trigger: one PC, one program");
        const auto trigger = std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const AuditEntry& e) {
            return e.entity == u"service_tickets"_s && e.action == u"update"_s &&
                   e.recordId == QString::number(m_ticket);
        });
        QVERIFY(trigger != m_entries.cend());
        QCOMPARE(change(*trigger, u"status"_s).after, u"Handled"_s);
        QCOMPARE(change(*trigger, u"handled_by"_s).before, userName(u"manager1"_s));
        QCOMPARE(change(*trigger, u"handled_by"_s).after, userName(u"manager2"_s));
        QCOMPARE(change(*trigger, u"version"_s).label, u"Version"_s);
        // PostgreSQL's own timestamps (microseconds, an offset) in local time like every other time.
        static const QRegularExpression localTime(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"_s);
        const QString changed = change(*trigger, u"updated_at"_s).after;
        QVERIFY2(localTime.match(changed).hasMatch(), qPrintable(changed));
    }
};

QTEST_GUILESS_MAIN(AuditWordsTest)
#include "AuditWordsTest.moc"
