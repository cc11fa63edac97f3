#include "FormatCode.h"

namespace ketong::formatcode {

namespace {

/// Reads a [bracket]: a colour (dropped), a currency [$¥-804] (its symbol), a condition, an elapsed time.
void readBracket(const QString& inner, Section& section)
{
    static const QString ops[] = {QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("<>"),
                                  QStringLiteral("<"),  QStringLiteral(">"),  QStringLiteral("=")};
    if (inner.startsWith(QLatin1Char('$'))) {
        const QString symbol = inner.mid(1).section(QLatin1Char('-'), 0, 0);
        if (!symbol.isEmpty())
            section.tokens.append({Token::Literal, symbol});
        return;
    }
    for (const QString& op : ops) {
        if (inner.startsWith(op)) {
            bool ok = false;
            const double bound = inner.mid(op.size()).trimmed().toDouble(&ok);
            if (ok) {
                section.op = op;
                section.bound = bound;
            }
            return;
        }
    }
    const QString lower = inner.toLower();
    if (!lower.isEmpty() && (lower.count(lower.at(0)) == lower.size()) && QStringLiteral("hms").contains(lower.at(0)))
        section.tokens.append({Token::Elapsed, lower});
}

/// The next date or time letter after the run of letters at `from` (quoted text skipped), or a null QChar.
QChar nextDateLetter(const QString& code, qsizetype from)
{
    qsizetype i = from;
    while (i < code.size() && code.at(i).toLower() == code.at(from).toLower())
        ++i;
    for (; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == QLatin1Char('"')) {
            i = code.indexOf(QLatin1Char('"'), i + 1);
            if (i < 0)
                break;
        } else if (QStringLiteral("ydhsm").contains(c)) {
            return c;
        }
    }
    return {};
}

/// Reads what starts with a quote, an escape, a spacer, a fill or a bracket at `i` into `s`; returns the
/// index of its last character, or -1 when `i` starts none of these.
qsizetype readLiteral(const QString& code, qsizetype i, Section& s)
{
    const QChar c = code.at(i);
    if (c == QLatin1Char('"') || c == QLatin1Char('[')) {
        const QChar close = c == QLatin1Char('"') ? QLatin1Char('"') : QLatin1Char(']');
        const qsizetype end = code.indexOf(close, i + 1);
        const QString inner = code.mid(i + 1, end < 0 ? -1 : end - i - 1);
        if (c == QLatin1Char('"'))
            s.tokens.append({Token::Literal, inner});
        else
            readBracket(inner, s);
        return end < 0 ? code.size() : end;
    }
    if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
        // \x is x itself, _x the width of x (a space), *x fills the cell with x (nothing here).
        if (i + 1 < code.size())
            s.tokens.append({Token::Literal, c == QLatin1Char('\\')  ? QString(code.at(i + 1))
                                             : c == QLatin1Char('_') ? QStringLiteral(" ")
                                                                     : QString()});
        return i + 1;
    }
    return -1;
}

/// Reads the run of one date or time letter at `i` (yyyy, mm, d) as one token; returns its last index.
/// m is minutes after an hour or before seconds, else the month.
qsizetype readDateRun(const QString& code, qsizetype i, QChar& lastDateLetter, Section& s)
{
    const QChar lower = code.at(i).toLower();
    qsizetype end = i;
    while (end < code.size() && code.at(end).toLower() == lower)
        ++end;
    bool time = lower == QLatin1Char('h') || lower == QLatin1Char('s');
    if (lower == QLatin1Char('m'))
        time = lastDateLetter == QLatin1Char('h') || nextDateLetter(code, i) == QLatin1Char('s');
    s.tokens.append({time ? Token::TimePart : Token::DatePart, code.mid(i, end - i).toLower()});
    lastDateLetter = lower;
    return end - 1;
}

} // namespace

QList<Section> parse(const QString& code)
{
    QList<Section> sections(1);
    QChar lastDateLetter;
    for (qsizetype i = 0; i < code.size(); ++i) {
        Section& s = sections.last();
        const QChar c = code.at(i);
        const QChar lower = c.toLower();
        const QStringView rest = QStringView(code).mid(i);
        if (c == QLatin1Char(';')) {
            sections.append(Section());
            lastDateLetter = QChar();
        } else if (const qsizetype last = readLiteral(code, i, s); last >= 0) {
            i = last;
        } else if (rest.startsWith(u"General", Qt::CaseInsensitive)) {
            s.tokens.append(Token{Token::General, QString()});
            i += 6;
        } else if (rest.startsWith(u"AM/PM", Qt::CaseInsensitive) || rest.startsWith(u"上午/下午")) {
            s.tokens.append({Token::TimePart, QStringLiteral("ampm")});
            i += 4;
        } else if (c == QLatin1Char('0') || c == QLatin1Char('#') || c == QLatin1Char('?')) {
            s.tokens.append({Token::Digit, QString(c)});
        } else if (c == QLatin1Char('.') && !s.has(Token::Point) && !s.has(Token::DatePart) &&
                   !s.has(Token::TimePart)) {
            s.tokens.append(Token{Token::Point, QString()});
        } else if (c == QLatin1Char(',')) {
            s.tokens.append(Token{Token::Comma, QString()});
        } else if (c == QLatin1Char('%')) {
            s.tokens.append({Token::Percent, QStringLiteral("%")});
        } else if (lower == QLatin1Char('e') && i + 1 < code.size() &&
                   (code.at(i + 1) == QLatin1Char('+') || code.at(i + 1) == QLatin1Char('-'))) {
            s.tokens.append({Token::Exponent, QString(code.at(++i))});
        } else if (c == QLatin1Char('@')) {
            s.tokens.append(Token{Token::At, QString()});
        } else if (QStringLiteral("ydhsm").contains(lower)) {
            i = readDateRun(code, i, lastDateLetter, s);
        } else if (c == QLatin1Char('/') && !s.tokens.isEmpty() && s.tokens.last().type == Token::Digit) {
            s.fraction = true;
        } else {
            s.tokens.append({Token::Literal, QString(c)});
        }
    }
    return sections;
}

} // namespace ketong::formatcode
