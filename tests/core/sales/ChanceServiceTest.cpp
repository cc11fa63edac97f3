// ChanceService's workflows: create → assign → plan → results → success creates the customer (SPEC §9
// item 7) in the same transaction, or nothing at all; failure archives; conflicts between two clients;
// the two lists and their scope; the audit trail.
#include "SalesFixture.h"
#include "auth/UserService.h"
#include "customers/ContactService.h"
#include "customers/CustomerService.h"
#include "customers/CustomerStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <latch>
#include <memory>

using namespace ketong;
using namespace Qt::StringLiterals;

class ChanceServiceTest : public QObject
{
    Q_OBJECT
    test::SalesFixture f;
    int m_auditMark = 0;

    /// The audit actions on one record since the test began, oldest first (SQLite may give a deleted
    /// chance's id to the next one, so older entries can belong to another record).
    QStringList auditOf(const QString& entity, qint64 id) const
    {
        SqlQuery q(f.db->connection());
        q.prepare(u"SELECT action, actor FROM audit_log WHERE entity = :e AND record_id = :id AND id > :mark "
                  "ORDER BY id"_s);
        q.bind(u":mark"_s, m_auditMark);
        q.bind(u":e"_s, entity);
        q.bind(u":id"_s, QString::number(id));
        QStringList out;
        if (!q.exec())
            return out;
        while (q.next())
            out << q.value(0).toString() + u'/' + q.value(1).toString();
        return out;
    }

    QJsonObject lastAuditAfter(const QString& entity, qint64 id) const
    {
        auto after = SqlQuery::scalar(f.db->connection(),
                                      u"SELECT after FROM audit_log WHERE entity = :e AND record_id = :id "
                                      "ORDER BY id DESC LIMIT 1"_s,
                                      {{u"e"_s, entity}, {u"id"_s, QString::number(id)}});
        return after ? QJsonDocument::fromJson(after->toString().toUtf8()).object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(f.init(), qPrintable(f.db.lastError())); }
    void init() { m_auditMark = f.count(u"SELECT COALESCE(max(id), 0) FROM audit_log"_s); }

