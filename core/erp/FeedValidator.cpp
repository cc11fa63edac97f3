#include "FeedValidator.h"

#include "common/Money.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace ketong {

using namespace FeedFormat;

void FeedValidator::check(const FeedFiles& files, FeedBatch& batch, FeedReport& report)
{
    for (const QString& p : files.problems)
        report.addError(p);
    for (File f : FeedFormat::files()) {
        const FeedTable* t = files.table(f);
        report.present.at(std::size_t(f)) = t != nullptr;
        if (!t)
            continue;
        for (const QString& p : t->fileProblems())
            report.addError(p);
        FeedValidator v(*t, report);
        switch (f) {
        case File::Products:
            v.products(batch);
            break;
        case File::Stock:
            v.stock(batch);
            break;
        case File::Orders:
            v.orders(batch);
            break;
        case File::OrderLines:
            v.lines(batch);
            break;
        }
    }
}

QDate FeedValidator::parseDate(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ "
                       "T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!day.isValid() || m.captured(4).isEmpty())
        return day;
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!time.isValid())
        return {};
    const QString zone = m.captured(7);
    if (zone.isEmpty())
        return day; // local time of this PC: its date is the order's date
    int offset = 0;
    if (zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        offset = (digits.left(2).toInt() * 60 + digits.mid(2).toInt()) * 60;
        if (zone.startsWith(QLatin1Char('-')))
            offset = -offset;
    }
    return QDateTime(day, time, QTimeZone(offset)).toLocalTime().date();
}

int FeedValidator::parseStatus(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("shipped") || t == QStringLiteral("已发货"))
        return 5;
    if (t == QLatin1String("paid") || t == QStringLiteral("已回款"))
        return 6;
    if (t.size() == 1 && t.at(0) >= u'1' && t.at(0) <= u'6')
        return t.at(0).unicode() - u'0';
    return 0;
}

QString FeedValidator::columnName(int column) const
{
    return FeedFormat::columns(m_table.file()).at(column).key;
}

void FeedValidator::error(int row, int column, const QString& message)
{
    m_rowOk = false;
    m_report.addError(m_table.problem(row, column, message));
}

QString FeedValidator::text(int row, int column, int max, bool required)
{
    QString value = m_table.value(row, column); // not const: returned by move
    if (required && value.isEmpty())
        error(row, column, tr("%1 is required").arg(columnName(column)));
    else if (value.size() > max)
        error(row, column, tr("%1 may have at most %2 characters").arg(columnName(column)).arg(max));
    return value;
}

std::optional<qint64> FeedValidator::integer(int row, int column, qint64 min)
{
    const QString value = m_table.value(row, column);
    if (value.isEmpty()) {
        error(row, column, tr("%1 is required").arg(columnName(column)));
        return std::nullopt;
    }
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n < min || n > std::numeric_limits<qint32>::max()) {
        error(row, column,
              min > 0 ? tr("%1 must be a whole number greater than 0, not \"%2\"").arg(columnName(column), value)
                      : tr("%1 must be a whole number of 0 or more, not \"%2\"").arg(columnName(column), value));
        return std::nullopt;
    }
    return n;
}

std::optional<qint64> FeedValidator::money(int row, int column)
{
    const QString value = m_table.value(row, column);
    if (value.isEmpty()) {
        error(row, column, tr("%1 is required").arg(columnName(column)));
        return std::nullopt;
    }
    auto fen = Money::parseYuan(value);
    if (!fen) {
        error(row, column, fen.error().message());
        return std::nullopt;
    }
    return *fen;
}

void FeedValidator::products(FeedBatch& batch)
{
    QHash<int, int> seen; // key → line
    for (int r = 0; r < m_table.rowCount(); ++r) {
        m_rowOk = true;
        const QString no = text(r, ProductCol::No, 50, true);
        FeedBatch::Product p{0,
                             text(r, ProductCol::Name, 200, true),
                             text(r, ProductCol::Model, 100, true),
                             text(r, ProductCol::Batch, 100, false),
                             text(r, ProductCol::Unit, 10, false),
                             text(r, ProductCol::Memo, 200, false),
                             money(r, ProductCol::Price).value_or(0)};
        if (no.isEmpty() || !m_rowOk)
            continue;
        p.key = batch.products.intern(no);
        if (const auto dup = seen.constFind(p.key); dup != seen.cend()) {
            error(r, ProductCol::No, tr("product %1 is given twice (first on line %2)").arg(no).arg(*dup));
            continue;
        }
        seen.insert(p.key, m_table.lineOf(r));
        batch.products.list[p.key].definedRow = r;
        batch.productRows.append(std::move(p));
    }
}

