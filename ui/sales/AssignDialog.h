#pragma once

#include "sales/SalesChance.h"
#include "shell/Workspace.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ketong {

class ChanceDetailView;
class FormFeedback;

/// 指派销售机会 (SPEC §5.2.4): the chance read-only, 指派给★ (an active account manager) and
/// 指派时间★ (now, not editable). The director only.
class AssignDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignDialog)
public:
    AssignDialog(const Workspace& workspace, qint64 chanceId, QWidget* parent = nullptr);
    ~AssignDialog() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslateUi();
    void load();
    void save();

    const Workspace& m_workspace;
    SalesChance m_chance;
    ChanceDetailView* m_detail;
    QLabel* m_assignedToLabel;
    QComboBox* m_assignedToCombo;
    QLabel* m_assignedAtLabel;
    QLineEdit* m_assignedAtEdit;
    QLabel* m_errorLabel;
    QPushButton* m_reloadButton;
    QPushButton* m_helpButton;
    QPushButton* m_cancelButton;
    QPushButton* m_saveButton;
    std::unique_ptr<FormFeedback> m_feedback;
};

} // namespace ketong
