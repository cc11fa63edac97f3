// The audit trail: append-only in the database itself (the triggers of 0001 refuse UPDATE and DELETE on
// both backends), the audit page's list with its filters, one entry's changes in words, a record's own
// history, the export table, and an entry rolled back with its change.
#include "audit/AuditQuery.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "auth/UserService.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "reports/ReportTable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
/// Runs a ListQuery the way the list model does (first page, its sort) and returns the rows' display
/// values of `column` and their ids.
QList<std::pair<qint64, QVariant>> runList(const Database& db, const ListQuery& q, const QString& column)
{
    int index = -1;
    QStringList selects;
    for (const ListColumn& c : q.columns) {
        if (c.key == column)
            index = int(selects.size());
        selects << c.select;
    }
    const QString sql =
        QStringLiteral("SELECT %1, %2 FROM %3 %4 ORDER BY %5 %6, %2 %6")
            .arg(selects.join(u", "_s), q.id, q.from, q.where.isEmpty() ? QString() : u"WHERE "_s + q.where,
                 q.columns.at(q.sortColumn).sortBy, q.descending ? u"DESC"_s : u"ASC"_s);
    SqlQuery query(db.connection());
    query.prepare(sql);
    query.bindAll(q.values);
    QList<std::pair<qint64, QVariant>> rows;
    if (!query.exec())
        return rows;
    while (query.next()) {
        const ListColumn& c = q.columns.at(index);
        const QVariant raw = query.value(index);
        rows.append({query.value(int(q.columns.size())).toLongLong(), c.display ? QVariant(c.display(raw)) : raw});
    }
    return rows;
}
} // namespace

