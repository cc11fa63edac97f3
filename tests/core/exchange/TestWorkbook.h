#pragma once
// Workbooks for the tests, written with libxlsxwriter the way Excel stores cells: texts (shared strings, or
// inline strings in constant-memory mode), numbers with a number format ("000000", "#,##0"), dates as
// serial numbers with a date format. Cells are named as in Excel ("D7").

#include <QDate>
#include <QFile>
#include <QHash>
#include <QString>
#include <QVariant>

#include <xlsxwriter.h>

namespace ketong::test {

class TestWorkbook
{
public:
    /// A cell to write: a text, or a number with an optional format code.
    struct Cell
    {
        Cell(const QString& text)
            : value(text)
        {}
        Cell(const char16_t* text)
            : value(QString::fromUtf16(text))
        {}
        Cell(double number, const char* numberFormat = nullptr)
            : value(number)
            , code(numberFormat)
        {}
        QVariant value;
        const char* code = nullptr; ///< the number format
    };

    explicit TestWorkbook(const QString& path, const char* sheetName = nullptr, bool constantMemory = false)
    {
        lxw_workbook_options options{};
        options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
        m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
        m_sheet = workbook_add_worksheet(m_book, sheetName);
    }
    ~TestWorkbook() { close(); }
    TestWorkbook(const TestWorkbook&) = delete;
    TestWorkbook& operator=(const TestWorkbook&) = delete;

    lxw_worksheet* sheet() const { return m_sheet; }
    lxw_workbook* book() const { return m_book; }

    void write(const char* cell, const Cell& value) { write(lxw_name_to_row(cell), lxw_name_to_col(cell), value); }
    void write(lxw_row_t row, lxw_col_t column, const Cell& value)
    {
        if (value.value.typeId() == QMetaType::QString)
            worksheet_write_string(m_sheet, row, column, value.value.toString().toUtf8().constData(), nullptr);
        else
            worksheet_write_number(m_sheet, row, column, value.value.toDouble(), format(value.code));
    }
    /// Writes `cells` into row `row` (0-based, as libxlsxwriter counts) from column A on; empty texts are skipped.
    void writeRow(lxw_row_t row, const QList<Cell>& cells)
    {
        for (lxw_col_t c = 0; c < lxw_col_t(cells.size()); ++c) {
            if (cells.at(c).value.typeId() != QMetaType::QString || !cells.at(c).value.toString().isEmpty())
                write(row, c, cells.at(c));
        }
    }
    /// A date as Excel stores it: the serial number (days since 1899-12-30) with a date format.
    static double serial(const QDate& date, const QTime& time = QTime(0, 0))
    {
        return double(QDate(1899, 12, 30).daysTo(date)) + time.msecsSinceStartOfDay() / 86400000.0;
    }

    bool close()
    {
        if (!m_book)
            return true;
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        return e == LXW_NO_ERROR;
    }

private:
    lxw_format* format(const char* code)
    {
        if (!code)
            return nullptr;
        const QByteArray key(code);
        if (!m_formats.contains(key)) {
            lxw_format* f = workbook_add_format(m_book);
            format_set_num_format(f, code);
            m_formats.insert(key, f);
        }
        return m_formats.value(key);
    }

    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    QHash<QByteArray, lxw_format*> m_formats;
};

} // namespace ketong::test
