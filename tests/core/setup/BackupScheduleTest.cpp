// The program's own backups (SQLite): who may take them, the schedule setting, when one is due, the
// verified file, keeping the last N copies (and never touching other files), the job record. On
// PostgreSQL the schedule is refused: the server's backups are taken there.
#include "setup/BackupSchedule.h"
#include "TestDatabase.h"
#include "db/Backup.h"
#include "db/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class BackupScheduleTest : public QObject
{
    Q_OBJECT

    static QDateTime at(const QString& iso) { return QDateTime::fromString(iso, Qt::ISODate); }

private Q_SLOTS:
    void isDue_data()
    {
        QTest::addColumn<int>("everyDays");
        QTest::addColumn<QString>("directory");
        QTest::addColumn<QString>("lastRun");
        QTest::addColumn<bool>("due");
        QTest::newRow("never backed up") << 1 << u"/b"_s << QString() << true;
        QTest::newRow("schedule off") << 0 << u"/b"_s << QString() << false;
        QTest::newRow("no folder") << 1 << QString() << QString() << false;
        QTest::newRow("one day not yet over") << 1 << u"/b"_s << u"2026-11-22T10:00:01Z"_s << false;
        QTest::newRow("one day exactly over") << 1 << u"/b"_s << u"2026-11-22T10:00:00Z"_s << true;
        QTest::newRow("weekly, six days ago") << 7 << u"/b"_s << u"2026-11-17T10:00:00Z"_s << false;
        QTest::newRow("weekly, eight days ago") << 7 << u"/b"_s << u"2026-11-15T10:00:00Z"_s << true;
    }
    void isDue()
    {
        QFETCH(int, everyDays);
        QFETCH(QString, directory);
        QFETCH(QString, lastRun);
        QFETCH(bool, due);
        BackupSchedule::Config config;
        config.everyDays = everyDays;
        config.directory = directory;
        QCOMPARE(
            BackupSchedule::isDue(config, lastRun.isEmpty() ? QDateTime() : at(lastRun), at(u"2026-11-23T10:00:00Z"_s)),
            due);
    }

    void whoMayBackUp()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true), qPrintable(t.lastError()));
        const Status admin = BackupSchedule::canRun(*t, t.sessionFor(u"admin"_s));
        if (test::backend() == Backend::PostgreSql) {
            QVERIFY(!admin);
            QCOMPARE(admin.error().code(), ErrorCode::Invalid);
            QVERIFY(!BackupSchedule::canRun(*t, Session::system()));
            return;
        }
        QVERIFY(admin);
        QVERIFY(BackupSchedule::canRun(*t, Session::system()));
        for (const QString& login : {u"director"_s, u"manager1"_s, u"executive"_s})
            QCOMPARE(BackupSchedule::canRun(*t, t.sessionFor(login)).error().code(), ErrorCode::Forbidden);
    }

    void settingsAreValidatedAndStored_data()
    {
        QTest::addColumn<int>("everyDays");
        QTest::addColumn<int>("keep");
        QTest::addColumn<QString>("folder"); // "ok": a writable temporary folder
        QTest::addColumn<QString>("field");  // the refused field, empty when accepted
        QTest::newRow("daily, keep 7") << 1 << 7 << u"ok"_s << QString();
        QTest::newRow("off needs no folder") << 0 << 7 << QString() << QString();
        QTest::newRow("on needs a folder") << 1 << 7 << QString() << u"directory"_s;
        QTest::newRow("missing folder") << 1 << 7 << u"/nonexistent/ketong"_s << u"directory"_s;
        QTest::newRow("31 days") << 31 << 7 << u"ok"_s << u"everyDays"_s;
        QTest::newRow("keep 0") << 1 << 0 << u"ok"_s << u"keep"_s;
        QTest::newRow("keep 366") << 1 << 366 << u"ok"_s << u"keep"_s;
    }
    void settingsAreValidatedAndStored()
    {
        QFETCH(int, everyDays);
        QFETCH(int, keep);
        QFETCH(QString, folder);
        QFETCH(QString, field);
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true), qPrintable(t.lastError()));
        if (test::backend() != Backend::Sqlite)
            QSKIP("the schedule is for the single-PC SQLite set-up (refusal checked in whoMayBackUp)");
        QTemporaryDir dir;
        const SystemClock clock;
        BackupSchedule::Config config;
        config.everyDays = everyDays;
        config.keep = keep;
        config.directory = folder == u"ok"_s ? dir.path() : folder;
        const Status s = BackupSchedule::setConfig(*t, clock, t.sessionFor(u"admin"_s), config);
        if (!field.isEmpty()) {
            QVERIFY(!s);
            QCOMPARE(s.error().field(), field);
            QCOMPARE(BackupSchedule::config(*t)->everyDays, 0); // nothing stored
            return;
        }
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message()));
        const auto stored = BackupSchedule::config(*t);
        QCOMPARE(stored->everyDays, everyDays);
        QCOMPARE(stored->keep, keep);
        QCOMPARE(stored->directory, config.directory);
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM audit_log WHERE entity = 'settings' AND "
                                                   u"record_id = 'backup.schedule'"_s)
                     ->toInt(),
                 1);
        const Status manager = BackupSchedule::setConfig(*t, clock, t.sessionFor(u"manager1"_s), config);
        QCOMPARE(manager.error().code(), ErrorCode::Forbidden);
    }

    void runKeepsTheLastCopiesOnly()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true), qPrintable(t.lastError()));
        if (test::backend() != Backend::Sqlite)
            QSKIP("the program's own backups are SQLite copies");
        QTemporaryDir dir;
        QFile other(dir.filePath(u"notes.db"_s)); // not ours: never removed
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        ManualClock clock(at(u"2026-11-01T02:00:00Z"_s));
        QStringList files;
        for (int i = 0; i < 4; ++i) {
            auto outcome = BackupSchedule::run(*t, clock, Session::system(), dir.path(), 3);
            QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message()));
            QVERIFY(QFileInfo(outcome->file).fileName().startsWith(u"ketong-backup-"_s));
            QVERIFY(outcome->bytes > 0);
            QVERIFY(Backup::verifySqlite(outcome->file));
            QCOMPARE(outcome->removed.size(), i < 3 ? 0 : 1);
            files << outcome->file;
            clock.advanceSeconds(24 * 3600);
        }
        QVERIFY(!QFileInfo::exists(files.first())); // the oldest went
        for (int i = 1; i < 4; ++i)
            QVERIFY(QFileInfo::exists(files.at(i)));
        QVERIFY(other.exists());
        // A backup holds the data: the copy has the demo customers.
        auto copy = Database::open(DatabaseUrl::sqlite(files.last()));
        QVERIFY(copy);
        QCOMPARE(SqlQuery::scalar((*copy)->connection(), u"SELECT count(*) FROM customers"_s)->toInt(),
                 SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM customers"_s)->toInt());
        // Each run is on record; the last success is the last run's finish.
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM job_runs WHERE job = 'backup' AND "
                                                   u"result = 'ok'"_s)
                     ->toInt(),
                 4);
        QCOMPARE(BackupSchedule::lastSuccessfulRun(*t).value(), at(u"2026-11-04T02:00:00Z"_s));
    }

    void failedRunIsReportedAndRecorded()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true), qPrintable(t.lastError()));
        if (test::backend() != Backend::Sqlite)
            QSKIP("the program's own backups are SQLite copies");
        const SystemClock clock;
        auto outcome = BackupSchedule::run(*t, clock, t.sessionFor(u"admin"_s), u"/nonexistent/ketong"_s, 3);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code(), ErrorCode::Io);
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM job_runs WHERE job = 'backup' AND "
                                                   u"result = 'failed'"_s)
                     ->toInt(),
                 1);
        QVERIFY(!BackupSchedule::lastSuccessfulRun(*t)->isValid());
        QCOMPARE(BackupSchedule::run(*t, clock, Session::system(), u" "_s, 3).error().field(), u"directory"_s);
        auto manager = BackupSchedule::run(*t, clock, t.sessionFor(u"manager1"_s), QDir::tempPath(), 3);
        QCOMPARE(manager.error().code(), ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(BackupScheduleTest)
#include "BackupScheduleTest.moc"
