#pragma once

#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace ketong {

class Database;

/// The administrator's settings of the sales-system feed, kept in the settings table: where the feed
/// comes from, the token file for HTTP, and how often the app runs it while it is open (0 = off).
struct KETONG_CORE_EXPORT FeedSettings
{
    Q_DECLARE_TR_FUNCTIONS(ketong::FeedSettings)
public:
    static inline const QString SourceKey = QStringLiteral("feed.source");
    static inline const QString TokenFileKey = QStringLiteral("feed.token_file");
    static inline const QString IntervalKey = QStringLiteral("feed.interval_minutes");
    static constexpr int MaxIntervalMinutes = 7 * 24 * 60;

    QString source;
    QString tokenFile;
    int intervalMinutes = 0; ///< 0: no schedule

    static Result<FeedSettings> load(const Database& db);
    /// Saves all three (administrator only; audited). Refuses an interval outside 0…one week.
    Status save(const Database& db, const Clock& clock, const Session& session) const;
};

} // namespace ketong
