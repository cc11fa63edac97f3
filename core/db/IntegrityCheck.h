#pragma once

#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace ketong {

class Database;

/// `ketongctl check`: the schema version, the storage's own integrity check, foreign keys, orphan and
/// inconsistent rows, and row counts per table.
class KETONG_CORE_EXPORT IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(ketong::IntegrityCheck)
public:
    struct Report
    {
        int schemaVersion = 0;
        QStringList problems;                 ///< empty when everything is consistent
        QList<QPair<QString, qint64>> counts; ///< rows per table
        bool ok() const { return problems.isEmpty(); }
    };

    /// The tables of the schema, in creation order.
    static QStringList tables();
    static Result<Report> run(const Database& db);
};

} // namespace ketong
