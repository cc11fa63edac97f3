// ketongctl as a user runs it: the real binary, its output and its exit codes (spec/CLI.md).
#include "TestDatabase.h"
#include "db/Migrator.h"
#include "db/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

namespace {
/// The environment cron gives a job: no display, no XDG_RUNTIME_DIR, the C locale (LC_ALL overrides the LANG
/// that runCtl sets), no Qt platform chosen. Restores this process's environment when it goes.
class CronEnvironment
{
public:
    explicit CronEnvironment(const QByteArray& locale = "C")
    {
        for (const char* name : {"XDG_RUNTIME_DIR", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LC_ALL",
                                 "LC_MESSAGES", "LANGUAGE", "XDG_SESSION_TYPE"}) {
            m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
            qunsetenv(name);
        }
        qputenv("LC_ALL", locale);
    }
    ~CronEnvironment()
    {
        for (const auto& [name, value, set] : std::as_const(m_saved)) {
            if (set)
                qputenv(name, value);
            else
                qunsetenv(name);
        }
    }
    Q_DISABLE_COPY_MOVE(CronEnvironment)

private:
    QList<std::tuple<const char*, QByteArray, bool>> m_saved;
};

QString pdfText(const QString& pdf)
{
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    text.waitForFinished();
    return QString::fromUtf8(text.readAllStandardOutput());
}
} // namespace

class KetongctlTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QString& text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text.toUtf8());
        return file.fileName();
    }

    static QString describe(const test::CtlResult& r)
    {
        return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
    }

