#include "CrashHarness.h"

#include "WalTear.h"

#include "TestDatabase.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <csignal>
#include <cstdio>

namespace ketong::crash {

namespace {
void say(const QString& line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

/// customers.csv with 300 new customers (EXCHANGE.md): one transaction of a few thousand statements.
QByteArray importFile()
{
    QByteArray data = "code,name,region,manager,level,satisfaction,credit,zip,tel,email\n";
    const char* regions[] = {"华北", "北京", "中南", "西部", "东北"};
    for (int i = 1; i <= 300; ++i) {
        data += QStringLiteral(",崩溃测试客户%1有限公司,%2,manager%3,%4,3,3,100000,010-5555%5,c%1@example.cn\n")
                    .arg(i)
                    .arg(QString::fromUtf8(regions[i % 5]))
                    .arg(i % 3 + 1)
                    .arg(i % 5 + 1)
                    .arg(i % 10000, 4, 10, QLatin1Char('0'))
                    .toUtf8();
    }
    return data;
}

/// A sales-system feed (EXCHANGE.md) for the demo company: 30 products, 150 stock rows, 300 orders of demo
/// customers with 900 lines, all in one transaction.
bool writeFeed(const QDir& dir, const QStringList& customerCodes)
{
    QByteArray products = "product_no,name,model,batch,unit,price,memo\n";
    QByteArray stock = "product_no,warehouse,location,quantity,memo\n";
    for (int i = 1; i <= 30; ++i) {
        products += QStringLiteral("CP-%1,崩溃测试产品%1,M%1,B1,台,%2.50,\n").arg(i).arg(100 + i).toUtf8();
        for (int w = 1; w <= 5; ++w)
            stock += QStringLiteral("CP-%1,仓库%2,A-%2,%3,\n").arg(i).arg(w).arg(i * w).toUtf8();
    }
    QByteArray orders = "order_no,customer_code,customer_name,order_date,address,status\n";
    QByteArray lines = "order_no,product_no,quantity,unit,price\n";
    for (int i = 1; i <= 300 && !customerCodes.isEmpty(); ++i) {
        orders += QStringLiteral("CO-%1,%2,,2026-0%3-1%4,测试地址%1,%5\n")
                      .arg(i)
                      .arg(customerCodes.at(i % customerCodes.size()))
                      .arg(i % 9 + 1)
                      .arg(i % 10)
                      .arg(i % 2 ? 5 : 6)
                      .toUtf8();
        for (int l = 0; l < 3; ++l)
            lines +=
                QStringLiteral("CO-%1,CP-%2,%3,台,%4.00\n").arg(i).arg((i + l) % 30 + 1).arg(l + 1).arg(i + l).toUtf8();
    }
    const QList<std::pair<const char*, QByteArray*>> files{
        {"products.csv", &products}, {"stock.csv", &stock}, {"orders.csv", &orders}, {"order_lines.csv", &lines}};
    for (const auto& [name, data] : files) {
        QFile f(dir.filePath(QLatin1String(name)));
        if (!f.open(QIODevice::WriteOnly) || f.write(*data) < 0)
            return false;
    }
    return !customerCodes.isEmpty();
}

void removeSqlite(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

namespace {
/// When to kill: half the kills anywhere in the run, half in its last 40 % — process start-up takes most
/// of a short run, and the writes and the commit come at its end.
class KillTime
{
public:
    explicit KillTime(int durationMs)
        : m_anywhere(0, std::max(1, durationMs))
        , m_late(durationMs * 6 / 10, std::max(1, durationMs * 105 / 100))
    {}
    int operator()(std::mt19937_64& random) { return (m_flip++ % 2) ? m_late(random) : m_anywhere(random); }

private:
    std::uniform_int_distribution<int> m_anywhere;
    std::uniform_int_distribution<int> m_late;
    int m_flip = 0;
};
} // namespace

struct CrashHarness::Trial
{
    DatabaseUrl url;
    QString file;                           ///< SQLite
    std::unique_ptr<test::TestDatabase> pg; ///< PostgreSQL (dropped with the trial)
};

CrashHarness::CrashHarness(Options options)
    : m_options(std::move(options))
    , m_work(m_options.workDir)
    , m_random(m_options.seed)
{}

CrashHarness::~CrashHarness() = default;

bool CrashHarness::prepare()
{
    qputenv("KETONG_TEST_BACKEND", m_options.backend.toUtf8());
    QFile csv(m_work.filePath(QStringLiteral("customers.csv")));
    if (!csv.open(QIODevice::WriteOnly) || csv.write(importFile()) < 0)
        return say(QStringLiteral("cannot write %1").arg(csv.fileName())), false;
    csv.close();
    if (m_options.backend == QLatin1String("sqlite") && !initBase())
        return false;
    // The feed names customers of the demo company (the same codes on both backends: the demo is
    // deterministic for a day).
    auto trial = newTrial();
    auto db = trial ? Database::open(trial->url) : Result<DatabasePtr>(Error(ErrorCode::Io, QString()));
    QStringList codes;
    if (db) {
        SqlQuery q((*db)->connection());
        if (q.exec(QStringLiteral("SELECT code FROM customers WHERE status = 1 ORDER BY id")))
            while (q.next())
                codes << q.value(0).toString();
    }
    m_work.mkpath(QStringLiteral("feed"));
    if (!writeFeed(QDir(m_work.filePath(QStringLiteral("feed"))), codes))
        return say(QStringLiteral("cannot write the feed")), false;
    return true;
}

bool CrashHarness::initBase()
{
    m_baseFile = m_work.filePath(QStringLiteral("base.db"));
    removeSqlite(m_baseFile);
    QProcess init;
    init.start(m_options.ketongctl, {QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--database"),
                                     QStringLiteral("sqlite:") + m_baseFile});
    if (!init.waitForFinished(300000) || init.exitCode() != 0)
        return say(QStringLiteral("ketongctl init --demo failed: ") + QString::fromUtf8(init.readAllStandardError())),
               false;
    return true;
}

QList<CrashHarness::Operation> CrashHarness::operations() const
{
    const QString url = QStringLiteral("%URL%");
    const QString db = QStringLiteral("--database");
    const QString& ctl = m_options.ketongctl;
    return {
        {QStringLiteral("import"),
         ctl,
         {QStringLiteral("import"), QStringLiteral("customers"), m_work.filePath(QStringLiteral("customers.csv")), db,
          url}},
        {QStringLiteral("sync"),
         ctl,
         {QStringLiteral("sync"), QStringLiteral("--from"), m_work.filePath(QStringLiteral("feed")), db, url}},
        {QStringLiteral("churn-scan"), ctl, {QStringLiteral("churn-scan"), db, url}},
        {QStringLiteral("reassign"), m_options.opProgram, {QStringLiteral("reassign"), url}},
        {QStringLiteral("step"), m_options.opProgram, {QStringLiteral("step"), url}},
    };
}

std::unique_ptr<CrashHarness::Trial> CrashHarness::newTrial()
{
    auto trial = std::make_unique<Trial>();
    if (m_options.backend == QLatin1String("sqlite")) {
        trial->file = m_work.filePath(QStringLiteral("trial.db"));
        removeSqlite(trial->file);
        if (!QFile::copy(m_baseFile, trial->file))
            return nullptr;
        trial->url = *DatabaseUrl::parse(QStringLiteral("sqlite:") + trial->file);
        return trial;
    }
    trial->pg = std::make_unique<test::TestDatabase>();
    if (!trial->pg->createInitialized(true)) {
        say(QStringLiteral("cannot create a PostgreSQL database: ") + trial->pg->lastError());
        return nullptr;
    }
    trial->url = trial->pg->url();
    return trial;
}

QStringList CrashHarness::argsFor(const Operation& op, const DatabaseUrl& url) const
{
    QStringList args = op.args;
    for (QString& a : args)
        a.replace(QLatin1String("%URL%"), url.toString());
    return args;
}

int CrashHarness::runCheck(const DatabaseUrl& url, QString* output) const
{
    QProcess check;
    check.setProcessChannelMode(QProcess::MergedChannels);
    check.start(m_options.ketongctl, {QStringLiteral("check"), QStringLiteral("--database"), url.toString()});
    check.waitForFinished(120000);
    if (output)
        *output = QString::fromUtf8(check.readAll());
    return check.exitStatus() == QProcess::NormalExit ? check.exitCode() : -1;
}

Result<Fingerprint> captureAt(const DatabaseUrl& url)
{
    auto db = Database::open(url);
    if (!db)
        return db.error();
    return Fingerprint::capture(**db);
}

bool CrashHarness::reference(const Operation& op, Reference& ref)
{
    Fingerprint afters[2];
    qint64 total = 0;
    for (Fingerprint& after : afters) {
        auto trial = newTrial();
        if (!trial)
            return false;
        auto before = captureAt(trial->url);
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(op.program, argsFor(op, trial->url));
        p.waitForFinished(600000);
        total += timer.elapsed();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return say(QStringLiteral("%1: the uninterrupted run failed: %2")
                           .arg(op.name, QString::fromUtf8(p.readAllStandardError()))),
                   false;
        auto captured = captureAt(trial->url);
        if (!before || !captured)
            return say(QStringLiteral("%1: cannot read the database").arg(op.name)), false;
        after = *captured;
        if (before->sameAs(after, {}))
            return say(QStringLiteral("%1: the operation changed nothing").arg(op.name)), false;
    }
    auto mask = Fingerprint::nondeterministic(afters[0], afters[1]);
    if (!mask)
        return say(op.name + QStringLiteral(": ") + mask.error().message()), false;
    ref.after = afters[0];
    ref.mask = *mask;
    ref.durationMs = int(total / 2);
    const QStringList masked = Fingerprint::maskedColumns(*mask);
    say(QStringLiteral("%1: uninterrupted run %2 ms; columns set from the clock (left out): %3")
            .arg(op.name)
            .arg(ref.durationMs)
            .arg(masked.join(QLatin1Char(' '))));
    return true;
}

void CrashHarness::judge(const DatabaseUrl& url, const Fingerprint& before, const Reference& ref, Tally& tally,
                         const QString& what)
{
    QString checkOutput;
    const int check = runCheck(url, &checkOutput);
    auto now = captureAt(url);
    const bool isBefore = now && now->sameAs(before, ref.mask);
    const bool isAfter = now && !isBefore && now->sameAs(ref.after, ref.mask);
    if (check == 0 && (isBefore || isAfter)) {
        ++tally.consistent;
        ++(isBefore ? tally.before : tally.after);
        return;
    }
    QString why =
        check != 0 ? QStringLiteral("ketongctl check exit %1: %2").arg(check).arg(checkOutput.trimmed()) : QString();
    if (!now)
        why += QStringLiteral(" cannot read: ") + now.error().fullText();
    else if (!isBefore && !isAfter)
        why += QStringLiteral(" neither before nor after; differs from before in: ") +
               now->differingTables(before, ref.mask).join(QLatin1Char(',')) + QStringLiteral("; from after in: ") +
               now->differingTables(ref.after, ref.mask).join(QLatin1Char(','));
    tally.failures << what + QStringLiteral(": ") + why.trimmed();
    say(QStringLiteral("  INCONSISTENT ") + tally.failures.constLast());
}

CrashHarness::Tally CrashHarness::runKills(const Operation& op)
{
    Tally tally;
    Reference ref;
    if (!reference(op, ref)) {
        tally.failures << QStringLiteral("no reference run");
        return tally;
    }
    KillTime delay(ref.durationMs);
    int attempts = 0;
    while (tally.kills < m_options.kills && attempts++ < m_options.kills * 4) {
        auto trial = newTrial();
        if (!trial) {
            tally.failures << QStringLiteral("cannot make a trial database");
            break;
        }
        auto before = captureAt(trial->url);
        if (!before) {
            tally.failures << before.error().fullText();
            break;
        }
        const int at = delay(m_random);
        QProcess p;
        p.start(op.program, argsFor(op, trial->url));
        if (p.waitForFinished(at)) {
            ++tally.completedFirst;
            continue;
        }
        p.kill(); // SIGKILL
        p.waitForFinished(-1);
        ++tally.kills;
        if (!trial->file.isEmpty() && QFileInfo(trial->file + QStringLiteral("-wal")).size() > 0)
            ++tally.duringWrite;
        judge(trial->url, *before, ref, tally, QStringLiteral("kill at %1 ms").arg(at));
    }
    return tally;
}

CrashHarness::Tally CrashHarness::runPowerLosses(const Operation& op)
{
    Tally tally;
    Reference ref;
    if (!reference(op, ref)) {
        tally.failures << QStringLiteral("no reference run");
        return tally;
    }
    KillTime delay(ref.durationMs);
    const QString snapshot = m_work.filePath(QStringLiteral("powerloss.db"));
    int attempts = 0;
    while (tally.kills < m_options.powerLosses && attempts++ < m_options.powerLosses * 4) {
        auto trial = newTrial();
        auto before = trial ? captureAt(trial->url) : Result<Fingerprint>(Error(ErrorCode::Io, QString()));
        if (!before) {
            tally.failures << QStringLiteral("cannot make a trial database");
            break;
        }
        const int at = delay(m_random);
        QProcess p;
        p.start(op.program, argsFor(op, trial->url));
        if (p.waitForFinished(at)) {
            ++tally.completedFirst;
            continue;
        }
        // The moment of the power loss: freeze the writer and copy what its files hold now.
        ::kill(pid_t(p.processId()), SIGSTOP);
        removeSqlite(snapshot);
        QFile::copy(trial->file, snapshot);
        if (QFile::exists(trial->file + QStringLiteral("-wal")))
            QFile::copy(trial->file + QStringLiteral("-wal"), snapshot + QStringLiteral("-wal"));
        p.kill();
        ::kill(pid_t(p.processId()), SIGCONT);
        p.waitForFinished(-1);
        if (QFileInfo(snapshot + QStringLiteral("-wal")).size() > 0)
            ++tally.duringWrite;
        const auto torn = WalTear::tearAfterLastCommit(snapshot + QStringLiteral("-wal"), m_random);
        ++tally.kills;
        const DatabaseUrl url = *DatabaseUrl::parse(QStringLiteral("sqlite:") + snapshot);
        {
            auto db = Database::open(url);
            auto ok = db ? SqlQuery::scalar((*db)->connection(), QStringLiteral("PRAGMA integrity_check"))
                         : Result<QVariant>(db.error());
            if (!ok || ok->toString() != QLatin1String("ok"))
                say(QStringLiteral("  integrity_check: ") + (ok ? ok->toString() : ok.error().fullText()));
        }
        judge(url, *before, ref, tally,
              QStringLiteral("power loss at %1 ms, wal %2 bytes cut at %3 (last commit ends %4)")
                  .arg(at)
                  .arg(torn.size)
                  .arg(torn.cutAt)
                  .arg(torn.lastCommitEnd));
    }
    return tally;
}

} // namespace ketong::crash
