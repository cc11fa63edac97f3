// Backup and restore: a backup restored into an empty database passes the check and holds exactly the
// same rows (counts and checksums of every table); bad or unexpected files are refused before anything
// is replaced.
#include "db/Backup.h"
#include "TestDatabase.h"
#include "db/IntegrityCheck.h"
#include "db/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
/// table → "rows:sha1 of every value in key order"
QMap<QString, QString> fingerprint(const Database& db)
{
    QMap<QString, QString> result;
    for (const QString& table : IntegrityCheck::tables()) {
        SqlQuery q(db.connection());
        if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1"_s)) {
            result.insert(table, u"error"_s);
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha1);
        int rows = 0;
        const int columns = q.raw().record().count();
        while (q.next()) {
            ++rows;
            for (int i = 0; i < columns; ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
        result.insert(table, u"%1:%2"_s.arg(rows).arg(QString::fromLatin1(hash.result().toHex())));
    }
    return result;
}
} // namespace

class BackupTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backupRestoreRoundTrip()
    {
        test::TestDatabase source;
        QVERIFY2(source.createInitialized(true), qPrintable(source.lastError()));
        QTemporaryDir dir;
        const QString file = dir.filePath(u"backup.bin"_s);
        const auto made = Backup::create(*source, file);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().fullText()));
        QVERIFY(QFileInfo(file).size() > 10000);
        QCOMPARE(Backup::create(*source, file).error().code(), ErrorCode::Io); // never overwrites

        DatabasePtr restored;
        test::TestDatabase target;
        if (test::backend() == Backend::Sqlite) {
            const QString path = dir.filePath(u"restored.db"_s);
            const auto done = Backup::restoreSqliteFile(file, path);
            QVERIFY2(done, qPrintable(done ? QString() : done.error().fullText()));
            restored = *Database::open(DatabaseUrl::sqlite(path));
        } else {
            QVERIFY2(target.create(), qPrintable(target.lastError()));
            const auto done = Backup::restore(*target, file);
            QVERIFY2(done, qPrintable(done ? QString() : done.error().fullText()));
            restored = target.db();
        }
        const auto report = IntegrityCheck::run(*restored);
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u"; "_s)));
        const auto before = fingerprint(*source);
        const auto after = fingerprint(*restored);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
        QVERIFY(before.value(u"customers"_s).startsWith(u"200:"_s));
    }

    void restoreRefusesNonEmptyTargetAndBadFiles()
    {
        QTemporaryDir dir;
        const QString junk = dir.filePath(u"junk.bin"_s);
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a backup at all");
        f.close();
        if (test::backend() == Backend::Sqlite) {
            const QString target = dir.filePath(u"t.db"_s);
            QVERIFY(!Backup::restoreSqliteFile(junk, target));
            QVERIFY(!QFile::exists(target)); // nothing left behind
        } else {
            test::TestDatabase empty;
            QVERIFY(empty.create());
            QVERIFY(!Backup::restore(*empty, junk));
            test::TestDatabase full;
            QVERIFY(full.createInitialized());
            const QString file = dir.filePath(u"b.dump"_s);
            QVERIFY(Backup::create(*full, file));
            QCOMPARE(Backup::restore(*full, file).error().code(), ErrorCode::AlreadyExists);
        }
    }

    void ketongctlBackupAndRestore()
    {
        test::TestDatabase source;
        QVERIFY2(source.createInitialized(true), qPrintable(source.lastError()));
        QTemporaryDir dir;
        const QString file = dir.filePath(u"b.bak"_s);
        auto r = test::runCtl({u"backup"_s, u"-o"_s, file, u"--database"_s, source.url().toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString targetUrl;
        test::TestDatabase target;
        if (test::backend() == Backend::Sqlite) {
            targetUrl = u"sqlite://"_s + dir.filePath(u"r.db"_s);
        } else {
            QVERIFY(target.create());
            targetUrl = target.url().toString();
        }
        r = test::runCtl({u"restore"_s, file, u"--database"_s, targetUrl});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"the check passed"_s));
        r = test::runCtl({u"restore"_s, file, u"--database"_s, targetUrl});
        QCOMPARE(r.exitCode, 1); // the target is no longer empty
    }
};

QTEST_GUILESS_MAIN(BackupTest)
#include "BackupTest.moc"
