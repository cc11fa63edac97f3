#include "UsersPage.h"

#include "FormSupport.h"
#include "ResetPasswordDialog.h"
#include "UserDialog.h"
#include "auth/RoleService.h"
#include "common/HistoryDialog.h"
#include "common/MessageBox.h"
#include "common/TableLook.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ketong {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
enum Column { Login, Name, Role, Status, LastLogin, LockedUntil, ColumnCount };

QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

UsersPage::UsersPage(const Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_titleLabel(new QLabel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_roleCombo(new QComboBox(this))
    , m_statusCombo(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_countLabel(new QLabel(this))
    , m_newButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_activeButton(new QPushButton(this))
    , m_resetButton(new QPushButton(this))
    , m_unlockButton(new QPushButton(this))
    , m_historyButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
{
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_roleCombo->setObjectName(QStringLiteral("roleFilterComboBox"));
    m_statusCombo->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_table->setObjectName(QStringLiteral("usersTableWidget"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_newButton->setObjectName(QStringLiteral("newPushButton"));
    m_editButton->setObjectName(QStringLiteral("editPushButton"));
    m_activeButton->setObjectName(QStringLiteral("activePushButton"));
    m_resetButton->setObjectName(QStringLiteral("resetPasswordPushButton"));
    m_unlockButton->setObjectName(QStringLiteral("unlockPushButton"));
    m_historyButton->setObjectName(QStringLiteral("historyPushButton"));
    m_refreshButton->setObjectName(QStringLiteral("refreshPushButton"));
    QFont title = m_titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_titleLabel->setFont(title);
    m_filterEdit->setClearButtonEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    TableLook::setRows(m_table);
    TableLook::setStretchColumn(m_table, Name);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Login, Qt::AscendingOrder);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filterEdit, 2);
    filters->addWidget(m_roleCombo, 1);
    filters->addWidget(m_statusCombo, 1);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_newButton, m_editButton, m_activeButton, m_resetButton, m_unlockButton, m_historyButton})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_countLabel);
    actions->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &UsersPage::fill);
    connect(m_roleCombo, &QComboBox::currentIndexChanged, this, &UsersPage::fill);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &UsersPage::fill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateActions);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &UsersPage::editUser);
    connect(m_newButton, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(m_editButton, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_activeButton, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_resetButton, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_unlockButton, &QPushButton::clicked, this, &UsersPage::unlock);
    connect(m_historyButton, &QPushButton::clicked, this, &UsersPage::showHistory);
    connect(m_refreshButton, &QPushButton::clicked, this, &UsersPage::reload);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &UsersPage::editUser);
    auto* create = new QShortcut(QKeySequence::New, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, &UsersPage::newUser);

    retranslateUi();
    reload();
}

void UsersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UsersPage::retranslateUi()
{
    m_titleLabel->setText(tr("Users"));
    m_filterEdit->setPlaceholderText(tr("Search login or name"));
    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("Name"), tr("Role"), tr("Status"), tr("Last login"), tr("Locked until")});
    m_newButton->setText(tr("New…"));
    m_newButton->setToolTip(tr("New account (Ctrl+N)"));
    m_editButton->setText(tr("Edit…"));
    m_resetButton->setText(tr("Reset password…"));
    m_unlockButton->setText(tr("Unlock"));
    m_historyButton->setText(tr("History…"));
    m_refreshButton->setText(tr("Refresh"));
    const QSignalBlocker block(m_statusCombo);
    const int status = qMax(0, m_statusCombo->currentIndex());
    m_statusCombo->clear();
    m_statusCombo->addItem(tr("Any status"), -1);
    m_statusCombo->addItem(UserService::statusLabel(true), 1);
    m_statusCombo->addItem(UserService::statusLabel(false), 0);
    m_statusCombo->setCurrentIndex(status);
    if (m_roleCombo->count() > 0)
        m_roleCombo->setItemText(0, tr("Any role"));
    form::relabelRoles(m_roleCombo);
    fill();
}

