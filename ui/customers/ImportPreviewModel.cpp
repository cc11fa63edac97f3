#include "ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

namespace ketong {

namespace {
quint64 cellKey(int line, int column)
{
    return (quint64(quint32(line)) << 32) | quint32(column);
}
} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QString ImportPreviewModel::actionLabel(ImportRow::Action action)
{
    switch (action) {
    case ImportRow::Action::Create:
        return tr("Create");
    case ImportRow::Action::Update:
        return tr("Update");
    case ImportRow::Action::Unchanged:
        return tr("Unchanged");
    case ImportRow::Action::Invalid:
        return tr("Error");
    }
    return {};
}

void ImportPreviewModel::setReport(const ImportReport& report)
{
    beginResetModel();
    m_report = report;
    m_issues.clear();
    for (int i = 0; i < m_report.issues.size(); ++i) {
        const ImportIssue& issue = m_report.issues.at(i);
        m_issues[cellKey(issue.line, issue.column)].append(i);
    }
    rebuild();
    endResetModel();
}

void ImportPreviewModel::setProblemsOnly(bool only)
{
    beginResetModel();
    m_problemsOnly = only;
    rebuild();
    endResetModel();
}

void ImportPreviewModel::rebuild()
{
    QSet<int> problemLines;
    for (const ImportIssue& issue : std::as_const(m_report.issues))
        problemLines.insert(issue.line);
    m_rows.clear();
    for (int r = 0; r < m_report.rows.size(); ++r) {
        if (!m_problemsOnly || problemLines.contains(m_report.rows.at(r).line))
            m_rows.append(r);
    }
}

int ImportPreviewModel::rowOfLine(int line) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_report.rows.at(m_rows.at(i)).line == line)
            return i;
    }
    return -1;
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstCellColumn + int(m_report.header.size());
}

QList<const ImportIssue*> ImportPreviewModel::issuesAt(int line, int column) const
{
    QList<const ImportIssue*> list;
    for (int i : m_issues.value(cellKey(line, column)))
        list.append(&m_report.issues.at(i));
    return list;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ImportRow& row = m_report.rows.at(m_rows.at(index.row()));
    const int column = index.column();
    // The file column of this cell; row-level problems (column 0, or past the header) show on the line.
    QList<const ImportIssue*> issues;
    if (column >= FirstCellColumn) {
        issues = issuesAt(row.line, column - FirstCellColumn + 1);
    } else if (column == LineColumn) {
        issues = issuesAt(row.line, 0);
        for (int c = int(m_report.header.size()) + 1; c <= row.cells.size() + 1; ++c)
            issues += issuesAt(row.line, c);
    }
    const bool error = std::any_of(issues.cbegin(), issues.cend(), [](const ImportIssue* i) { return !i->warning; });
    switch (role) {
    case Qt::DisplayRole:
        if (column == LineColumn)
            return row.line;
        if (column == ActionColumn)
            return actionLabel(row.action);
        return row.cells.value(column - FirstCellColumn);
    case Qt::ToolTipRole: {
        QStringList messages;
        for (const ImportIssue* i : issues)
            messages << (i->warning ? tr("Warning: %1").arg(i->message) : i->message);
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        if (error)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (!issues.isEmpty())
            return QBrush(QColor(0xff, 0xf3, 0xcd));
        if (column == ActionColumn && row.action == ImportRow::Action::Invalid)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        return {};
    case SeverityRole:
        return error ? QStringLiteral("error") : issues.isEmpty() ? QString() : QStringLiteral("warning");
    case Qt::TextAlignmentRole:
        return column == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        if (section == LineColumn)
            return m_report.sheet.isEmpty() ? tr("Line") : tr("Row");
        if (section == ActionColumn)
            return tr("Result");
        const QString name = m_report.header.value(section - FirstCellColumn);
        if (m_report.sheet.isEmpty())
            return name;
        // In a workbook the column letters say where a cell of an error list (Sheet1!D7) is.
        return QStringLiteral("%1 · %2").arg(TableReader::columnLetters(section - FirstCellColumn + 1), name);
    }
    if (role == Qt::ToolTipRole && section >= FirstCellColumn) {
        QStringList messages;
        for (const ImportIssue* i : issuesAt(m_report.headerLine, section - FirstCellColumn + 1))
            messages << i->message;
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
    }
    return {};
}

} // namespace ketong
