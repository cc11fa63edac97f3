#include "ReportRows.h"

#include <cstring>

namespace ketong {

namespace {
/// Characters per text block: large enough that a block holds hundreds of names, small enough that a short
/// report wastes little.
constexpr qsizetype kBlockSize = 1 << 13;
} // namespace

ReportRows::ReportRows()
    : d(new Data)
{}
ReportRows::ReportRows(const ReportRows& other) = default;
ReportRows::ReportRows(ReportRows&& other) noexcept = default;
ReportRows& ReportRows::operator=(const ReportRows& other) = default;
ReportRows& ReportRows::operator=(ReportRows&& other) noexcept = default;
ReportRows::~ReportRows() = default;

void ReportRows::append(const QVariant* cells, qsizetype count)
{
    Data& x = *d; // detaches once, not at every cell
    if (x.rows == 0) {
        x.width = count;
    } else if (x.rowEnds.isEmpty() && count != x.width) {
        x.rowEnds.reserve(x.rows + 1);
        for (qsizetype r = 1; r <= x.rows; ++r)
            x.rowEnds.append(r * x.width);
    }
    for (qsizetype i = 0; i < count; ++i) {
        const QVariant& v = cells[i];
        const int type = v.metaType().id();
        Cell c;
        if (v.isNull()) {
            c.aux = type;
        } else if (type == QMetaType::QString) {
            c = x.text(*static_cast<const QString*>(v.constData()));
        } else if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt) {
            c.tag = Tag::Integer;
            c.aux = type;
            c.value = v.toLongLong();
        } else if (type == QMetaType::Double) {
            const double real = v.toDouble();
            c.tag = Tag::Real;
            std::memcpy(&c.value, &real, sizeof real);
        } else {
            c.tag = Tag::Other;
            c.value = x.other.size();
            x.other.append(v);
        }
        x.cells.push_back(c);
    }
    ++x.rows;
    if (!x.rowEnds.isEmpty() || count != x.width)
        x.rowEnds.append(qsizetype(x.cells.size()));
}

ReportRows::Cell ReportRows::Data::text(const QString& s)
{
    const qsizetype length = s.size();
    if (blocks.isEmpty() || blocks.constLast().size() + length > blocks.constLast().capacity()) {
        blocks.append(QString());
        blocks.last().reserve(qMax(kBlockSize, length));
    }
    QString& block = blocks.last();
    Cell c;
    c.tag = Tag::Text;
    c.aux = qint32(blocks.size() - 1);
    c.value = (qint64(block.size()) << 32) | qint64(length);
    block.append(s);
    return c;
}

void ReportRows::clear()
{
    d = new Data;
}

QVariant ReportRows::cell(qsizetype index) const
{
    const Cell& c = d->cells[size_t(index)];
    switch (c.tag) {
    case Tag::Null:
        return QVariant(QMetaType(c.aux));
    case Tag::Text:
        return QString(d->blocks.at(c.aux).constData() + (c.value >> 32), qsizetype(c.value & 0xffffffff));
    case Tag::Integer:
        if (c.aux == QMetaType::Int)
            return int(c.value);
        if (c.aux == QMetaType::UInt)
            return uint(c.value);
        return qint64(c.value);
    case Tag::Real: {
        double real = 0;
        std::memcpy(&real, &c.value, sizeof real);
        return real;
    }
    case Tag::Other:
        return d->other.at(c.value);
    }
    return {};
}

std::pair<qsizetype, qsizetype> ReportRows::span(qsizetype row) const
{
    if (d->rowEnds.isEmpty())
        return {row * d->width, (row + 1) * d->width};
    return {row > 0 ? d->rowEnds.at(row - 1) : 0, d->rowEnds.at(row)};
}

QVariant ReportRows::value(qsizetype row, qsizetype column) const
{
    const auto [begin, end] = span(row);
    if (column < 0 || begin + column >= end)
        return {};
    return cell(begin + column);
}

QVariantList ReportRows::at(qsizetype row) const
{
    const auto [begin, end] = span(row);
    QVariantList out;
    out.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i)
        out.append(cell(i));
    return out;
}

} // namespace ketong
