#include "RolesPage.h"

#include "RoleDialog.h"
#include "common/HistoryDialog.h"
#include "common/MessageBox.h"
#include "common/TableLook.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ketong {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
enum Column { Name, Kind, Description, Usable, Accounts, Builtin, ColumnCount };
} // namespace

RolesPage::RolesPage(const Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_titleLabel(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_countLabel(new QLabel(this))
    , m_newButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_historyButton(new QPushButton(this))
    , m_refreshButton(new QPushButton(this))
{
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_table->setObjectName(QStringLiteral("rolesTableWidget"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_newButton->setObjectName(QStringLiteral("newPushButton"));
    m_editButton->setObjectName(QStringLiteral("editPushButton"));
    m_deleteButton->setObjectName(QStringLiteral("deletePushButton"));
    m_historyButton->setObjectName(QStringLiteral("historyPushButton"));
    m_refreshButton->setObjectName(QStringLiteral("refreshPushButton"));
    QFont title = m_titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_titleLabel->setFont(title);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    TableLook::setRows(m_table);
    TableLook::setStretchColumn(m_table, Description);

    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_newButton, m_editButton, m_deleteButton, m_historyButton})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_countLabel);
    actions->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RolesPage::updateActions);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RolesPage::editRole);
    connect(m_newButton, &QPushButton::clicked, this, &RolesPage::newRole);
    connect(m_editButton, &QPushButton::clicked, this, &RolesPage::editRole);
    connect(m_deleteButton, &QPushButton::clicked, this, &RolesPage::deleteRole);
    connect(m_historyButton, &QPushButton::clicked, this, &RolesPage::showHistory);
    connect(m_refreshButton, &QPushButton::clicked, this, &RolesPage::reload);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &RolesPage::editRole);
    auto* del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &RolesPage::deleteRole);
    auto* create = new QShortcut(QKeySequence::New, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, &RolesPage::newRole);

    retranslateUi();
    reload();
}

void RolesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RolesPage::retranslateUi()
{
    m_titleLabel->setText(tr("Roles"));
    m_table->setHorizontalHeaderLabels(
        {tr("Role name"), tr("Kind"), tr("Description"), tr("Status"), tr("Accounts"), tr("Built-in")});
    m_newButton->setText(tr("New…"));
    m_newButton->setToolTip(tr("New role (Ctrl+N)"));
    m_editButton->setText(tr("Edit…"));
    m_deleteButton->setText(tr("Delete"));
    m_historyButton->setText(tr("History…"));
    m_refreshButton->setText(tr("Refresh"));
    fill();
}

void RolesPage::reload()
{
    const QString keep = selected() ? selected()->name : QString();
    const auto roles = RoleService(*m_workspace.db, *m_workspace.clock, m_workspace.session).list();
    if (!roles) {
        MessageBox::warning(this, tr("Roles"), roles.error().message());
        return;
    }
    m_roles = *roles;
    fill();
    if (!keep.isEmpty())
        select(keep);
}

void RolesPage::fill()
{
    m_table->setRowCount(int(m_roles.size()));
    for (int row = 0; row < m_roles.size(); ++row) {
        const RoleRecord& r = m_roles.at(row);
        const QStringList cells{r.label(),
                                RightCatalog::kindLabel(r.kind),
                                r.descriptionLabel(),
                                RoleService::enabledLabel(r.enabled),
                                QString::number(r.accounts),
                                r.builtin ? tr("Yes") : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(IdRole, r.id);
            if (column == Accounts)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == Description)
                item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_countLabel->setText(tr("%n role(s)", nullptr, int(m_roles.size())));
    updateActions();
}

bool RolesPage::select(const QString& name)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Name)->text() == name) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, Name);
            return true;
        }
    }
    return false;
}

const RoleRecord* RolesPage::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const qint64 id = items.first()->data(IdRole).toLongLong();
    for (const RoleRecord& r : m_roles) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

void RolesPage::updateActions()
{
    const RoleRecord* r = selected();
    m_editButton->setEnabled(r);
    m_historyButton->setEnabled(r);
    // The core refuses these too; the button only says so early.
    m_deleteButton->setEnabled(r && !r->builtin);
}

void RolesPage::newRole()
{
    RoleDialog dialog(m_workspace, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    for (const RoleRecord& r : std::as_const(m_roles)) {
        if (r.id == dialog.roleId())
            select(r.name);
    }
}

void RolesPage::editRole()
{
    const RoleRecord* r = selected();
    if (!r)
        return;
    RoleDialog dialog(m_workspace, r->id, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void RolesPage::deleteRole()
{
    const RoleRecord* r = selected();
    if (!r)
        return;
    const RoleRecord role = *r;
    if (MessageBox::question(this, tr("Delete role"), tr("Delete the role \"%1\"?").arg(role.label())) !=
        QMessageBox::Yes)
        return;
    RoleService roles(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    if (auto s = roles.remove(role.id, role.version); !s)
        MessageBox::warning(this, tr("Delete role"), s.error().message());
    reload();
}

void RolesPage::showHistory()
{
    const RoleRecord* r = selected();
    if (!r)
        return;
    HistoryDialog dialog(m_workspace, QStringLiteral("roles"), QString::number(r->id), tr("role %1").arg(r->name),
                         this);
    dialog.exec();
}

} // namespace ketong
