#pragma once

#include <QString>
#include <QStringList>

namespace ketong::demo {

/// A small deterministic random source (xorshift64*), so the demo company is the same on every run.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed ? seed : 0x9E3779B97F4A7C15ULL)
    {}
    quint64 next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1DULL;
    }
    /// Uniform in [0, bound).
    int below(int bound) { return bound <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename List> const auto& pick(const List& list)
    {
        return list.at(below(static_cast<int>(list.size())));
    }

private:
    quint64 m_state;
};

/// Chinese names for the demo company and the benchmark: people, companies, streets.
QString personName(Random& random);
QString companyName(Random& random, const QString& region);
QString address(Random& random, const QString& region);
QString phone(Random& random, const QString& region);
QString mobile(Random& random);
QString position(Random& random);

} // namespace ketong::demo
