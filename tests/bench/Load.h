#pragma once

#include <QStringList>

/// `ketong-bench load [--backend postgresql|sqlite] [--clients N] [--seconds S] [--database URL]`: N client
/// threads, each with its own connection and account (directors and account managers), run a realistic
/// mix with think time 0 for S seconds; prints ops/s and p50/p95/p99 per operation, errors and detected
/// conflicts, then verifies that no successful change was lost and no orphan or duplicate row exists.
/// Returns the process exit code (0: no error other than detected conflicts, nothing lost).
int runLoad(const QStringList& args);
