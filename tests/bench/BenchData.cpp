#include "BenchData.h"

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

/// A CSV field (names have no commas or quotes; addresses neither): returned as is.
Status importCustomers(const Database& db, const Clock& clock, const QStringList& managers, const QStringList& regions,
                       int from, int to, double* seconds)
{
    QByteArray csv("code,name,region,manager,level,credit,satisfaction,tel,address\n");
    csv.reserve((to - from) * 110);
    for (int i = from; i < to; ++i) {
        csv += code(i).toUtf8() + ',' + companyName(i).toUtf8() + ',' + regions.at(i % regions.size()).toUtf8() + ',' +
               managers.at(i % managers.size()).toUtf8() + ',' + QByteArray::number(1 + i % 5) + ',' +
               QByteArray::number(1 + (i / 5) % 5) + ',' + QByteArray::number(1 + (i / 25) % 5) + ",010-" +
               QByteArray::number(60000000 + i) + ',' + kPlaces.at(i % kPlaces.size()).toUtf8() + "市某区某路" +
               QByteArray::number(i % 999 + 1) + "号\n";
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

/// One feed run of orders [firstOrder, lastOrder) with 4 lines on average (1–7).
Status feed(const Database& db, const Clock& clock, int customers, qint64 firstOrder, qint64 lastOrder,
            QRandomGenerator& random, qint64* lines)
{
    QTemporaryDir dir;
    QByteArray orders("order_no,customer_code,order_date,status\n");
    QByteArray orderLines("order_no,product_no,quantity,price\n");
    const QDate today = clock.today();
    for (qint64 o = firstOrder; o < lastOrder; ++o) {
        // Skew: a third of the orders go to the first 1 % of the customers.
        const double u = random.generateDouble();
        const int customer = u < 0.33 ? int(random.bounded(qMax(1, customers / 100))) : int(random.bounded(customers));
        const QDate date = today.addDays(-qint64(random.bounded(5 * 365)));
        const int status =
            1 + int(random.bounded(100)) % 6 < 2 ? 1 + int(random.bounded(4)) : 5 + int(random.bounded(2));
        const QByteArray no = "BO" + QByteArray::number(o);
        orders += no + ',' + code(customer).toUtf8() + ',' + date.toString(Qt::ISODate).toUtf8() + ',' +
                  QByteArray::number(status) + '\n';
        const int n = 1 + int(random.bounded(7));
        for (int l = 0; l < n; ++l) {
            const int p = 1 + int(random.bounded(kProducts));
            orderLines += no + ",BP" + QByteArray::number(p) + ',' + QByteArray::number(1 + random.bounded(20)) + ',' +
                          QByteArray::number(10 + (p * 37) % 2000) + '\n';
        }
        *lines += n;
    }
    if (!writeFile(dir.filePath(QStringLiteral("orders.csv")), orders) ||
        !writeFile(dir.filePath(QStringLiteral("order_lines.csv")), orderLines))
        return Error(ErrorCode::Io, QStringLiteral("cannot write the feed files"));
    if (firstOrder == 1 && !writeFile(dir.filePath(QStringLiteral("products.csv")), productsCsv()))
        return Error(ErrorCode::Io, QStringLiteral("cannot write the feed files"));
    SalesSystemSync::Options options;
    options.source = dir.path();
    auto report = SalesSystemSync(db, clock, Session::system()).run(options);
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
    auto firstCustomer = SqlQuery::scalar(db.connection(), QStringLiteral("SELECT min(id) FROM customers WHERE code "
                                                                          "LIKE 'BC%'"));
    if (!firstCustomer)
        return firstCustomer.error();
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
                                 firstCustomer->toLongLong() + (qint64(t) * 7919) % customers,
                                 QStringLiteral("客户来电咨询产品使用问题"), creator->toLongLong(),
                                 now.addSecs(-qint64(t % (5 * 365)) * 86400)});
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
    const QStringList managers = {QStringLiteral("manager1"), QStringLiteral("manager2"), QStringLiteral("manager3")};
    auto regionItems = Dictionary::items(db, DictType::Region);
    if (!regionItems)
        return regionItems.error();
    QStringList regions;
    for (const auto& item : *regionItems)
        regions << item.value;

    for (int from = 0; from < size.customers; from += kCustomersPerFile) {
        const int to = qMin(size.customers, from + kCustomersPerFile);
        double seconds = 0;
        if (auto s = importCustomers(db, clock, managers, regions, from, to, &seconds); !s)
            return s.error();
        figures.customerSeconds += seconds;
        figures.lastChunkRows = to - from;
        figures.lastChunkRowsPerSecond = (to - from) / seconds;
        std::fprintf(stderr, "  customers %d (%.0f rows/s)\n", to, (to - from) / seconds);
    }
    figures.customers = size.customers;

    QRandomGenerator random(20261123);
    const qint64 orders = qMax<qint64>(1, size.orderLines / 4);
    const qint64 ordersPerFeed = kLinesPerFeed / 4;
    QElapsedTimer timer;
    timer.start();
    for (qint64 first = 1; first <= orders; first += ordersPerFeed) {
        if (auto s = feed(db, clock, size.customers, first, qMin(orders + 1, first + ordersPerFeed), random,
                          &figures.orderLines);
            !s)
            return s.error();
        std::fprintf(stderr, "  order lines %lld\n", static_cast<long long>(figures.orderLines));
    }
    figures.orders = orders;
    figures.feedSeconds = timer.nsecsElapsed() / 1e9;

    figures.tickets = size.tickets > 0 ? size.tickets : qMax(1, size.customers / 10);
    timer.restart();
    if (auto s = insertTickets(db, clock, size.customers, figures.tickets); !s)
        return s.error();
    figures.ticketSeconds = timer.nsecsElapsed() / 1e9;
    return figures;
}

} // namespace ketong::bench
