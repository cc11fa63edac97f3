#pragma once

#include <QStringList>

#include <functional>

class QWidget;

namespace ketong {

class Database;
class PagedListModel;

/// Live refresh of a list or of counts: when another client changes one of `tables` (PostgreSQL: a NOTIFY from
/// the database; SQLite: a commit by another connection, seen by Database::pollChanges), `refresh` runs once,
/// 300 ms after the last change of a burst, unless `model` (may be null) is loading. The connection lives as
/// long as `owner`.
void followChanges(QWidget* owner, const Database& db, std::function<QStringList()> tables, PagedListModel* model,
                   std::function<void()> refresh);

} // namespace ketong
