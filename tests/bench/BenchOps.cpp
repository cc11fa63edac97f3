#include "BenchOps.h"

#include "auth/AuthService.h"
#include "churn/ChurnScan.h"
#include "customers/ActivityService.h"
#include "customers/ContactService.h"
#include "customers/CustomerService.h"
#include "customers/OrderHistory.h"
#include "db/RowReader.h"
#include "db/SqlQuery.h"
#include "models/ListWorker.h"
#include "models/PagedListModel.h"
#include "reports/Reports.h"
#include "setup/ReferenceData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace ketong::bench {

double Measurement::median(const QList<double>& v) const
{
    if (v.isEmpty())
        return 0;
    QList<double> s = v;
    std::sort(s.begin(), s.end());
    return s.at(s.size() / 2);
}

double Measurement::p95(const QList<double>& v) const
{
    if (v.isEmpty())
        return 0;
    QList<double> s = v;
    std::sort(s.begin(), s.end());
    return s.at(qMin(s.size() - 1, int(std::ceil(s.size() * 0.95)) - 1));
}

double Measurement::ratio() const
{
    // Always time over time: for rates, the floor's rate over the product's.
    const double f = median(floor);
    const double p = median(product);
    if (higherIsBetter)
        return p > 0 ? f / p : 0;
    return f > 0 ? p / f : 0;
}

void Measurement::dropWarmUp(int run)
{
    if (run < 0) {
        product.clear();
        floor.clear();
    }
}

bool Measurement::passes() const
{
    if (product.isEmpty())
        return false; // not measured
    const bool figureOk = limit <= 0 || (higherIsBetter ? figure() >= limit : figure() <= limit);
    // A ratio only matters above a millisecond: below that both are noise of the same size.
    const bool ratioOk = floor.isEmpty() || (!higherIsBetter && median(product) < 1.0) || ratio() <= maxRatio;
    return figureOk && ratioOk;
}

