#pragma once

#include "DictItem.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace ketong {

class Database;

/// Reading the data dictionary: every pick-list of the program (regions, levels, service types,
/// sources…) and every dictionary-backed validation go through here. Records store the stable `value`;
/// people see the `item`.
class KETONG_CORE_EXPORT Dictionary
{
    Q_DECLARE_TR_FUNCTIONS(ketong::Dictionary)
public:
    /// The items of one type in display order.
    static Result<QList<DictItem>> items(const Database& db, const QString& type);
    /// The item whose value or item text equals `text` (values first), if any.
    static Result<std::optional<DictItem>> resolve(const Database& db, const QString& type, const QString& text);
    /// The display text of a stored value (the value itself when unknown).
    static Result<QString> label(const Database& db, const QString& type, const QString& value);
    /// Every type in use, sorted.
    static Result<QStringList> types(const Database& db);
};

} // namespace ketong
