// The rules of 营销管理 as tables: every (status, operation, account) → allowed or the exact refusal
// (SPEC §2.2, §4.1, §6), and every field's bad values (SPEC §3.4, §3.5, §6).
#include "SalesFixture.h"

#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
/// The outcome of each operation on a chance created by manager1 and assigned to manager1, for the
/// statuses 1–4, as "director manager1 manager2 executive":
///   ok  allowed
///   R8  no right 销售机会管理 (008)          R9  no right 客户开发计划 (009)
///   D   only the director assigns          C   not the creator (nor the director)
///   A   assigned to another account manager S   the status does not allow it
struct Row
{
    const char* operation;
    const char* byStatus[4];
};
const Row kStateMachine[] = {
    {"edit", {"ok ok C R8", "S S S R8", "S S S R8", "S S S R8"}},
    {"remove", {"ok ok C R8", "S S S R8", "S S S R8", "S S S R8"}},
    {"assign", {"ok D D R8", "S D D R8", "S D D R8", "S D D R8"}},
    {"addPlanItem", {"S S S R9", "ok ok A R9", "S S S R9", "S S S R9"}},
    {"editPlanItem", {"S S S R9", "ok ok A R9", "S S S R9", "S S S R9"}},
    {"deletePlanItem", {"S S S R9", "ok ok A R9", "S S S R9", "S S S R9"}},
    {"recordResult", {"S S S R9", "ok ok A R9", "S S S R9", "S S S R9"}},
    {"succeed", {"S S S R9", "ok ok A R9", "S S S R9", "S S S R9"}},
    {"fail", {"S S S R9", "ok ok A R9", "S S S R9", "S S S R9"}},
};
const char* const kActors[] = {"director", "manager1", "manager2", "executive"};
const char* const kStatusLabels[] = {"Unassigned", "In development", "Developed successfully", "Development failed"};

/// The exact refusal of an outcome code.
std::pair<ErrorCode, QString> refusal(const QString& code, const QString& operation, int status)
{
    const QString chance = u"The sales chance \"T\""_s;
    const QString label = QString::fromLatin1(kStatusLabels[status - 1]);
    if (code == u"R8")
        return {ErrorCode::Forbidden, u"You do not have the right \"Sales opportunities\" (008)"_s};
    if (code == u"R9")
        return {ErrorCode::Forbidden, u"You do not have the right \"Development plans\" (009)"_s};
    if (code == u"D")
        return {ErrorCode::Forbidden, u"Only a Sales director may assign sales chances"_s};
    if (code == u"C")
        return {ErrorCode::Forbidden,
                u"Only the creator of a sales chance or the sales director may change or delete it"_s};
    if (code == u"A")
        return {ErrorCode::Forbidden, chance + u" is assigned to another account manager"_s};
    if (operation == u"edit" || operation == u"remove")
        return {ErrorCode::StateRefused,
                chance + u" is \"%1\": only an unassigned chance can be changed or deleted"_s.arg(label)};
    if (operation == u"assign")
        return {ErrorCode::StateRefused,
                chance + u" is \"%1\": only an unassigned chance can be assigned"_s.arg(label)};
    return {ErrorCode::StateRefused,
            chance + u" is \"%1\": plans are made and executed only while a chance is in development"_s.arg(label)};
}
} // namespace

class ChanceRulesTest : public QObject
{
    Q_OBJECT
    test::SalesFixture f;

    /// Runs `operation` as `actor` on chance `id` with its current version (and its first plan item).
    Status run(const QString& operation, const Session& actor, qint64 id)
    {
        const SalesChance chance = f.load(id);
        const PlanItem item = chance.planItems.value(0);
        ChanceService service = f.as(actor);
        if (operation == u"edit")
            return service.edit(id, test::SalesFixture::input(u"T"_s, u"改名公司"_s), chance.version);
        if (operation == u"remove")
            return service.remove(id, chance.version);
        if (operation == u"assign")
            return service.assign(id, f.manager2.userId(), chance.version);
        if (operation == u"addPlanItem")
            return statusOf(service.addPlanItem(id, QDate(2026, 3, 9), u"上门拜访"_s));
        if (operation == u"editPlanItem")
            return service.editPlanItem(item.id, u"上门拜访,演示产品"_s, item.version);
        if (operation == u"deletePlanItem")
            return service.deletePlanItem(item.id, item.version);
        if (operation == u"recordResult")
            return service.recordResult(item.id, u"客户有采购意向"_s, item.version);
        if (operation == u"succeed")
            return statusOf(service.succeed(id, chance.version, test::SalesFixture::success()));
        if (operation == u"fail")
            return service.fail(id, chance.version);
        return Error(ErrorCode::Internal, u"unknown operation "_s + operation);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(f.init(), qPrintable(f.db.lastError())); }

