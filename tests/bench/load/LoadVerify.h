#pragma once

#include "LoadSetup.h"

#include <QStringList>

namespace ketong::load {

/// After the run: every successful write of the ledger is stored (no lost update), nothing else changed
/// what the clients wrote, and no orphan or duplicate row exists.
struct LoadVerdict
{
    int editedCustomers = 0;
    int successfulEdits = 0;
    int lostUpdates = 0; ///< edits whose version or value is not what is stored, or unaccounted versions
    int auditMismatches = 0;
    int orphans = 0;     ///< problems of IntegrityCheck (foreign keys, orphan rows)
    int duplicates = 0;  ///< rows written twice, or rows no successful operation accounts for
    QStringList details; ///< the first few findings

    bool ok() const { return lostUpdates == 0 && auditMismatches == 0 && orphans == 0 && duplicates == 0; }
};

LoadVerdict verifyLoad(const LoadSetup& setup, const LoadLedger& ledger);

} // namespace ketong::load
