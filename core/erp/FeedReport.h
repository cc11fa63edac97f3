#pragma once

#include "FeedFormat.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <array>

namespace ketong {

/// What one file of a feed did (or, in a dry run, would do) to the store.
struct FeedCounts
{
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
};

/// The outcome of one feed run, as recorded in feed_runs and printed by `ketongctl sync`.
struct KETONG_CORE_EXPORT FeedReport
{
    Q_DECLARE_TR_FUNCTIONS(ketong::FeedReport)
public:
    qint64 runId = 0;
    QString source;
    bool dryRun = false;
    bool ok = false;
    QDateTime startedAt;
    qint64 durationMs = 0;
    /// Per FeedFormat::File; `present` tells which files the feed had.
    std::array<FeedCounts, FeedFormat::FileCount> counts{};
    std::array<bool, FeedFormat::FileCount> present{};
    /// The first errors (`where: message`), at most MaxErrors; errorCount counts them all.
    QStringList errors;
    qint64 errorCount = 0;

    static constexpr int MaxErrors = 1000;

    void addError(const QString& text);
    bool hasErrors() const { return errorCount > 0; }
    FeedCounts total() const;
    /// `created N, updated M, unchanged K` (the summary line of CLI.md).
    static QString countsText(const FeedCounts& counts);
    /// The counts as stored in feed_runs.counts (JSON object per file name).
    QString countsJson() const;
};

} // namespace ketong
