#pragma once

#include "shell/Workspace.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace ketong {

/// 转移 (批量转移, SPEC §9 items 6 and 12): the sales director gives the selected customers to another active
/// account manager, all in one transaction.
class ReassignDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReassignDialog)
public:
    ReassignDialog(const Workspace& workspace, QList<qint64> customerIds, QWidget* parent = nullptr);

    /// Reassigns to the chosen manager; true when done (the dialog then closes).
    bool apply();
    int changedCount() const { return m_changed; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Workspace m_workspace;
    QList<qint64> m_ids;
    int m_changed = 0;
    QLabel* m_introLabel;
    QLabel* m_managerLabel;
    QComboBox* m_managerCombo;
    QLabel* m_errorLabel;
    QPushButton* m_okButton;
    QPushButton* m_cancelButton;
};

} // namespace ketong
