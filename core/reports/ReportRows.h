#pragma once

#include "ketong_core_export.h"

#include <QList>
#include <QSharedData>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>

namespace ketong {

/// The rows of a report, stored compactly: one small cell per value, the texts copied in pieces of an arena.
/// A year of the contribution report at a million customers is 250 k rows; kept as a QVariantList per row
/// (a list and two strings each, every one its own allocation) they cost more than reading them did (SQLite:
/// 310 ms against the query's 234 ms). Reads give QVariants again, of the types that went in.
class KETONG_CORE_EXPORT ReportRows
{
public:
    /// Appends a row. Texts, integers, doubles and nulls are stored in cells; other types as they are.
    void append(std::initializer_list<QVariant> row) { append(row.begin(), qsizetype(row.size())); }
    void append(const QVariantList& row) { append(row.constData(), row.size()); }
    void append(const QVariant* cells, qsizetype count);

    ReportRows();
    ReportRows(const ReportRows& other);
    ReportRows(ReportRows&& other) noexcept;
    ReportRows& operator=(const ReportRows& other);
    ReportRows& operator=(ReportRows&& other) noexcept;
    ~ReportRows();

    qsizetype size() const { return d->rows; }
    bool isEmpty() const { return d->rows == 0; }
    void clear();

    /// The cell, or a null QVariant past the row's end (as QVariantList::value).
    QVariant value(qsizetype row, qsizetype column) const;
    /// The whole row.
    QVariantList at(qsizetype row) const;

    /// Iterates the rows, each a QVariantList made when read (`for (const QVariantList& row : rows)`): for
    /// exports, which need every cell; a loop over one or two columns of many rows reads value(row, column).
    class const_iterator
    {
    public:
        const_iterator(const ReportRows* rows, qsizetype row)
            : m_rows(rows)
            , m_row(row)
        {}
        QVariantList operator*() const { return m_rows->at(m_row); }
        const_iterator& operator++()
        {
            ++m_row;
            return *this;
        }
        bool operator!=(const const_iterator& other) const { return m_row != other.m_row; }

    private:
        const ReportRows* m_rows;
        qsizetype m_row;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    enum class Tag : quint8 { Null, Text, Integer, Real, Other };
    struct Cell
    {
        qint64 value = 0; ///< the integer, the double's bits, a text's first character, an index in `other`
        qint32 aux = 0;   ///< the type of an integer or a null; a text's length
        Tag tag = Tag::Null;
    };
    static constexpr int kChunkShift = 10; ///< cells per chunk: 1,024 (16 KB)
    static constexpr qsizetype kChunkMask = (qsizetype(1) << kChunkShift) - 1;

    QVariant cell(qsizetype index) const;
    std::pair<qsizetype, qsizetype> span(qsizetype row) const; ///< the row's cells, by index

    class Arena;
    struct Data : QSharedData
    {
        Data();
        Data(const Data& from); ///< the cells copied, the texts shared
        ~Data();
        Data& operator=(const Data&) = delete;
        void push(const Cell& c);
        Cell text(const QString& s);

        // Cells and texts live in an arena, whose large regions the next report takes over (see Arena).
        std::shared_ptr<Arena> arena;              ///< this Data's own: its cell chunks and the texts it adds
        QList<std::shared_ptr<Arena>> sharedTexts; ///< the arenas of the texts a copy started with
        QList<Cell*> chunks;
        qsizetype cells = 0;
        QChar* textFree = nullptr; ///< room left in the current text piece
        qsizetype textLeft = 0;
        qsizetype rows = 0;
        qsizetype width = 0;      ///< the cells of every row, while all rows have as many
        QList<qsizetype> rowEnds; ///< where each row's cells end, once the rows differ in width
        QVariantList other;
    };
    /// Shared between copies until one of them changes (a report goes from its worker thread to the page, the
    /// model and the printer: copying 250 k rows each time would stall the window).
    QSharedDataPointer<Data> d;
};

} // namespace ketong
