#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace ketong {

/// Runs database work off the GUI thread and hands the result back to it. The work runs in the
/// global thread pool (each pool thread gets its own database connection from Database::connection());
/// `done` runs on the GUI thread, and only if `context` still exists.
///
///     runAsync<Result<QList<Item>>>(this, [ws] { return TaskSummary::load(*ws.db, ws.session); },
///                                   [this](const auto& items) { show(items); });
template <typename T> void runAsync(QObject* context, std::function<T()> work, std::function<void(const T&)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<T>(work());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, result, done = std::move(done)] {
                if (guard)
                    done(*result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace ketong
