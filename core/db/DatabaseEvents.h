#pragma once

#include "ketong_core_export.h"

#include <QObject>

namespace ketong {

/// What a Database reports to the program as it happens: the server connection lost and regained, and
/// (PostgreSQL) another user's change to a table, delivered by LISTEN/NOTIFY. Lives in the thread that
/// opened the database (the GUI thread); signals from other threads arrive queued.
class KETONG_CORE_EXPORT DatabaseEvents : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseEvents)
public:
    using QObject::QObject;

Q_SIGNALS:
    /// A statement failed because the server went away (restart, network). Repeated while it is away.
    void connectionLost();
    /// reconnectAll() succeeded: every thread's connection reopens on its next use.
    void reconnected();
    /// A row of `entity` (a table name) changed; `id` is its id, 0 for a bulk change.
    void changed(const QString& entity, qint64 id);
};

} // namespace ketong
