#pragma once

#include <QStringList>

#include <functional>

class QWidget;

namespace ketong {

class Database;
class PagedListModel;

/// Live refresh of a list (PostgreSQL): when another user changes one of `tables` (a NOTIFY from the
/// database), `refresh` runs once, 300 ms after the last change of a burst, unless `model` is loading.
/// SQLite has one user at a time, so nothing arrives there. The connection lives as long as `owner`.
void followChanges(QWidget* owner, const Database& db, std::function<QStringList()> tables, PagedListModel* model,
                   std::function<void()> refresh);

} // namespace ketong
