#pragma once

#include "Workspace.h"
#include "home/TaskSummary.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;
class QPushButton;

namespace ketong {

/// 工作台: the first page after login — what waits for the user (churn warnings of their customers,
/// services to handle, opportunities to develop…), each opening the page that lists them.
class HomePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)
public:
    explicit HomePage(const Workspace& workspace, QWidget* parent = nullptr);

    /// Reloads the counts (off the GUI thread). The main window calls it whenever they may have changed.
    void reload();

Q_SIGNALS:
    void openPage(const QString& right);
    /// The counts on show are the latest (tests wait for it).
    void loaded();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void showItems(const QList<TaskSummary::Item>& items);

    const Workspace& m_workspace;
    QLabel* m_greetingLabel;
    QLabel* m_introLabel;
    QLabel* m_emptyLabel;
    QWidget* m_itemsWidget;
    QVBoxLayout* m_itemsLayout;
    QPushButton* m_refreshButton;
    QStringList m_keys; ///< the items on show, in order
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace ketong
