#pragma once

#include "ketong_core_export.h"

#include <QDate>
#include <QDateTime>

#include <atomic>

namespace ketong {

/// The source of "now" for every rule that depends on time (lock-outs, quick views, the churn scan).
/// Services take a Clock so tests and `--as-of` runs can control time.
class KETONG_CORE_EXPORT Clock
{
public:
    virtual ~Clock();
    /// The current instant, in UTC.
    virtual QDateTime now() const = 0;
    /// Today's date in the PC's local time zone.
    QDate today() const { return now().toLocalTime().date(); }
};

/// The real time of the machine.
class KETONG_CORE_EXPORT SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

/// A clock that stands still until told otherwise (tests, back-dated runs).
class KETONG_CORE_EXPORT ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime& start);
    QDateTime now() const override;
    void set(const QDateTime& instant);
    void advanceSeconds(qint64 seconds);

private:
    std::atomic<qint64> m_msecs;
};

} // namespace ketong
