#include "ListPage.h"

#include "ListOutput.h"
#include "LiveRefresh.h"
#include "TableLook.h"
#include "models/PagedListModel.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ketong {

ListPage::ListPage(DatabasePtr db, QWidget* parent)
    : QWidget(parent)
    , m_model(new PagedListModel(db, this))
{
    auto* filterBar = new QHBoxLayout;
    m_filterArea = new QWidget(this);
    m_filterArea->setObjectName(u"filterAreaWidget"_s);
    m_searchButton = new QPushButton(this);
    m_searchButton->setObjectName(u"searchPushButton"_s);
    m_resetButton = new QPushButton(this);
    m_resetButton->setObjectName(u"resetPushButton"_s);
    filterBar->addWidget(m_filterArea);
    filterBar->addStretch();
    filterBar->addWidget(m_searchButton);
    filterBar->addWidget(m_resetButton);

    m_actionBar = new QToolBar(this);
    m_actionBar->setObjectName(u"actionToolBar"_s);
    m_actionBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_table = new QTableView(this);
    m_table->setObjectName(u"listTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    TableLook::setRows(m_table); // a million rows, one height
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);

    m_emptyLabel = new QLabel(m_table->viewport());
    m_emptyLabel->setObjectName(u"emptyStateLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyLabel->hide();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_countLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // an error can be copied

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    m_output = new ListOutput(this, m_model, m_filterArea, db);
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_actionBar, 1);
    actionRow->addWidget(m_output);
    layout->addLayout(actionRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &ListPage::saveHeader);
    connect(header, &QHeaderView::sectionResized, m_saveTimer, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionMoved, m_saveTimer, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ListPage::onSortIndicatorChanged);

    connect(m_searchButton, &QPushButton::clicked, this, &ListPage::searchRequested);
    connect(m_resetButton, &QPushButton::clicked, this, &ListPage::resetRequested);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const qint64 id = m_model->idAt(index.row()))
            Q_EMIT activated(id);
    });
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &ListPage::newRequested);

    connect(m_model, &PagedListModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_errorText.clear();
        updateStatus();
    });
    connect(m_model, &PagedListModel::totalCountKnown, this, &ListPage::updateStatus);
    connect(m_model, &PagedListModel::errorOccurred, this, &ListPage::onError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListPage::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateStatus);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_idBeforeReset = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A refresh or a new sort: stay on the same record when it is among the first rows.
        if (const int row = m_idBeforeReset ? m_model->rowOf(m_idBeforeReset) : -1; row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
        updateStatus();
    });

    // Live refresh: another client's change to a table of this list reloads it, debounced, keeping the
    // current record (PostgreSQL: NOTIFY; SQLite: another connection's commit, which names no table).
    followChanges(
        this, *db, [this] { return m_tables; }, m_model, [this] { refresh(); });

    setEmptyText({});
    retranslateUi();
}

QStringList ListPage::tablesOf(const QString& from)
{
    // "lost_records r JOIN customers c ON … LEFT JOIN users u ON …": the first word and every word after JOIN.
    static const QRegularExpression table(QStringLiteral("(?:^\\s*|\\bJOIN\\s+)([a-z_]+)"),
                                          QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (auto it = table.globalMatch(from); it.hasNext();)
        out << it.next().captured(1).toLower();
    return out;
}

ListPage::~ListPage()
{
    saveHeader();
}

void ListPage::setQuery(const ListQuery& query)
{
    m_errorText.clear();
    if (m_filtersRestored)
        saveFilters(); // the filters of this search are the ones to show next time
    m_tables = tablesOf(query.from);
    m_model->setQuery(query);
    if (!m_headerRestored && m_model->columnCount() > 0) {
        m_headerRestored = true;
        restoreHeader();
    }
    applyStretchColumn();
    showModelSort();
    updateStatus();
}

void ListPage::refresh()
{
    m_model->refresh();
}

void ListPage::setStretchColumn(const QString& key)
{
    m_stretchKey = key;
    applyStretchColumn();
}

void ListPage::applyStretchColumn()
{
    if (m_stretchKey.isEmpty() || m_model->columnCount() == 0)
        return;
    TableLook::setStretchColumn(m_table, m_model->query().columnIndex(m_stretchKey));
}

void ListPage::addFilterWidget(QWidget* widget)
{
    if (!m_filterArea->layout()) {
        auto* row = new QHBoxLayout(m_filterArea);
        row->setContentsMargins(0, 0, 0, 0);
    }
    m_filterArea->layout()->addWidget(widget);
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        connect(edit, &QLineEdit::returnPressed, this, &ListPage::searchRequested);
}

void ListPage::addAction(QAction* action)
{
    m_actionBar->addAction(action);
    QWidget::addAction(action);
}

void ListPage::addActionWidget(QWidget* widget)
{
    m_actionBar->addWidget(widget);
}

void ListPage::setEmptyText(std::function<QString()> text)
{
    m_emptyText = text ? std::move(text) : [] { return tr("No records match the filters"); };
    updateStatus();
}

QString ListPage::emptyText() const
{
    return m_emptyText();
}

qint64 ListPage::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void ListPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool ListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = !(key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier));
        if (plain && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (const qint64 id = currentId())
                Q_EMIT activated(id);
            return true;
        }
        if (plain && key->key() == Qt::Key_Delete) {
            if (const qint64 id = currentId())
                Q_EMIT deleteRequested(id);
            return true;
        }
    } else if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_emptyLabel->setGeometry(m_table->viewport()->rect());
    }
    return QWidget::eventFilter(watched, event);
}

