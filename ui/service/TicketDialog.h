#pragma once

#include "service/ServiceTicket.h"
#include "shell/Workspace.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace ketong {

class FormFeedback;

/// One service ticket (SPEC §5.4.3–5.4.5): everything so far read-only — the request, who created and
/// assigned it, and every round of handling and feedback — then, by mode, the input of the step:
/// 服务处理 (the handling, with 处理人 and 处理时间 shown before saving: the user and now), 服务反馈 (the result
/// and the satisfaction as 1–5 stars) or none (查看).
class TicketDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketDialog)
public:
    enum class Mode { View, Handle, Feedback };

    TicketDialog(const Workspace& workspace, qint64 ticketId, Mode mode, QWidget* parent = nullptr);
    ~TicketDialog() override;

    /// The satisfaction chosen (0: none yet).
    int satisfaction() const;
    void setSatisfaction(int stars);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildStars();
    void buildLayout();
    void retranslateUi();
    void reload();
    QString historyHtml() const;
    void save();

    const Workspace& m_workspace;
    ServiceTicket m_ticket;
    Mode m_mode;
    QLabel* m_titleLabel;
    QTextBrowser* m_history;
    QLabel* m_handlingLabel;
    QPlainTextEdit* m_handlingEdit;
    QWidget* m_handledRow; ///< 处理人 and 处理时间 of the round being handled (the session's user, now)
    QLabel* m_handledByLabel;
    QLineEdit* m_handledByEdit;
    QLabel* m_handledAtLabel;
    QLineEdit* m_handledAtEdit;
    QLabel* m_resultLabel;
    QLineEdit* m_resultEdit;
    QLabel* m_satisfactionLabel;
    QWidget* m_stars;
    QButtonGroup* m_starGroup;
    QLabel* m_errorLabel;
    QPushButton* m_closeButton;
    QPushButton* m_saveButton;
    std::unique_ptr<FormFeedback> m_feedback;
};

} // namespace ketong