namespace {
/// Every timed operation runs once untimed first, product and floor (the product runs first in each pair, and
/// would pay alone for the pages the statement's first run reads from disk).
constexpr int kWarmUp = -1;

double timeMs(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

/// Reads every value of every row of a forward-only query (the floor: nothing kept beyond reading it).
void drain(const QSqlDatabase& c, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(c);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        qFatal("floor query failed: %s\n%s", qPrintable(q.lastError().text()), qPrintable(sql));
    const int columns = q.record().count();
    while (q.next()) {
        for (int i = 0; i < columns; ++i)
            (void)q.value(i);
    }
}

/// The first screen of a customer list through the model the GUI uses.
double firstScreen(const DatabasePtr& db, const ListQuery& query)
{
    PagedListModel model(db);
    return timeMs([&] {
        model.setQuery(query);
        waitFor([&] { return model.idAt(0) != 0 || (!model.isLoading() && model.rowCount() == 0); });
    });
}

// The list's columns as the user sees them: region and level by their dictionary names.
const QString kListFloor =
    QStringLiteral(
        "SELECT c.code, c.name, COALESCE(rg.item, c.region), u.name, COALESCE(lv.item, CAST(c.level AS "
        "TEXT)), c.tel, (SELECT MAX(o.order_date) FROM orders o WHERE o.customer_id = c.id AND o.status IN "
        "(5, 6)), c.status, c.id FROM customers c JOIN users u ON u.id = c.manager_id LEFT JOIN dict_items rg ON "
        "rg.type = '%1' AND rg.value = c.region LEFT JOIN dict_items lv ON lv.type = '%2' AND lv.value = "
        "CAST(c.level AS TEXT) WHERE c.status IN (1, 2)%3 ORDER BY c.code, c.id LIMIT 200")
        .arg(DictType::Region, DictType::CustomerLevel, QStringLiteral("%1"));

Measurement listScreens(const DatabasePtr& db, const CustomerService& service, int repeat)
{
    Measurement m(QStringLiteral("customer list: first screen"), QStringLiteral("≤ 100 ms"), 100);
    const ListQuery query = *service.listQuery({});
    for (int i = kWarmUp; i < repeat; ++i) {
        m.product << firstScreen(db, query);
        m.floor << timeMs([&] { drain(db->connection(), kListFloor.arg(QString())); });
        m.dropWarmUp(i);
    }
    return m;
}

Measurement jump(const DatabasePtr& db, const CustomerService& service, int customers, int repeat)
{
    const int row = int(customers * 0.9);
    Measurement m(QStringLiteral("customer list: jump to row %L1").arg(row), QStringLiteral("≤ 50 ms"), 50);
    PagedListModel model(db);
    model.setQuery(*service.listQuery({}));
    model.waitUntilLoaded(600000); // the background count and the page keys
    const int pageStart = row - row % 200;
    auto key = SqlQuery::scalar(db->connection(), QStringLiteral("SELECT code FROM customers WHERE status IN (1, 2) "
                                                                 "ORDER BY code, id LIMIT 1 OFFSET %1")
                                                      .arg(pageStart));
    for (int i = kWarmUp; i < repeat; ++i) {
        model.setCachePageLimit(1); // drop the page again so each run loads it
        model.setCachePageLimit(64);
        const int target = row + qMax(i, 0); // the same page
        m.product << timeMs([&] {
            (void)model.data(model.index(target, 0));
            waitFor([&] { return model.idAt(target) != 0; });
        });
        m.floor << timeMs([&] { drain(db->connection(), kListFloor.arg(QStringLiteral(" AND c.code >= ?")), {*key}); });
        model.data(model.index(0, 0)); // move away
        waitFor([&] { return model.idAt(0) != 0; });
        m.dropWarmUp(i);
    }
    return m;
}

Measurement search(const DatabasePtr& db, const CustomerService& service, const QString& title,
                   const QStringList& texts, double limit, bool shortText, int repeat)
{
    Measurement m(title, QStringLiteral("p95 ≤ %1 ms").arg(limit), limit);
    m.usesP95 = true;
    for (int i = kWarmUp; i < repeat; ++i) {
        for (const QString& text : texts) {
            CustomerFilter f;
            f.name = text;
            m.product << firstScreen(db, *service.listQuery(f));
            // The floor: the hand-picked best access for this text on this backend.
            const bool sqlite = db->dialect().isSqlite();
            if (sqlite && !shortText && text.size() >= 3 && !text.contains(QStringLiteral("有限公司")))
                m.floor << timeMs([&] {
                    drain(db->connection(),
                          kListFloor.arg(QStringLiteral(" AND c.id IN (SELECT rowid FROM search_customers WHERE "
                                                        "search_customers MATCH ?)")),
                          {QLatin1Char('"') + text + QLatin1Char('"')});
                });
            else
                m.floor << timeMs([&] {
                    drain(db->connection(),
                          kListFloor.arg(sqlite || text.toLower() == text.toUpper()
                                             ? QStringLiteral(" AND c.name LIKE ?")
                                             : QStringLiteral(" AND c.name ILIKE ?")),
                          {QLatin1Char('%') + text + QLatin1Char('%')});
                });
        }
        m.dropWarmUp(i);
    }
    return m;
}

Measurement openCustomer(const DatabasePtr& db, const Clock& clock, const Session& session, int repeat)
{
    Measurement m(QStringLiteral("open one customer (record, contacts, activities, orders)"), QStringLiteral("≤ 50 ms"),
                  50);
    // The busiest customer: most orders.
    const qint64 id = SqlQuery::scalar(db->connection(), QStringLiteral("SELECT customer_id FROM orders GROUP BY "
                                                                        "customer_id ORDER BY count(*) DESC LIMIT 1"))
                          ->toLongLong();
    for (int i = kWarmUp; i < repeat; ++i) {
        m.product << timeMs([&] {
            CustomerService customers(*db, clock, session);
            (void)customers.load(id);
            PagedListModel contacts(db), activities(db), orders(db);
            contacts.setQuery(*ContactService(*db, clock, session).listQuery(id));
            activities.setQuery(*ActivityService(*db, clock, session).listQuery(id));
            orders.setQuery(*OrderHistory(*db, session).listQuery(id));
            waitFor([&] { return !contacts.isLoading() && !activities.isLoading() && !orders.isLoading(); });
        });
        m.floor << timeMs([&] {
            drain(db->connection(), QStringLiteral("SELECT * FROM customers WHERE id = ?"), {id});
            drain(db->connection(),
                  QStringLiteral("SELECT * FROM contacts WHERE customer_id = ? ORDER BY id LIMIT 200"), {id});
            drain(
                db->connection(),
                QStringLiteral("SELECT * FROM activities WHERE customer_id = ? ORDER BY activity_date DESC LIMIT 200"),
                {id});
            drain(db->connection(),
                  QStringLiteral(
                      "SELECT order_no, order_date, status, total FROM orders WHERE customer_id = ? AND status "
                      "IN (5, 6) ORDER BY order_date DESC, id DESC LIMIT 200"),
                  {id});
        });
        m.dropWarmUp(i);
    }
    return m;
}

Measurement report(const QString& title, double limit, double maxRatio, int repeat,
                   const std::function<void()>& product, const std::function<void()>& floor)
{
    Measurement m(title,
                  limit >= 1000 ? QStringLiteral("≤ %1 s").arg(limit / 1000) : QStringLiteral("≤ %1 ms").arg(limit),
                  limit);
    m.maxRatio = maxRatio;
    for (int i = kWarmUp; i < repeat; ++i) {
        m.product << timeMs(product);
        m.floor << timeMs(floor);
        m.dropWarmUp(i);
    }
    return m;
}
} // namespace

bool waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick; // wakes the wait at least every 50 ms to look at the clock
    tick.start(50);
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QList<Measurement> runOperations(const DatabasePtr& db, const Clock& clock, const Size& size, int repeat)
{
    QList<Measurement> out;
    // Progress on stderr: at a million customers some operations take minutes.
    const auto add = [&out](const Measurement& m) {
        out << m;
        std::fprintf(stderr, "  %s: %.1f %s\n", qPrintable(m.operation), m.figure(), qPrintable(m.unit));
    };
    const Session director = *AuthService(*db, clock).sessionFor(QStringLiteral("director"));
    const CustomerService service(*db, clock, director);
    const bool sqlite = db->dialect().isSqlite();
    // The lists' worker thread and connection, held for the session as the main window holds them.
    const auto listWorker = ListWorker::of(db);
    add(listScreens(db, service, repeat));
    add(jump(db, service, size.customers, repeat));
    add(search(db, service, QStringLiteral("search ≥ 3 characters, first screen"),
               {QStringLiteral("星辰科技"), QStringLiteral("有限公司"), QStringLiteral("12345"),
                QStringLiteral("深圳吴"), QStringLiteral("远航物流9")},
               30, false, repeat));
    add(search(db, service, QStringLiteral("search 1–2 Chinese characters, first screen"),
               {QStringLiteral("星"), QStringLiteral("远航"), QStringLiteral("华强"), QStringLiteral("医"),
                QStringLiteral("嘉禾")},
               100, true, repeat));
    add(openCustomer(db, clock, director, repeat));

    const int year = clock.today().year() - 1;
    const QString yearFrom = QStringLiteral("%1-01-01").arg(year), yearTo = QStringLiteral("%1-12-31").arg(year);
    const QString dateFrom = sqlite ? QStringLiteral("?") : QStringLiteral("CAST(? AS DATE)");
    const QString contributionFloor = QStringLiteral(
        "SELECT code, name, amount FROM customer_year_totals WHERE year = :year AND deleted = 0 ORDER BY amount DESC, "
        "code");
    add(report(
        QStringLiteral("contribution report, one year"), 1000, 1.2, repeat,
        [&] {
            ContributionFilter f;
            f.year = year;
            (void)Reports::contribution(*db, director, f);
        },
        [&] { drain(db->connection(), contributionFloor, {year}); }));
    if (!sqlite) {
        // The report reads through libpq (RowReader), the floor through Qt's driver like every floor: what libpq
        // alone takes for the floor's statement, every value made and dropped, bounds the report from below.
        Measurement libpq(QStringLiteral("contribution report: the floor's statement read through libpq, every value "
                                         "made and dropped"),
                          QStringLiteral("(bounds the report)"), 0);
        for (int i = kWarmUp; i < repeat; ++i) {
            libpq.product << timeMs([&] {
                RowReader r(db->connection());
                if (auto s = r.exec(contributionFloor, {{QStringLiteral("year"), year}}); !s)
                    qFatal("libpq read failed: %s", qPrintable(s.error().fullText()));
                while (r.next()) {
                    for (int c = 0; c < 3; ++c)
                        (void)r.value(c);
                }
            });
            libpq.dropWarmUp(i);
        }
        add(libpq);
    }
    add(report(
        QStringLiteral("composition report (by level)"), 200, 1.2, repeat,
        [&] { (void)Reports::composition(*db, director, CompositionBy::Level); },
        [&] {
            drain(db->connection(),
                  QStringLiteral("SELECT level, count(*) FROM customers WHERE status <> 3 GROUP BY level"));
        }));
    add(report(
        QStringLiteral("service report, one year"), 200, 1.2, repeat,
        [&] {
            ServiceReportFilter f;
            f.year = year;
            (void)Reports::service(*db, director, f);
        },
        [&] {
            drain(db->connection(),
                  QStringLiteral(
                      "SELECT type, count(*) FROM service_tickets WHERE created_at >= ? AND created_at < ? GROUP "
                      "BY type"),
                  {QDateTime(QDate(year, 1, 1), QTime(0, 0)).toUTC(),
                   QDateTime(QDate(year + 1, 1, 1), QTime(0, 0)).toUTC()});
        }));

    // The churn scan: the first run flags every silent customer (a one-time mass write), then the weekly one.
    const Session system = Session::system();
    Measurement first(QStringLiteral("churn scan, first run (flags %1 customers)"), QStringLiteral("(no target)"), 0);
    first.product << timeMs([&] {
        auto outcome = ChurnScan(*db, clock, system).run();
        first.operation = first.operation.arg(outcome ? outcome->flaggedCount : -1);
    });
    add(first);
    const QDate cutoff = clock.today().addMonths(-ChurnScan::DefaultMonths);
    add(report(
        QStringLiteral("churn scan, weekly run"), 5000, 1.2, repeat, [&] { (void)ChurnScan(*db, clock, system).run(); },
        [&] {
            // The same two questions, read-only: which open warnings recovered, which customers to flag (active,
            // no counted order since the cut-off, not warned, created before it or with a counted order before it).
            const QString asOf = clock.today().toString(Qt::ISODate);
            const QDateTime asOfEnd = QDateTime(clock.today().addDays(1), QTime(0, 0)).toUTC();
            const QDateTime cutoffStart = QDateTime(cutoff, QTime(0, 0)).toUTC();
            drain(db->connection(),
                  QStringLiteral("SELECT count(*) FROM lost_records r WHERE r.status IN (1, 2) AND EXISTS (SELECT 1 "
                                 "FROM orders o WHERE o.customer_id = r.customer_id AND o.status IN (5, 6) AND "
                                 "o.order_date >= %1 AND o.order_date <= %1)")
                      .arg(dateFrom),
                  {cutoff.toString(Qt::ISODate), asOf});
            const QString quiet =
                QStringLiteral("c.status = 1 AND c.created_at < ? AND NOT EXISTS (SELECT 1 FROM lost_records r WHERE "
                               "r.customer_id = c.id AND r.status IN (1, 2)) AND NOT EXISTS (SELECT 1 FROM orders o "
                               "WHERE o.customer_id = c.id AND o.status IN (5, 6) AND o.order_date >= %1 AND "
                               "o.order_date <= %1)")
                    .arg(dateFrom);
            const QString judged =
                QStringLiteral("(%1.created_at < ? OR EXISTS (SELECT 1 FROM orders o WHERE "
                               "o.customer_id = %1.id AND o.status IN (5, 6) AND o.order_date < %2))");
            // PostgreSQL: the older-order question after the anti-joins (OFFSET 0), its best plan; SQLite: as is.
            drain(db->connection(),
                  sqlite
                      ? QStringLiteral("SELECT count(*) FROM customers c WHERE ") + quiet + QStringLiteral(" AND ") +
                            judged.arg(QStringLiteral("c"), dateFrom)
                      : QStringLiteral("SELECT count(*) FROM (SELECT c.id, c.created_at FROM customers c WHERE ") +
                            quiet + QStringLiteral(" OFFSET 0) f WHERE ") + judged.arg(QStringLiteral("f"), dateFrom),
                  {asOfEnd, cutoff.toString(Qt::ISODate), asOf, cutoffStart, cutoff.toString(Qt::ISODate)});
        }));
    return out;
}

} // namespace ketong::bench