private Q_SLOTS:
    void versionNamesSchema()
    {
        const auto r = test::runCtl({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"ketongctl "_s));
        QVERIFY2(r.out.contains(u"schema version %1"_s.arg(Migrator::programVersion())), qPrintable(r.out));
    }

    void usageErrors()
    {
        QCOMPARE(test::runCtl({}).exitCode, 2);
        QCOMPARE(test::runCtl({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(test::runCtl({u"check"_s, u"--database"_s, u"mysql://x/y"_s}).exitCode, 2);
        QCOMPARE(test::runCtl({u"check"_s, u"--no-such-option"_s}).exitCode, 2);
        const auto noDb = test::runCtl({u"check"_s});
        QCOMPARE(noDb.exitCode, 2);
        QVERIFY(noDb.err.contains(u"KETONG_DATABASE"_s));
        const auto help = test::runCtl({u"init"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"--demo"_s));
    }

    void unreachableDatabaseIsThree()
    {
        QCOMPARE(test::runCtl({u"check"_s, u"--database"_s, u"sqlite:///nonexistent-dir-kt/x.db"_s}).exitCode, 3);
        QCOMPARE(test::runCtl({u"check"_s, u"--database"_s, u"postgresql://x@127.0.0.1:1/none"_s}).exitCode, 3);
    }

    void initCheckAndRefusal()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        const QString url = t.url().toString();
        const QString pw = writeFile(u"pw"_s, u"Root-Secret-2026\n"_s);
        const auto init =
            test::runCtl({u"init"_s, u"--database"_s, url, u"--admin"_s, u"root"_s, u"--admin-password-file"_s, pw});
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
        const auto again =
            test::runCtl({u"init"_s, u"--database"_s, url, u"--admin"_s, u"root"_s, u"--admin-password-file"_s, pw});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.err.trimmed().count(u'\n'), 0); // a one-line reason
        QVERIFY(again.err.contains(u"refuses"_s));
        const auto check = test::runCtl({u"check"_s, u"--database"_s, url});
        QVERIFY2(check.exitCode == 0, qPrintable(describe(check)));
        QVERIFY(check.out.contains(u"users\t1"_s));
        if (test::backend() == Backend::PostgreSql) {
            // The first administrator is a login role of the administrators' group with a SCRAM verifier.
            // Only the cluster's superuser reads pg_authid (the tests' owner may not).
            const DatabasePtr server = t.asClusterAdmin();
            QVERIFY(server);
            const auto verifier = SqlQuery::scalar(server->connection(),
                                                   u"SELECT a.rolpassword FROM pg_authid a JOIN users u ON u.db_role "
                                                   u"= a.rolname WHERE u.login = 'root' AND pg_has_role(a.rolname, "
                                                   u"(SELECT value FROM settings WHERE key = 'security.role_prefix') "
                                                   u"|| 'admin', 'MEMBER')"_s);
            QVERIFY(verifier->toString().startsWith(u"SCRAM-SHA-256$"_s));
            return;
        }
        const auto hash = SqlQuery::scalar(t->connection(), u"SELECT password_hash FROM users WHERE login = 'root'"_s);
        QVERIFY(hash->toString().startsWith(u"$argon2id$"_s));
    }

    void weakAdminPasswordRefused()
    {
        test::TestDatabase t;
        QVERIFY2(t.create(), qPrintable(t.lastError()));
        const QString pw = writeFile(u"weak"_s, u"123456\n"_s);
        const auto r = test::runCtl(
            {u"init"_s, u"--database"_s, t.url().toString(), u"--admin"_s, u"root"_s, u"--admin-password-file"_s, pw});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"8 characters"_s));
    }

    void newerSchemaIsThree()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(), qPrintable(t.lastError()));
        QVERIFY(SqlQuery::run(t->connection(),
                              u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'x', :at)"_s,
                              {{u"at"_s, QDateTime::currentDateTimeUtc()}}));
        const auto r = test::runCtl({u"check"_s, u"--database"_s, t.url().toString()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(u"99"_s));
        QCOMPARE(test::runCtl({u"migrate"_s, u"--database"_s, t.url().toString()}).exitCode, 3);
        QCOMPARE(test::runCtl({u"user"_s, u"list"_s, u"--database"_s, t.url().toString()}).exitCode, 3);
    }

    void userCommands()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(), qPrintable(t.lastError()));
        const QString url = t.url().toString();
        const QString pw = writeFile(u"userpw"_s, u"Green-Tea-2026\n"_s);
        auto r = test::runCtl({u"user"_s, u"add"_s, u"zhangwei"_s, u"--role"_s, u"manager"_s, u"--name"_s, u"张伟"_s,
                               u"--password-file"_s, pw, u"--database"_s, url});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = test::runCtl({u"user"_s, u"add"_s, u"zhangwei"_s, u"--role"_s, u"manager"_s, u"--password-file"_s, pw,
                          u"--database"_s, url});
        QCOMPARE(r.exitCode, 1); // taken
        r = test::runCtl(
            {u"user"_s, u"add"_s, u"x"_s, u"--role"_s, u"boss"_s, u"--password-file"_s, pw, u"--database"_s, url});
        QCOMPARE(r.exitCode, 2);
        r = test::runCtl({u"user"_s, u"list"_s, u"--database"_s, url});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"zhangwei\t张伟\tmanager\tactive"_s));
        r = test::runCtl({u"user"_s, u"disable"_s, u"zhangwei"_s, u"--database"_s, url});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(test::runCtl({u"user"_s, u"list"_s, u"--database"_s, url})
                    .out.contains(u"zhangwei\t张伟\tmanager\tdisabled"_s));
        const QString pw2 = writeFile(u"userpw2"_s, u"Black-Tea-2027\n"_s);
        r = test::runCtl({u"user"_s, u"passwd"_s, u"zhangwei"_s, u"--password-file"_s, pw2, u"--database"_s, url});
        QCOMPARE(r.exitCode, 0);
        r = test::runCtl({u"user"_s, u"passwd"_s, u"nobody"_s, u"--password-file"_s, pw2, u"--database"_s, url});
        QCOMPARE(r.exitCode, 1);
        const int audited =
            SqlQuery::scalar(t->connection(), u"SELECT count(*) FROM audit_log WHERE entity = 'users'"_s)->toInt();
        QCOMPARE(audited, 3); // create, disable, password reset
    }

    void chineseMessages()
    {
        const auto r = test::runCtl(
            {u"check"_s, u"--lang"_s, u"zh_CN"_s, u"--database"_s, u"sqlite:///nonexistent-dir-kt/x.db"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"文件夹"_s), qPrintable(r.err));
    }
    void quietUnderCron()
    {
        // Each command a scheduled job runs, as cron runs it: success prints nothing on standard error.
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true), qPrintable(t.lastError()));
        const QString url = t.url().toString();
        // The sales system's product list (products refer to nothing the demo lacks).
        QVERIFY(QDir().mkpath(m_dir.filePath(u"feed"_s)));
        QVERIFY(QFile::copy(QStringLiteral(KETONG_TEST_DATA_DIR "/feed/basic/products.csv"),
                            m_dir.filePath(u"feed/products.csv"_s)));
        const CronEnvironment cron;
        const QList<QStringList> jobs{
            {u"check"_s},
            {u"churn-scan"_s},
            {u"sync"_s, u"--from"_s, m_dir.filePath(u"feed"_s)},
            {u"export"_s, u"customers"_s, u"-o"_s, m_dir.filePath(u"cron-customers.csv"_s)},
            {u"report"_s, u"contribution"_s},
            {u"report"_s, u"composition"_s, u"--by"_s, u"level"_s, u"--format"_s, u"xlsx"_s, u"-o"_s,
             m_dir.filePath(u"cron.xlsx"_s)},
            {u"report"_s, u"churn"_s, u"--format"_s, u"pdf"_s, u"-o"_s, m_dir.filePath(u"cron.pdf"_s)},
            {u"backup"_s, u"-o"_s, m_dir.filePath(u"cron.bak"_s)},
        };
        for (QStringList args : jobs) {
            args << u"--database"_s << url;
            const auto r = test::runCtl(args);
            QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + u"\n"_s + describe(r)));
            QVERIFY2(r.err.isEmpty(), qPrintable(args.join(u' ') + u"\n"_s + describe(r)));
        }
    }

    void pdfFollowsTheLanguage()
    {
        test::TestDatabase t;
        QVERIFY2(t.createInitialized(true), qPrintable(t.lastError()));
        const QString url = t.url().toString();
        const auto pdf = [&](const QString& name, const QStringList& extra) {
            const QString file = m_dir.filePath(name);
            const auto r = test::runCtl(QStringList{u"report"_s, u"contribution"_s, u"--format"_s, u"pdf"_s, u"-o"_s,
                                                    file, u"--database"_s, url} +
                                        extra);
            return r.exitCode == 0 ? pdfText(file) : describe(r);
        };
        // Amounts with thousands separators, as both languages write them (the demo has customers above 10,000).
        static const QRegularExpression grouped(u"\\d{1,3}(,\\d{3})+\\.\\d{2}"_s);
        {
            // --lang wins over the C locale of cron: Chinese titles and Chinese number formats.
            const CronEnvironment cron;
            const QString chinese = pdf(u"zh.pdf"_s, {u"--lang"_s, u"zh_CN"_s});
            QVERIFY2(chinese.contains(u"客户贡献分析"_s), qPrintable(chinese.left(300)));
            QVERIFY2(chinese.contains(grouped), qPrintable(chinese.left(600)));
            // Without --lang the locale decides: C is English.
            const QString english = pdf(u"c.pdf"_s, {});
            QVERIFY2(english.contains(u"Customer contribution"_s), qPrintable(english.left(300)));
            QVERIFY2(english.contains(grouped), qPrintable(english.left(600)));
        }
        {
            // A Chinese locale (LC_ALL over LANG, as the C library reads them) without --lang: Chinese.
            const CronEnvironment cron("zh_CN.UTF-8");
            const QString chinese = pdf(u"locale.pdf"_s, {});
            QVERIFY2(chinese.contains(u"客户贡献分析"_s), qPrintable(chinese.left(300)));
        }
    }

    void everyCommandIsDocumented()
    {
        // docs/ketongctl.md names every command of --help and every option of each command's --help.
        QFile file(qEnvironmentVariable("KETONG_SOURCE_DIR") + u"/docs/ketongctl.md"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString doc = QString::fromUtf8(file.readAll());
        const auto help = test::runCtl({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        const QStringList lines = help.out.section(u"Commands:\n"_s, 1).split(u'\n');
        QStringList commands;
        for (const QString& line : lines) {
            if (!line.startsWith(u"  "_s))
                break;
            commands << line.trimmed().section(u' ', 0, 0);
        }
        QVERIFY(commands.size() >= 10);
        QVERIFY(commands.contains(u"churn-scan"_s) && commands.contains(u"report"_s) && commands.contains(u"sync"_s));
        static const QStringList shared{u"--database"_s, u"--password-file"_s, u"--lang"_s, u"--help"_s};
        static const QRegularExpression option(u"--[a-z][a-z-]+"_s);
        for (const QString& command : std::as_const(commands)) {
            QVERIFY2(doc.contains(u"`"_s + command + u" "_s) || doc.contains(u"`"_s + command + u"`"_s),
                     qPrintable(command));
            const auto own = test::runCtl({command, u"--help"_s});
            QCOMPARE(own.exitCode, 0);
            for (auto it = option.globalMatch(own.out.section(u"Options:"_s, 1)); it.hasNext();) {
                const QString name = it.next().captured();
                QVERIFY2(shared.contains(name) || doc.contains(name), qPrintable(command + u" "_s + name));
            }
        }
    }
};

QTEST_GUILESS_MAIN(KetongctlTest)
#include "KetongctlTest.moc"