    void stateMachine_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("outcome");
        for (const Row& row : kStateMachine) {
            for (int status = 1; status <= 4; ++status) {
                const QStringList outcomes = QString::fromLatin1(row.byStatus[status - 1]).split(u' ');
                for (int a = 0; a < 4; ++a)
                    QTest::addRow("%s/%d/%s", row.operation, status, kActors[a])
                        << QString::fromLatin1(row.operation) << status << QString::fromLatin1(kActors[a])
                        << outcomes.at(a);
            }
        }
    }

    void stateMachine()
    {
        QFETCH(QString, operation);
        QFETCH(int, status);
        QFETCH(QString, actor);
        QFETCH(QString, outcome);
        const qint64 id = f.chanceAt(status, u"T"_s);
        QVERIFY(id > 0);
        if (status == 1) {
            // Plan items exist only from status 2 on; one is made behind the service's back so the item
            // operations have something to be refused on.
            QVERIFY(
                SqlQuery::run(f.db->connection(),
                              u"INSERT INTO plan_items (chance_id, plan_date, todo) VALUES (:c, '2026-03-05', 'x')"_s,
                              {{u"c"_s, id}}));
        }
        const SalesChance before = f.load(id);
        const Status result = run(operation, f.byLogin(actor), id);
        if (outcome == u"ok") {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
            return;
        }
        QVERIFY2(!result, "the operation was allowed");
        const auto [code, message] = refusal(outcome, operation, status);
        QCOMPARE(result.error().message(), message);
        QCOMPARE(result.error().code(), code);
        // A refusal changes nothing.
        const SalesChance after = f.load(id);
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.planItems.size(), before.planItems.size());
        QCOMPARE(after.planItems.value(0).version, before.planItems.value(0).version);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("code");
        const int required = int(ErrorCode::Required);
        const int invalid = int(ErrorCode::Invalid);
        QTest::newRow("customer name empty") << u"customerName"_s << u""_s << 50 << required;
        QTest::newRow("customer name blank") << u"customerName"_s << u"   "_s << 50 << required;
        QTest::newRow("customer name 101") << u"customerName"_s << QString(101, u'公') << 50 << invalid;
        QTest::newRow("summary empty") << u"title"_s << u""_s << 50 << required;
        QTest::newRow("summary 201") << u"title"_s << QString(201, u'a') << 50 << invalid;
        QTest::newRow("rate missing") << u"rate"_s << QString() << -1 << required;
        QTest::newRow("rate 101") << u"rate"_s << QString() << 101 << invalid;
        QTest::newRow("rate -5") << u"rate"_s << QString() << -5 << invalid;
        QTest::newRow("description empty") << u"description"_s << u""_s << 50 << required;
        QTest::newRow("description blank") << u"description"_s << u"\n \t"_s << 50 << required;
        QTest::newRow("description 2001") << u"description"_s << QString(2001, u'x') << 50 << invalid;
        QTest::newRow("source 51") << u"source"_s << QString(51, u's') << 50 << invalid;
        QTest::newRow("contact 51") << u"contact"_s << QString(51, u'c') << 50 << invalid;
        QTest::newRow("phone letters") << u"contactTel"_s << u"call me"_s << 50 << invalid;
        QTest::newRow("phone 51") << u"contactTel"_s << QString(51, u'1') << 50 << invalid;
    }

    void validation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, rate);
        QFETCH(int, code);
        ChanceInput in = test::SalesFixture::input(u"校验"_s);
        in.rate = rate;
        if (field == u"customerName")
            in.customerName = value;
        else if (field == u"title")
            in.title = value;
        else if (field == u"description")
            in.description = value;
        else if (field == u"source")
            in.source = value;
        else if (field == u"contact")
            in.contact = value;
        else if (field == u"contactTel")
            in.contactTel = value;
        const int before = f.count(u"SELECT count(*) FROM sales_chances"_s);
        const auto created = f.as(f.manager1).create(in);
        QVERIFY(!created);
        QCOMPARE(created.error().field(), field);
        QCOMPARE(int(created.error().code()), code);
        QVERIFY(!created.error().message().isEmpty());
        QCOMPARE(f.count(u"SELECT count(*) FROM sales_chances"_s), before);

        // Editing refuses the same values.
        const qint64 id = f.chanceAt(1, u"校验"_s);
        const auto edited = f.as(f.manager1).edit(id, in, f.load(id).version);
        QVERIFY(!edited);
        QCOMPARE(edited.error().field(), field);
    }

    void acceptedEdgeValues()
    {
        ChanceInput in = test::SalesFixture::input(u"边界"_s, QString(100, u'公'));
        in.rate = 0;
        in.title = QString(200, u'题');
        in.source.clear();
        in.contact.clear();
        in.contactTel = u"０１０-６２３４５６７８ 转 ８０１"_s; // full-width digits are normalised
        QVERIFY(f.as(f.manager1).create(in));
        in.rate = 100;
        auto id = f.as(f.manager1).create(in);
        QVERIFY(id);
        QCOMPARE(f.load(*id).contactTel, u"010-62345678 转 801"_s);
        QCOMPARE(f.load(*id).rate, 100);
    }

    void parseRate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rate"); // -2: refused
        QTest::newRow("empty") << u""_s << -1;
        QTest::newRow("blank") << u"  "_s << -1;
        QTest::newRow("plain") << u"50"_s << 50;
        QTest::newRow("percent") << u"70%"_s << 70;
        QTest::newRow("full width") << u"８０％"_s << 80;
        QTest::newRow("too big parses") << u"101"_s << 101; // refused by validate(), not here
        QTest::newRow("letters") << u"abc"_s << -2;
        QTest::newRow("decimal") << u"12.5"_s << -2;
        QTest::newRow("negative") << u"-3"_s << -2;
    }

    void parseRate()
    {
        QFETCH(QString, text);
        QFETCH(int, rate);
        const auto parsed = ChanceService::parseRate(text);
        if (rate == -2) {
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().field(), u"rate"_s);
            QCOMPARE(parsed.error().code(), ErrorCode::Invalid);
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(*parsed, rate);
    }

    void planItemValidation_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("code");
        const QDate ok(2026, 3, 10);
        QTest::newRow("add: no date") << u"add"_s << QDate() << u"拜访"_s << u"date"_s << int(ErrorCode::Invalid);
        QTest::newRow("add: bad date") << u"add"_s << QDate(2026, 2, 30) << u"拜访"_s << u"date"_s
                                       << int(ErrorCode::Invalid);
        QTest::newRow("add: empty item") << u"add"_s << ok << u" "_s << u"todo"_s << int(ErrorCode::Required);
        QTest::newRow("add: item 501") << u"add"_s << ok << QString(501, u'x') << u"todo"_s << int(ErrorCode::Invalid);
        QTest::newRow("edit: empty item") << u"edit"_s << ok << u""_s << u"todo"_s << int(ErrorCode::Required);
        QTest::newRow("edit: item 501") << u"edit"_s << ok << QString(501, u'x') << u"todo"_s
                                        << int(ErrorCode::Invalid);
        QTest::newRow("result 501") << u"result"_s << ok << QString(501, u'x') << u"result"_s
                                    << int(ErrorCode::Invalid);
    }

    void planItemValidation()
    {
        QFETCH(QString, operation);
        QFETCH(QDate, date);
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(int, code);
        const qint64 id = f.chanceAt(2, u"计划校验"_s);
        const PlanItem item = f.load(id).planItems.value(0);
        ChanceService service = f.as(f.manager1);
        Status result;
        if (operation == u"add")
            result = statusOf(service.addPlanItem(id, date, text));
        else if (operation == u"edit")
            result = service.editPlanItem(item.id, text, item.version);
        else
            result = service.recordResult(item.id, text, item.version);
        QVERIFY(!result);
        QCOMPARE(result.error().field(), field);
        QCOMPARE(int(result.error().code()), code);
        const SalesChance after = f.load(id);
        QCOMPARE(after.planItems.size(), 1);
        QCOMPARE(after.planItems.first().todo, item.todo);
        QCOMPARE(after.planItems.first().result, item.result);
    }

    void assignRefusesWhoIsNotAnActiveManager()
    {
        const qint64 id = f.chanceAt(1, u"指派校验"_s);
        ChanceService service = f.as(f.director);
        const int version = f.load(id).version;
        auto none = service.assign(id, 0, version);
        QVERIFY(!none);
        QCOMPARE(none.error().code(), ErrorCode::Required);
        QCOMPARE(none.error().field(), u"assignedTo"_s);
        auto director = service.assign(id, f.director.userId(), version);
        QVERIFY(!director);
        QCOMPARE(director.error().code(), ErrorCode::Invalid);
        QCOMPARE(director.error().field(), u"assignedTo"_s);
        QVERIFY(SqlQuery::run(f.db->connection(), u"UPDATE users SET status = 0 WHERE login = 'manager3'"_s));
        const qint64 manager3 = f.count(u"SELECT id FROM users WHERE login = 'manager3'"_s);
        auto disabled = service.assign(id, manager3, version);
        QVERIFY(!disabled);
        QCOMPARE(disabled.error().field(), u"assignedTo"_s);
        auto list = service.assignees();
        QVERIFY(list);
        QStringList logins;
        for (const Assignee& a : *list)
            logins << a.login;
        logins.sort();
        QCOMPARE(logins, (QStringList{u"manager1"_s, u"manager2"_s}));
        QVERIFY(SqlQuery::run(f.db->connection(), u"UPDATE users SET status = 1 WHERE login = 'manager3'"_s));
        QVERIFY(!f.as(f.manager1).assignees());
        QCOMPARE(f.load(id).status, ChanceStatus::Unassigned);
    }
};

QTEST_GUILESS_MAIN(ChanceRulesTest)
#include "ChanceRulesTest.moc"
