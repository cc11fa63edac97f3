#pragma once

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

/// 服务创建 (SPEC §5.4.1, right 012): 服务类型★ (dictionary), 概要★, 客户★ (an active customer, found by
/// typing part of its name or code), 服务请求★; 状态 新创建, 创建人 and 创建时间 shown read-only. Saving
/// creates the ticket, says "保存成功" and clears the form for the next one; a refusal names the field and
/// keeps what was typed.
class ServiceCreatePage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceCreatePage)
public:
    explicit ServiceCreatePage(const Workspace& workspace, QWidget* parent = nullptr);
    ~ServiceCreatePage() override;

Q_SIGNALS:
    void created(qint64 id);
    /// A ticket was created (the navigation updates its badges).
    void badgesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void loadTypes();
    void findCustomers();
    void save();

    const Workspace& m_workspace;
    QLabel* m_titleLabel;
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
    QLabel* m_errorLabel;
    QPushButton* m_saveButton;
    QTimer* m_searchTimer;
    std::unique_ptr<FormFeedback> m_feedback;
};

} // namespace ketong
