// 服务管理 as a state machine: every (status, operation, actor) → allowed or the exact refusal; the
// satisfaction rule at 2, 3 and 5; every round of handling and feedback kept.
#include "service/ServiceDesk.h"
#include "TestDatabase.h"
#include "db/SqlQuery.h"

#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class ServiceDeskTest : public QObject
{
    Q_OBJECT

    const ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    qint64 m_customer = 0;
    qint64 m_lostCustomer = 0;

    bool prepare(test::TestDatabase& t)
    {
        if (!t.createInitialized())
            return false;
        const QSqlDatabase c = t->connection();
        for (const auto& [login, kind] :
             {std::pair{"m1", "manager"}, std::pair{"m2", "manager"}, std::pair{"m3", "manager"},
              std::pair{"boss", "director"}, std::pair{"exec", "executive"}, std::pair{"root", "admin"}}) {
            if (!SqlQuery::run(c,
                               u"INSERT INTO users (login, name, role_id, password_hash) SELECT :l, :l, id, 'x' "
                               u"FROM roles WHERE kind = :k AND builtin = 1"_s,
                               {{u"l"_s, QString::fromLatin1(login)}, {u"k"_s, QString::fromLatin1(kind)}}))
                return false;
        }
        m_customer = SqlQuery::scalar(c, u"INSERT INTO customers (code, name, region, manager_id) SELECT 'KH1', "
                                         u"'聪海信息', '北京', id FROM users WHERE login = 'm1' RETURNING id"_s)
                         ->toLongLong();
        m_lostCustomer =
            SqlQuery::scalar(c, u"INSERT INTO customers (code, name, region, manager_id, status) SELECT "
                                u"'KH2', '流失公司', '北京', id, 2 FROM users WHERE login = 'm1' RETURNING id"_s)
                ->toLongLong();
        return true;
    }

    static qint64 userId(const test::TestDatabase& t, const QString& login)
    {
        return SqlQuery::scalar(t->connection(), u"SELECT id FROM users WHERE login = :l"_s, {{u"l"_s, login}})
            ->toLongLong();
    }

    /// Creates a ticket by m1 and drives it to `status` (handled by m2).
    qint64 ticketAt(const test::TestDatabase& t, int status)
    {
        const qint64 id = ServiceDesk(*t, m_clock, t.sessionFor(u"m1"_s))
                              .create({u"投诉"_s, u"送货延误"_s, m_customer, u"客户投诉送货晚了三天"_s})
                              .value();
        int version = 1;
        if (status >= 2) {
            ServiceDesk(*t, m_clock, t.sessionFor(u"boss"_s)).assign(id, userId(t, u"m2"_s), version++).ok();
        }
        if (status >= 3) {
            ServiceDesk(*t, m_clock, t.sessionFor(u"m2"_s)).handle(id, u"已道歉并补发"_s, version++).ok();
        }
        if (status == 5) {
            ServiceDesk(*t, m_clock, t.sessionFor(u"m1"_s)).feedback(id, u"客户满意"_s, 4, version++).value();
        }
        return id;
    }

    static int statusOf(const test::TestDatabase& t, qint64 id)
    {
        return SqlQuery::scalar(t->connection(), u"SELECT status FROM service_tickets WHERE id = :id"_s,
                                {{u"id"_s, id}})
            ->toInt();
    }

    static int versionOf(const test::TestDatabase& t, qint64 id)
    {
        return SqlQuery::scalar(t->connection(), u"SELECT version FROM service_tickets WHERE id = :id"_s,
                                {{u"id"_s, id}})
            ->toInt();
    }

private Q_SLOTS:
    void stateMachine_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<int>("expected");
        const int ok = int(ErrorCode::None), forbidden = int(ErrorCode::Forbidden),
                  state = int(ErrorCode::StateRefused);
        // 1 新创建: edit/delete by the creator (m1); delete also by the director; assign by the director.
        QTest::newRow("edit new by creator") << 1 << u"edit"_s << u"m1"_s << ok;
        QTest::newRow("edit new by other manager") << 1 << u"edit"_s << u"m2"_s << forbidden;
        QTest::newRow("edit new by director") << 1 << u"edit"_s << u"boss"_s << forbidden;
        QTest::newRow("delete new by creator") << 1 << u"delete"_s << u"m1"_s << ok;
        QTest::newRow("delete new by director") << 1 << u"delete"_s << u"boss"_s << ok;
        QTest::newRow("delete new by other manager") << 1 << u"delete"_s << u"m2"_s << forbidden;
        QTest::newRow("delete new by executive") << 1 << u"delete"_s << u"exec"_s << forbidden;
        QTest::newRow("assign new by director") << 1 << u"assign"_s << u"boss"_s << ok;
        QTest::newRow("assign new by manager") << 1 << u"assign"_s << u"m1"_s << forbidden;
        QTest::newRow("assign new by admin") << 1 << u"assign"_s << u"root"_s << forbidden;
        QTest::newRow("handle new by m2") << 1 << u"handle"_s << u"m2"_s << forbidden;
        QTest::newRow("feedback new by creator") << 1 << u"feedback"_s << u"m1"_s << state;
        // 2 已分配 to m2.
        QTest::newRow("edit assigned") << 2 << u"edit"_s << u"m1"_s << state;
        QTest::newRow("delete assigned") << 2 << u"delete"_s << u"m1"_s << state;
        QTest::newRow("assign assigned") << 2 << u"assign"_s << u"boss"_s << state;
        QTest::newRow("handle by assignee") << 2 << u"handle"_s << u"m2"_s << ok;
        QTest::newRow("handle by creator") << 2 << u"handle"_s << u"m1"_s << forbidden;
        QTest::newRow("handle by other manager") << 2 << u"handle"_s << u"m3"_s << forbidden;
        QTest::newRow("handle by director") << 2 << u"handle"_s << u"boss"_s << forbidden;
        QTest::newRow("feedback assigned") << 2 << u"feedback"_s << u"m1"_s << state;
        // 3 已处理 by m2.
        QTest::newRow("handle handled") << 3 << u"handle"_s << u"m2"_s << state;
        QTest::newRow("feedback by creator") << 3 << u"feedback"_s << u"m1"_s << ok;
        QTest::newRow("feedback by handler") << 3 << u"feedback"_s << u"m2"_s << ok;
        QTest::newRow("feedback by other manager") << 3 << u"feedback"_s << u"m3"_s << forbidden;
        QTest::newRow("feedback by director") << 3 << u"feedback"_s << u"boss"_s << forbidden;
        // 5 已归档.
        QTest::newRow("feedback archived") << 5 << u"feedback"_s << u"m1"_s << state;
        QTest::newRow("handle archived") << 5 << u"handle"_s << u"m2"_s << state;
        QTest::newRow("assign archived") << 5 << u"assign"_s << u"boss"_s << state;
        QTest::newRow("delete archived") << 5 << u"delete"_s << u"boss"_s << state;
    }
    void stateMachine()
    {
        QFETCH(int, start);
        QFETCH(QString, operation);
        QFETCH(QString, actor);
        QFETCH(int, expected);
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 id = ticketAt(t, start);
        QCOMPARE(statusOf(t, id), start);
        const int version = versionOf(t, id);
        ServiceDesk desk(*t, m_clock, t.sessionFor(actor));
        Status result;
        if (operation == u"edit"_s)
            result = desk.edit(id, {u"咨询"_s, u"改为咨询"_s, m_customer, u"新的请求"_s}, version);
        else if (operation == u"delete"_s)
            result = desk.remove(id, version);
        else if (operation == u"assign"_s)
            result = desk.assign(id, userId(t, u"m3"_s), version);
        else if (operation == u"handle"_s)
            result = desk.handle(id, u"处理意见"_s, version);
        else
            result = ketong::statusOf(desk.feedback(id, u"结果"_s, 5, version));
        QCOMPARE(int(result ? ErrorCode::None : result.error().code()), expected);
        if (!result)
            QCOMPARE(versionOf(t, id), version); // a refusal changes nothing
    }

    void satisfactionRule_data()
    {
        QTest::addColumn<int>("satisfaction");
        QTest::addColumn<int>("status");
        QTest::newRow("2 goes back to the handler") << 2 << 2;
        QTest::newRow("3 archives") << 3 << 5;
        QTest::newRow("5 archives") << 5 << 5;
    }
    void satisfactionRule()
    {
        QFETCH(int, satisfaction);
        QFETCH(int, status);
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 id = ticketAt(t, 3);
        const auto next = ServiceDesk(*t, m_clock, t.sessionFor(u"m1"_s)).feedback(id, u"结果"_s, satisfaction, 3);
        QVERIFY(next);
        QCOMPARE(int(*next), status);
        QCOMPARE(statusOf(t, id), status);
        // Sent back: still with the same handler.
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT assigned_to FROM service_tickets"_s)->toLongLong(),
                 userId(t, u"m2"_s));
    }

    void everyRoundIsKept()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 id = ticketAt(t, 3); // round 1 handled
        ServiceDesk creator(*t, m_clock, t.sessionFor(u"m1"_s));
        ServiceDesk handler(*t, m_clock, t.sessionFor(u"m2"_s));
        QCOMPARE(int(creator.feedback(id, u"仍未解决"_s, 2, 3).value()), 2);
        QVERIFY(handler.handle(id, u"第二次处理:上门维修"_s, 4));
        QCOMPARE(int(creator.feedback(id, u"还是不满意"_s, 1, 5).value()), 2);
        QVERIFY(handler.handle(id, u"第三次处理:更换新机"_s, 6));
        QCOMPARE(int(creator.feedback(id, u"客户满意"_s, 4, 7).value()), 5);
        const auto ticket = creator.load(id);
        QVERIFY(ticket);
        QCOMPARE(ticket->status, TicketStatus::Archived);
        QCOMPARE(ticket->rounds.size(), 3);
        QCOMPARE(ticket->rounds.at(0).handling, u"已道歉并补发"_s);
        QCOMPARE(ticket->rounds.at(0).satisfaction, 2);
        QCOMPARE(ticket->rounds.at(1).handling, u"第二次处理:上门维修"_s);
        QCOMPARE(ticket->rounds.at(1).result, u"还是不满意"_s);
        QCOMPARE(ticket->rounds.at(2).satisfaction, 4);
        QCOMPARE(ticket->rounds.at(2).handledBy, u"m2"_s);
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM audit_log WHERE entity = 'service_tickets'"_s)
                     ->toInt(),
                 8); // create, assign, 3 × handle, 3 × feedback, and nothing else
    }

    void validation_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("request");
        QTest::addColumn<bool>("lostCustomer");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown type") << u"闲聊"_s << u"概要"_s << u"请求"_s << false << u"type"_s;
        QTest::newRow("no type") << QString() << u"概要"_s << u"请求"_s << false << u"type"_s;
        QTest::newRow("no summary") << u"咨询"_s << u"  "_s << u"请求"_s << false << u"title"_s;
        QTest::newRow("summary too long") << u"咨询"_s << QString(501, u'x') << u"请求"_s << false << u"title"_s;
        QTest::newRow("no request") << u"咨询"_s << u"概要"_s << QString() << false << u"request"_s;
        QTest::newRow("lost customer") << u"咨询"_s << u"概要"_s << u"请求"_s << true << u"customer"_s;
    }
    void validation()
    {
        QFETCH(QString, type);
        QFETCH(QString, title);
        QFETCH(QString, request);
        QFETCH(bool, lostCustomer);
        QFETCH(QString, field);
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const auto r = ServiceDesk(*t, m_clock, t.sessionFor(u"m1"_s))
                           .create({type, title, lostCustomer ? m_lostCustomer : m_customer, request});
        QVERIFY(!r);
        QCOMPARE(r.error().field(), field);
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM service_tickets"_s)->toInt(), 0);
    }

    void feedbackValidation()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 id = ticketAt(t, 3);
        ServiceDesk desk(*t, m_clock, t.sessionFor(u"m1"_s));
        QCOMPARE(desk.feedback(id, u"结果"_s, 0, 3).error().field(), u"satisfaction"_s);
        QCOMPARE(desk.feedback(id, u"结果"_s, 6, 3).error().field(), u"satisfaction"_s);
        QCOMPARE(desk.feedback(id, QString(), 4, 3).error().field(), u"result"_s);
        QCOMPARE(desk.feedback(id, u"结果"_s, 4, 2).error().code(), ErrorCode::Conflict); // stale version
    }

    void twoDirectorsAssignAtOnce()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 id = ticketAt(t, 1);
        DatabasePtr other = t.openAnother();
        const Session boss = t.sessionFor(u"boss"_s);
        QVERIFY(ServiceDesk(*t, m_clock, boss).assign(id, userId(t, u"m2"_s), 1));
        const auto second = ServiceDesk(*other, m_clock, boss).assign(id, userId(t, u"m3"_s), 1);
        QVERIFY(!second);
        QCOMPARE(second.error().code(), ErrorCode::Conflict);
        QVERIFY(second.error().message().contains(u"boss"_s));
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT assigned_to FROM service_tickets"_s)->toLongLong(),
                 userId(t, u"m2"_s));
    }

    void listsAndBadges()
    {
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        ticketAt(t, 1);
        ticketAt(t, 2);
        ticketAt(t, 3);
        ticketAt(t, 5);
        QCOMPARE(ServiceDesk(*t, m_clock, t.sessionFor(u"boss"_s)).waitingCount(ServiceDesk::Stage::Assign).value(), 1);
        QCOMPARE(ServiceDesk(*t, m_clock, t.sessionFor(u"m2"_s)).waitingCount(ServiceDesk::Stage::Handle).value(), 1);
        QCOMPARE(ServiceDesk(*t, m_clock, t.sessionFor(u"m3"_s)).waitingCount(ServiceDesk::Stage::Handle).value(), 0);
        QCOMPARE(ServiceDesk(*t, m_clock, t.sessionFor(u"m1"_s)).waitingCount(ServiceDesk::Stage::Feedback).value(), 1);
        QCOMPARE(ServiceDesk(*t, m_clock, t.sessionFor(u"m3"_s)).waitingCount(ServiceDesk::Stage::Feedback).value(), 0);
        QCOMPARE(
            ServiceDesk(*t, m_clock, t.sessionFor(u"exec"_s)).listQuery(ServiceDesk::Stage::Archive, {}).error().code(),
            ErrorCode::Forbidden);
        QCOMPARE(
            ServiceDesk(*t, m_clock, t.sessionFor(u"m1"_s)).listQuery(ServiceDesk::Stage::Assign, {}).error().code(),
            ErrorCode::Forbidden);
    }

    void creatorsOwnNewTickets()
    {
        // 服务创建 is 增删改查 for the creator: their own tickets while 新创建, to open, edit and delete.
        test::TestDatabase t;
        QVERIFY2(prepare(t), qPrintable(t.lastError()));
        const qint64 mine = ticketAt(t, 1);
        const qint64 assigned = ticketAt(t, 2);
        const qint64 theirs = ServiceDesk(*t, m_clock, t.sessionFor(u"m2"_s))
                                  .create({u"咨询"_s, u"别人的"_s, m_customer, u"m2 的请求"_s})
                                  .value();
        const auto idsFor = [&](const QString& login) {
            auto q = ServiceDesk(*t, m_clock, t.sessionFor(login)).listQuery(ServiceDesk::Stage::Create, {});
            QList<qint64> ids;
            if (!q)
                return QList<qint64>{-1};
            SqlQuery s(t->connection());
            s.prepare(u"SELECT %1 FROM %2 WHERE %3"_s.arg(q->id, q->from, q->where));
            s.bindAll(q->values);
            if (!s.exec())
                return QList<qint64>{-2};
            while (s.next())
                ids << s.value(0).toLongLong();
            return ids;
        };
        QCOMPARE(idsFor(u"m1"_s), QList<qint64>{mine});
        QCOMPARE(idsFor(u"m2"_s), QList<qint64>{theirs});
        QVERIFY(!idsFor(u"m1"_s).contains(assigned));
        QCOMPARE(
            ServiceDesk(*t, m_clock, t.sessionFor(u"exec"_s)).listQuery(ServiceDesk::Stage::Create, {}).error().code(),
            ErrorCode::Forbidden);
        QCOMPARE(ServiceDesk(*t, m_clock, t.sessionFor(u"m1"_s)).waitingCount(ServiceDesk::Stage::Create).value(), 0);

        // A role with 服务创建 only opens its own tickets, not anyone else's.
        const QSqlDatabase c = t->connection();
        QVERIFY(SqlQuery::run(c, u"INSERT INTO roles (name, kind) VALUES ('只建服务', 'manager')"_s));
        QVERIFY(SqlQuery::run(c, u"INSERT INTO role_rights (role_id, right_code) SELECT id, '012' FROM roles WHERE "
                                 u"name = '只建服务'"_s));
        QVERIFY(SqlQuery::run(c, u"INSERT INTO users (login, name, role_id, password_hash) SELECT 'clerk', 'clerk', "
                                 u"id, 'x' FROM roles WHERE name = '只建服务'"_s));
        ServiceDesk clerk(*t, m_clock, t.sessionFor(u"clerk"_s));
        const qint64 own = clerk.create({u"建议"_s, u"前台登记"_s, m_customer, u"来电建议"_s}).value();
        auto loaded = clerk.load(own);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().fullText()));
        QCOMPARE(loaded->title, u"前台登记"_s);
        QCOMPARE(clerk.load(theirs).error().code(), ErrorCode::Forbidden);
        QVERIFY(clerk.edit(own, {u"建议"_s, u"前台登记(改)"_s, m_customer, u"来电建议"_s}, loaded->version));
        QCOMPARE(clerk.load(own)->title, u"前台登记(改)"_s);
        QVERIFY(clerk.remove(own, clerk.load(own)->version));
        QCOMPARE(
            SqlQuery::scalar(c, u"SELECT count(*) FROM service_tickets WHERE id = :id"_s, {{u"id"_s, own}})->toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(ServiceDeskTest)
#include "ServiceDeskTest.moc"
