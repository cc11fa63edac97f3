#include "TicketDialog.h"

#include "common/FormFeedback.h"
#include "common/MessageBox.h"
#include "common/Stars.h"
#include "service/ServiceDesk.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace ketong {

namespace {
QString when(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

TicketDialog::TicketDialog(const Workspace& workspace, qint64 ticketId, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_titleLabel(new QLabel(this))
    , m_history(new QTextBrowser(this))
    , m_handlingLabel(new QLabel(this))
    , m_handlingEdit(new QPlainTextEdit(this))
    , m_handledRow(new QWidget(this))
    , m_handledByLabel(new QLabel(m_handledRow))
    , m_handledByEdit(new QLineEdit(m_handledRow))
    , m_handledAtLabel(new QLabel(m_handledRow))
    , m_handledAtEdit(new QLineEdit(m_handledRow))
    , m_resultLabel(new QLabel(this))
    , m_resultEdit(new QLineEdit(this))
    , m_satisfactionLabel(new QLabel(this))
    , m_stars(new QWidget(this))
    , m_starGroup(new QButtonGroup(this))
    , m_errorLabel(new QLabel(this))
    , m_closeButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_feedback(std::make_unique<FormFeedback>(m_errorLabel))
{
    m_ticket.id = ticketId;
    setObjectName(QStringLiteral("ticketDialog"));
    m_history->setObjectName(QStringLiteral("historyTextBrowser"));
    m_handlingEdit->setObjectName(QStringLiteral("handlingPlainTextEdit"));
    m_handledByEdit->setObjectName(QStringLiteral("handledByLineEdit"));
    m_handledAtEdit->setObjectName(QStringLiteral("handledAtLineEdit"));
    for (QLineEdit* edit : {m_handledByEdit, m_handledAtEdit})
        edit->setReadOnly(true);
    m_handledByEdit->setText(m_workspace.session.name());
    m_resultEdit->setObjectName(QStringLiteral("resultLineEdit"));
    m_resultEdit->setMaxLength(500);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_closeButton->setObjectName(QStringLiteral("closePushButton"));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_saveButton->setDefault(mode != Mode::View);
    m_feedback->addField(QStringLiteral("handling"), m_handlingEdit);
    m_feedback->addField(QStringLiteral("result"), m_resultEdit);
    m_feedback->addField(QStringLiteral("satisfaction"), m_stars);
    buildStars();
    connect(m_starGroup, &QButtonGroup::idClicked, this, &TicketDialog::setSatisfaction);
    buildLayout();
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &TicketDialog::save);
    reload();
    retranslateUi();
    resize(720, 640);
}

TicketDialog::~TicketDialog() = default;

void TicketDialog::buildStars()
{
    auto* starRow = new QHBoxLayout(m_stars);
    starRow->setContentsMargins(0, 0, 0, 0);
    for (int i = 1; i <= 5; ++i) {
        auto* star = new QToolButton(m_stars);
        star->setObjectName(QStringLiteral("star%1ToolButton").arg(i));
        star->setCheckable(true);
        star->setAutoRaise(true);
        star->setText(Stars::text(0, 1));
        QFont f = star->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        star->setFont(f);
        m_starGroup->addButton(star, i);
        starRow->addWidget(star);
    }
    starRow->addStretch(1);
}

void TicketDialog::buildLayout()
{
    QFont title = m_titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_titleLabel->setFont(title);
    m_errorLabel->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_saveButton);
    auto* handled = new QHBoxLayout(m_handledRow);
    handled->setContentsMargins(0, 0, 0, 0);
    handled->addWidget(m_handledByLabel);
    handled->addWidget(m_handledByEdit, 1);
    handled->addSpacing(12);
    handled->addWidget(m_handledAtLabel);
    handled->addWidget(m_handledAtEdit, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_history, 3);
    layout->addWidget(m_handlingLabel);
    layout->addWidget(m_handlingEdit, 1);
    layout->addWidget(m_handledRow);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_resultEdit);
    layout->addWidget(m_satisfactionLabel);
    layout->addWidget(m_stars);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);
    const bool handle = m_mode == Mode::Handle;
    const bool feedback = m_mode == Mode::Feedback;
    m_handlingLabel->setVisible(handle);
    m_handlingEdit->setVisible(handle);
    m_handledRow->setVisible(handle);
    for (QWidget* w : std::initializer_list<QWidget*>{m_resultLabel, m_resultEdit, m_satisfactionLabel, m_stars})
        w->setVisible(feedback);
    m_saveButton->setVisible(m_mode != Mode::View);
}

