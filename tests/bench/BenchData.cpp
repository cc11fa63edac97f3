#include "BenchData.h"

#include "BenchLoadFloor.h"

#include "auth/Session.h"
#include "basedata/Dictionary.h"
#include "customers/CustomerImporter.h"
#include "db/BulkStatement.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "erp/SalesSystemSync.h"
#include "setup/ReferenceData.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

namespace ketong::bench {

namespace {
const QStringList kSurnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                               QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("赵"), QStringLiteral("黄"),
                               QStringLiteral("周"), QStringLiteral("吴"), QStringLiteral("徐"), QStringLiteral("孙")};
const QStringList kGiven = {
    QStringLiteral("星辰"), QStringLiteral("华强"), QStringLiteral("远航"), QStringLiteral("鼎盛"),
    QStringLiteral("恒通"), QStringLiteral("瑞丰"), QStringLiteral("宏达"), QStringLiteral("金桥"),
    QStringLiteral("天成"), QStringLiteral("嘉禾"), QStringLiteral("博远"), QStringLiteral("安泰"),
    QStringLiteral("新元"), QStringLiteral("东方"), QStringLiteral("长青"), QStringLiteral("中联")};
const QStringList kPlaces = {QStringLiteral("北京"), QStringLiteral("上海"), QStringLiteral("天津"),
                             QStringLiteral("广州"), QStringLiteral("深圳"), QStringLiteral("杭州"),
                             QStringLiteral("南京"), QStringLiteral("成都"), QStringLiteral("武汉"),
                             QStringLiteral("西安"), QStringLiteral("苏州"), QStringLiteral("青岛")};
const QStringList kIndustries = {QStringLiteral("科技"), QStringLiteral("贸易"), QStringLiteral("机械"),
                                 QStringLiteral("电子"), QStringLiteral("化工"), QStringLiteral("物流"),
                                 QStringLiteral("建材"), QStringLiteral("医药"), QStringLiteral("食品"),
                                 QStringLiteral("纺织")};
const QStringList kSuffixes = {QStringLiteral("有限公司"), QStringLiteral("股份有限公司"),
                               QStringLiteral("集团有限公司"), QStringLiteral("有限责任公司")};
constexpr int kCustomersPerFile = 100000;
constexpr qint64 kLinesPerFeed = 200000;
constexpr int kProducts = 500;

/// The company name of customer `i`: unique (the number), readable, searchable by its parts.
QString companyName(int i)
{
    const int n = i;
    return kPlaces.at(n % kPlaces.size()) + kSurnames.at((n / 12) % kSurnames.size()) +
           kGiven.at((n / 144) % kGiven.size()) + kIndustries.at((n / 7) % kIndustries.size()) + QString::number(i) +
           kSuffixes.at((n / 3) % kSuffixes.size());
}

QString code(int i)
{
    return QStringLiteral("BC%1").arg(i, 8, 10, QLatin1Char('0'));
}

/// The customers [from, to) of the synthetic company.
QList<CustomerRow> customerRows(const QList<std::pair<QString, qint64>>& managers, const QStringList& regions, int from,
                                int to)
{
    QList<CustomerRow> rows;
    rows.reserve(to - from);
    for (int i = from; i < to; ++i) {
        CustomerRow c;
        c.code = code(i);
        c.name = companyName(i);
        c.region = regions.at(i % regions.size());
        c.manager = managers.at(i % managers.size()).first;
        c.managerId = managers.at(i % managers.size()).second;
        c.level = 1 + i % 5;
        c.credit = 1 + (i / 5) % 5;
        c.satisfaction = 1 + (i / 25) % 5;
        c.tel = QStringLiteral("010-%1").arg(60000000 + i);
        c.address = kPlaces.at(i % kPlaces.size()) + QStringLiteral("市某区某路%1号").arg(i % 999 + 1);
        rows << c;
    }
    return rows;
}

/// Imports the rows as one customers.csv (names have no commas or quotes; addresses neither); the seconds the
/// importer took.
Status importCustomers(const Database& db, const Clock& clock, const QList<CustomerRow>& rows, double* seconds)
{
    QByteArray csv("code,name,region,manager,level,credit,satisfaction,tel,address\n");
    csv.reserve(rows.size() * 110);
    for (const CustomerRow& c : rows) {
        csv += c.code.toUtf8() + ',' + c.name.toUtf8() + ',' + c.region.toUtf8() + ',' + c.manager.toUtf8() + ',' +
               QByteArray::number(c.level) + ',' + QByteArray::number(c.credit) + ',' +
               QByteArray::number(c.satisfaction) + ',' + c.tel.toUtf8() + ',' + c.address.toUtf8() + '\n';
    }
    QElapsedTimer timer;
    timer.start();
    auto report = CustomerImporter(db, clock, Session::system()).import(csv, QStringLiteral("customers.csv"));
    *seconds = timer.nsecsElapsed() / 1e9;
    if (!report)
        return report.error();
    if (!report->written)
        return Error(ErrorCode::Invalid,
                     QStringLiteral("customers.csv refused: %1")
                         .arg(report->issues.isEmpty() ? QString() : report->issues.first().toString({})));
    return {};
}

QByteArray productsCsv()
{
    QByteArray csv("product_no,name,model,unit,price\n");
    for (int p = 1; p <= kProducts; ++p)
        csv += "BP" + QByteArray::number(p) + ",产品" + QByteArray::number(p) + ",型号" + QByteArray::number(p % 37) +
               ",件," + QByteArray::number(10 + (p * 37) % 2000) + '\n';
    return csv;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/// Orders [firstOrder, lastOrder) with 4 lines on average (1–7).
std::pair<QList<FeedOrder>, QList<FeedLine>> feedRows(int customers, qint64 firstOrder, qint64 lastOrder,
                                                      const QDate& today, QRandomGenerator& random)
{
    QList<FeedOrder> orders;
    QList<FeedLine> lines;
    orders.reserve(lastOrder - firstOrder);
    lines.reserve(4 * (lastOrder - firstOrder));
    for (qint64 o = firstOrder; o < lastOrder; ++o) {
        // Skew: a third of the orders go to the first 1 % of the customers.
        const double u = random.generateDouble();
        const int customer = u < 0.33 ? int(random.bounded(qMax(1, customers / 100))) : int(random.bounded(customers));
        FeedOrder order;
        order.date = today.addDays(-qint64(random.bounded(5 * 365)));
        order.status = 1 + int(random.bounded(100)) % 6 < 2 ? 1 + int(random.bounded(4)) : 5 + int(random.bounded(2));
        order.no = QStringLiteral("BO%1").arg(o);
        order.customerCode = code(customer);
        const int n = 1 + int(random.bounded(7));
        for (int l = 0; l < n; ++l) {
            const int p = 1 + int(random.bounded(kProducts));
            lines.append(
                {int(orders.size()), QStringLiteral("BP%1").arg(p), 1 + random.bounded(20), 10 + (p * 37) % 2000});
        }
        orders << order;
    }
    return {orders, lines};
}

/// One feed run of the orders and lines; the seconds the sync took.
Status feed(const Database& db, const Clock& clock, const QList<FeedOrder>& orders, const QList<FeedLine>& lines,
            bool withProducts, double* seconds)
{
    QTemporaryDir dir;
    QByteArray ordersCsv("order_no,customer_code,order_date,status\n");
    QByteArray linesCsv("order_no,product_no,quantity,price\n");
    for (const FeedOrder& o : orders)
        ordersCsv += o.no.toUtf8() + ',' + o.customerCode.toUtf8() + ',' + o.date.toString(Qt::ISODate).toUtf8() + ',' +
                     QByteArray::number(o.status) + '\n';
    for (const FeedLine& l : lines)
        linesCsv += orders.at(l.order).no.toUtf8() + ',' + l.productNo.toUtf8() + ',' + QByteArray::number(l.quantity) +
                    ',' + QByteArray::number(l.price) + '\n';
    if (!writeFile(dir.filePath(QStringLiteral("orders.csv")), ordersCsv) ||
        !writeFile(dir.filePath(QStringLiteral("order_lines.csv")), linesCsv))
        return Error(ErrorCode::Io, QStringLiteral("cannot write the feed files"));
    if (withProducts && !writeFile(dir.filePath(QStringLiteral("products.csv")), productsCsv()))
        return Error(ErrorCode::Io, QStringLiteral("cannot write the feed files"));
    SalesSystemSync::Options options;
    options.source = dir.path();
    QElapsedTimer timer;
    timer.start();
    auto report = SalesSystemSync(db, clock, Session::system()).run(options);
    *seconds = timer.nsecsElapsed() / 1e9;
    if (!report)
        return report.error();
    if (!report->ok)
        return Error(ErrorCode::Invalid, QStringLiteral("feed refused: %1").arg(report->errors.value(0)));
    return {};
}

Status insertTickets(const Database& db, const Clock& clock, int customers, int count)
{
    auto types = Dictionary::items(db, DictType::ServiceType);
    if (!types || types->isEmpty())
        return Error(ErrorCode::Internal, QStringLiteral("no service types"));
    auto creator = SqlQuery::scalar(db.connection(), QStringLiteral("SELECT min(id) FROM users"));
    if (!creator)
        return creator.error();
    // The customers' ids, not a range: ids need not be dense (a PostgreSQL sequence leaves gaps).
    QList<qint64> ids;
    ids.reserve(customers);
    SqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE code LIKE 'BC%' ORDER BY id"));
    if (auto s = q.exec(); !s)
        return s;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.isEmpty())
        return Error(ErrorCode::Internal, QStringLiteral("no customers"));
    Transaction tx(db);
    if (auto s = tx.begin(); !s)
        return s;
    BulkStatement insert(tx.connection(),
                         QStringLiteral("INSERT INTO service_tickets (type, title, customer_id, request, created_by, "
                                        "created_at) VALUES "),
                         QStringLiteral("(?, ?, ?, ?, ?, ?)"), 6);
    const QDateTime now = clock.now();
    for (int t = 0; t < count; ++t) {
        if (auto s = insert.add({types->at(t % types->size()).value, QStringLiteral("服务请求 %1").arg(t),
                                 ids.at((qint64(t) * 7919) % ids.size()), QStringLiteral("客户来电咨询产品使用问题"),
                                 creator->toLongLong(), now.addSecs(-qint64(t % (5 * 365)) * 86400)});
            !s)
            return s;
    }
    if (auto s = insert.finish(); !s)
        return s;
    return tx.commit();
}
} // namespace

