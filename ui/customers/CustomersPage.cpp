#include "CustomersPage.h"

#include "ActivitiesDialog.h"
#include "ContactsDialog.h"
#include "CustomerDialog.h"
#include "ImportWizard.h"
#include "OrderHistoryDialog.h"
#include "ReassignDialog.h"
#include "basedata/Dictionary.h"
#include "common/ListOutput.h"
#include "common/LiveRefresh.h"
#include "common/MessageBox.h"
#include "common/TableLook.h"
#include "common/TaskRunner.h"
#include "customers/CustomerExporter.h"
#include "customers/CustomerService.h"
#include "models/PagedListModel.h"
#include "setup/ReferenceData.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace ketong {

namespace {
QPushButton* button(QWidget* parent, const char* name)
{
    auto* b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

constexpr CustomerView kViews[] = {CustomerView::All,
                                   CustomerView::Mine,
                                   CustomerView::CreatedToday,
                                   CustomerView::CreatedThisWeek,
                                   CustomerView::CreatedThisMonth,
                                   CustomerView::RecentlyUpdated};
} // namespace

CustomersPage::CustomersPage(const Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PagedListModel(workspace.db, this))
    , m_view(new QTableView(this))
    , m_tabs(new QTabBar(this))
    , m_countLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("customersPage"));
    CustomerService service(*workspace.db, *workspace.clock, workspace.session);
    m_canWrite = service.canCreate();
    m_canReassign = service.canReassign();
    m_view->setObjectName(QStringLiteral("customersTableView"));
    m_tabs->setObjectName(QStringLiteral("viewTabBar"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setStyleSheet(QStringLiteral("color: #777; padding: 24px;"));
    m_emptyLabel->hide();
    for (int i = 0; i < int(std::size(kViews)); ++i)
        m_tabs->addTab(QString());
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(m_canReassign ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    TableLook::setRows(m_view);

    auto* layout = new QVBoxLayout(this);
    m_filterBar = buildFilterBar();
    layout->addWidget(m_filterBar);
    layout->addWidget(m_tabs);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(buildActionBar());

    connect(m_tabs, &QTabBar::currentChanged, this, &CustomersPage::search);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->idAt(index.row()))
            editCustomer(id);
    });
    connect(m_model, &PagedListModel::totalCountKnown, this, [this](int count) {
        m_countLabel->setText(tr("%n customer(s)", nullptr, count));
        m_emptyLabel->setVisible(count == 0);
    });
    connect(m_model, &PagedListModel::loadingChanged, this, [this](bool loading) {
        // Fit the columns to the first page once; after that the user's widths stay.
        if (loading || m_sized || m_model->rowCount() == 0)
            return;
        m_sized = true;
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, qBound(70, m_view->columnWidth(c) + 16, 360));
    });
    connect(m_model, &PagedListModel::errorOccurred, this,
            [this](const Error& error) { m_countLabel->setText(error.message()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateActions);
    // Other users' changes to customers (or to the account managers shown) reload the list.
    followChanges(
        this, *m_workspace.db,
        [] {
            return QStringList{QStringLiteral("customers"), QStringLiteral("users")};
        },
        m_model, [this] { m_model->refresh(); });
    loadChoices();
    retranslateUi();
    search();
}

QWidget* CustomersPage::buildFilterBar()
{
    auto* bar = new QWidget(this);
    m_codeLabel = new QLabel(bar);
    m_codeEdit = new QLineEdit(bar);
    m_codeEdit->setObjectName(QStringLiteral("codeFilterLineEdit"));
    m_nameLabel = new QLabel(bar);
    m_nameEdit = new QLineEdit(bar);
    m_nameEdit->setObjectName(QStringLiteral("nameFilterLineEdit"));
    m_regionLabel = new QLabel(bar);
    m_regionCombo = new QComboBox(bar);
    m_regionCombo->setObjectName(QStringLiteral("regionFilterComboBox"));
    m_managerLabel = new QLabel(bar);
    m_managerCombo = new QComboBox(bar);
    m_managerCombo->setObjectName(QStringLiteral("managerFilterComboBox"));
    m_levelLabel = new QLabel(bar);
    m_levelCombo = new QComboBox(bar);
    m_levelCombo->setObjectName(QStringLiteral("levelFilterComboBox"));
    m_statusLabel = new QLabel(bar);
    m_statusCombo = new QComboBox(bar);
    m_statusCombo->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_searchButton = button(bar, "searchPushButton");
    m_resetButton = button(bar, "resetPushButton");
    m_codeEdit->setMinimumWidth(110);
    m_nameEdit->setMinimumWidth(180);
    // Two rows, so that the bar fits a 1280-pixel window in Chinese and in English.
    auto* layout = new QGridLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QLabel*, QWidget*>> pairs{{m_codeLabel, m_codeEdit},      {m_nameLabel, m_nameEdit},
                                                    {m_regionLabel, m_regionCombo}, {m_managerLabel, m_managerCombo},
                                                    {m_levelLabel, m_levelCombo},   {m_statusLabel, m_statusCombo}};
    for (int i = 0; i < pairs.size(); ++i) {
        const auto& [label, field] = pairs.at(i);
        label->setBuddy(field);
        layout->addWidget(label, i / 3, (i % 3) * 2, Qt::AlignRight);
        layout->addWidget(field, i / 3, (i % 3) * 2 + 1);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_searchButton);
    buttons->addWidget(m_resetButton);
    buttons->addStretch();
    layout->addLayout(buttons, 1, 6);
    layout->setColumnStretch(6, 1);
    for (QLineEdit* edit : {m_codeEdit, m_nameEdit})
        connect(edit, &QLineEdit::returnPressed, this, &CustomersPage::search);
    for (QComboBox* combo : {m_regionCombo, m_managerCombo, m_levelCombo, m_statusCombo})
        connect(combo, &QComboBox::activated, this, &CustomersPage::search);
    connect(m_searchButton, &QPushButton::clicked, this, &CustomersPage::search);
    connect(m_resetButton, &QPushButton::clicked, this, [this] {
        m_codeEdit->clear();
        m_nameEdit->clear();
        for (QComboBox* combo : {m_regionCombo, m_managerCombo, m_levelCombo, m_statusCombo})
            combo->setCurrentIndex(0);
        search();
    });
    return bar;
}

QWidget* CustomersPage::buildActionBar()
{
    auto* bar = new QWidget(this);
    m_newButton = button(bar, "newPushButton");
    m_editButton = button(bar, "editPushButton");
    m_contactsButton = button(bar, "contactsPushButton");
    m_activitiesButton = button(bar, "activitiesPushButton");
    m_ordersButton = button(bar, "ordersPushButton");
    m_deleteButton = button(bar, "deletePushButton");
    m_importButton = button(bar, "importPushButton");
    m_exportButton = button(bar, "exportPushButton");
    m_reassignButton = button(bar, "reassignPushButton");
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* b : {m_newButton, m_editButton, m_contactsButton, m_activitiesButton, m_ordersButton,
                           m_deleteButton, m_importButton, m_exportButton, m_reassignButton})
        layout->addWidget(b);
    layout->addStretch();
    layout->addWidget(m_countLabel);
    // 打印 / 导出 of the list as filtered (the 导出客户文件 button writes the import format instead).
    layout->addWidget(new ListOutput(this, m_model, m_filterBar, m_workspace.db));
    m_newButton->setVisible(m_canWrite);
    m_deleteButton->setVisible(m_canWrite);
    m_importButton->setVisible(m_canWrite);
    m_reassignButton->setVisible(m_canReassign);
    connect(m_newButton, &QPushButton::clicked, this, &CustomersPage::newCustomer);
    const auto withCurrent = [this](auto action) {
        return [this, action] {
            const QList<qint64> ids = selectedIds();
            if (!ids.isEmpty())
                (this->*action)(ids.constFirst());
        };
    };
    connect(m_editButton, &QPushButton::clicked, this, withCurrent(&CustomersPage::editCustomer));
    connect(m_deleteButton, &QPushButton::clicked, this, withCurrent(&CustomersPage::deleteCustomer));
    connect(m_contactsButton, &QPushButton::clicked, this, [this] { openSub(0); });
    connect(m_activitiesButton, &QPushButton::clicked, this, [this] { openSub(1); });
    connect(m_ordersButton, &QPushButton::clicked, this, [this] { openSub(2); });
    connect(m_importButton, &QPushButton::clicked, this, &CustomersPage::importCustomers);
    connect(m_exportButton, &QPushButton::clicked, this, &CustomersPage::exportCustomers);
    connect(m_reassignButton, &QPushButton::clicked, this, &CustomersPage::reassignSelected);
    return bar;
}

