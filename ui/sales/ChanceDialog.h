#pragma once

#include "sales/SalesChance.h"
#include "shell/Workspace.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ketong {

class FormFeedback;

/// 新建销售机会 / 编辑销售机会 (SPEC §5.2.2–5.2.3). 编号, 创建人 and 创建时间 are read-only; 客户名称,
/// 成功机率, 概要 and 机会描述 are required. The director may assign a new chance at once (指派给 with
/// 指派时间 = now). A refused save keeps everything typed and highlights the field; a conflict with
/// another user's change says who and when and offers to reload.
class ChanceDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChanceDialog)
public:
    /// `id` 0: a new chance.
    ChanceDialog(const Workspace& workspace, qint64 id, QWidget* parent = nullptr);
    ~ChanceDialog() override;

    /// The id of the chance saved (the new one after 新建).
    qint64 savedId() const { return m_chance.id; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildForm();
    void addAssignRows(); ///< 指派给 and 指派时间: the director's new form
    void buildLayout();
    void retranslateUi();
    void load();
    void showChance();
    void updateAssignedAt();
    void save();
    void help();

    const Workspace& m_workspace;
    SalesChance m_chance;
    QLineEdit* m_idEdit;
    QComboBox* m_sourceCombo;
    QLineEdit* m_customerNameEdit;
    QLineEdit* m_rateEdit;
    QLineEdit* m_titleEdit;
    QLineEdit* m_contactEdit;
    QLineEdit* m_contactTelEdit;
    QPlainTextEdit* m_descriptionEdit;
    QLineEdit* m_createdByEdit;
    QLineEdit* m_createdAtEdit;
    QComboBox* m_assignedToCombo = nullptr; ///< the director's new form only
    QLineEdit* m_assignedAtEdit = nullptr;
    QFormLayout* m_form;
    QLabel* m_errorLabel;
    QPushButton* m_reloadButton;
    QPushButton* m_helpButton;
    QPushButton* m_cancelButton;
    QPushButton* m_saveButton;
    std::unique_ptr<FormFeedback> m_feedback;
};

} // namespace ketong