Result<LoadFigures> buildCompany(const Database& db, const Clock& clock, const Size& size)
{
    LoadFigures figures;
    QList<std::pair<QString, qint64>> managers;
    for (const QString& login : {QStringLiteral("manager1"), QStringLiteral("manager2"), QStringLiteral("manager3")}) {
        auto id = SqlQuery::scalar(db.connection(), QStringLiteral("SELECT id FROM users WHERE login = :login"),
                                   {{QStringLiteral("login"), login}});
        if (!id)
            return id.error();
        managers.append({login, id->toLongLong()});
    }
    auto regionItems = Dictionary::items(db, DictType::Region);
    if (!regionItems)
        return regionItems.error();
    QStringList regions;
    for (const auto& item : *regionItems)
        regions << item.value;

    // customers.csv files of 100 k rows (a smaller company: two halves). The floor writes the file before the last
    // (committed, so the company is whole), the importer all the others; the last import is compared with it.
    QList<int> bounds;
    for (int from = 0; from < size.customers; from += kCustomersPerFile)
        bounds << from;
    if (bounds.size() == 1)
        bounds << size.customers / 2;
    bounds << size.customers;
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        const int from = bounds.at(i);
        const int to = bounds.at(i + 1);
        const QList<CustomerRow> rows = customerRows(managers, regions, from, to);
        if (i + 3 == bounds.size()) {
            auto floor = customerFloorSeconds(db, clock.now(), rows);
            if (!floor)
                return floor.error();
            figures.lastChunkFloorRowsPerSecond = rows.size() / *floor;
            std::fprintf(stderr, "  customers %d (floor: %.0f rows/s)\n", to, figures.lastChunkFloorRowsPerSecond);
            continue;
        }
        double seconds = 0;
        if (auto s = importCustomers(db, clock, rows, &seconds); !s)
            return s.error();
        figures.productRows += rows.size();
        figures.productSeconds += seconds;
        figures.lastChunkRows = to - from;
        figures.lastChunkRowsPerSecond = (to - from) / seconds;
        std::fprintf(stderr, "  customers %d (%.0f rows/s)\n", to, (to - from) / seconds);
    }
    figures.customers = size.customers;

    // Feed runs of about 200 k lines; the first brings the products. With three runs or more the floor writes the
    // run before the last, the feed all the others; the last run is compared with it.
    QRandomGenerator random(20261123);
    const qint64 orders = qMax<qint64>(1, size.orderLines / 4);
    const qint64 ordersPerFeed = kLinesPerFeed / 4;
    const qint64 runs = (orders + ordersPerFeed - 1) / ordersPerFeed;
    for (qint64 run = 0; run < runs; ++run) {
        const qint64 first = 1 + run * ordersPerFeed;
        const qint64 end = qMin(orders + 1, first + ordersPerFeed);
        const auto [orderRows, lineRows] = feedRows(size.customers, first, end, clock.today(), random);
        const qint64 rows = orderRows.size() + lineRows.size();
        figures.orderLines += lineRows.size();
        if (runs >= 3 && run == runs - 2) {
            auto floor = feedFloorSeconds(db, clock.now(), orderRows, lineRows);
            if (!floor)
                return floor.error();
            figures.lastFeedFloorRowsPerSecond = rows / *floor;
            std::fprintf(stderr, "  order lines %lld (floor: %.0f rows/s)\n",
                         static_cast<long long>(figures.orderLines), figures.lastFeedFloorRowsPerSecond);
            continue;
        }
        double seconds = 0;
        if (auto s = feed(db, clock, orderRows, lineRows, run == 0, &seconds); !s)
            return s.error();
        figures.productRows += rows;
        figures.productSeconds += seconds;
        figures.lastFeedRows = rows;
        figures.lastFeedRowsPerSecond = rows / seconds;
        std::fprintf(stderr, "  order lines %lld (%.0f rows/s)\n", static_cast<long long>(figures.orderLines),
                     rows / seconds);
    }
    figures.orders = orders;

    figures.tickets = size.tickets > 0 ? size.tickets : qMax(1, size.customers / 10);
    QElapsedTimer timer;
    timer.start();
    if (auto s = insertTickets(db, clock, size.customers, figures.tickets); !s)
        return s.error();
    figures.ticketSeconds = timer.nsecsElapsed() / 1e9;
    return figures;
}

} // namespace ketong::bench