void CustomersPage::loadChoices()
{
    m_regionCombo->addItem(QString(), QString());
    for (const DictItem& item : Dictionary::items(*m_workspace.db, DictType::Region).valueOr({}))
        m_regionCombo->addItem(item.item, item.value);
    m_levelCombo->addItem(QString(), 0);
    for (const DictItem& item : Dictionary::items(*m_workspace.db, DictType::CustomerLevel).valueOr({}))
        m_levelCombo->addItem(item.item, item.value.toInt());
    m_managerCombo->addItem(QString(), qint64(0));
    CustomerService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    for (const CustomerRules::Account& a : service.managerChoices().valueOr({}))
        m_managerCombo->addItem(a.name, a.id);
    for (int status : {1, 2, 0})
        m_statusCombo->addItem(QString(), status);
}

void CustomersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomersPage::retranslateUi()
{
    static const char* const views[] = {
        QT_TR_NOOP("All"),           QT_TR_NOOP("My customers"),   QT_TR_NOOP("Created today"),
        QT_TR_NOOP("New this week"), QT_TR_NOOP("New this month"), QT_TR_NOOP("Recently updated")};
    for (int i = 0; i < int(std::size(views)); ++i)
        m_tabs->setTabText(i, tr(views[i]));
    m_tabs->setTabToolTip(5, tr("Changed within the last 30 days, newest first"));
    m_codeLabel->setText(tr("Code:"));
    m_nameLabel->setText(tr("Name:"));
    m_regionLabel->setText(tr("Region:"));
    m_managerLabel->setText(tr("Manager:"));
    m_levelLabel->setText(tr("Level:"));
    m_statusLabel->setText(tr("Status:"));
    m_codeEdit->setPlaceholderText(tr("starts with"));
    m_nameEdit->setPlaceholderText(tr("contains"));
    for (QComboBox* combo : {m_regionCombo, m_managerCombo, m_levelCombo})
        combo->setItemText(0, tr("All"));
    m_statusCombo->setItemText(0, CustomerService::statusLabel(CustomerStatus::Normal));
    m_statusCombo->setItemText(1, CustomerService::statusLabel(CustomerStatus::Lost));
    m_statusCombo->setItemText(2, tr("Normal and lost"));
    m_searchButton->setText(tr("Search"));
    m_resetButton->setText(tr("Reset"));
    m_newButton->setText(tr("New"));
    m_editButton->setText(tr("Edit"));
    m_contactsButton->setText(tr("Contacts"));
    m_activitiesButton->setText(tr("Interaction records"));
    m_ordersButton->setText(tr("History orders"));
    m_deleteButton->setText(tr("Delete"));
    m_importButton->setText(tr("Import…"));
    m_exportButton->setText(tr("Export customers.csv…"));
    m_reassignButton->setText(tr("Reassign…"));
    m_emptyLabel->setText(tr("No customer matches the filter."));
    if (const int count = m_model->totalCount(); count >= 0)
        m_countLabel->setText(tr("%n customer(s)", nullptr, count));
}