    void createsUnassignedChanceByTheCurrentUser()
    {
        auto id = f.as(f.manager1).create(test::SalesFixture::input(u"采购办公电脑"_s));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().fullText()));
        const SalesChance c = f.load(*id);
        QCOMPARE(c.status, ChanceStatus::Unassigned);
        QCOMPARE(c.createdBy, f.manager1.userId());
        QCOMPARE(c.createdByName, u"李明"_s);
        QCOMPARE(c.createdAt, f.clock.now());
        QCOMPARE(c.customerName, u"新星电子有限公司"_s);
        QCOMPARE(c.rate, 60);
        QCOMPARE(c.assignedTo, 0);
        QVERIFY(!c.assignedAt.isValid());
        QCOMPARE(c.version, 1);
        QCOMPARE(auditOf(u"sales_chances"_s, *id), QStringList{u"create/manager1"_s});
        QCOMPARE(lastAuditAfter(u"sales_chances"_s, *id).value(u"title"_s).toString(), u"采购办公电脑"_s);
    }

    void directorMayAssignOnCreation()
    {
        auto id = f.as(f.director).create(test::SalesFixture::input(u"直接指派"_s), f.manager2.userId());
        QVERIFY(id);
        const SalesChance c = f.load(*id);
        QCOMPARE(c.status, ChanceStatus::Assigned);
        QCOMPARE(c.assignedTo, f.manager2.userId());
        QCOMPARE(c.assignedAt, f.clock.now());
        QCOMPARE(auditOf(u"sales_chances"_s, *id), (QStringList{u"create/director"_s, u"assign/director"_s}));

        const int before = f.count(u"SELECT count(*) FROM sales_chances"_s);
        auto refused = f.as(f.manager1).create(test::SalesFixture::input(u"经理不能指派"_s), f.manager2.userId());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Forbidden);
        QCOMPARE(f.count(u"SELECT count(*) FROM sales_chances"_s), before);
    }

    void editKeepsReadOnlyFieldsAndIsAudited()
    {
        const qint64 id = f.chanceAt(1, u"编辑前"_s);
        f.clock.advanceSeconds(60);
        ChanceInput in = test::SalesFixture::input(u"编辑后"_s);
        in.rate = 80;
        QVERIFY(f.as(f.manager1).edit(id, in, 1));
        const SalesChance c = f.load(id);
        QCOMPARE(c.title, u"编辑后"_s);
        QCOMPARE(c.rate, 80);
        QCOMPARE(c.version, 2);
        QCOMPARE(c.createdBy, f.manager1.userId());
        QCOMPARE(c.createdAt, f.clock.now().addSecs(-60));
        QCOMPARE(c.updatedBy, u"manager1"_s);
        QCOMPARE(auditOf(u"sales_chances"_s, id), (QStringList{u"create/manager1"_s, u"update/manager1"_s}));
        const QJsonObject after = lastAuditAfter(u"sales_chances"_s, id);
        QCOMPARE(after.keys(), (QStringList{u"rate"_s, u"title"_s})); // only what changed
    }

    void removeDeletesAndAudits()
    {
        const qint64 id = f.chanceAt(1, u"将删除"_s);
        QVERIFY(f.as(f.director).remove(id, 1));
        QCOMPARE(f.count(u"SELECT count(*) FROM sales_chances WHERE id = :id"_s, {{u"id"_s, id}}), 0);
        QCOMPARE(auditOf(u"sales_chances"_s, id), (QStringList{u"create/manager1"_s, u"delete/director"_s}));
        auto again = f.as(f.director).remove(id, 1);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::NotFound);
    }

    void wholeDevelopmentCreatesTheCustomer()
    {
        const QString name = u"鸿运贸易有限公司"_s;
        auto id = f.as(f.manager1).create(test::SalesFixture::input(u"全流程"_s, name));
        QVERIFY(id);
        QVERIFY(f.as(f.director).assign(*id, f.manager1.userId(), 1));
        ChanceService m1 = f.as(f.manager1);
        auto first = m1.addPlanItem(*id, QDate(2026, 3, 3), u"电话联系,了解需求"_s);
        auto second = m1.addPlanItem(*id, QDate(2026, 3, 10), u"上门拜访,演示产品"_s);
        QVERIFY(first && second);
        QVERIFY(m1.editPlanItem(*second, u"上门拜访,演示样机"_s, 1));
        QVERIFY(m1.recordResult(*first, u"客户有明确采购意向"_s, 1));
        QVERIFY(m1.recordResult(*second, u"客户认可产品质量"_s, 2));
        const SalesChance planned = f.load(*id);
        QCOMPARE(planned.planItems.size(), 2);
        QCOMPARE(planned.planItems.at(0).date, QDate(2026, 3, 3));
        QCOMPARE(planned.planItems.at(1).todo, u"上门拜访,演示样机"_s);
        QCOMPARE(planned.planItems.at(1).result, u"客户认可产品质量"_s);

        const int customersBefore = f.count(u"SELECT count(*) FROM customers WHERE name = :n"_s, {{u"n"_s, name}});
        QCOMPARE(customersBefore, 0);
        f.clock.advanceSeconds(3600);
        auto customer = m1.succeed(*id, planned.version, test::SalesFixture::success());
        QVERIFY2(customer, qPrintable(customer ? QString() : customer.error().fullText()));
        QCOMPARE(f.count(u"SELECT count(*) FROM customers WHERE name = :n"_s, {{u"n"_s, name}}), 1);

        auto stored = CustomerStore::load(f.db->connection(), customer->id);
        QVERIFY(stored);
        const QString day = f.clock.now().toLocalTime().date().toString(u"yyMMdd"_s);
        QVERIFY2(stored->code.startsWith(u"KH"_s + day), qPrintable(stored->code)); // KH + yyMMdd + sequence
        QCOMPARE(stored->code.size(), 11);
        QCOMPARE(stored->name, name);
        QCOMPARE(stored->managerId, f.manager1.userId());
        QCOMPARE(stored->managerName, u"李明"_s);
        QCOMPARE(stored->level, 1);
        QCOMPARE(stored->satisfaction, 3);
        QCOMPARE(stored->credit, 3);
        QCOMPARE(stored->status, CustomerStatus::Normal);
        QCOMPARE(stored->region, u"华北"_s); // as chosen, never the first item of 地区 by default
        QCOMPARE(stored->source, u"销售机会"_s);

        SqlQuery contact(f.db->connection());
        contact.prepare(u"SELECT name, tel, position, sex FROM contacts WHERE customer_id = :c"_s);
        contact.bind(u":c"_s, customer->id);
        QVERIFY(contact.exec());
        QVERIFY(contact.next());
        QCOMPARE(contact.value(0).toString(), u"周强"_s);
        QCOMPARE(contact.value(1).toString(), u"010-62345678"_s);
        QCOMPARE(contact.value(2).toString(), u"采购经理"_s);
        QCOMPARE(contact.value(3).toString(), u"男"_s);
        QVERIFY(!contact.next());
        contact.finish();

        const SalesChance done = f.load(*id);
        QCOMPARE(done.status, ChanceStatus::Succeeded);
        QCOMPARE(done.customerId, customer->id);
        QCOMPARE(done.closedAt, f.clock.now());

        QCOMPARE(auditOf(u"sales_chances"_s, *id),
                 (QStringList{u"create/manager1"_s, u"assign/director"_s, u"status/manager1"_s}));
        QCOMPARE(auditOf(u"plan_items"_s, *first), (QStringList{u"create/manager1"_s, u"update/manager1"_s}));
        QCOMPARE(auditOf(u"plan_items"_s, *second),
                 (QStringList{u"create/manager1"_s, u"update/manager1"_s, u"update/manager1"_s}));
        QCOMPARE(auditOf(u"customers"_s, customer->id), QStringList{u"create/manager1"_s});
        const QJsonObject closed = lastAuditAfter(u"sales_chances"_s, *id);
        QCOMPARE(closed.value(u"status"_s).toInt(), 3);
        QCOMPARE(qint64(closed.value(u"customer_id"_s).toDouble()), customer->id);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'contacts' AND after LIKE :n"_s,
                         {{u"n"_s, u"%周强%"_s}}),
                 1);
    }

    void succeedWithoutContactCreatesNoContact()
    {
        const qint64 id = f.chanceAt(2, u"无联系人"_s, u"无名科技"_s);
        QVERIFY(SqlQuery::run(f.db->connection(), u"UPDATE sales_chances SET contact = '' WHERE id = :id"_s,
                              {{u"id"_s, id}}));
        auto customer = f.as(f.director).succeed(id, f.load(id).version, test::SalesFixture::success());
        QVERIFY(customer);
        QCOMPARE(customer->managerId, f.manager1.userId()); // the assignee, also when the director closes it
        QCOMPARE(f.count(u"SELECT count(*) FROM contacts WHERE customer_id = :c"_s, {{u"c"_s, customer->id}}), 0);
    }

    void succeedAsksForWhatTheCustomerNeeds_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("position");
        QTest::addColumn<QString>("tel");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        const int required = int(ErrorCode::Required), invalid = int(ErrorCode::Invalid);
        QTest::newRow("no region") << QString() << u"经理"_s << u"010-62345678"_s << u"region"_s << required;
        QTest::newRow("region not in the dictionary")
            << u"火星"_s << u"经理"_s << u"010-62345678"_s << u"region"_s << invalid;
        QTest::newRow("no position") << u"北京"_s << u" "_s << u"010-62345678"_s << u"contactPosition"_s << required;
        QTest::newRow("position of 51") << u"北京"_s << QString(51, u'长') << u"010-62345678"_s << u"contactPosition"_s
                                        << invalid;
        QTest::newRow("no office phone") << u"北京"_s << u"经理"_s << QString() << u"contactTel"_s << required;
        QTest::newRow("office phone with letters")
            << u"北京"_s << u"经理"_s << u"call me"_s << u"contactTel"_s << invalid;
    }
    void succeedAsksForWhatTheCustomerNeeds()
    {
        QFETCH(QString, region);
        QFETCH(QString, position);
        QFETCH(QString, tel);
        QFETCH(QString, field);
        QFETCH(int, code);
        const QString name = u"缺项公司"_s + QString::fromLatin1(QTest::currentDataTag());
        const qint64 id = f.chanceAt(2, u"缺项"_s, name);
        QVERIFY(id > 0);
        const int customers = f.count(u"SELECT count(*) FROM customers"_s);
        auto refused = f.as(f.manager1).succeed(id, f.load(id).version, {region, position, tel});
        QVERIFY(!refused);
        QCOMPARE(refused.error().field(), field);
        QCOMPARE(int(refused.error().code()), code);
        QVERIFY(!refused.error().message().isEmpty());
        QCOMPARE(f.count(u"SELECT count(*) FROM customers"_s), customers);
        QCOMPARE(f.load(id).status, ChanceStatus::Assigned);
    }

    void createdCustomerAndContactPassTheirOwnRules()
    {
        const QString name = u"规则一致有限公司"_s;
        const qint64 id = f.chanceAt(2, u"一致"_s, name);
        auto customer = f.as(f.manager1).succeed(id, f.load(id).version, {u"东北"_s, u"总经理"_s, u"0411-8888 6666"_s});
        QVERIFY2(customer, qPrintable(customer ? QString() : customer.error().fullText()));
        // The manager opens the customer and its contact and saves them without touching anything.
        CustomerService customers(*f.db, f.clock, f.manager1);
        auto loaded = customers.load(customer->id);
        QVERIFY(loaded);
        QCOMPARE(loaded->region, u"东北"_s);
        auto saved = customers.update(*loaded);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
        ContactService contacts(*f.db, f.clock, f.manager1);
        const qint64 contactId = f.count(u"SELECT id FROM contacts WHERE customer_id = :c"_s, {{u"c"_s, customer->id}});
        auto contact = contacts.load(contactId);
        QVERIFY(contact);
        QCOMPARE(contact->name, u"周强"_s);
        QCOMPARE(contact->position, u"总经理"_s);
        QCOMPARE(contact->tel, u"0411-8888 6666"_s);
        const Status updated = contacts.update(*contact);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().fullText()));
    }

    void succeedNeedsAPlan()
    {
        auto id = f.as(f.director).create(test::SalesFixture::input(u"无计划"_s), f.manager1.userId());
        QVERIFY(id);
        auto refused = f.as(f.manager1).succeed(*id, f.load(*id).version, test::SalesFixture::success());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::StateRefused);
        QCOMPARE(f.load(*id).status, ChanceStatus::Assigned);
        QVERIFY(f.as(f.manager1).fail(*id, f.load(*id).version)); // giving up needs no plan
        const SalesChance failed = f.load(*id);
        QCOMPARE(failed.status, ChanceStatus::Failed);
        QCOMPARE(failed.closedAt, f.clock.now());
        QCOMPARE(failed.customerId, 0);
    }

    void failedContactInsertRollsBackEverything()
    {
        const QString name = u"回滚测试有限公司"_s;
        const qint64 id = f.chanceAt(2, u"强制失败"_s, name);
        const SalesChance before = f.load(id);
        const int customers = f.count(u"SELECT count(*) FROM customers"_s);
        const int audit = f.count(u"SELECT count(*) FROM audit_log"_s);
        const QSqlDatabase c = f.db->connection();
        // Make the contact insert (the last write of 开发成功 before the status change) fail.
        if (test::backend() == Backend::Sqlite) {
            QVERIFY(SqlQuery::run(c, u"CREATE TRIGGER test_contacts_fail BEFORE INSERT ON contacts "
                                     "BEGIN SELECT RAISE(ABORT, 'forced failure'); END"_s));
        } else {
            QVERIFY(SqlQuery::run(c, u"CREATE FUNCTION test_contacts_fail() RETURNS trigger LANGUAGE plpgsql AS "
                                     "$$ BEGIN RAISE EXCEPTION 'forced failure'; END $$"_s));
            QVERIFY(SqlQuery::run(c, u"CREATE TRIGGER test_contacts_fail BEFORE INSERT ON contacts FOR EACH ROW "
                                     "EXECUTE FUNCTION test_contacts_fail()"_s));
        }
        auto result = f.as(f.manager1).succeed(id, before.version, test::SalesFixture::success());
        QVERIFY(SqlQuery::run(c, u"DROP TRIGGER test_contacts_fail"_s +
                                     (test::backend() == Backend::Sqlite ? QString() : u" ON contacts"_s)));
        QVERIFY(!result);
        QVERIFY2(result.error().detail().contains(u"forced failure"_s), qPrintable(result.error().fullText()));
        QCOMPARE(f.count(u"SELECT count(*) FROM customers"_s), customers);
        QCOMPARE(f.count(u"SELECT count(*) FROM customers WHERE name = :n"_s, {{u"n"_s, name}}), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log"_s), audit);
        const SalesChance after = f.load(id);
        QCOMPARE(after.status, ChanceStatus::Assigned);
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.customerId, 0);
        QVERIFY(!after.closedAt.isValid());

        // With the fault gone the same step succeeds.
        QVERIFY(f.as(f.manager1).succeed(id, before.version, test::SalesFixture::success()));
        QCOMPARE(f.count(u"SELECT count(*) FROM customers WHERE name = :n"_s, {{u"n"_s, name}}), 1);
    }

    void staleEditNamesWhoChangedIt()
    {
        const qint64 id = f.chanceAt(1, u"冲突"_s);
        const SalesChance loaded = f.load(id); // manager1 opens the edit dialog
        f.clock.set(QDateTime(QDate(2026, 3, 2), QTime(6, 15, 42), Qt::UTC));
        QVERIFY(f.as(f.director).edit(id, test::SalesFixture::input(u"主管改过"_s), loaded.version));
        auto stale = f.as(f.manager1).edit(id, test::SalesFixture::input(u"经理的修改"_s), loaded.version);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code(), ErrorCode::Conflict);
        QVERIFY2(stale.error().message().contains(u"王建国 (director)"_s), qPrintable(stale.error().message()));
        const QString when = f.clock.now().toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        QVERIFY2(stale.error().message().contains(when), qPrintable(stale.error().message()));
        QCOMPARE(f.load(id).title, u"主管改过"_s);
    }

    void stalePlanItemIsNotOverwritten()
    {
        const qint64 id = f.chanceAt(2, u"计划冲突"_s);
        const PlanItem item = f.load(id).planItems.value(0);
        QVERIFY(f.as(f.director).recordResult(item.id, u"主管记录"_s, item.version));
        auto stale = f.as(f.manager1).recordResult(item.id, u"经理记录"_s, item.version);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code(), ErrorCode::Conflict);
        QCOMPARE(f.load(id).planItems.value(0).result, u"主管记录"_s);
        auto deleted = f.as(f.manager1).deletePlanItem(item.id, item.version);
        QCOMPARE(deleted.error().code(), ErrorCode::Conflict);
    }

    void twoDirectorsAssignAtOnceExactlyOneWins()
    {
        // A second director account, working from a second client (its own Database and connection).
        UserService users(*f.db, f.clock, Session::system());
        const qint64 role = users.builtinRoleId(RoleKind::Director).value();
        QVERIFY(users.create({u"director2"_s, u"孙主管"_s, role, u"Second-Director-77"_s, false}));
        const Session director2 = f.db.sessionFor(u"director2"_s);
        QVERIFY(director2.isValid());
        DatabasePtr other = f.db.openAnother();
        QVERIFY(other);

        for (int round = 0; round < 3; ++round) {
            const qint64 id = f.chanceAt(1, u"同时指派 %1"_s.arg(round));
            const int version = f.load(id).version;
            Status first;
            Status second;
            std::latch start(2);
            // Each thread gets its own connection from its Database; they release it when done. QThreads, as
            // the app's workers are: with std::thread, LeakSanitizer reported Qt's adopted-thread objects.
            std::unique_ptr<QThread> a(QThread::create([&] {
                start.arrive_and_wait();
                first = ChanceService(*f.db, f.clock, f.director).assign(id, f.manager1.userId(), version);
                f.db->releaseThreadConnection();
            }));
            std::unique_ptr<QThread> b(QThread::create([&] {
                start.arrive_and_wait();
                second = ChanceService(*other, f.clock, director2).assign(id, f.manager2.userId(), version);
                other->releaseThreadConnection();
            }));
            a->start();
            b->start();
            QVERIFY(a->wait(60000) && b->wait(60000));
            QVERIFY2(bool(first) != bool(second), "exactly one assignment must succeed");
            const Status& lost = first ? second : first;
            QCOMPARE(lost.error().code(), ErrorCode::Conflict);
            const SalesChance c = f.load(id);
            QCOMPARE(c.status, ChanceStatus::Assigned);
            QCOMPARE(c.version, version + 1);
            QCOMPARE(c.assignedTo, first ? f.manager1.userId() : f.manager2.userId());
            QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'sales_chances' AND action = 'assign' "
                             "AND record_id = :id"_s,
                             {{u"id"_s, QString::number(id)}}),
                     1);
            QVERIFY2(lost.error().message().contains(first ? u"王建国"_s : u"孙主管"_s),
                     qPrintable(lost.error().message()));
        }
    }

    void chanceListShowsUnassignedAndFilters()
    {
        const qint64 a = f.chanceAt(1, u"列表甲 100%纯"_s, u"列表客户甲"_s);
        const qint64 b = f.chanceAt(1, u"列表乙"_s, u"列表客户乙"_s);
        const qint64 assigned = f.chanceAt(2, u"列表丙"_s, u"列表客户丙"_s);
        auto all = f.as(f.manager2).chanceList({});
        QVERIFY(all);
        const QList<qint64> ids = f.idsOf(*all);
        QVERIFY(ids.contains(a) && ids.contains(b)); // every manager sees the unassigned pool
        QVERIFY(!ids.contains(assigned));
        QCOMPARE(ids.size(), f.count(u"SELECT count(*) FROM sales_chances WHERE status = 1"_s));

        QCOMPARE(f.idsOf(*f.as(f.director).chanceList({u"客户甲"_s, {}, {}})), QList<qint64>{a});
        QCOMPARE(f.idsOf(*f.as(f.director).chanceList({{}, u"100%"_s, {}})), QList<qint64>{a}); // % is literal
        QCOMPARE(f.idsOf(*f.as(f.director).chanceList({u"列表客户"_s, u"乙"_s, u"周"_s})), QList<qint64>{b});
        QVERIFY(f.idsOf(*f.as(f.director).chanceList({u"列表客户"_s, {}, u"没有这个人"_s})).isEmpty());
        QCOMPARE(f.as(f.executive).chanceList({}).error().code(), ErrorCode::Forbidden);
        QCOMPARE(all->columns.size(), 6);
        QCOMPARE(all->columns.at(all->sortColumn).key, u"createdAt"_s);
    }

    void planListScopeByRole()
    {
        const qint64 mine = f.chanceAt(2, u"计划列表一"_s);
        const qint64 won = f.chanceAt(3, u"计划列表二"_s);
        const qint64 lost = f.chanceAt(4, u"计划列表三"_s);
        const qint64 open = f.chanceAt(1, u"计划列表四"_s);
        auto theirs = f.as(f.director).create(test::SalesFixture::input(u"计划列表五"_s), f.manager2.userId());
        QVERIFY(theirs);

        const QList<qint64> m1 = f.idsOf(*f.as(f.manager1).planList({}));
        QVERIFY(m1.contains(mine) && m1.contains(won) && m1.contains(lost));
        QVERIFY(!m1.contains(open));
        QVERIFY(!m1.contains(*theirs)); // manager2's chance is not in manager1's list
        QCOMPARE(m1.size(),
                 f.count(u"SELECT count(*) FROM sales_chances WHERE status IN (2, 3, 4) AND assigned_to = :me"_s,
                         {{u"me"_s, f.manager1.userId()}}));
        const QList<qint64> m2 = f.idsOf(*f.as(f.manager2).planList({}));
        QVERIFY(m2.contains(*theirs) && !m2.contains(mine));
        const QList<qint64> all = f.idsOf(*f.as(f.director).planList({}));
        QVERIFY(all.contains(mine) && all.contains(*theirs));
        QCOMPARE(all.size(), f.count(u"SELECT count(*) FROM sales_chances WHERE status IN (2, 3, 4)"_s));

        // manager2 can neither read nor work on manager1's chance.
        QCOMPARE(f.as(f.manager2).load(mine).error().code(), ErrorCode::Forbidden);
        const SalesChance c = f.load(mine);
        QCOMPARE(f.as(f.manager2).addPlanItem(mine, QDate(2026, 3, 20), u"越权"_s).error().code(),
                 ErrorCode::Forbidden);
        QCOMPARE(f.as(f.manager2)
                     .recordResult(c.planItems.value(0).id, u"越权"_s, c.planItems.value(0).version)
                     .error()
                     .code(),
                 ErrorCode::Forbidden);
        QCOMPARE(f.as(f.manager2).succeed(mine, c.version, test::SalesFixture::success()).error().code(),
                 ErrorCode::Forbidden);
        QCOMPARE(f.as(f.manager2).fail(mine, c.version).error().code(), ErrorCode::Forbidden);
        QVERIFY(!f.as(f.manager2).canDevelop(c));
        QVERIFY(f.as(f.manager1).canDevelop(c));
        QVERIFY(f.as(f.director).canDevelop(c));
        QCOMPARE(f.load(mine).version, c.version);
    }
};

QTEST_GUILESS_MAIN(ChanceServiceTest)
#include "ChanceServiceTest.moc"
