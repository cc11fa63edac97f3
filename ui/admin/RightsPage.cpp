#include "RightsPage.h"

#include "auth/RoleService.h"
#include "common/MessageBox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ketong {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int KindRole = Qt::UserRole + 3;
constexpr int EnabledRole = Qt::UserRole + 4;
} // namespace

RightsPage::RightsPage(const Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_titleLabel(new QLabel(this))
    , m_rolesLabel(new QLabel(this))
    , m_roleLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_roles(new QListWidget(this))
    , m_tree(new QTreeWidget(this))
    , m_saveButton(new QPushButton(this))
    , m_revertButton(new QPushButton(this))
{
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_roles->setObjectName(QStringLiteral("rolesListWidget"));
    m_tree->setObjectName(QStringLiteral("rightsTreeWidget"));
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_revertButton->setObjectName(QStringLiteral("revertPushButton"));
    QFont title = m_titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_titleLabel->setFont(title);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_statusLabel->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_rolesLabel);
    leftLayout->addWidget(m_roles, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_statusLabel, 1);
    rightLayout->addWidget(m_roleLabel);
    rightLayout->addWidget(m_tree, 1);
    rightLayout->addLayout(buttons);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 600});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(splitter, 1);

    connect(m_roles, &QListWidget::currentRowChanged, this, &RightsPage::roleChosen);
    connect(m_tree, &QTreeWidget::itemChanged, this, &RightsPage::updateState);
    connect(m_saveButton, &QPushButton::clicked, this, &RightsPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, [this] { loadRole(m_roleId); });
    retranslateUi();
    reload();
}

void RightsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RightsPage::retranslateUi()
{
    m_titleLabel->setText(tr("Rights"));
    m_rolesLabel->setText(tr("Role:"));
    m_saveButton->setText(tr("Save"));
    m_revertButton->setText(tr("Revert"));
    m_roleLabel->setText(m_roleId > 0 ? tr("Pages the role \"%1\" opens:").arg(roleLabel())
                                      : tr("Choose a role on the left."));
    for (int i = 0; i < m_roles->count(); ++i) {
        QListWidgetItem* item = m_roles->item(i);
        const QString name = RightCatalog::roleLabel(item->data(CodeRole).toString(),
                                                     static_cast<RoleKind>(item->data(KindRole).toInt()));
        item->setText(item->data(EnabledRole).toBool() ? name : tr("%1 (disabled)").arg(name));
    }
    for (auto it = m_items.begin(); it != m_items.end(); ++it)
        it.value()->setText(0, RightCatalog::label(it.key()) == it.key() ? it.value()->text(0)
                                                                         : RightCatalog::label(it.key()));
}

void RightsPage::reload()
{
    const qint64 keep = m_roleId;
    {
        const QSignalBlocker block(m_roles);
        m_roles->clear();
        const auto roles = RoleService(*m_workspace.db, *m_workspace.clock, m_workspace.session).list();
        if (!roles) {
            m_statusLabel->setText(roles.error().message());
            return;
        }
        for (const RoleRecord& role : *roles) {
            auto* item =
                new QListWidgetItem(role.enabled ? role.label() : tr("%1 (disabled)").arg(role.label()), m_roles);
            item->setData(IdRole, role.id);
            item->setData(CodeRole, role.name);
            item->setData(KindRole, static_cast<int>(role.kind));
            item->setData(EnabledRole, role.enabled);
        }
    }
    buildTree();
    int row = 0;
    for (int i = 0; i < m_roles->count(); ++i) {
        if (m_roles->item(i)->data(IdRole).toLongLong() == keep)
            row = i;
    }
    m_roleId = 0;
    m_roles->setCurrentRow(row);
    if (m_roleId == 0 && m_roles->count() > 0)
        loadRole(m_roles->item(row)->data(IdRole).toLongLong());
}