void CustomersPage::updateActions()
{
    const int selected = int(selectedIds().size());
    for (QPushButton* b : {m_editButton, m_contactsButton, m_activitiesButton, m_ordersButton, m_deleteButton})
        b->setEnabled(selected == 1);
    m_reassignButton->setEnabled(selected > 0);
}

CustomerFilter CustomersPage::filter() const
{
    CustomerFilter f;
    f.code = m_codeEdit->text().trimmed();
    f.name = m_nameEdit->text().trimmed();
    f.region = m_regionCombo->currentData().toString();
    f.managerId = m_managerCombo->currentData().toLongLong();
    f.level = m_levelCombo->currentData().toInt();
    f.status = m_statusCombo->currentData().toInt();
    f.view = kViews[qBound(0, m_tabs->currentIndex(), int(std::size(kViews)) - 1)];
    return f;
}

void CustomersPage::search()
{
    auto query = CustomerService(*m_workspace.db, *m_workspace.clock, m_workspace.session).listQuery(filter());
    if (!query) {
        m_countLabel->setText(query.error().message());
        return;
    }
    m_emptyLabel->hide();
    m_countLabel->setText(tr("Loading…"));
    m_model->setQuery(*query);
    // The name takes the room the other columns leave (the status column comes and goes with the filter).
    TableLook::setStretchColumn(m_view, query->columnIndex(QStringLiteral("name")));
    m_view->horizontalHeader()->setSortIndicator(query->sortColumn,
                                                 query->descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

QList<qint64> CustomersPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        if (const qint64 id = m_model->idAt(index.row()))
            ids.append(id);
    }
    if (ids.isEmpty() && m_view->currentIndex().isValid()) {
        if (const qint64 id = m_model->idAt(m_view->currentIndex().row()))
            ids.append(id);
    }
    return ids;
}

