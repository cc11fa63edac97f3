#include "HomePage.h"

#include "auth/Rights.h"
#include "common/TaskRunner.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

HomePage::HomePage(const Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_greetingLabel(new QLabel(this))
    , m_introLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_itemsWidget(new QWidget(this))
    , m_itemsLayout(new QVBoxLayout(m_itemsWidget))
    , m_refreshButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("homePage"));
    m_greetingLabel->setObjectName(QStringLiteral("greetingLabel"));
    m_introLabel->setObjectName(QStringLiteral("introLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_refreshButton->setObjectName(QStringLiteral("refreshPushButton"));
    QFont big = m_greetingLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_greetingLabel->setFont(big);
    m_introLabel->setWordWrap(true);
    m_emptyLabel->setStyleSheet(QStringLiteral("color: #666;"));
    m_itemsLayout->setContentsMargins(0, 0, 0, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_greetingLabel);
    layout->addWidget(m_introLabel);
    layout->addSpacing(12);
    layout->addWidget(m_itemsWidget);
    layout->addWidget(m_emptyLabel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_refreshButton, &QPushButton::clicked, this, &HomePage::reload);
    retranslateUi();
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(); // the item labels come from core in the current language
    }
    QWidget::changeEvent(event);
}

void HomePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void HomePage::retranslateUi()
{
    m_greetingLabel->setText(tr("Hello, %1").arg(m_workspace.session.name()));
    m_introLabel->setText(tr("You are logged in as %1 (%2). Here is what waits for you:")
                              .arg(m_workspace.session.login(), m_workspace.session.roleLabel()));
    m_emptyLabel->setText(tr("Nothing waits for you right now."));
    m_refreshButton->setText(tr("Refresh"));
}

void HomePage::reload()
{
    // One load at a time; a request while one runs loads once more after it (the counts may have moved on).
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    const Workspace ws = m_workspace;
    runAsync<Result<QList<TaskSummary::Item>>>(
        this, [ws] { return TaskSummary::load(*ws.db, ws.session); },
        [this](const Result<QList<TaskSummary::Item>>& items) {
            m_loading = false;
            showItems(items ? *items : QList<TaskSummary::Item>());
            if (!items)
                m_emptyLabel->setText(items.error().message());
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
                return;
            }
            Q_EMIT loaded();
        });
}

void HomePage::showItems(const QList<TaskSummary::Item>& items)
{
    // The same items as shown: new counts in place, so focus and hover stay where the user left them.
    QStringList keys;
    for (const TaskSummary::Item& item : items)
        keys << item.key;
    if (keys != m_keys) {
        while (QLayoutItem* old = m_itemsLayout->takeAt(0)) {
            delete old->widget();
            delete old;
        }
        for (const TaskSummary::Item& item : items) {
            auto* button = new QCommandLinkButton(m_itemsWidget);
            button->setObjectName(item.key + QStringLiteral("CommandLinkButton"));
            const QString right = item.right;
            connect(button, &QCommandLinkButton::clicked, this, [this, right] { Q_EMIT openPage(right); });
            m_itemsLayout->addWidget(button);
        }
        m_keys = keys;
    }
    for (int i = 0; i < items.size(); ++i) {
        const TaskSummary::Item& item = items.at(i);
        auto* button = static_cast<QCommandLinkButton*>(m_itemsLayout->itemAt(i)->widget());
        button->setText(QStringLiteral("%1: %2").arg(item.label).arg(item.count));
        button->setDescription(tr("Open %1").arg(RightCatalog::label(item.right)));
        button->setEnabled(item.count > 0);
    }
    m_emptyLabel->setVisible(items.isEmpty());
}

} // namespace ketong
