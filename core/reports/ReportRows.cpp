#include "ReportRows.h"

#include <QMutex>

#include <cstdlib>
#include <cstring>

namespace ketong {

namespace {
/// Characters per text piece; a longer text gets a piece of its own size.
constexpr qsizetype kTextPiece = 1 << 13;
/// Arena regions: 64 KB while the report is small, 16 MB once it holds 2 MB.
constexpr qsizetype kSmallRegion = qsizetype(64) << 10;
constexpr qsizetype kSmallUpTo = qsizetype(2) << 20;
constexpr qsizetype kLargeRegion = qsizetype(16) << 20;
/// Large regions kept for the next report when one goes (a contribution year at a million customers takes two).
constexpr qsizetype kKeptRegions = 2;

/// Free large regions, their pages already mapped; freed at exit (leak checkers see no loss).
struct KeptRegions
{
    QMutex mutex;
    QList<void*> regions;
    ~KeptRegions()
    {
        QMutexLocker lock(&mutex);
        for (void* r : std::as_const(regions))
            std::free(r);
        regions.clear();
    }
};
KeptRegions g_kept;
} // namespace

/// Memory handed out in order and given back all at once, when the last report sharing it goes. The first
/// regions come from the heap, 64 KB each (a report of a few rows takes one or two); once a report holds 2 MB,
/// regions of 16 MB, and when it goes two of those are kept for the next report: a year of the contribution
/// report at a million customers is 26 MB written once, and fresh memory for it each time (6,600 page faults,
/// and the heap's trim afterwards) cost 15-20 ms of its 150.
class ReportRows::Arena
{
public:
    Arena() = default;
    ~Arena()
    {
        for (const Region& r : std::as_const(m_regions)) {
            if (r.size == kLargeRegion) {
                QMutexLocker lock(&g_kept.mutex);
                if (g_kept.regions.size() < kKeptRegions) {
                    g_kept.regions.append(r.data);
                    continue;
                }
            }
            std::free(r.data);
        }
    }
    Q_DISABLE_COPY_MOVE(Arena)

    /// `bytes` (rounded up to 16) that stay where they are until the arena goes.
    void* allocate(qsizetype bytes)
    {
        bytes = (bytes + 15) & ~qsizetype(15);
        if (bytes > m_left)
            grow(bytes);
        void* p = m_free;
        m_free += bytes;
        m_left -= bytes;
        return p;
    }

private:
    struct Region
    {
        void* data = nullptr;
        qsizetype size = 0;
    };

    void grow(qsizetype bytes)
    {
        Region r;
        r.size = qMax(bytes, m_total < kSmallUpTo ? kSmallRegion : kLargeRegion);
        if (r.size == kLargeRegion) {
            QMutexLocker lock(&g_kept.mutex);
            if (!g_kept.regions.isEmpty())
                r.data = g_kept.regions.takeLast();
        }
        if (!r.data) {
            r.data = std::malloc(size_t(r.size));
            if (!r.data)
                qBadAlloc();
        }
        m_regions.append(r);
        m_free = static_cast<char*>(r.data);
        m_left = r.size;
        m_total += r.size;
    }

    QList<Region> m_regions;
    char* m_free = nullptr;
    qsizetype m_left = 0;
    qsizetype m_total = 0;
};

ReportRows::Data::Data()
    : arena(std::make_shared<Arena>())
{}

ReportRows::Data::Data(const Data& from)
    : QSharedData(from)
    , arena(std::make_shared<Arena>())
    , sharedTexts(from.sharedTexts)
    , rows(from.rows)
    , width(from.width)
    , rowEnds(from.rowEnds)
    , other(from.other)
{
    // The texts stay where they are (they never change), the cells are copied: both copies append to their own.
    sharedTexts.append(from.arena);
    for (qsizetype i = 0; i < from.cells; ++i)
        push(from.chunks.at(i >> kChunkShift)[i & kChunkMask]);
}

ReportRows::Data::~Data() = default;

void ReportRows::Data::push(const Cell& c)
{
    if ((cells & kChunkMask) == 0)
        chunks.append(static_cast<Cell*>(arena->allocate(qsizetype(sizeof(Cell)) << kChunkShift)));
    chunks.constLast()[cells & kChunkMask] = c;
    ++cells;
}

ReportRows::Cell ReportRows::Data::text(const QString& s)
{
    Cell c;
    c.tag = Tag::Text;
    const qsizetype length = s.size();
    if (length == 0)
        return c;
    QChar* at = nullptr;
    if (length > kTextPiece / 4) {
        at = static_cast<QChar*>(arena->allocate(length * qsizetype(sizeof(QChar))));
    } else {
        if (length > textLeft) {
            textFree = static_cast<QChar*>(arena->allocate(kTextPiece * qsizetype(sizeof(QChar))));
            textLeft = kTextPiece;
        }
        at = textFree;
        textFree += length;
        textLeft -= length;
    }
    std::memcpy(static_cast<void*>(at), s.constData(), size_t(length) * sizeof(QChar));
    c.value = qint64(reinterpret_cast<quintptr>(at));
    c.aux = qint32(length);
    return c;
}

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
        x.push(c);
    }
    ++x.rows;
    if (!x.rowEnds.isEmpty() || count != x.width)
        x.rowEnds.append(x.cells);
}

void ReportRows::clear()
{
    d = new Data;
}

QVariant ReportRows::cell(qsizetype index) const
{
    const Cell& c = d->chunks.at(index >> kChunkShift)[index & kChunkMask];
    switch (c.tag) {
    case Tag::Null:
        return QVariant(QMetaType(c.aux));
    case Tag::Text:
        if (c.aux == 0)
            return QString(QLatin1String(""));
        return QString(reinterpret_cast<const QChar*>(quintptr(c.value)), c.aux);
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
