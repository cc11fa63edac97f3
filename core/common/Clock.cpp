#include "Clock.h"

namespace ketong {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime& start)
    : m_msecs(start.toMSecsSinceEpoch())
{}

QDateTime ManualClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_msecs.load(), Qt::UTC);
}

void ManualClock::set(const QDateTime& instant)
{
    m_msecs.store(instant.toMSecsSinceEpoch());
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    m_msecs.fetch_add(seconds * 1000);
}

} // namespace ketong
