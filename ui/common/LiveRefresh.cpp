#include "LiveRefresh.h"

#include "db/Database.h"
#include "db/DatabaseEvents.h"
#include "models/PagedListModel.h"

#include <QTimer>
#include <QWidget>

namespace ketong {

void followChanges(QWidget* owner, const Database& db, std::function<QStringList()> tables, PagedListModel* model,
                   std::function<void()> refresh)
{
    auto* timer = new QTimer(owner);
    timer->setObjectName(QStringLiteral("liveRefreshTimer"));
    timer->setSingleShot(true);
    timer->setInterval(300);
    QObject::connect(timer, &QTimer::timeout, owner, std::move(refresh));
    QObject::connect(db.events(), &DatabaseEvents::changed, owner,
                     [timer, model, tables = std::move(tables)](const QString& entity) {
                         if (tables().contains(entity) && !(model && model->isLoading()))
                             timer->start();
                     });
}

} // namespace ketong
