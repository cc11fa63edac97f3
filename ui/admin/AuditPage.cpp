#include "AuditPage.h"

#include "common/AuditChangesView.h"
#include "common/MessageBox.h"
#include "common/TableLook.h"
#include "common/TaskRunner.h"
#include "reports/ReportTable.h"
#include "reports/ReportWriter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ketong {

namespace {
enum Column { Time, By, Action, Entity, Record, Changes, ColumnCount };

QDateTime startOfLocalDay(const QDate& date)
{
    return date.startOfDay().toUTC();
}
} // namespace

AuditPage::AuditPage(const Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_titleLabel(new QLabel(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_actorLabel(new QLabel(this))
    , m_entityLabel(new QLabel(this))
    , m_actionLabel(new QLabel(this))
    , m_recordLabel(new QLabel(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_actorCombo(new QComboBox(this))
    , m_entityCombo(new QComboBox(this))
    , m_actionCombo(new QComboBox(this))
    , m_recordEdit(new QLineEdit(this))
    , m_searchButton(new QPushButton(this))
    , m_resetButton(new QPushButton(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_changes(new AuditChangesView(this))
    , m_countLabel(new QLabel(this))
    , m_csvButton(new QPushButton(this))
    , m_xlsxButton(new QPushButton(this))
{
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    m_actorCombo->setObjectName(QStringLiteral("actorComboBox"));
    m_entityCombo->setObjectName(QStringLiteral("entityComboBox"));
    m_actionCombo->setObjectName(QStringLiteral("actionComboBox"));
    m_recordEdit->setObjectName(QStringLiteral("recordLineEdit"));
    m_searchButton->setObjectName(QStringLiteral("searchPushButton"));
    m_resetButton->setObjectName(QStringLiteral("resetPushButton"));
    m_table->setObjectName(QStringLiteral("auditTableWidget"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_csvButton->setObjectName(QStringLiteral("exportCsvPushButton"));
    m_xlsxButton->setObjectName(QStringLiteral("exportXlsxPushButton"));
    QFont title = m_titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_titleLabel->setFont(title);
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_recordEdit->setMaxLength(100);
    m_recordEdit->setClearButtonEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    TableLook::setRows(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_searchButton->setDefault(true);

    auto* filters = new QGridLayout;
    filters->addWidget(m_fromLabel, 0, 0);
    filters->addWidget(m_fromEdit, 0, 1);
    filters->addWidget(m_toLabel, 0, 2);
    filters->addWidget(m_toEdit, 0, 3);
    filters->addWidget(m_actorLabel, 0, 4);
    filters->addWidget(m_actorCombo, 0, 5);
    filters->addWidget(m_entityLabel, 1, 0);
    filters->addWidget(m_entityCombo, 1, 1);
    filters->addWidget(m_actionLabel, 1, 2);
    filters->addWidget(m_actionCombo, 1, 3);
    filters->addWidget(m_recordLabel, 1, 4);
    filters->addWidget(m_recordEdit, 1, 5);
    filters->addWidget(m_searchButton, 0, 6);
    filters->addWidget(m_resetButton, 1, 6);
    filters->setColumnStretch(5, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel, 1);
    bottom->addWidget(m_csvButton);
    bottom->addWidget(m_xlsxButton);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_changes);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_searchButton, &QPushButton::clicked, this, &AuditPage::search);
    connect(m_resetButton, &QPushButton::clicked, this, &AuditPage::resetFilter);
    connect(m_recordEdit, &QLineEdit::returnPressed, this, &AuditPage::search);
    connect(m_csvButton, &QPushButton::clicked, this, [this] { chooseExport(QStringLiteral("csv")); });
    connect(m_xlsxButton, &QPushButton::clicked, this, [this] { chooseExport(QStringLiteral("xlsx")); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_entries.size())
            m_changes->setEntry(m_entries.at(row));
        else
            m_changes->clear();
    });
    retranslateUi();
    resetFilter();
}

void AuditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditPage::retranslateUi()
{
    m_titleLabel->setText(tr("Audit log"));
    m_fromLabel->setText(tr("From:"));
    m_toLabel->setText(tr("To:"));
    m_actorLabel->setText(tr("By:"));
    m_entityLabel->setText(tr("Record type:"));
    m_actionLabel->setText(tr("Action:"));
    m_recordLabel->setText(tr("Record id:"));
    m_searchButton->setText(tr("Search"));
    m_resetButton->setText(tr("Reset"));
    m_csvButton->setText(tr("Export CSV…"));
    m_xlsxButton->setText(tr("Export Excel…"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("By"), tr("Action"), tr("Record type"), tr("Record"), tr("Changes")});
    fillChoices();
    fill();
}

void AuditPage::fillChoices()
{
    AuditQuery audit(*m_workspace.db, m_workspace.session);
    const auto refill = [](QComboBox* combo, const QList<std::pair<QString, QString>>& items) {
        const QSignalBlocker block(combo);
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(AuditPage::tr("(all)"), QString());
        for (const auto& [value, text] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    QList<std::pair<QString, QString>> actors;
    if (const auto list = audit.actors())
        for (const auto& [login, name] : *list)
            actors.append({login, login == name ? login : QStringLiteral("%1 (%2)").arg(name, login)});
    refill(m_actorCombo, actors);
    QList<std::pair<QString, QString>> entities;
    if (const auto list = audit.entities())
        for (const QString& entity : *list)
            entities.append({entity, AuditQuery::entityLabel(entity)});
    refill(m_entityCombo, entities);
    QList<std::pair<QString, QString>> actions;
    if (const auto list = audit.actions())
        for (const QString& action : *list)
            actions.append({action, AuditQuery::actionLabel(action)});
    refill(m_actionCombo, actions);
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.from = startOfLocalDay(m_fromEdit->date());
    f.to = startOfLocalDay(m_toEdit->date().addDays(1)); // the "to" day is included
    f.actor = m_actorCombo->currentData().toString();
    f.entity = m_entityCombo->currentData().toString();
    f.action = m_actionCombo->currentData().toString();
    f.recordId = m_recordEdit->text().trimmed();
    return f;
}

void AuditPage::resetFilter()
{
    const QDate today = m_workspace.clock->today();
    m_fromEdit->setDate(today.addDays(-30));
    m_toEdit->setDate(today);
    m_actorCombo->setCurrentIndex(0);
    m_entityCombo->setCurrentIndex(0);
    m_actionCombo->setCurrentIndex(0);
    m_recordEdit->clear();
    fillChoices();
    search();
}

void AuditPage::search()
{
    m_loading = true;
    m_countLabel->setText(tr("Loading…"));
    const DatabasePtr db = m_workspace.db;
    const Session session = m_workspace.session;
    const AuditFilter f = filter();
    const int generation = ++m_generation;
    runAsync<Result<QList<AuditEntry>>>(
        this, [db, session, f] { return AuditQuery(*db, session).search(f, MaxRows + 1); },
        [this, generation](const Result<QList<AuditEntry>>& result) {
            if (generation != m_generation)
                return; // a newer search is under way
            m_loading = false;
            m_error = result ? QString() : result.error().message();
            m_entries = result ? *result : QList<AuditEntry>();
            m_truncated = m_entries.size() > MaxRows;
            if (m_truncated)
                m_entries.resize(MaxRows);
            fill();
            Q_EMIT loaded();
        });
}

void AuditPage::fill()
{
    const int current = m_table->currentRow();
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditEntry& e = m_entries.at(row);
        const QStringList cells{e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                e.actorText(),
                                AuditQuery::actionLabel(e.action, e.entity),
                                AuditQuery::entityLabel(e.entity),
                                AuditQuery::recordText(e.entity, e.recordId),
                                AuditQuery::summary(e)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    for (int column = 0; column < Changes; ++column) {
        m_table->resizeColumnToContents(column); // the changes fill the rest
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 8);
    }
    if (!m_entries.isEmpty())
        m_table->setCurrentCell(qBound(0, current, int(m_entries.size()) - 1), 0);
    else
        m_changes->clear();
    if (!m_error.isEmpty())
        m_countLabel->setText(m_error);
    else if (m_entries.isEmpty())
        m_countLabel->setText(tr("No entries match the filter."));
    else if (m_truncated)
        m_countLabel->setText(tr("The newest %1 entries are shown; narrow the filter to see older ones.").arg(MaxRows));
    else
        m_countLabel->setText(tr("%n event(s)", nullptr, int(m_entries.size())));
    m_csvButton->setEnabled(!m_entries.isEmpty());
    m_xlsxButton->setEnabled(!m_entries.isEmpty());
}

void AuditPage::chooseExport(const QString& format)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QStringLiteral("%1/audit-%2.%3")
            .arg(folder, m_workspace.clock->now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")), format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested,
                                                      format == QLatin1String("csv") ? tr("CSV files (*.csv)")
                                                                                     : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    connect(
        this, &AuditPage::exported, this,
        [this](bool ok, const QString& message) {
            if (ok)
                MessageBox::information(this, tr("Export the audit log"), message);
            else
                MessageBox::warning(this, tr("Export the audit log"), message);
        },
        Qt::SingleShotConnection);
    exportTo(path, format);
}

void AuditPage::exportTo(const QString& path, const QString& format)
{
    m_csvButton->setEnabled(false);
    m_xlsxButton->setEnabled(false);
    const DatabasePtr db = m_workspace.db;
    const Session session = m_workspace.session;
    const AuditFilter f = filter();
    runAsync<std::pair<Status, int>>(
        this,
        [db, session, f, path, format]() -> std::pair<Status, int> {
            const auto table = AuditQuery(*db, session).exportTable(f);
            if (!table)
                return {table.error(), 0};
            const int rows = int(table->rows.size());
            if (format == QLatin1String("xlsx"))
                return {ReportWriter::writeXlsx(*table, path), rows};
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return {Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString())), 0};
            return {ReportWriter::writeCsv(*table, file, true), rows};
        },
        [this, path](const std::pair<Status, int>& result) {
            fill();
            if (!result.first) {
                Q_EMIT exported(false, result.first.error().message());
                return;
            }
            Q_EMIT exported(true, tr("%n event(s) exported to %1.", nullptr, result.second).arg(path));
        });
}

} // namespace ketong