void FeedValidator::stock(FeedBatch& batch)
{
    QHash<QString, int> seen;
    for (int r = 0; r < m_table.rowCount(); ++r) {
        m_rowOk = true;
        const QString no = text(r, StockCol::ProductNo, 50, true);
        FeedBatch::Stock s{0,
                           text(r, StockCol::Warehouse, 50, true),
                           text(r, StockCol::Location, 50, true),
                           text(r, StockCol::Memo, 200, false),
                           integer(r, StockCol::Quantity, 0).value_or(0),
                           r};
        if (!m_rowOk)
            continue;
        const QString key = no + QChar(0x1f) + s.warehouse + QChar(0x1f) + s.location;
        if (const auto dup = seen.constFind(key); dup != seen.cend()) {
            error(r, StockCol::Location,
                  tr("product %1 in %2 / %3 is given twice (first on line %4)")
                      .arg(no, s.warehouse, s.location)
                      .arg(*dup));
            continue;
        }
        seen.insert(key, m_table.lineOf(r));
        s.product = batch.products.intern(no);
        batch.stockRows.append(std::move(s));
    }
}

void FeedValidator::orders(FeedBatch& batch)
{
    if (!m_table.hasColumn(OrderCol::CustomerCode) && !m_table.hasColumn(OrderCol::CustomerName))
        m_report.addError(QStringLiteral("%1:1: %2")
                              .arg(m_table.fileName(),
                                   tr("the file needs a customer_code (客户编号) or customer_name (客户名称) column")));
    QHash<int, int> seen;
    for (int r = 0; r < m_table.rowCount(); ++r) {
        m_rowOk = true;
        const QString no = text(r, OrderCol::No, 50, true);
        FeedBatch::Order o{0,
                           text(r, OrderCol::CustomerCode, 20, false),
                           text(r, OrderCol::CustomerName, 100, false),
                           text(r, OrderCol::Address, 200, false),
                           {},
                           0,
                           r};
        if (o.customerCode.isEmpty() && o.customerName.isEmpty())
            error(r, m_table.hasColumn(OrderCol::CustomerCode) ? OrderCol::CustomerCode : OrderCol::CustomerName,
                  tr("customer_code or customer_name is required"));
        const QString date = m_table.value(r, OrderCol::Date);
        o.date = parseDate(date);
        if (date.isEmpty())
            error(r, OrderCol::Date, tr("order_date is required"));
        else if (!o.date.isValid())
            error(r, OrderCol::Date,
                  tr("order_date \"%1\" is not a date (YYYY-MM-DD) or a time (YYYY-MM-DD HH:MM[:SS])").arg(date));
        const QString status = m_table.value(r, OrderCol::Status);
        o.status = parseStatus(status);
        if (status.isEmpty())
            error(r, OrderCol::Status, tr("status is required"));
        else if (o.status == 0)
            error(r, OrderCol::Status, tr("status \"%1\" is not 1–6, shipped/已发货 or paid/已回款").arg(status));
        if (no.isEmpty() || !m_rowOk)
            continue;
        o.key = batch.orders.intern(no);
        if (const auto dup = seen.constFind(o.key); dup != seen.cend()) {
            error(r, OrderCol::No, tr("order %1 is given twice (first on line %2)").arg(no).arg(*dup));
            continue;
        }
        seen.insert(o.key, m_table.lineOf(r));
        batch.orders.list[o.key].definedRow = r;
        batch.orderRows.append(std::move(o));
    }
}

void FeedValidator::lines(FeedBatch& batch)
{
    QHash<QString, QString> units; // one shared copy of each unit text
    batch.lineRows.reserve(m_table.rowCount());
    for (int r = 0; r < m_table.rowCount(); ++r) {
        m_rowOk = true;
        const QString orderNo = text(r, LineCol::OrderNo, 50, true);
        const QString productNo = text(r, LineCol::ProductNo, 50, true);
        const auto quantity = integer(r, LineCol::Quantity, 1);
        const QString unit = text(r, LineCol::Unit, 10, false);
        const auto price = money(r, LineCol::Price);
        if (!m_rowOk)
            continue;
        auto u = units.constFind(unit);
        if (u == units.cend())
            u = units.insert(unit, unit);
        batch.lineRows.append(
            {batch.orders.intern(orderNo), batch.products.intern(productNo), *quantity, *price, *u, r});
    }
}

} // namespace ketong