class AuditQueryTest : public QObject
{
    Q_OBJECT
    test::TestDatabase m_db;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    Session m_admin;
    qint64 m_user = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_db.createInitialized(true, &m_clock), qPrintable(m_db.lastError()));
        m_admin = m_db.sessionFor(u"admin"_s);
        m_clock.advanceSeconds(3600);
        UserService users(*m_db, m_clock, m_admin);
        const qint64 manager = users.builtinRoleId(RoleKind::Manager).value();
        m_user = users.create({u"liuyang"_s, u"刘洋"_s, manager, u"Autumn-Moon-65"_s, true}).value();
        m_clock.advanceSeconds(3600);
        QVERIFY(users.update(m_user, {u"刘阳"_s, manager}, users.load(m_user)->version));
    }

    void triggersRefuseUpdateAndDelete_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("update") << u"UPDATE audit_log SET action = 'x'"_s
                                << u"audit_log is append-only: rows cannot be updated"_s;
        QTest::newRow("update one row") << u"UPDATE audit_log SET after = NULL WHERE id = 1"_s
                                        << u"audit_log is append-only: rows cannot be updated"_s;
        QTest::newRow("delete") << u"DELETE FROM audit_log"_s << u"audit_log is append-only: rows cannot be deleted"_s;
        QTest::newRow("delete one row") << u"DELETE FROM audit_log WHERE id = 1"_s
                                        << u"audit_log is append-only: rows cannot be deleted"_s;
    }
    void triggersRefuseUpdateAndDelete()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        const auto before = SqlQuery::scalar(m_db->connection(), u"SELECT count(*) FROM audit_log"_s)->toInt();
        QVERIFY(before > 0);
        const auto result = SqlQuery::run(m_db->connection(), sql);
        QVERIFY(!result);
        QVERIFY2(result.error().fullText().contains(message), qPrintable(result.error().fullText()));
        QCOMPARE(SqlQuery::scalar(m_db->connection(), u"SELECT count(*) FROM audit_log"_s)->toInt(), before);
        QCOMPARE(SqlQuery::scalar(m_db->connection(), u"SELECT count(*) FROM audit_log WHERE action = 'x'"_s)->toInt(),
                 0);
    }

    void entryRollsBackWithItsChange()
    {
        const auto before = SqlQuery::scalar(m_db->connection(), u"SELECT count(*) FROM audit_log"_s)->toInt();
        {
            Transaction tx(*m_db);
            QVERIFY(tx.begin());
            QVERIFY(AuditLog::append(tx.connection(), m_admin, m_clock.now(),
                                     {u"update"_s, u"users"_s, u"1"_s, {}, QJsonObject{{u"name"_s, u"x"_s}}}));
        } // no commit
        QCOMPARE(SqlQuery::scalar(m_db->connection(), u"SELECT count(*) FROM audit_log"_s)->toInt(), before);
    }

    void listFilters_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("byRecord");
        QTest::addColumn<int>("hours"); // the window starts this many hours after the start; -1: no window
        QTest::addColumn<QStringList>("actions");
        QTest::newRow("record") << QString() << u"users"_s << QString() << true << -1
                                << QStringList{u"Changed"_s, u"Created"_s};
        QTest::newRow("action") << u"admin"_s << u"users"_s << u"update"_s << false << -1 << QStringList{u"Changed"_s};
        QTest::newRow("time window") << QString() << u"users"_s << QString() << true << 2 << QStringList{u"Changed"_s};
        QTest::newRow("other actor") << u"director"_s << u"users"_s << QString() << true << -1 << QStringList{};
    }
    void listFilters()
    {
        QFETCH(QString, actor);
        QFETCH(QString, entity);
        QFETCH(QString, action);
        QFETCH(bool, byRecord);
        QFETCH(int, hours);
        QFETCH(QStringList, actions);
        AuditFilter filter{{}, {}, actor, entity, action, byRecord ? QString::number(m_user) : QString()};
        if (hours >= 0) {
            filter.from = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addSecs(hours * 3600);
            filter.to = filter.from.addSecs(3600);
        }
        const auto query = AuditQuery(*m_db, m_admin).listQuery(filter);
        QVERIFY(query);
        QStringList got;
        for (const auto& row : runList(*m_db, *query, u"action"_s))
            got << row.second.toString();
        QCOMPARE(got, actions); // newest first
        // The audit page's search applies the same filter.
        const auto found = AuditQuery(*m_db, m_admin).search(filter, 100);
        QVERIFY(found);
        QStringList searched;
        for (const AuditEntry& e : *found)
            searched << AuditQuery::actionLabel(e.action);
        QCOMPARE(searched, actions);
    }

    void changesReadAsWords()
    {
        const auto history = AuditQuery(*m_db, m_admin).history(u"users"_s, QString::number(m_user));
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        const AuditEntry& update = history->first();
        QCOMPARE(update.actor, u"admin"_s);
        QCOMPARE(update.actorName, u"赵文斌"_s);
        QCOMPARE(update.at, QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));
        const QList<AuditChange> changes = AuditQuery::changes(update);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().label, u"Name"_s);
        QCOMPARE(changes.first().before, u"刘洋"_s);
        QCOMPARE(changes.first().after, u"刘阳"_s);
        QCOMPARE(AuditQuery::summary(update), u"Name: 刘洋 → 刘阳"_s);

        const AuditEntry& created = history->last();
        QVERIFY(AuditQuery::summary(created).contains(u"Status: Active"_s));
        QVERIFY(AuditQuery::summary(created).contains(u"Must change password: Yes"_s));

        // The list shows the same words in its "changes" column.
        const auto query =
            AuditQuery(*m_db, m_admin).listQuery({{}, {}, {}, u"users"_s, u"update"_s, QString::number(m_user)});
        const auto rows = runList(*m_db, *query, u"changes"_s);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().second.toString(), u"Name: 刘洋 → 刘阳"_s);
        QCOMPARE(AuditQuery(*m_db, m_admin).load(rows.first().first)->after.value(u"name"_s).toString(), u"刘阳"_s);
    }

    void exportTableHasEveryFilteredEntry()
    {
        const auto table =
            AuditQuery(*m_db, m_admin).exportTable({{}, {}, {}, u"users"_s, {}, QString::number(m_user)});
        QVERIFY(table);
        QCOMPARE(table->columns.size(), 6);
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.value(0, 1).toString(), u"赵文斌 (admin)"_s);
        QCOMPARE(table->rows.value(0, 5).toString(), u"Name: 刘洋 → 刘阳"_s);
    }

    void filterValues()
    {
        AuditQuery audit(*m_db, m_admin);
        QVERIFY(audit.actions()->contains(u"update"_s));
        QVERIFY(audit.entities()->contains(u"users"_s));
        const auto actors = audit.actors();
        QCOMPARE(actors->first().first, u"system"_s);
        QVERIFY(std::any_of(actors->begin(), actors->end(), [](const auto& a) { return a.first == u"admin"_s; }));
    }

    void historyForTheRolesThatReadTheRecord()
    {
        const Session manager = m_db.sessionFor(u"manager1"_s);
        QVERIFY(AuditQuery(*m_db, manager).history(u"customers"_s, u"1"_s));
        const auto users = AuditQuery(*m_db, manager).history(u"users"_s, QString::number(m_user));
        QCOMPARE(users.error().code(), ErrorCode::Forbidden);
        const Session executive = m_db.sessionFor(u"executive"_s);
        QCOMPARE(AuditQuery(*m_db, executive).history(u"customers"_s, u"1"_s).error().code(), ErrorCode::Forbidden);
        QVERIFY(AuditQuery::mayReadHistory(m_admin, u"customers"_s));
    }

    void administratorSeesWhichFieldsNotTheValues()
    {
        // SPEC §9 item 13: on business records the administrator reads who, when, which record and which fields,
        // never the values; the roles that read the record see them in its history.
        const QString id =
            SqlQuery::scalar(m_db->connection(), u"SELECT CAST(min(id) AS TEXT) FROM customers"_s)->toString();
        Transaction tx(*m_db);
        QVERIFY(tx.begin());
        QVERIFY(AuditLog::append(tx.connection(), m_db.sessionFor(u"director"_s), m_clock.now(),
                                 {u"update"_s, u"customers"_s, id, QJsonObject{{u"address"_s, u"北京市海淀区"_s}},
                                  QJsonObject{{u"address"_s, u"上海市浦东新区"_s}}}));
        QVERIFY(tx.commit());
        const AuditFilter filter{{}, {}, u"director"_s, u"customers"_s, u"update"_s, id};
        const auto seen = AuditQuery(*m_db, m_admin).search(filter, 10);
        QVERIFY(seen);
        QCOMPARE(seen->size(), 1);
        const AuditEntry& e = seen->first();
        QVERIFY(e.valuesHidden);
        QVERIFY(e.before.contains(u"address"_s) && e.before.value(u"address"_s).isNull());
        QVERIFY(e.after.value(u"address"_s).isNull());
        const QString summary = AuditQuery::summary(e);
        QVERIFY2(summary.contains(AuditQuery::fieldLabel(u"address"_s)) && !summary.contains(u"上海"_s),
                 qPrintable(summary));
        const auto query = AuditQuery(*m_db, m_admin).listQuery(filter);
        const auto rows = runList(*m_db, *query, u"changes"_s);
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows.first().second.toString().contains(u"上海"_s));
        QVERIFY(!AuditQuery(*m_db, m_admin).exportTable(filter)->rows.value(0, 5).toString().contains(u"上海"_s));
        // The director reads the customer's history with its values.
        const auto history = AuditQuery(*m_db, m_db.sessionFor(u"director"_s)).history(u"customers"_s, id);
        QVERIFY(history);
        QVERIFY(!history->first().valuesHidden);
        QCOMPARE(history->first().after.value(u"address"_s).toString(), u"上海市浦东新区"_s);
    }

    /// The bulk writers' entries (on PostgreSQL arrays of texts, one call per 2,000) come back as written:
    /// quotes, backslashes, braces, commas, the word NULL, empty texts and Chinese, a null before, in order.
    void bulkEntriesKeepEveryText()
    {
        const QStringList ids = {u"a\"b"_s, u"c\\d"_s, u"{x,y}"_s, u"NULL"_s, QString(), u"客户 1"_s};
        QList<AuditLog::Entry> entries;
        for (int i = 0; i < 4500; ++i) {
            const QString id = ids.at(i % ids.size());
            entries.append({u"bulk"_s,
                            u"tickets"_s,
                            id,
                            i % 2 ? QJsonObject{{u"n"_s, id}} : QJsonObject{},
                            {},
                            QString::fromUtf8(QJsonDocument(QJsonObject{{u"n"_s, i}, {u"id"_s, id}}).toJson())});
        }
        Transaction tx(*m_db);
        QVERIFY(tx.begin());
        QVERIFY(AuditLog::appendMany(tx.connection(), m_admin, m_clock.now(), entries));
        QVERIFY(tx.commit());
        SqlQuery q(m_db->connection());
        q.prepare(u"SELECT actor, record_id, before, after FROM audit_log WHERE action = 'bulk' ORDER BY id"_s);
        QVERIFY(q.exec());
        int i = 0;
        for (; q.next(); ++i) {
            const QString id = ids.at(i % ids.size());
            QCOMPARE(q.value(0).toString(), u"admin"_s);
            QCOMPARE(q.value(1).toString(), id);
            QCOMPARE(q.value(2).isNull(), i % 2 == 0);
            if (i % 2)
                QCOMPARE(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().value(u"n"_s), id);
            QCOMPARE(q.value(3).toString(), entries.at(i).afterText);
        }
        QCOMPARE(i, int(entries.size()));
    }
};

QTEST_GUILESS_MAIN(AuditQueryTest)
#include "AuditQueryTest.moc"
