#include "IdleLock.h"

#include "LockDialog.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace ketong {

namespace {
/// An opaque sheet over a window while locked, so nobody reads what it shows; it follows the window's size.
class Cover : public QWidget
{
public:
    explicit Cover(QWidget* window)
        : QWidget(window)
    {
        setObjectName(QStringLiteral("lockCoverWidget"));
        setAutoFillBackground(true);
        auto* label = new QLabel(IdleLock::tr("Locked"), this);
        label->setAlignment(Qt::AlignCenter);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 2);
        label->setFont(font);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(label);
        setGeometry(window->rect());
        window->installEventFilter(this);
        raise();
        show();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == parent() && event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        return false;
    }
};
} // namespace

QString IdleLock::settingsKey()
{
    return QStringLiteral("security/idleLockMinutes");
}

int IdleLock::configuredMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(settingsKey(), DefaultMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : DefaultMinutes;
}

void IdleLock::setConfiguredMinutes(int minutes)
{
    QSettings().setValue(settingsKey(), qMax(0, minutes));
}

IdleLock::IdleLock(const Workspace& workspace, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
    setTimeout(std::chrono::minutes(configuredMinutes()));
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    delete m_dialog;
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.stop();
    m_timer.setInterval(timeout);
    if (timeout.count() > 0 && !isLocked())
        m_timer.start();
}

std::chrono::milliseconds IdleLock::timeout() const
{
    return m_timer.intervalAsDuration();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Input is activity; while locked only the lock dialog gets any, and it does not count.
        if (!isLocked() && m_timer.interval() > 0)
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (isLocked())
        return;
    m_locked = true;
    m_timer.stop();
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (w->isVisible() && !w->inherits("QMenu"))
            m_covers.append(new Cover(w));
    }
    // Shown without exec(): no nested event loop, whatever forms are open under it.
    m_dialog = new LockDialog(m_workspace, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::ApplicationModal);
    connect(m_dialog, &QDialog::finished, this, &IdleLock::finish);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    Q_EMIT locked();
}

void IdleLock::finish(int result)
{
    for (const QPointer<QWidget>& cover : std::as_const(m_covers))
        delete cover;
    m_covers.clear();
    m_locked = false;
    if (result == QDialog::Accepted) {
        if (m_timer.interval() > 0)
            m_timer.start();
        Q_EMIT unlocked();
        return;
    }
    // Log out: close the open forms first (their exec() loops end), then leave.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        auto* dialog = qobject_cast<QDialog*>(w);
        if (dialog && dialog->isVisible() && dialog != m_dialog)
            dialog->reject();
    }
    QTimer::singleShot(0, this, &IdleLock::logoutRequested);
}

} // namespace ketong
