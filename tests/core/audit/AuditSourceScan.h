#pragma once

// What the program writes into the audit log, read from its sources (core/**/*.cpp and the PostgreSQL
// migrations), so that AuditWordsTest can demand words for every action, record type, field and setting
// without a list kept by hand next to the code.

#include <QSet>
#include <QString>
#include <QStringList>

namespace ketong::test {

struct AuditSources
{
    QSet<QString> actions;               ///< every action key an audit call or an SQL function writes
    QSet<QPair<QString, QString>> pairs; ///< (action, entity) as written together
    QSet<QString> entities;              ///< every entity (table name, "database", "settings"…)
    QSet<QString> keys;                  ///< every key of the JSON objects the services build (before/after)
    QSet<QString> settingKeys;           ///< every key Settings::setValue is called with
    QSet<QString> triggerTables;         ///< the tables PostgreSQL's generic row trigger audits
    QStringList problems;                ///< audit calls whose action or setting the scan cannot tell
};

/// Scans the source tree at `root` (the project folder).
AuditSources scanAuditSources(const QString& root);

} // namespace ketong::test
