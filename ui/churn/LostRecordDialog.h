#pragma once

#include "churn/LostRecord.h"
#include "shell/Workspace.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace ketong {

class FormFeedback;

/// 暂缓流失 and 确认流失 (SPEC §5.3.7–5.3.8) in one dialog whose two modes jump to each other: the record
/// read-only (编号, 客户, 客户经理, 上次下单时间, 状态) with every measure so far (time, who, text), then
/// either a box to append a measure (暂缓流失) or the reason of the loss (确认流失, only at status 2).
class LostRecordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LostRecordDialog)
public:
    enum class Mode { Delay, Confirm };

    LostRecordDialog(const Workspace& workspace, qint64 recordId, Mode mode, QWidget* parent = nullptr);
    ~LostRecordDialog() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    /// Loads the record again (after a save or a conflict); what was typed stays.
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void retranslateUi();
    void updateState();
    void save();

    const Workspace& m_workspace;
    LostRecord m_record;
    Mode m_mode;
    bool m_changed = false;
    QLabel* m_titleLabel;
    QLabel* m_recordLabel;
    QLabel* m_measuresLabel;
    QTableWidget* m_measuresTable;
    QLabel* m_inputLabel;
    QPlainTextEdit* m_measureEdit;
    QPlainTextEdit* m_reasonEdit;
    QLabel* m_errorLabel;
    QPushButton* m_jumpButton;
    QPushButton* m_closeButton;
    QPushButton* m_saveButton;
    std::unique_ptr<FormFeedback> m_feedback;
};

} // namespace ketong