void CustomersPage::newCustomer()
{
    if (!m_canWrite)
        return;
    if (CustomerDialog(m_workspace, 0, this).exec() == QDialog::Accepted)
        m_model->refresh();
}

void CustomersPage::editCustomer(qint64 id)
{
    CustomerDialog dialog(m_workspace, id, this);
    dialog.exec();
    m_model->refresh(); // contacts, records or the file itself (its manager) may have changed
    Q_EMIT badgesChanged();
}

void CustomersPage::deleteCustomer(qint64 id)
{
    CustomerService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    const auto customer = service.load(id);
    if (!customer) {
        MessageBox::warning(this, tr("Delete customer"), customer.error().message());
        return;
    }
    if (auto s = CustomerService::checkEditable(m_workspace.session, *customer); !s) {
        MessageBox::warning(this, tr("Delete customer"), s.error().message());
        return;
    }
    if (MessageBox::question(this, tr("Delete customer"),
                             tr("Delete the customer %1 %2? It leaves the lists; its contacts, records and orders "
                                "are kept.")
                                 .arg(customer->code, customer->name)) != QMessageBox::Yes)
        return;
    if (auto s = service.remove(id, customer->version); !s)
        MessageBox::warning(this, tr("Delete customer"), s.error().message());
    m_model->refresh();
    Q_EMIT badgesChanged();
}

void CustomersPage::openSub(int which)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    CustomerService service(*m_workspace.db, *m_workspace.clock, m_workspace.session);
    const auto customer = service.load(ids.constFirst());
    if (!customer)
        return;
    const bool readOnly = !service.canEdit(*customer);
    if (which == 0)
        ContactsDialog(m_workspace, *customer, readOnly, this).exec();
    else if (which == 1)
        ActivitiesDialog(m_workspace, *customer, readOnly, this).exec();
    else
        OrderHistoryDialog(m_workspace, *customer, this).exec();
}

void CustomersPage::reassignSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_canReassign || ids.isEmpty())
        return;
    ReassignDialog dialog(m_workspace, ids, this);
    if (dialog.exec() == QDialog::Accepted) {
        MessageBox::information(this, dialog.windowTitle(),
                                tr("%n customer(s) now have the new account manager.", nullptr, dialog.changedCount()));
        m_model->refresh();
        Q_EMIT badgesChanged();
    }
}

void CustomersPage::importCustomers()
{
    ImportWizard wizard(m_workspace, this);
    wizard.exec();
    if (wizard.imported())
        m_model->refresh();
}

void CustomersPage::exportCustomers()
{
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export customers"), QStringLiteral("customers.csv"),
                                                      tr("CSV (*.csv);;Excel (*.xlsx)"), &selectedFilter);
    if (path.isEmpty())
        return;
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    const Workspace ws = m_workspace;
    const CustomerFilter f = filter();
    m_exportButton->setEnabled(false);
    runAsync<Result<int>>(
        this,
        [ws, f, path, xlsx]() -> Result<int> {
            CustomerExporter exporter(*ws.db, *ws.clock, ws.session);
            if (xlsx)
                return exporter.writeXlsx(path, f);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return Error(ErrorCode::Io, file.errorString());
            return exporter.writeCsv(file, f);
        },
        [this, path](const Result<int>& written) {
            m_exportButton->setEnabled(true);
            if (written)
                MessageBox::information(this, tr("Export customers"),
                                        tr("%n customer(s) exported to %1.", nullptr, *written).arg(path));
            else
                MessageBox::warning(this, tr("Export customers"), written.error().message());
        });
}

void CustomersPage::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::New)) {
        newCustomer();
        return;
    }
    const QList<qint64> ids = selectedIds();
    if (event->key() == Qt::Key_Delete && m_canWrite && ids.size() == 1) {
        deleteCustomer(ids.constFirst());
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_view->hasFocus() && ids.size() == 1) {
        editCustomer(ids.constFirst());
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ketong
