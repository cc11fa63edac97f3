#include "BaseDataAdminPage.h"

#include "DictionaryPage.h"
#include "FeedSettingsPage.h"

#include <QEvent>

namespace ketong {

BaseDataAdminPage::BaseDataAdminPage(const Workspace& workspace, QWidget* parent)
    : QTabWidget(parent)
    , m_dictionary(new DictionaryPage(workspace, this))
    , m_feed(new FeedSettingsPage(workspace, this))
{
    setObjectName(QStringLiteral("baseDataAdminPage"));
    addTab(m_dictionary, QString());
    addTab(m_feed, QString());
    retranslateUi();
}

BaseDataAdminPage::~BaseDataAdminPage() = default;

void BaseDataAdminPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void BaseDataAdminPage::retranslateUi()
{
    setTabText(indexOf(m_dictionary), tr("Data dictionary"));
    setTabText(indexOf(m_feed), tr("Sales-system feed"));
}

} // namespace ketong
