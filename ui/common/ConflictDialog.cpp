#include "ConflictDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace ketong {

ConflictDialog::ConflictDialog(const Error& conflict, const QString& typedValues, QWidget* parent)
    : QDialog(parent)
    , m_conflict(conflict)
    , m_messageLabel(new QLabel(this))
    , m_typedLabel(new QLabel(this))
    , m_typedEdit(new QPlainTextEdit(this))
    , m_copyButton(new QPushButton(this))
    , m_reloadButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    m_messageLabel->setObjectName(QStringLiteral("conflictMessageLabel"));
    m_typedEdit->setObjectName(QStringLiteral("typedValuesPlainTextEdit"));
    m_copyButton->setObjectName(QStringLiteral("copyPushButton"));
    m_reloadButton->setObjectName(QStringLiteral("reloadPushButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_typedEdit->setReadOnly(true);
    m_typedEdit->setPlainText(typedValues);
    m_typedLabel->setBuddy(m_typedEdit);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addStretch();
    buttons->addWidget(m_reloadButton);
    buttons->addWidget(m_cancelButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_typedLabel);
    layout->addWidget(m_typedEdit, 1);
    layout->addLayout(buttons);
    setMinimumSize(460, 320);

    m_reloadButton->setDefault(true);
    connect(m_reloadButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_typedEdit->toPlainText()); });
    retranslateUi();
}

bool ConflictDialog::askReload(QWidget* parent, const Error& conflict, const QString& typedValues)
{
    QPointer<ConflictDialog> dialog = new ConflictDialog(conflict, typedValues, parent);
    const bool reload = dialog->exec() == QDialog::Accepted;
    if (!dialog)
        return reload; // its parent went away meanwhile
    if (!reload) {
        delete dialog;
        return false;
    }
    // Deleted when the user closes it (set only now: exec() deletes a dialog that has it at once).
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->keepOpenAfterReload();
    return true;
}

QString ConflictDialog::describe(const QList<std::pair<QString, QString>>& fields)
{
    QStringList lines;
    for (const auto& [label, value] : fields) {
        if (!value.trimmed().isEmpty())
            lines << QStringLiteral("%1 %2").arg(label, value);
    }
    return lines.join(QLatin1Char('\n'));
}

void ConflictDialog::keepOpenAfterReload()
{
    // The form behind now shows the stored record; this window keeps what was typed, to copy from.
    m_reloaded = true;
    setModal(false);
    m_reloadButton->hide();
    retranslateUi();
    show();
}

void ConflictDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConflictDialog::retranslateUi()
{
    setWindowTitle(m_reloaded ? tr("Your unsaved values") : tr("Changed by someone else"));
    m_messageLabel->setText(m_reloaded ? tr("The form now shows the record as stored. Copy what you typed from "
                                            "here into it and save again.")
                                       : tr("%1\n\nReload shows the stored record; what you typed stays visible "
                                            "here so you can copy it. Cancel keeps your typing in the form "
                                            "without saving.")
                                             .arg(m_conflict.message()));
    m_typedLabel->setText(tr("What you &typed:"));
    m_copyButton->setText(tr("&Copy"));
    m_reloadButton->setText(tr("&Reload"));
    m_cancelButton->setText(m_reloaded ? tr("Close") : tr("Cancel"));
}

} // namespace ketong
