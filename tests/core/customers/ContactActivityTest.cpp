// ContactService and ActivityService: required fields on create and edit, formats, who may change the
// records of whose customer, optimistic locking, audit, and the lists.
#include "CustomerFixture.h"
#include "common/Language.h"
#include "customers/ActivityService.h"
#include "customers/ContactService.h"
#include "db/SqlQuery.h"

using namespace ketong;
using namespace Qt::StringLiterals;

class ContactActivityTest : public QObject
{
    Q_OBJECT

    const ManualClock m_clock{QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC)};

    qint64 prepare(test::TestDatabase& t, int status = 1)
    {
        if (!t.createInitialized() || !test::addAccounts(t))
            return 0;
        const qint64 id =
            CustomerService(*t, m_clock, t.sessionFor(u"m1"_s)).create(test::sampleCustomer(t, u"聪海"_s))->id;
        SqlQuery::run(t->connection(), u"UPDATE customers SET status = :s WHERE id = :id"_s,
                      {{u"s"_s, status}, {u"id"_s, id}})
            .ok();
        return id;
    }

    static Contact contact(qint64 customer)
    {
        Contact c;
        c.customerId = customer;
        c.name = u"张伟"_s;
        c.sex = u"男"_s;
        c.position = u"采购经理"_s;
        c.tel = u"010-62345678"_s;
        return c;
    }

    static Activity activity(qint64 customer, const QDate& date = QDate(2026, 3, 1))
    {
        Activity a;
        a.customerId = customer;
        a.date = date;
        a.place = u"客户公司会议室"_s;
        a.title = u"商务洽谈"_s;
        return a;
    }

    static int count(const test::TestDatabase& t, const QString& sql)
    {
        return SqlQuery::scalar(t->connection(), sql)->toInt();
    }

