// AuditQuery: logged values in words — status names of every entity with a status, account, role and
// customer names, yes/no, money in yuan, times in local time — and an entry's changes and summary. Core
// does this so that the audit page, the 变更记录 dialogs and the exports read the same.
#include "AuditFormat.h"
#include "AuditQuery.h"

#include "auth/UserService.h"
#include "churn/ChurnService.h"
#include "customers/ContactService.h"
#include "customers/CustomerService.h"
#include "customers/OrderHistory.h"
#include "sales/ChanceService.h"
#include "service/ServiceDesk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace ketong {

namespace {
using AuditFormat::Kind;

qint64 integer(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().toLongLong();
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return static_cast<qint64>(value.toDouble());
}

QString number(const QJsonValue& value)
{
    const double d = value.toDouble();
    return d == static_cast<double>(static_cast<qint64>(d)) ? QString::number(static_cast<qint64>(d))
                                                            : QString::number(d);
}

/// Grouped digits as people write amounts in both languages: 12,800.50.
QString yuan(double amount, int decimals)
{
    return AuditQuery::tr("%1 yuan").arg(QLocale(QLocale::English).toString(amount, 'f', decimals));
}

QString statusText(const QString& entity, int code)
{
    QString text;
    if (entity == QLatin1String("users"))
        text = code == 0 || code == 1 ? UserService::statusLabel(code == 1) : QString();
    else if (entity == QLatin1String("customers"))
        text = CustomerService::statusLabel(static_cast<CustomerStatus>(code));
    else if (entity == QLatin1String("sales_chances"))
        text = ChanceService::statusLabel(static_cast<ChanceStatus>(code));
    else if (entity == QLatin1String("lost_records"))
        text = ChurnService::statusLabel(static_cast<LostStatus>(code));
    else if (entity == QLatin1String("service_tickets"))
        text = ServiceDesk::statusLabel(static_cast<TicketStatus>(code));
    else if (entity == QLatin1String("orders"))
        // 1–4 belong to the sales system (SPEC §4.5); the CRM names only 5 and 6.
        text = code >= 1 && code <= 4 ? AuditQuery::tr("Not shipped (sales system status %1)").arg(code)
                                      : OrderHistory::statusLabel(code);
    return text.isEmpty() ? QString::number(code) : text;
}

QString timeText(const QString& text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : text;
}

QString runResult(const QString& result)
{
    if (result == QLatin1String("ok"))
        return AuditQuery::tr("Completed");
    if (result == QLatin1String("failed"))
        return AuditQuery::tr("Failed");
    if (result == QLatin1String("running"))
        return AuditQuery::tr("Running");
    if (result == QLatin1String("already-running"))
        return AuditQuery::tr("Skipped: another run was under way");
    return result;
}

QString objectText(const QString& entity, const QJsonObject& object, const AuditNames& names)
{
    QStringList parts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        parts << QStringLiteral("%1: %2").arg(AuditQuery::fieldLabel(it.key(), entity),
                                              AuditQuery::valueText(entity, it.key(), it.value(), names));
    return parts.join(QStringLiteral(", "));
}

/// The feed's counts: {"products": {"created": 3, "updated": 1, "unchanged": 0}, …}.
QString countsText(const QJsonObject& counts)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        const QString what = AuditQuery::entityLabel(it.key());
        parts << (it.value().isObject() ? QStringLiteral("%1 (%2)").arg(what, objectText({}, it.value().toObject(), {}))
                                        : QStringLiteral("%1: %2").arg(what, number(it.value())));
    }
    return parts.join(QStringLiteral("; "));
}

QString arrayText(const QString& entity, const QString& field, const QJsonArray& array, const AuditNames& names)
{
    QStringList items;
    for (const QJsonValue item : array) {
        // Right codes read better with their names: "010 Customer information".
        if (field == QLatin1String("rights"))
            items << QStringLiteral("%1 %2").arg(item.toString(), RightCatalog::label(item.toString()));
        else
            items << AuditQuery::valueText(entity, field, item, names);
    }
    return items.isEmpty() ? AuditQuery::tr("(none)") : items.join(QStringLiteral(", "));
}

QString idText(const QHash<qint64, QString>& names, qint64 id, const char* missing)
{
    const auto found = names.constFind(id);
    return found != names.constEnd() ? found.value() : AuditQuery::tr(missing).arg(id);
}

