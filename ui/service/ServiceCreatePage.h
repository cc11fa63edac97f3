#pragma once

#include "service/ServiceTicket.h"
#include "shell/Workspace.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace ketong {

class FormFeedback;
class ServiceListPage;

/// 服务创建 (SPEC §5.4.1, right 012) as 增删改查 for the creator (issue 27 item 6). The form: 编号 (read-only:
/// "generated when saved", then the ticket's number), 服务类型★ (dictionary), 概要★, 客户★ (an active customer,
/// found by typing part of its name or code), 状态, 服务请求★, 创建人 and 创建时间 (now, or the ticket's).
/// Saving a new ticket says "保存成功" and keeps it in the form with its number; 新建 clears the form. Under
/// the form, the creator's own tickets still 新创建 (ServiceListPage): 编辑 loads one into the form, 删除
/// deletes it. A refusal names the field and keeps what was typed.
class ServiceCreatePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceCreatePage)
public:
    explicit ServiceCreatePage(const Workspace& workspace, QWidget* parent = nullptr);
    ~ServiceCreatePage() override;

    /// The ticket in the form (0: a new one, not saved yet).
    qint64 ticketId() const { return m_ticket.id; }
    /// Shows the creator's ticket `id` in the form to change it (or delete it).
    void editTicket(qint64 id);
    /// Clears the form for a new ticket.
    void newTicket();

Q_SIGNALS:
    void created(qint64 id);
    /// A ticket was created or deleted (the navigation updates its badges).
    void badgesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void setUpWidgets();
    void buildLayout();
    void retranslateUi();
    void loadTypes();
    void findCustomers();
    void showTicket();
    void save();
    void remove();

    const Workspace& m_workspace;
    ServiceTicket m_ticket; ///< id 0 while new
    QLabel* m_titleLabel;
    QLabel* m_idLabel;
    QLineEdit* m_idEdit;
    QLabel* m_typeLabel;
    QComboBox* m_typeCombo;
    QLabel* m_summaryLabel;
    QLineEdit* m_summaryEdit;
    QLabel* m_customerLabel;
    QLineEdit* m_customerSearchEdit;
    QComboBox* m_customerCombo;
    QLabel* m_statusLabel;
    QLabel* m_statusValue;
    QLabel* m_requestLabel;
    QPlainTextEdit* m_requestEdit;
    QLabel* m_createdByLabel;
    QLabel* m_createdByValue;
    QLabel* m_createdAtLabel;
    QLabel* m_createdAtValue;
    QLabel* m_errorLabel;
    QPushButton* m_newButton;
    QPushButton* m_deleteButton;
    QPushButton* m_saveButton;
    QLabel* m_ownLabel;
    ServiceListPage* m_ownList;
    QTimer* m_searchTimer;
    std::unique_ptr<FormFeedback> m_feedback;
};

} // namespace ketong
