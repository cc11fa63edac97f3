#include "LoadStats.h"

#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace ketong::load {

void LoadStats::record(const QString& op, double ms, Outcome outcome, const QString& error)
{
    Op& o = m_ops[op];
    o.ms << ms;
    switch (outcome) {
    case Outcome::Ok:
        ++o.ok;
        break;
    case Outcome::Conflict:
        ++o.conflicts;
        break;
    case Outcome::Error:
        ++o.errors;
        if (m_errors.size() < 20 && !m_errors.contains(op + QStringLiteral(": ") + error))
            m_errors << op + QStringLiteral(": ") + error;
        break;
    }
}

void LoadStats::merge(const LoadStats& other)
{
    for (auto it = other.m_ops.cbegin(); it != other.m_ops.cend(); ++it) {
        Op& o = m_ops[it.key()];
        o.ms << it->ms;
        o.ok += it->ok;
        o.conflicts += it->conflicts;
        o.errors += it->errors;
    }
    for (const QString& e : other.m_errors) {
        if (m_errors.size() < 20 && !m_errors.contains(e))
            m_errors << e;
    }
}

int LoadStats::totalErrors() const
{
    int n = 0;
    for (const Op& o : m_ops)
        n += o.errors;
    return n;
}

double LoadStats::percentile(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

QString LoadStats::table(double seconds) const
{
    QString text;
    QTextStream s(&text);
    s << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
             .arg(QStringLiteral("operation"), -15)
             .arg(QStringLiteral("count"), 8)
             .arg(QStringLiteral("ops/s"), 8)
             .arg(QStringLiteral("p50 ms"), 8)
             .arg(QStringLiteral("p95 ms"), 8)
             .arg(QStringLiteral("p99 ms"), 8)
             .arg(QStringLiteral("max ms"), 8)
             .arg(QStringLiteral("errors"), 7)
             .arg(QStringLiteral("conflicts"), 9);
    QStringList names = m_ops.keys();
    names.sort();
    Op total;
    for (const QString& name : std::as_const(names)) {
        Op o = m_ops.value(name);
        std::sort(o.ms.begin(), o.ms.end());
        total.ms << o.ms;
        total.errors += o.errors;
        total.conflicts += o.conflicts;
        s << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                 .arg(name, -15)
                 .arg(o.ms.size(), 8)
                 .arg(double(o.ms.size()) / seconds, 8, 'f', 1)
                 .arg(percentile(o.ms, 50), 8, 'f', 1)
                 .arg(percentile(o.ms, 95), 8, 'f', 1)
                 .arg(percentile(o.ms, 99), 8, 'f', 1)
                 .arg(o.ms.isEmpty() ? 0.0 : o.ms.constLast(), 8, 'f', 1)
                 .arg(o.errors, 7)
                 .arg(o.conflicts, 9);
    }
    std::sort(total.ms.begin(), total.ms.end());
    s << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
             .arg(QStringLiteral("total"), -15)
             .arg(total.ms.size(), 8)
             .arg(double(total.ms.size()) / seconds, 8, 'f', 1)
             .arg(percentile(total.ms, 50), 8, 'f', 1)
             .arg(percentile(total.ms, 95), 8, 'f', 1)
             .arg(percentile(total.ms, 99), 8, 'f', 1)
             .arg(total.ms.isEmpty() ? 0.0 : total.ms.constLast(), 8, 'f', 1)
             .arg(total.errors, 7)
             .arg(total.conflicts, 9);
    return text;
}

} // namespace ketong::load
