#pragma once

#include "PlanItemsTable.h"
#include "sales/SalesChance.h"
#include "shell/Workspace.h"

#include <QDialog>

#include <memory>

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ketong {

class ChanceDetailView;
class FormFeedback;

/// The 客户开发计划 screens of one chance (SPEC §5.2.6–5.2.8), one dialog switching between them:
///  * 制定计划 (Plan): the chance read-only, its plan items (计划项 editable, per-row 保存/删除; the date is
///    fixed once saved) and a new-item form (日期★, 计划项★); toolbar 帮助, 执行计划, 返回;
///  * 执行计划 (Execute): 执行效果 editable per row with 保存; toolbar 帮助, 终止开发, 返回, 制定计划, 开发成功
///    (both confirmed, each reporting its result in the spec's words);
///  * 查看 (View): everything read-only, with the status — the only mode for archived chances.
class DevelopmentDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevelopmentDialog)
public:
    enum class Mode { Plan, Execute, View };

    DevelopmentDialog(const Workspace& workspace, qint64 chanceId, Mode mode, QWidget* parent = nullptr);
    ~DevelopmentDialog() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    const SalesChance& chance() const { return m_chance; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void buildLayout();
    void connectSignals();
    void retranslateUi();
    bool load();
    void addItem();
    void saveRow(int row);
    void deleteRow(int row);
    void succeed();
    void fail();
    void help();
    /// Shows a refusal; a conflict also offers to reload (what is typed stays until then).
    void showError(const Error& error);

    const Workspace& m_workspace;
    Mode m_mode;
    SalesChance m_chance;
    QLabel* m_breadcrumbLabel;
    QPushButton* m_helpButton;
    QPushButton* m_executeButton;
    QPushButton* m_planButton;
    QPushButton* m_failButton;
    QPushButton* m_succeedButton;
    QPushButton* m_backButton;
    QGroupBox* m_chanceBox;
    ChanceDetailView* m_detail;
    QGroupBox* m_planBox;
    PlanItemsTable* m_table;
    QGroupBox* m_newBox;
    QLabel* m_newDateLabel;
    QDateEdit* m_newDateEdit;
    QLabel* m_newTodoLabel;
    QLineEdit* m_newTodoEdit;
    QPushButton* m_addButton;
    QLabel* m_errorLabel;
    QPushButton* m_reloadButton;
    std::unique_ptr<FormFeedback> m_feedback;
};

} // namespace ketong
