#include "FeedSettings.h"

#include "setup/Settings.h"

namespace ketong {

Result<FeedSettings> FeedSettings::load(const Database& db)
{
    FeedSettings s;
    auto source = Settings::value(db, SourceKey);
    if (!source)
        return source.error();
    auto token = Settings::value(db, TokenFileKey);
    if (!token)
        return token.error();
    auto interval = Settings::value(db, IntervalKey, QStringLiteral("0"));
    if (!interval)
        return interval.error();
    s.source = *source;
    s.tokenFile = *token;
    s.intervalMinutes = qBound(0, interval->toInt(), MaxIntervalMinutes);
    return s;
}

Status FeedSettings::save(const Database& db, const Clock& clock, const Session& session) const
{
    if (intervalMinutes < 0 || intervalMinutes > MaxIntervalMinutes)
        return Error(ErrorCode::Invalid,
                     tr("The schedule must be between 1 minute and one week (%1 minutes)").arg(MaxIntervalMinutes),
                     QStringLiteral("interval"));
    if (intervalMinutes > 0 && source.trimmed().isEmpty())
        return Error(ErrorCode::Required, tr("A scheduled feed needs a source"), QStringLiteral("source"));
    if (auto s = Settings::setValue(db, clock, session, SourceKey, source.trimmed()); !s)
        return s;
    if (auto s = Settings::setValue(db, clock, session, TokenFileKey, tokenFile.trimmed()); !s)
        return s;
    return Settings::setValue(db, clock, session, IntervalKey, QString::number(intervalMinutes));
}

} // namespace ketong
