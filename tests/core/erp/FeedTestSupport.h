#pragma once

// Shared by the feed tests: the customers the fixtures refer to, and a dump of the mirrored tables.
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QSqlRecord>
#include <QString>
#include <QTest>

namespace ketong::test {

/// The fixture feeds (tests/data/feed/<name>).
inline QString feedDir(const QString& name)
{
    return QStringLiteral(KETONG_TEST_DATA_DIR "/feed/") + name;
}

/// The customers of the fixtures: KT-C001 甲, KT-C002 丙, and 乙 (referred to by name only).
inline bool addFeedCustomers(const Database& db)
{
    return SqlQuery::run(
               db.connection(),
               QStringLiteral("INSERT INTO customers (code, name, region, manager_id) SELECT v.code, v.name, "
                              "v.region, u.id FROM users u, (SELECT 'KT-C001' AS code, '客通测试甲有限公司' AS "
                              "name, '北京' AS region UNION ALL SELECT 'KT-C002', '客通测试丙有限公司', '华北' "
                              "UNION ALL SELECT 'KT-C003', '客通测试乙有限公司', '华北') v WHERE u.login = "
                              "'manager1'"))
        .ok();
}

inline qint64 countOf(const Database& db, const QString& table)
{
    auto n = SqlQuery::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return n ? n->toLongLong() : -1;
}

inline QString scalarText(const Database& db, const QString& sql)
{
    auto v = SqlQuery::scalar(db.connection(), sql);
    return v ? v->toString() : QStringLiteral("<error: %1>").arg(v.error().fullText());
}

/// Every row of products, stock, orders and order_lines by natural keys (no ids, no timestamps).
inline QString dumpMirror(const Database& db)
{
    const QStringList queries{
        QStringLiteral("SELECT product_no, name, model, batch, unit, price, memo FROM products ORDER BY product_no"),
        QStringLiteral("SELECT p.product_no, s.warehouse, s.location, s.quantity, s.memo FROM stock s JOIN products p "
                       "ON p.id = s.product_id ORDER BY 1, 2, 3"),
        QStringLiteral("SELECT o.order_no, c.code, o.customer_name, o.order_date, o.address, o.status, o.total FROM "
                       "orders o JOIN customers c ON c.id = o.customer_id ORDER BY 1"),
        QStringLiteral("SELECT o.order_no, p.product_no, l.quantity, l.unit, l.price FROM order_lines l JOIN orders o "
                       "ON o.id = l.order_id JOIN products p ON p.id = l.product_id ORDER BY 1, l.id"),
    };
    QString text;
    for (const QString& sql : queries) {
        SqlQuery q(db.connection());
        if (auto s = q.exec(sql); !s)
            return s.error().fullText();
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.raw().record().count(); ++i) {
                const QVariant v = q.value(i);
                row << (v.metaType().id() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString());
            }
            text += row.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
        text += QStringLiteral("--\n");
    }
    return text;
}

} // namespace ketong::test
