#pragma once

#include "customers/Activity.h"
#include "shell/Workspace.h"

#include <QDialog>

class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ketong {

/// New or edit 交往记录 (SPEC §5.3.4): 时间★, 地点★, 概要★, 备注, 详细信息 (several lines).
class ActivityDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDialog)
public:
    /// `activityId` 0 adds a record to `customerId`.
    ActivityDialog(const Workspace& workspace, qint64 customerId, qint64 activityId, bool readOnly,
                   QWidget* parent = nullptr);

    bool save();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void mark(const QString& field);

    Workspace m_workspace;
    Activity m_activity;
    bool m_readOnly;
    QFormLayout* m_form;
    QDateEdit* m_dateEdit;
    QLineEdit* m_placeEdit;
    QLineEdit* m_titleEdit;
    QLineEdit* m_memoEdit;
    QPlainTextEdit* m_descriptionEdit;
    QLabel* m_errorLabel;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
};

} // namespace ketong
