#include "ReportWriter.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

namespace ketong {

QString ReportWriter::csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Status ReportWriter::writeCsv(const ReportTable& table, QIODevice& device, bool bom)
{
    QByteArray out;
    if (bom)
        out.append("\xEF\xBB\xBF");
    QStringList header;
    for (const auto& column : table.columns)
        header << column.key;
    out.append(header.join(QLatin1Char(',')).toUtf8()).append("\r\n");
    for (const QVariantList& row : table.rows) {
        QStringList fields;
        for (int i = 0; i < table.columns.size(); ++i)
            fields << csvField(table.csvText(row.value(i), i));
        out.append(fields.join(QLatin1Char(',')).toUtf8()).append("\r\n");
    }
    if (device.write(out) != out.size())
        return Error(ErrorCode::Io, tr("Writing the report failed: %1").arg(device.errorString()));
    return {};
}

Status ReportWriter::writeXlsx(const ReportTable& table, const QString& path)
{
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error(ErrorCode::Io, tr("Cannot replace %1").arg(path), QStringLiteral("file"));
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook* book = workbook_new(file.constData());
    if (!book)
        return Error(ErrorCode::Io, tr("Cannot create %1").arg(path), QStringLiteral("file"));
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    lxw_format* titleFormat = workbook_add_format(book);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format* money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");
    lxw_format* moneyBold = workbook_add_format(book);
    format_set_num_format(moneyBold, "#,##0.00");
    format_set_bold(moneyBold);
    lxw_format* percent = workbook_add_format(book);
    format_set_num_format(percent, "0.0");
    lxw_format* integer = workbook_add_format(book);
    format_set_num_format(integer, "0");

    lxw_row_t r = 0;
    worksheet_write_string(sheet, r++, 0, table.title.toUtf8().constData(), titleFormat);
    for (const QString& filter : table.filters)
        worksheet_write_string(sheet, r++, 0, filter.toUtf8().constData(), nullptr);
    ++r;
    QList<int> widths;
    for (int c = 0; c < table.columns.size(); ++c) {
        const QString title = table.columnTitle(c);
        worksheet_write_string(sheet, r, lxw_col_t(c), title.toUtf8().constData(), bold);
        widths.append(title.size() * 2 + 2);
    }
    ++r;
    const auto writeRow = [&](const QVariantList& row, bool totals) {
        for (int c = 0; c < table.columns.size(); ++c) {
            const QVariant v = row.value(c);
            if (v.isNull())
                continue;
            const auto col = lxw_col_t(c);
            switch (table.columns.at(c).kind) {
            case ReportTable::Kind::Money:
                worksheet_write_number(sheet, r, col, double(v.toLongLong()) / 100.0, totals ? moneyBold : money);
                widths[c] = qMax(widths[c], 16);
                break;
            case ReportTable::Kind::Percent:
                worksheet_write_number(sheet, r, col, v.toDouble(), percent);
                break;
            case ReportTable::Kind::Integer:
                worksheet_write_number(sheet, r, col, double(v.toLongLong()), totals ? bold : integer);
                break;
            case ReportTable::Kind::Text: {
                const QString text = v.toString();
                worksheet_write_string(sheet, r, col, text.toUtf8().constData(), totals ? bold : nullptr);
                widths[c] = qMin(60, qMax(widths[c], int(text.size()) * 2 + 2));
                break;
            }
            }
        }
        ++r;
    };
    for (const QVariantList& row : table.rows)
        writeRow(row, false);
    if (!table.totals.isEmpty())
        writeRow(table.totals, true);
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
    if (workbook_close(book) != LXW_NO_ERROR)
        return Error(ErrorCode::Io, tr("Writing %1 failed").arg(path), QStringLiteral("file"));
    return {};
}

} // namespace ketong
