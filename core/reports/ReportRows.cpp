#include "ReportRows.h"

#include <cstring>

namespace ketong {

namespace {
/// Characters per text block: large enough that a block holds hundreds of names, small enough that a short
/// report wastes little.
constexpr qsizetype kBlockSize = 1 << 13;
} // namespace

void ReportRows::append(const QVariant* cells, qsizetype count)
{
    if (m_rows == 0) {
        m_width = count;
    } else if (m_rowEnds.isEmpty() && count != m_width) {
        m_rowEnds.reserve(m_rows + 1);
        for (qsizetype r = 1; r <= m_rows; ++r)
            m_rowEnds.append(r * m_width);
    }
    for (qsizetype i = 0; i < count; ++i) {
        const QVariant& v = cells[i];
        const int type = v.metaType().id();
        Cell c;
        if (v.isNull()) {
            c.aux = type;
        } else if (type == QMetaType::QString) {
            c = text(*static_cast<const QString*>(v.constData()));
        } else if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt) {
            c.tag = Tag::Integer;
            c.aux = type;
            c.value = v.toLongLong();
        } else if (type == QMetaType::Double) {
            const double d = v.toDouble();
            c.tag = Tag::Real;
            std::memcpy(&c.value, &d, sizeof d);
        } else {
            c.tag = Tag::Other;
            c.value = m_other.size();
            m_other.append(v);
        }
        m_cells.push_back(c);
    }
    ++m_rows;
    if (!m_rowEnds.isEmpty() || count != m_width)
        m_rowEnds.append(qsizetype(m_cells.size()));
}

ReportRows::Cell ReportRows::text(const QString& s)
{
    const qsizetype length = s.size();
    if (m_blocks.isEmpty() || m_blocks.constLast().size() + length > m_blocks.constLast().capacity()) {
        m_blocks.append(QString());
        m_blocks.last().reserve(qMax(kBlockSize, length));
    }
    QString& block = m_blocks.last();
    Cell c;
    c.tag = Tag::Text;
    c.aux = qint32(m_blocks.size() - 1);
    c.value = (qint64(block.size()) << 32) | qint64(length);
    block.append(s);
    return c;
}

void ReportRows::clear()
{
    m_cells.clear();
    m_rows = 0;
    m_width = 0;
    m_rowEnds.clear();
    m_blocks.clear();
    m_other.clear();
}

QVariant ReportRows::cell(qsizetype index) const
{
    const Cell& c = m_cells[size_t(index)];
    switch (c.tag) {
    case Tag::Null:
        return QVariant(QMetaType(c.aux));
    case Tag::Text:
        return QString(m_blocks.at(c.aux).constData() + (c.value >> 32), qsizetype(c.value & 0xffffffff));
    case Tag::Integer:
        if (c.aux == QMetaType::Int)
            return int(c.value);
        if (c.aux == QMetaType::UInt)
            return uint(c.value);
        return qint64(c.value);
    case Tag::Real: {
        double d = 0;
        std::memcpy(&d, &c.value, sizeof d);
        return d;
    }
    case Tag::Other:
        return m_other.at(c.value);
    }
    return {};
}

std::pair<qsizetype, qsizetype> ReportRows::span(qsizetype row) const
{
    if (m_rowEnds.isEmpty())
        return {row * m_width, (row + 1) * m_width};
    return {row > 0 ? m_rowEnds.at(row - 1) : 0, m_rowEnds.at(row)};
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