void ListPage::retranslateUi()
{
    m_searchButton->setText(tr("Search"));
    m_resetButton->setText(tr("Reset"));
    updateStatus();
}

void ListPage::updateStatus()
{
    const int rows = m_model->rowCount();
    const bool failed = !m_errorText.isEmpty();
    if (failed)
        m_countLabel->setText(m_errorText);
    else if (m_model->totalCount() < 0 && (m_model->isLoading() || rows > 0))
        m_countLabel->setText(tr("Loading…"));
    else
        m_countLabel->setText(tr("%n record(s)", nullptr, rows));
    if (m_countLabel->property("error").toBool() != failed) {
        m_countLabel->setProperty("error", failed);
        QPalette palette; // only what is set here overrides the inherited palette
        if (failed)
            palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        m_countLabel->setPalette(palette);
    }
    const bool empty = rows == 0 && !m_model->isLoading() && !failed && m_model->columnCount() > 0;
    if (empty) {
        m_emptyLabel->setText(m_emptyText());
        m_emptyLabel->setGeometry(m_table->viewport()->rect());
    }
    m_emptyLabel->setVisible(empty);
}

void ListPage::onSortIndicatorChanged(int section, Qt::SortOrder order)
{
    if (m_syncingSort)
        return;
    if (m_model->query().isSortable(section))
        m_model->sort(section, order);
    showModelSort(); // a column that cannot be sorted gives the indicator back
}

void ListPage::showModelSort()
{
    const ListQuery& query = m_model->query();
    const bool sorted = query.isSortable(query.sortColumn);
    QHeaderView* header = m_table->horizontalHeader();
    m_syncingSort = true;
    header->setSortIndicatorShown(sorted);
    if (sorted)
        header->setSortIndicator(query.sortColumn, query.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_syncingSort = false;
}

void ListPage::onError(const Error& error)
{
    m_errorText = error.message();
    updateStatus();
}

QString ListPage::settingsKey(const char* leaf) const
{
    return u"pages/%1/%2"_s.arg(objectName(), QLatin1String(leaf));
}

QStringList ListPage::columnKeys() const
{
    QStringList keys;
    for (const ListColumn& column : m_model->query().columns)
        keys << column.key;
    return keys;
}

void ListPage::fitColumns()
{
    // Each column as wide as its title and the loaded rows, within bounds; the page's stretch column (else
    // the last one) then takes the rest.
    QHeaderView* header = m_table->horizontalHeader();
    const int end = m_stretchKey.isEmpty() ? m_model->columnCount() - 1 : m_model->columnCount();
    for (int column = 0; column < end; ++column) {
        m_table->resizeColumnToContents(column);
        header->resizeSection(column, qBound(60, header->sectionSize(column) + 12, 320));
    }
}

void ListPage::restoreHeader()
{
    if (objectName().isEmpty())
        return;
    QSettings settings;
    // A state saved for other columns (an older version of the page) would put widths on the wrong columns.
    if (settings.value(settingsKey("columns")).toStringList() != columnKeys()) {
        // Nothing remembered: fit the columns to the first rows once they are in.
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &ListPage::fitColumns, Qt::SingleShotConnection);
        return;
    }
    m_syncingSort = true; // the sort is the query's, not the remembered one
    m_table->horizontalHeader()->restoreState(settings.value(settingsKey("header")).toByteArray());
    m_syncingSort = false;
}

namespace {
/// The filter fields of a page that are remembered: named line edits, combo boxes and date edits.
QList<QWidget*> filterFields(QWidget* area)
{
    QList<QWidget*> out;
    for (QWidget* w : area->findChildren<QWidget*>()) {
        if (w->objectName().isEmpty() || qobject_cast<QComboBox*>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue;
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QDateEdit*>(w))
            out << w;
    }
    return out;
}
} // namespace

void ListPage::saveFilters() const
{
    if (objectName().isEmpty())
        return;
    QSettings settings;
    for (QWidget* w : filterFields(m_filterArea)) {
        const QString key = settingsKey("filters") + QLatin1Char('/') + w->objectName();
        if (auto* e = qobject_cast<QLineEdit*>(w))
            settings.setValue(key, e->text());
        else if (auto* c = qobject_cast<QComboBox*>(w))
            settings.setValue(key, c->currentIndex());
        else if (auto* d = qobject_cast<QDateEdit*>(w))
            settings.setValue(key, d->date());
    }
}

void ListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_filtersRestored)
        return;
    m_filtersRestored = true;
    // The filters of the last search on this page, then that search again when they differ.
    QSettings settings;
    bool changed = false;
    for (QWidget* w : filterFields(m_filterArea)) {
        const QVariant v = settings.value(settingsKey("filters") + QLatin1Char('/') + w->objectName());
        if (!v.isValid())
            continue;
        if (auto* e = qobject_cast<QLineEdit*>(w); e && e->text() != v.toString()) {
            e->setText(v.toString());
            changed = true;
        } else if (auto* c = qobject_cast<QComboBox*>(w);
                   c && v.toInt() < c->count() && c->currentIndex() != v.toInt()) {
            c->setCurrentIndex(v.toInt());
            changed = true;
        } else if (auto* d = qobject_cast<QDateEdit*>(w); d && d->date() != v.toDate()) {
            d->setDate(v.toDate());
            changed = true;
        }
    }
    if (changed)
        Q_EMIT searchRequested();
}

void ListPage::saveHeader() const
{
    if (objectName().isEmpty() || !m_headerRestored)
        return;
    QSettings settings;
    settings.setValue(settingsKey("header"), m_table->horizontalHeader()->saveState());
    settings.setValue(settingsKey("columns"), columnKeys());
}

} // namespace ketong
