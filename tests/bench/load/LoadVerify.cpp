#include "LoadVerify.h"

#include "db/IntegrityCheck.h"
#include "db/SqlQuery.h"

namespace ketong::load {

namespace {
void note(LoadVerdict& v, const QString& finding)
{
    if (v.details.size() < 15)
        v.details << finding;
}

/// New audit rows per record of `entity` since the run began.
QHash<qint64, int> auditRows(const QSqlDatabase& c, const QString& entity, qint64 after)
{
    SqlQuery q(c);
    q.prepare(
        QStringLiteral("SELECT record_id, count(*) FROM audit_log WHERE id > :a AND entity = :e GROUP BY record_id"));
    q.bind(QStringLiteral(":a"), after);
    q.bind(QStringLiteral(":e"), entity);
    QHash<qint64, int> result;
    if (q.exec())
        while (q.next())
            result.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return result;
}

void verifyCustomers(const QSqlDatabase& c, const LoadSetup& setup, const LoadLedger& ledger, LoadVerdict& v)
{
    const auto audit = auditRows(c, QStringLiteral("customers"), setup.before().maxAudit);
    SqlQuery q(c);
    if (!q.exec(QStringLiteral("SELECT id, version, fax FROM customers")))
        return note(v, QStringLiteral("cannot read customers"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const int version = q.value(1).toInt();
        const QList<LoadLedger::Edit> edits = ledger.customerEdits.value(id);
        const int expected = setup.before().customerVersions.value(id) + int(edits.size());
        QSet<int> versions;
        const LoadLedger::Edit* last = nullptr;
        for (const LoadLedger::Edit& e : edits) {
            versions.insert(e.version);
            if (!last || e.version > last->version)
                last = &e;
        }
        if (version != expected || versions.size() != edits.size() || (last && last->fax != q.value(2).toString())) {
            ++v.lostUpdates;
            note(v, QStringLiteral("customer %1: version %2, expected %3 after %4 edits; stored fax %5, last edit %6")
                        .arg(id)
                        .arg(version)
                        .arg(expected)
                        .arg(edits.size())
                        .arg(q.value(2).toString(), last ? last->fax : QString()));
        }
        if (audit.value(id) != edits.size()) {
            ++v.auditMismatches;
            note(v, QStringLiteral("customer %1: %2 audit rows for %3 edits")
                        .arg(id)
                        .arg(audit.value(id))
                        .arg(edits.size()));
        }
        v.successfulEdits += int(edits.size());
        v.editedCustomers += edits.isEmpty() ? 0 : 1;
    }
}

void verifyTickets(const QSqlDatabase& c, const LoadSetup& setup, const LoadLedger& ledger, LoadVerdict& v)
{
    const QSet<qint64> created(ledger.ticketsCreated.cbegin(), ledger.ticketsCreated.cend());
    const auto audit = auditRows(c, QStringLiteral("service_tickets"), setup.before().maxAudit);
    SqlQuery q(c);
    if (!q.exec(QStringLiteral("SELECT id, version FROM service_tickets")))
        return note(v, QStringLiteral("cannot read service_tickets"));
    int fresh = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const bool isNew = id > setup.before().maxTicket;
        fresh += isNew ? 1 : 0;
        if (isNew && !created.contains(id)) {
            ++v.duplicates;
            note(v, QStringLiteral("ticket %1 exists but no successful create made it").arg(id));
        }
        const int steps = ledger.ticketSteps.value(id);
        const int expected = (isNew ? 1 : setup.before().ticketVersions.value(id)) + steps;
        if (q.value(1).toInt() != expected) {
            ++v.lostUpdates;
            note(v, QStringLiteral("ticket %1: version %2, expected %3").arg(id).arg(q.value(1).toInt()).arg(expected));
        }
        if (audit.value(id) != steps + (isNew ? 1 : 0)) {
            ++v.auditMismatches;
            note(v, QStringLiteral("ticket %1: %2 audit rows, expected %3")
                        .arg(id)
                        .arg(audit.value(id))
                        .arg(steps + (isNew ? 1 : 0)));
        }
    }
    if (fresh != created.size() || created.size() != ledger.ticketsCreated.size()) {
        ++v.duplicates;
        note(v, QStringLiteral("%1 new tickets stored for %2 successful creates").arg(fresh).arg(created.size()));
    }
}

void verifyActivities(const QSqlDatabase& c, const LoadSetup& setup, const LoadLedger& ledger, LoadVerdict& v)
{
    const auto audit = auditRows(c, QStringLiteral("activities"), setup.before().maxAudit);
    int auditTotal = 0;
    for (const int n : audit)
        auditTotal += n;
    const qint64 stored = SqlQuery::scalar(c, QStringLiteral("SELECT count(*) FROM activities WHERE id > :m"),
                                           {{QStringLiteral("m"), setup.before().maxActivity}})
                              .valueOr(QVariant())
                              .toLongLong();
    if (stored != ledger.activitiesCreated.size() || auditTotal != ledger.activitiesCreated.size()) {
        ++v.duplicates;
        note(v, QStringLiteral("%1 new activities and %2 audit rows for %3 successful adds")
                    .arg(stored)
                    .arg(auditTotal)
                    .arg(ledger.activitiesCreated.size()));
    }
    for (const QString& table : {QStringLiteral("activities"), QStringLiteral("service_tickets")}) {
        const qint64 dup = SqlQuery::scalar(c,
                                            QStringLiteral("SELECT count(*) FROM (SELECT title FROM %1 WHERE title "
                                                           "LIKE :p GROUP BY title HAVING count(*) > 1) d")
                                                .arg(table),
                                            {{QStringLiteral("p"), QStringLiteral("负载测试%")}})
                               .valueOr(QVariant())
                               .toLongLong();
        v.duplicates += int(dup);
        if (dup > 0)
            note(v, QStringLiteral("%1 duplicated titles in %2").arg(dup).arg(table));
    }
}
} // namespace

LoadVerdict verifyLoad(const LoadSetup& setup, const LoadLedger& ledger)
{
    LoadVerdict v;
    const QSqlDatabase c = setup.db().connection();
    verifyCustomers(c, setup, ledger, v);
    verifyTickets(c, setup, ledger, v);
    verifyActivities(c, setup, ledger, v);
    auto check = IntegrityCheck::run(setup.db());
    if (!check) {
        ++v.orphans;
        note(v, check.error().fullText());
    } else {
        v.orphans += int(check->problems.size());
        for (const QString& p : check->problems)
            note(v, p);
    }
    return v;
}

} // namespace ketong::load