private Q_SLOTS:
    void contactValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("name empty") << u"name"_s << u" "_s << u"name"_s;
        QTest::newRow("name 51") << u"name"_s << QString(51, u'名') << u"name"_s;
        QTest::newRow("sex other") << u"sex"_s << u"?"_s << u"sex"_s;
        QTest::newRow("sex female") << u"sex"_s << u"女"_s << QString();
        QTest::newRow("position empty") << u"position"_s << QString() << u"position"_s;
        QTest::newRow("tel empty") << u"tel"_s << QString() << u"tel"_s;
        QTest::newRow("tel letters") << u"tel"_s << u"office"_s << u"tel"_s;
        QTest::newRow("mobile short") << u"mobile"_s << u"1381234"_s << u"mobile"_s;
        QTest::newRow("mobile full-width") << u"mobile"_s << u"１３８１２３４５６７８"_s << QString();
        QTest::newRow("email bad") << u"email"_s << u"zhang@"_s << u"email"_s;
        QTest::newRow("email good") << u"email"_s << u"zhang@conghai.cn"_s << QString();
        QTest::newRow("email umlauts") << u"email"_s << u"jürgen.müller@beispiel.de"_s << QString();
        QTest::newRow("email chinese") << u"email"_s << u"张三@例子.中国"_s << QString();
        QTest::newRow("email one label") << u"email"_s << u"张三@例子"_s << u"email"_s;
        QTest::newRow("tel dots") << u"tel"_s << u"01.42.68.53.00"_s << QString();
        QTest::newRow("tel slash") << u"tel"_s << u"030/123 456"_s << QString();
        QTest::newRow("birthday future") << u"birthday"_s << u"2026-03-05"_s << u"birthday"_s;
        QTest::newRow("birthday past") << u"birthday"_s << u"1980-02-29"_s << QString();
        QTest::newRow("memo 301") << u"memo"_s << QString(301, u'备') << u"memo"_s;
    }
    void contactValidation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, errorField);
        test::TestDatabase t;
        const qint64 customer = prepare(t);
        QVERIFY2(customer > 0, qPrintable(t.lastError()));
        Contact c = contact(customer);
        if (field == u"name"_s)
            c.name = value;
        else if (field == u"sex"_s)
            c.sex = value;
        else if (field == u"position"_s)
            c.position = value;
        else if (field == u"tel"_s)
            c.tel = value;
        else if (field == u"mobile"_s)
            c.mobile = value;
        else if (field == u"email"_s)
            c.email = value;
        else if (field == u"birthday"_s)
            c.birthday = QDate::fromString(value, Qt::ISODate);
        else if (field == u"memo"_s)
            c.memo = value;
        ContactService service(*t, m_clock, t.sessionFor(u"m1"_s));
        auto created = service.create(c);
        if (errorField.isEmpty()) {
            QVERIFY2(created, qPrintable(created.ok() ? QString() : created.error().message()));
            const Contact stored = *service.load(*created);
            if (field == u"mobile"_s)
                QCOMPARE(stored.mobile, u"13812345678"_s);
            if (field == u"birthday"_s)
                QCOMPARE(stored.birthday, QDate(1980, 2, 29));
            return;
        }
        QCOMPARE(created.error().field(), errorField);
        // A valid contact cannot be emptied on edit either.
        const qint64 id = *service.create(contact(customer));
        Contact edited = *service.load(id);
        if (field == u"name"_s || field == u"position"_s || field == u"tel"_s) {
            (field == u"name"_s ? edited.name : field == u"position"_s ? edited.position : edited.tel).clear();
            QCOMPARE(service.update(edited).error().code(), ErrorCode::Required);
            QCOMPARE(service.load(id)->version, 1);
        }
    }

    void contactRights_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("owner") << u"m1"_s << 1 << int(ErrorCode::None);
        QTest::newRow("other manager") << u"m2"_s << 1 << int(ErrorCode::Forbidden);
        QTest::newRow("director") << u"boss"_s << 1 << int(ErrorCode::None);
        QTest::newRow("executive") << u"exec"_s << 1 << int(ErrorCode::Forbidden);
        QTest::newRow("owner, lost customer") << u"m1"_s << 2 << int(ErrorCode::StateRefused);
        QTest::newRow("director, deleted customer") << u"boss"_s << 3 << int(ErrorCode::StateRefused);
    }
    void contactRights()
    {
        QFETCH(QString, actor);
        QFETCH(int, status);
        QFETCH(int, expected);
        test::TestDatabase t;
        const qint64 customer = prepare(t);
        QVERIFY(customer > 0);
        const qint64 existingContact = *ContactService(*t, m_clock, t.sessionFor(u"m1"_s)).create(contact(customer));
        const qint64 existingActivity = *ActivityService(*t, m_clock, t.sessionFor(u"m1"_s)).create(activity(customer));
        QVERIFY(SqlQuery::run(t->connection(), u"UPDATE customers SET status = :s"_s, {{u"s"_s, status}}));
        ContactService contacts(*t, m_clock, t.sessionFor(actor));
        ActivityService activities(*t, m_clock, t.sessionFor(actor));
        const auto code = [](const auto& r) { return int(r.ok() ? ErrorCode::None : r.error().code()); };
        QCOMPARE(code(contacts.create(contact(customer))), expected);
        Contact c = *ContactService(*t, m_clock, t.sessionFor(u"m1"_s)).load(existingContact);
        c.memo = u"改"_s;
        QCOMPARE(code(contacts.update(c)), expected);
        QCOMPARE(code(activities.create(activity(customer))), expected);
        Activity a = *ActivityService(*t, m_clock, t.sessionFor(u"m1"_s)).load(existingActivity);
        a.memo = u"改"_s;
        QCOMPARE(code(activities.update(a)), expected);
        if (expected != int(ErrorCode::None)) {
            QCOMPARE(code(contacts.remove(c.id, c.version)), expected);
            QCOMPARE(code(activities.remove(a.id, a.version)), expected);
        }
        // Reading is for every account with right 010.
        const bool reads = actor != u"exec"_s;
        QCOMPARE(contacts.load(existingContact).ok(), reads);
        QCOMPARE(contacts.listQuery(customer).ok(), reads);
        QCOMPARE(activities.listQuery(customer).ok(), reads);
    }

    void contactConflictAndAudit()
    {
        test::TestDatabase t;
        const qint64 customer = prepare(t);
        ContactService m1(*t, m_clock, t.sessionFor(u"m1"_s));
        const qint64 id = *m1.create(contact(customer));
        Contact first = *m1.load(id);
        Contact second = first;
        first.mobile = u"13800000001"_s;
        second.mobile = u"13800000002"_s;
        QVERIFY(ContactService(*t, m_clock, t.sessionFor(u"boss"_s)).update(first));
        QCOMPARE(m1.update(second).error().code(), ErrorCode::Conflict);
        QCOMPARE(m1.load(id)->mobile, u"13800000001"_s);
        const Contact now = *m1.load(id);
        QVERIFY(m1.remove(id, now.version));
        QCOMPARE(m1.load(id).error().code(), ErrorCode::NotFound);
        QCOMPARE(count(t, u"SELECT count(*) FROM audit_log WHERE entity = 'contacts'"_s), 3);
        const auto list = m1.listQuery(customer);
        QVERIFY(test::idsOf(t, *list).isEmpty());
    }

    /// 男/女 are stored in Chinese (SPEC §3.7); the contacts list shows them in the reader's language.
    void contactListShowsTheSexInTheReadersLanguage()
    {
        test::TestDatabase t;
        const qint64 customer = prepare(t);
        ContactService m1(*t, m_clock, t.sessionFor(u"m1"_s));
        Contact c = contact(customer);
        c.sex = u"女"_s;
        const qint64 id = *m1.create(c);
        const auto list = m1.listQuery(customer);
        const ListColumn& sex = list->columns.at(list->columnIndex(u"sex"_s));
        const QVariant stored =
            SqlQuery::scalar(t->connection(), u"SELECT %1 FROM contacts k WHERE k.id = :id"_s.arg(sex.select),
                             {{u"id"_s, id}})
                .value();
        QCOMPARE(stored.toString(), u"女"_s);
        Language::install(u"en"_s);
        QCOMPARE(sex.text(stored), u"Female"_s);
        Language::install(u"zh_CN"_s);
        QCOMPARE(sex.text(stored), u"女"_s);
        Language::install(u"en"_s);
    }

    void activityValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("no date") << u"date"_s << u"date"_s;
        QTest::newRow("no place") << u"place"_s << u"place"_s;
        QTest::newRow("no title") << u"title"_s << u"title"_s;
        QTest::newRow("details 2001") << u"description"_s << u"description"_s;
        QTest::newRow("memo 301") << u"memo"_s << u"memo"_s;
    }
    void activityValidation()
    {
        QFETCH(QString, field);
        QFETCH(QString, errorField);
        test::TestDatabase t;
        const qint64 customer = prepare(t);
        ActivityService service(*t, m_clock, t.sessionFor(u"m1"_s));
        Activity a = activity(customer);
        if (field == u"date"_s)
            a.date = QDate();
        else if (field == u"place"_s)
            a.place = u"  "_s;
        else if (field == u"title"_s)
            a.title.clear();
        else if (field == u"description"_s)
            a.description = QString(2001, u'详');
        else if (field == u"memo"_s)
            a.memo = QString(301, u'备');
        QCOMPARE(service.create(a).error().field(), errorField);
        // The same on edit: required fields cannot be emptied.
        const qint64 id = *service.create(activity(customer));
        Activity edited = *service.load(id);
        edited.date = a.date;
        edited.place = a.place;
        edited.title = a.title;
        edited.description = a.description;
        edited.memo = a.memo;
        QCOMPARE(service.update(edited).error().field(), errorField);
        QCOMPARE(service.load(id)->title, u"商务洽谈"_s);
    }

    void activitiesNewestFirst()
    {
        test::TestDatabase t;
        const qint64 customer = prepare(t);
        ActivityService service(*t, m_clock, t.sessionFor(u"m1"_s));
        const qint64 older = *service.create(activity(customer, QDate(2025, 5, 1)));
        const qint64 newer = *service.create(activity(customer, QDate(2026, 2, 1)));
        Activity a = activity(customer, QDate(2026, 1, 1));
        a.description = u"详细信息"_s;
        const qint64 middle = *service.create(a);
        QCOMPARE(test::idsOf(t, *service.listQuery(customer)), (QList<qint64>{newer, middle, older}));
        QCOMPARE(service.load(middle)->description, u"详细信息"_s);
        QCOMPARE(service.load(middle)->createdByName, u"用户m1"_s);
        Activity changed = *service.load(older);
        changed.date = QDate(2026, 3, 3);
        QVERIFY(service.update(changed));
        QCOMPARE(test::idsOf(t, *service.listQuery(customer)).constFirst(), older);
        QCOMPARE(count(t, u"SELECT count(*) FROM audit_log WHERE entity = 'activities'"_s), 4);
    }
};

QTEST_GUILESS_MAIN(ContactActivityTest)
#include "ContactActivityTest.moc"