void RightsPage::buildTree()
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    m_items.clear();
    const auto tree = RightsService(*m_workspace.db, *m_workspace.clock, m_workspace.session).tree();
    if (!tree) {
        m_statusLabel->setText(tree.error().message());
        return;
    }
    for (const RightNode& node : *tree) {
        QTreeWidgetItem* parent = m_items.value(node.parent);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, node.label);
        item->setData(0, CodeRole, node.code);
        item->setToolTip(0, node.code);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
        if (node.folder)
            flags |= Qt::ItemIsAutoTristate; // its state follows its pages, ticking it ticks them all
        item->setFlags(flags);
        item->setCheckState(0, Qt::Unchecked);
        m_items.insert(node.code, item);
    }
    m_tree->expandAll();
}

void RightsPage::roleChosen()
{
    QListWidgetItem* item = m_roles->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    if (id == m_roleId)
        return;
    if (isDirty() &&
        MessageBox::question(this, tr("Rights"),
                             tr("The rights of \"%1\" have unsaved changes. Discard them?").arg(roleLabel())) !=
            QMessageBox::Yes) {
        const QSignalBlocker block(m_roles);
        for (int i = 0; i < m_roles->count(); ++i) {
            if (m_roles->item(i)->data(IdRole).toLongLong() == m_roleId)
                m_roles->setCurrentRow(i);
        }
        return;
    }
    loadRole(id);
}

void RightsPage::loadRole(qint64 roleId)
{
    const auto role = RoleService(*m_workspace.db, *m_workspace.clock, m_workspace.session).load(roleId);
    const auto rights = RightsService(*m_workspace.db, *m_workspace.clock, m_workspace.session).roleRights(roleId);
    if (!role || !rights) {
        m_statusLabel->setText(!role ? role.error().message() : rights.error().message());
        return;
    }
    m_roleId = roleId;
    m_roleVersion = role->version;
    m_roleName = role->name;
    m_roleKind = role->kind;
    m_saved = *rights;
    {
        const QSignalBlocker block(m_tree);
        for (auto it = m_items.begin(); it != m_items.end(); ++it) {
            if (it.value()->childCount() == 0)
                it.value()->setCheckState(0, m_saved.contains(it.key()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_tree->viewport()->update();
    m_statusLabel->clear();
    retranslateUi();
    updateState();
}

bool RightsPage::selectRole(const QString& name)
{
    for (int i = 0; i < m_roles->count(); ++i) {
        if (m_roles->item(i)->data(CodeRole).toString() == name) {
            m_roles->setCurrentRow(i);
            return m_roleName == name;
        }
    }
    return false;
}

QStringList RightsPage::checkedCodes() const
{
    QStringList codes;
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        if (it.value()->childCount() == 0 && it.value()->checkState(0) == Qt::Checked)
            codes << it.key();
    }
    codes.sort();
    return codes;
}

QTreeWidgetItem* RightsPage::itemOf(const QString& code) const
{
    return m_items.value(code);
}

bool RightsPage::isDirty() const
{
    return m_roleId > 0 && checkedCodes() != m_saved;
}

void RightsPage::updateState()
{
    const bool dirty = isDirty();
    m_saveButton->setEnabled(dirty);
    m_revertButton->setEnabled(dirty);
    if (dirty)
        m_statusLabel->setText(tr("Unsaved changes"));
}

bool RightsPage::save()
{
    if (m_roleId == 0)
        return false;
    const auto s = RightsService(*m_workspace.db, *m_workspace.clock, m_workspace.session)
                       .save(m_roleId, checkedCodes(), m_roleVersion);
    if (!s) {
        if (s.error().code() == ErrorCode::Conflict &&
            MessageBox::question(
                this, tr("Rights"),
                tr("%1\n\nLoad the role's rights as they are saved now? Your ticks are lost.").arg(s.error().message()),
                QMessageBox::Yes) == QMessageBox::Yes) {
            loadRole(m_roleId);
            return false;
        }
        MessageBox::warning(this, tr("Rights"), s.error().message());
        return false;
    }
    loadRole(m_roleId);
    m_statusLabel->setText(tr("Saved. Accounts of the role get the new pages at their next login."));
    return true;
}

} // namespace ketong