/// Kinds whose value is a number or a flag.
QString numericText(Kind kind, const QString& entity, const QJsonValue& value, const AuditNames& names)
{
    const qint64 n = integer(value);
    switch (kind) {
    case Kind::Account:
        return idText(names.users, n, QT_TRANSLATE_NOOP("ketong::AuditQuery", "account #%1"));
    case Kind::Role: {
        const auto found = names.roles.constFind(n);
        return found != names.roles.constEnd() ? RightCatalog::roleLabel(found.value())
                                               : AuditQuery::tr("role #%1").arg(n);
    }
    case Kind::Customer:
        return idText(names.customers, n, QT_TRANSLATE_NOOP("ketong::AuditQuery", "customer #%1"));
    case Kind::Level:
        return names.levels.value(n, QString::number(n));
    case Kind::Status:
        return statusText(entity, int(n));
    case Kind::Flag:
        return n != 0 ? AuditQuery::tr("Yes") : AuditQuery::tr("No");
    case Kind::Stars:
        return n >= 1 && n <= 5 ? QString(n, QChar(0x2605)) + QString(5 - n, QChar(0x2606)) : QString::number(n);
    case Kind::Percent:
        return QStringLiteral("%1%").arg(n);
    case Kind::Fen:
        return yuan(double(n) / 100.0, 2);
    case Kind::TenThousand:
        return yuan(double(n) * 10000.0, 0);
    case Kind::Duration:
        return AuditQuery::tr("%1 s").arg(double(n) / 1000.0, 0, 'f', 1);
    default:
        return number(value);
    }
}
} // namespace

QString AuditQuery::valueText(const QString& entity, const QString& field, const QJsonValue& value,
                              const AuditNames& names)
{
    if (value.isUndefined() || value.isNull())
        return {};
    const Kind kind = AuditFormat::kindOf(entity, field);
    if (value.isArray())
        return arrayText(entity, field, value.toArray(), names);
    if (value.isObject())
        return kind == Kind::Counts ? countsText(value.toObject()) : objectText(entity, value.toObject(), names);
    const QString text = value.toString();
    switch (kind) {
    case Kind::Text:
        break;
    case Kind::RoleName:
        return RightCatalog::roleLabel(text);
    case Kind::RoleKind:
        if (const auto roleKind = roleKindFromKey(text))
            return RightCatalog::kindLabel(*roleKind);
        return text;
    case Kind::Time:
        return timeText(text);
    case Kind::Sex:
        return ContactService::sexLabel(text);
    case Kind::RunResult:
        return runResult(text);
    case Kind::Counts:
        return countsText(QJsonDocument::fromJson(text.toUtf8()).object());
    default:
        // A number or a flag (also when the database logged it as text, as PostgreSQL's row triggers may).
        if (value.isDouble() || value.isBool() || !text.isEmpty())
            return numericText(kind, entity, value, names);
    }
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.isDouble())
        return number(value);
    // A setting whose value is a JSON object (the backup schedule) reads as its fields.
    if (entity == QLatin1String("settings") && text.startsWith(QLatin1Char('{'))) {
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        if (document.isObject())
            return objectText(entity, document.object(), names);
    }
    return text;
}

QList<AuditChange> AuditQuery::changes(const AuditEntry& entry)
{
    QStringList fields = entry.before.keys();
    for (const QString& key : entry.after.keys()) {
        if (!fields.contains(key))
            fields << key;
    }
    // An account's entry logs its role twice, by id and by name: one row is enough.
    if (fields.contains(QLatin1String("role")))
        fields.removeAll(QStringLiteral("role_id"));
    QList<AuditChange> list;
    for (const QString& field : std::as_const(fields)) {
        if (entry.valuesHidden)
            list.append({field, fieldLabel(field, entry.entity), hiddenText(), hiddenText()});
        else
            list.append({field, fieldLabel(field, entry.entity),
                         valueText(entry.entity, field, entry.before.value(field), entry.names),
                         valueText(entry.entity, field, entry.after.value(field), entry.names)});
    }
    return list;
}

QString AuditQuery::hiddenText()
{
    return tr("(value hidden)");
}

QString AuditQuery::summary(const AuditEntry& entry)
{
    const QList<AuditChange> list = changes(entry);
    if (entry.valuesHidden) {
        // SPEC §9 item 13: the administrator reads which fields of a business record changed, not their values.
        QStringList labels;
        for (const AuditChange& c : list)
            labels << c.label;
        return labels.isEmpty() ? QString() : tr("Fields (values hidden): %1").arg(labels.join(QStringLiteral(", ")));
    }
    // No value at all (not recorded): which fields changed, without values.
    const bool noValues = std::all_of(list.begin(), list.end(),
                                      [](const AuditChange& c) { return c.before.isEmpty() && c.after.isEmpty(); });
    const QString none = QStringLiteral("—");
    QStringList parts;
    for (const AuditChange& c : list) {
        const bool had = entry.before.contains(c.field);
        const bool has = entry.after.contains(c.field);
        if (noValues || (had && has && c.before.isEmpty() && c.after.isEmpty()))
            parts << c.label;
        else if (had && has)
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(c.label, c.before.isEmpty() ? none : c.before, c.after.isEmpty() ? none : c.after);
        else if (has && !c.after.isEmpty()) // a record created with the field empty: nothing to say
            parts << QStringLiteral("%1: %2").arg(c.label, c.after);
        else if (had && !c.before.isEmpty())
            parts << QStringLiteral("%1: %2 → %3").arg(c.label, c.before, none);
    }
    return parts.join(QStringLiteral("; "));
}

QString AuditEntry::actorText() const
{
    if (actor == QLatin1String("system") && (actorName.isEmpty() || actorName == actor))
        return AuditQuery::tr("System");
    return actorName.isEmpty() || actorName == actor ? actor : QStringLiteral("%1 (%2)").arg(actorName, actor);
}

} // namespace ketong