int TicketDialog::satisfaction() const
{
    return qMax(0, m_starGroup->checkedId());
}

void TicketDialog::setSatisfaction(int n)
{
    for (QAbstractButton* b : m_starGroup->buttons()) {
        const int id = m_starGroup->id(b);
        b->setChecked(id == n);
        b->setText(Stars::text(id <= n ? 1 : 0, 1));
    }
}

void TicketDialog::reload()
{
    auto ticket = ServiceDesk(*m_workspace.db, *m_workspace.clock, m_workspace.session).load(m_ticket.id);
    if (!ticket) {
        m_feedback->showMessage(ticket.error().message());
        m_saveButton->setEnabled(false);
        return;
    }
    m_ticket = *ticket;
    m_history->setHtml(historyHtml());
    m_handledAtEdit->setText(when(m_workspace.clock->now())); // the time the handling will carry
}

QString TicketDialog::historyHtml() const
{
    const ServiceTicket& t = m_ticket;
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    QString html = QStringLiteral("<table cellspacing=3>");
    html += row(tr("No."), QString::number(t.id)) + row(tr("Service type"), t.type) + row(tr("Summary"), t.title) +
            row(tr("Customer"), t.customerName) + row(tr("Status"), ServiceDesk::statusLabel(t.status)) +
            row(tr("Request"), t.request) + row(tr("Created by"), t.createdByName) +
            row(tr("Created"), when(t.createdAt));
    if (t.assignedTo > 0)
        html += row(tr("Assigned to"), t.assignedToName) + row(tr("Assigned"), when(t.assignedAt));
    html += QStringLiteral("</table>");
    for (const ServiceRound& r : t.rounds) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=3>").arg(tr("Handling round %1").arg(r.round));
        html += row(tr("Handling"), r.handling) + row(tr("Handled by"), r.handledBy) +
                row(tr("Handled"), when(r.handledAt));
        if (r.satisfaction > 0)
            html += row(tr("Result"), r.result) + row(tr("Satisfaction"), Stars::text(r.satisfaction)) +
                    row(tr("Feedback by"), r.feedbackBy) + row(tr("Feedback"), when(r.feedbackAt));
        html += QStringLiteral("</table>");
    }
    return html;
}

void TicketDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TicketDialog::retranslateUi()
{
    const QString step = m_mode == Mode::Handle     ? tr("Handle service")
                         : m_mode == Mode::Feedback ? tr("Service feedback")
                                                    : tr("Service details");
    setWindowTitle(step);
    m_titleLabel->setText(tr("Service > %1").arg(step));
    m_handlingLabel->setText(FormFeedback::required(tr("Handling")));
    m_handledByLabel->setText(tr("Handled by"));
    m_handledAtLabel->setText(tr("Handled"));
    m_resultLabel->setText(FormFeedback::required(tr("Result")));
    m_satisfactionLabel->setText(FormFeedback::required(tr("Satisfaction")));
    m_closeButton->setText(m_mode == Mode::View ? tr("Close") : tr("Cancel"));
    m_saveButton->setText(tr("Save"));
    m_history->setHtml(historyHtml());
}

void TicketDialog::save()
{
    m_feedback->clear();
    ServiceDesk desk(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    Status saved;
    QString done;
    if (m_mode == Mode::Handle) {
        saved = desk.handle(m_ticket.id, m_handlingEdit->toPlainText(), m_ticket.version);
        done = tr("The handling is saved; the ticket waits for feedback.");
    } else {
        auto status = desk.feedback(m_ticket.id, m_resultEdit->text(), satisfaction(), m_ticket.version);
        saved = statusOf(status);
        if (status)
            done = *status == TicketStatus::Archived
                       ? tr("The ticket is archived.")
                       : tr("The customer was not satisfied: the ticket goes back to %1 for another round.")
                             .arg(m_ticket.assignedToName);
    }
    if (!saved) {
        if (saved.error().code() == ErrorCode::Conflict)
            reload(); // show the ticket as it is now; what was typed stays
        m_feedback->show(saved.error());
        return;
    }
    MessageBox::information(this, windowTitle(), done);
    accept();
}

} // namespace ketong
