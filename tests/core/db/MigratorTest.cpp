// Migrations: from empty to the program's version, a newer database refused, an older one backed up
// and upgraded, each step recorded.
#include "db/Migrator.h"
#include "TestDatabase.h"
#include "db/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class MigratorTest : public QObject
{
    Q_OBJECT

    /// A migrations root holding the program's real version-1 scripts, plus (optionally) a version 2.
    static bool makeRoot(const QString& root, bool withVersion2)
    {
        for (const QString& dialect : {u"sqlite"_s, u"postgres"_s}) {
            if (!QDir().mkpath(root + u'/' + dialect))
                return false;
            if (!QFile::copy(u":/ketong/migrations/"_s + dialect + u"/0001_initial.sql"_s,
                             root + u'/' + dialect + u"/0001_initial.sql"_s))
                return false;
            if (withVersion2) {
                QFile v2(root + u'/' + dialect + u"/0002_extra.sql"_s);
                if (!v2.open(QIODevice::WriteOnly))
                    return false;
                v2.write("CREATE TABLE extra_things (id INTEGER PRIMARY KEY, label VARCHAR(20) NOT NULL);\n"
                         "INSERT INTO extra_things (id, label) VALUES (1, 'one');\n");
            }
        }
        return true;
    }

private Q_SLOTS:
    void fromEmptyToLatest()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        Migrator migrator(*t);
        QCOMPARE(migrator.currentVersion().value(), 0);
        QCOMPARE(migrator.checkCurrent().error().code(), ErrorCode::SchemaMissing);
        const auto outcome = migrator.migrate();
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().fullText()));
        QCOMPARE(outcome->from, 0);
        QCOMPARE(outcome->to, Migrator::programVersion());
        QVERIFY(outcome->backupPath.isEmpty());
        QCOMPARE(migrator.currentVersion().value(), Migrator::programVersion());
        QVERIFY(migrator.checkCurrent());
        const auto rows = SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM schema_migrations"_s);
        QCOMPARE(rows->toInt(), Migrator::programVersion());
        // Running again changes nothing.
        const auto again = migrator.migrate();
        QVERIFY(again);
        QCOMPARE(again->from, again->to);
    }

    void newerDatabaseRefused()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        Migrator migrator(*t);
        QVERIFY(migrator.migrate());
        QVERIFY(SqlQuery::run(
            t->connection(), u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', :at)"_s,
            {{u"at"_s, QDateTime::currentDateTimeUtc()}}));
        const auto outcome = migrator.migrate();
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code(), ErrorCode::SchemaTooNew);
        QVERIFY(outcome.error().message().contains(u"999"_s));
        QVERIFY(outcome.error().message().contains(QString::number(Migrator::programVersion())));
        QCOMPARE(migrator.checkCurrent().error().code(), ErrorCode::SchemaTooNew);
    }

    void olderDatabaseBackedUpThenUpgraded()
    {
        QTemporaryDir dir;
        const QString v1 = dir.filePath(u"v1"_s);
        const QString v2 = dir.filePath(u"v2"_s);
        QVERIFY(makeRoot(v1, false));
        QVERIFY(makeRoot(v2, true));
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        QVERIFY(Migrator(*t, v1).migrate());

        Migrator upgrader(*t, v2);
        QCOMPARE(upgrader.checkCurrent().error().code(), ErrorCode::Invalid); // older: needs the upgrade
        const QString backup = dir.filePath(u"before-upgrade.bak"_s);
        const auto outcome = upgrader.migrate(backup);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().fullText()));
        QCOMPARE(outcome->from, 1);
        QCOMPARE(outcome->to, 2);
        QCOMPARE(outcome->backupPath, backup);
        QVERIFY(QFileInfo(backup).size() > 0);
        QCOMPARE(SqlQuery::scalar(t->connection(), u"SELECT label FROM extra_things"_s)->toString(), u"one"_s);

        if (test::backend() == Backend::Sqlite) {
            // The backup is the version-1 database, openable as is.
            auto old = Database::open(DatabaseUrl::sqlite(backup));
            QVERIFY(old);
            QCOMPARE(Migrator(**old, v2).currentVersion().value(), 1);
        }
    }

    void sqliteBackupGetsDefaultName()
    {
        if (test::backend() != Backend::Sqlite)
            QSKIP("SQLite only: PostgreSQL needs an explicit backup file");
        QTemporaryDir dir;
        QVERIFY(makeRoot(dir.filePath(u"v1"_s), false));
        QVERIFY(makeRoot(dir.filePath(u"v2"_s), true));
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        QVERIFY(Migrator(*t, dir.filePath(u"v1"_s)).migrate());
        const auto outcome = Migrator(*t, dir.filePath(u"v2"_s)).migrate();
        QVERIFY(outcome);
        QVERIFY(outcome->backupPath.contains(u"test.db.v1-"_s));
        QVERIFY(QFile::exists(outcome->backupPath));
    }
};

QTEST_GUILESS_MAIN(MigratorTest)
#include "MigratorTest.moc"
