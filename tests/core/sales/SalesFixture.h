// Shared set-up of the sales tests: the demo company's accounts, a fixed clock, and chances brought to
// each status through the service itself.
#pragma once

#include "TestDatabase.h"
#include "db/SqlQuery.h"
#include "models/ListQuery.h"
#include "sales/ChanceService.h"

#include <QTest>

namespace ketong::test {

class SalesFixture
{
public:
    TestDatabase db;
    ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(1, 30), Qt::UTC)};
    Session director;
    Session manager1;
    Session manager2;
    Session executive;

    bool init()
    {
        if (!db.createInitialized(true))
            return false;
        director = db.sessionFor(QStringLiteral("director"));
        manager1 = db.sessionFor(QStringLiteral("manager1"));
        manager2 = db.sessionFor(QStringLiteral("manager2"));
        executive = db.sessionFor(QStringLiteral("executive"));
        return director.isValid() && manager1.isValid() && manager2.isValid() && executive.isValid();
    }

    ChanceService as(const Session& session) const { return ChanceService(*db, clock, session); }

    Session byLogin(const QString& login) const
    {
        if (login == QLatin1String("director"))
            return director;
        if (login == QLatin1String("manager1"))
            return manager1;
        if (login == QLatin1String("manager2"))
            return manager2;
        return executive;
    }

    /// What the 开发成功 step asks (a region of the demo dictionary, the contact's position and office phone).
    static DevelopmentSuccess success()
    {
        return {QStringLiteral("华北"), QStringLiteral("采购经理"), QStringLiteral("010-62345678")};
    }

    static ChanceInput input(const QString& title, const QString& customer = QStringLiteral("新星电子有限公司"))
    {
        ChanceInput in;
        in.source = QStringLiteral("展会");
        in.customerName = customer;
        in.title = title;
        in.rate = 60;
        in.contact = QStringLiteral("周强");
        in.contactTel = QStringLiteral("13912345678");
        in.description = QStringLiteral("客户计划采购一批办公电脑,预算充足。");
        return in;
    }

    /// The chance as it is now (read with the director's full view).
    SalesChance load(qint64 id) const
    {
        auto chance = as(director).load(id);
        if (!chance)
            qWarning("load %lld: %s", id, qPrintable(chance.error().fullText()));
        return chance ? *chance : SalesChance{};
    }

    /// A chance created by manager1 and brought to `status`: assigned to manager1 (≥ 2) with one plan
    /// item, then closed by the director (3, 4). Returns 0 on failure.
    qint64 chanceAt(int status, const QString& title, const QString& customer = QStringLiteral("新星电子有限公司"))
    {
        auto id = as(manager1).create(input(title, customer));
        if (!id)
            return fail(id.error());
        if (status == 1)
            return *id;
        if (auto s = as(director).assign(*id, manager1.userId(), load(*id).version); !s)
            return fail(s.error());
        if (auto item = as(manager1).addPlanItem(*id, QDate(2026, 3, 5), QStringLiteral("电话联系")); !item)
            return fail(item.error());
        if (status == 3) {
            if (auto c = as(director).succeed(*id, load(*id).version, success()); !c)
                return fail(c.error());
        } else if (status == 4) {
            if (auto s = as(director).fail(*id, load(*id).version); !s)
                return fail(s.error());
        }
        return *id;
    }

    /// The ids a list query yields, in no particular order.
    QList<qint64> idsOf(const ListQuery& query) const
    {
        SqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT %1 FROM %2%3")
                      .arg(query.id, query.from,
                           query.where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + query.where));
        q.bindAll(query.values);
        QList<qint64> ids;
        if (auto s = q.exec(); !s) {
            qWarning("%s", qPrintable(s.error().fullText()));
            return ids;
        }
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return ids;
    }

    /// How many rows `sql` counts.
    int count(const QString& sql, const QVariantMap& values = {}) const
    {
        auto n = SqlQuery::scalar(db->connection(), sql, values);
        return n ? n->toInt() : -1;
    }

private:
    static qint64 fail(const Error& error)
    {
        qWarning("set-up failed: %s", qPrintable(error.fullText()));
        return 0;
    }
};

} // namespace ketong::test