void UsersPage::reload()
{
    const QString keep = selected() ? selected()->login : QString();
    const auto users = UserService(*m_workspace.db, *m_workspace.clock, m_workspace.session).list();
    if (!users) {
        MessageBox::warning(this, tr("Users"), users.error().message());
        return;
    }
    m_users = *users;
    fillRoles();
    fill();
    if (!keep.isEmpty())
        select(keep);
}

void UsersPage::fillRoles()
{
    const QSignalBlocker block(m_roleCombo);
    const qint64 current = m_roleCombo->currentData().toLongLong();
    m_roleCombo->clear();
    m_roleCombo->addItem(tr("Any role"), 0);
    const auto roles = RoleService(*m_workspace.db, *m_workspace.clock, m_workspace.session).list();
    if (roles) {
        for (const RoleRecord& role : *roles)
            form::addRole(m_roleCombo, role);
    }
    m_roleCombo->setCurrentIndex(qMax(0, m_roleCombo->findData(current)));
}

void UsersPage::fill()
{
    const QString text = m_filterEdit->text().trimmed();
    const qint64 role = m_roleCombo->currentData().toLongLong();
    const int status = m_statusCombo->currentData().toInt();
    const QDateTime now = m_workspace.clock->now();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const UserRecord& u : std::as_const(m_users)) {
        if (!text.isEmpty() && !u.login.contains(text, Qt::CaseInsensitive) &&
            !u.name.contains(text, Qt::CaseInsensitive))
            continue;
        if ((role > 0 && u.roleId != role) || (status >= 0 && int(u.active) != status))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString locked = u.isLocked(now) ? timeText(u.lockedUntil) : QString();
        const QStringList cells{
            u.login, u.name, u.roleLabel(), UserService::statusLabel(u.active), timeText(u.lastLoginAt), locked};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(IdRole, u.id);
            if (!u.active)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_countLabel->setText(m_table->rowCount() == 0 && !m_users.isEmpty()
                              ? tr("No account matches the filter")
                              : tr("%n account(s)", nullptr, m_table->rowCount()));
    updateActions();
}

bool UsersPage::select(const QString& login)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Login)->text() == login) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, Login);
            return true;
        }
    }
    return false;
}

const UserRecord* UsersPage::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const qint64 id = items.first()->data(IdRole).toLongLong();
    for (const UserRecord& u : m_users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

void UsersPage::updateActions()
{
    const UserRecord* u = selected();
    for (QPushButton* b : {m_editButton, m_activeButton, m_resetButton, m_historyButton})
        b->setEnabled(u);
    m_unlockButton->setEnabled(u && u->isLocked(m_workspace.clock->now()));
    m_activeButton->setText(u && !u->active ? tr("Enable") : tr("Disable"));
}

void UsersPage::newUser()
{
    UserDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(UserService(*m_workspace.db, *m_workspace.clock, m_workspace.session).load(dialog.userId())->login);
}

void UsersPage::editUser()
{
    const UserRecord* u = selected();
    if (!u)
        return;
    UserDialog dialog(m_workspace, u->id, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersPage::toggleActive()
{
    const UserRecord* u = selected();
    if (!u)
        return;
    const UserRecord user = *u;
    if (user.active &&
        MessageBox::question(this, tr("Disable account"),
                             tr("Disable the account \"%1\" (%2)? It can no longer log in; its history is kept and it "
                                "can be enabled again.")
                                 .arg(user.login, user.name)) != QMessageBox::Yes)
        return;
    UserService users(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    if (auto s = users.setActive(user.id, !user.active, user.version); !s)
        MessageBox::warning(this, tr("Users"), s.error().message());
    reload();
}

void UsersPage::resetPassword()
{
    const UserRecord* u = selected();
    if (!u)
        return;
    ResetPasswordDialog dialog(m_workspace, *u, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersPage::unlock()
{
    const UserRecord* u = selected();
    if (!u)
        return;
    UserService users(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    if (auto s = users.unlock(u->id, u->version); !s)
        MessageBox::warning(this, tr("Users"), s.error().message());
    reload();
}

void UsersPage::showHistory()
{
    const UserRecord* u = selected();
    if (!u)
        return;
    HistoryDialog dialog(m_workspace, QStringLiteral("users"), QString::number(u->id), tr("account %1").arg(u->login),
                         this);
    dialog.exec();
}

} // namespace ketong
