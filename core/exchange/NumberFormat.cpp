#include "NumberFormat.h"

#include "FormatCode.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

#include <cmath>

namespace ketong {

namespace {

using formatcode::Section;
using formatcode::Token;

bool hasType(const Section& s, Token::Type type)
{
    return s.has(type);
}

NumberFormat::Kind kindOfSection(const Section& s)
{
    if (hasType(s, Token::Elapsed))
        return NumberFormat::Kind::Duration;
    const bool date = hasType(s, Token::DatePart);
    const bool time = hasType(s, Token::TimePart);
    if (date || time)
        return date && time ? NumberFormat::Kind::DateTime : date ? NumberFormat::Kind::Date : NumberFormat::Kind::Time;
    if (hasType(s, Token::At) && !hasType(s, Token::Digit) && !hasType(s, Token::General))
        return NumberFormat::Kind::Text;
    return NumberFormat::Kind::Number;
}

bool matches(const Section& s, double v)
{
    if (s.op == QLatin1String("<"))
        return v < s.bound;
    if (s.op == QLatin1String("<="))
        return v <= s.bound;
    if (s.op == QLatin1String(">"))
        return v > s.bound;
    if (s.op == QLatin1String(">="))
        return v >= s.bound;
    if (s.op == QLatin1String("<>"))
        return v != s.bound;
    return v == s.bound;
}

/// The section that shows `v`, and whether the number is shown without its sign (the section says it).
std::pair<const Section*, bool> choose(const QList<Section>& sections, double v)
{
    const qsizetype n = std::min<qsizetype>(sections.size(), 3); // a fourth section is for text
    if (!sections.first().op.isEmpty()) {
        if (matches(sections.at(0), v))
            return {&sections.at(0), false};
        if (n > 1 && (sections.at(1).op.isEmpty() || matches(sections.at(1), v)))
            return {&sections.at(1), false};
        return {n > 2 ? &sections.at(2) : nullptr, false};
    }
    if (v < 0 && n > 1)
        return {&sections.at(1), true};
    if (v == 0 && n > 2)
        return {&sections.at(2), true};
    return {&sections.at(0), false};
}

/// Places the integer digits right to left into the placeholders; literals between them stay in place,
/// digits beyond the placeholders go before the first one.
QString placeInteger(const QList<Token>& tokens, QString digits, bool grouping)
{
    int zeros = 0;
    for (const Token& t : tokens)
        zeros += t.type == Token::Digit && t.text != QLatin1String("#");
    while (digits.size() < zeros)
        digits.prepend(QLatin1Char('0'));
    if (grouping) {
        for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
            digits.insert(i, QLatin1Char(','));
    }
    QString out;
    qsizetype left = digits.size();
    qsizetype first = -1; // the leftmost placeholder
    for (qsizetype i = 0; i < tokens.size() && first < 0; ++i)
        first = tokens.at(i).type == Token::Digit ? i : first;
    for (qsizetype i = tokens.size() - 1; i >= 0; --i) {
        const Token& t = tokens.at(i);
        if (t.type == Token::Literal || t.type == Token::Percent) {
            out.prepend(t.text);
        } else if (t.type == Token::Digit) {
            if (grouping) {
                // Grouped digits go in one piece at the leftmost placeholder.
                if (i == first)
                    out.prepend(digits);
                continue;
            }
            if (left > 0)
                out.prepend(i == first ? digits.left(left) : QString(digits.at(--left)));
            else if (t.text == QLatin1String("?"))
                out.prepend(QLatin1Char(' '));
            if (i == first)
                left = 0;
        }
    }
    return first < 0 ? out + digits : out; // ".00" still shows the integer digits
}

/// The fraction digits left to right; trailing zeros in # places are dropped, ? places become spaces.
QString placeFraction(const QList<Token>& tokens, const QString& digits)
{
    qsizetype keep = digits.size();
    for (qsizetype i = tokens.size() - 1, d = digits.size() - 1; i >= 0 && d >= 0; --i) {
        if (tokens.at(i).type != Token::Digit)
            continue;
        if (tokens.at(i).text == QLatin1String("0") || digits.at(d) != QLatin1Char('0'))
            break;
        keep = d--;
    }
    QString out;
    qsizetype d = 0;
    for (const Token& t : tokens) {
        if (t.type == Token::Digit) {
            if (d < keep)
                out += digits.at(d);
            else if (t.text == QLatin1String("?"))
                out += QLatin1Char(' ');
            ++d;
        } else if (t.type == Token::Literal || t.type == Token::Percent) {
            out += t.text;
        }
    }
    return out;
}

int places(const QList<Token>& tokens)
{
    return int(std::count_if(tokens.cbegin(), tokens.cend(), [](const Token& t) { return t.type == Token::Digit; }));
}

/// Scales `v` to the mantissa of a scientific format ("0.00E+00"; "##0.0E+0" keeps exponents in steps of
/// three) and returns the exponent's text.
QString scientific(double& v, const QList<Token>& integer, const QList<Token>& exponent, const QString& sign)
{
    const int step =
        std::max(1, places(integer) > 1 && integer.constFirst().text == QLatin1String("#") ? places(integer) : 1);
    int e = v == 0 ? 0 : int(std::floor(std::log10(std::abs(v))));
    e = int(std::floor(double(e) / step)) * step;
    v /= std::pow(10.0, e);
    QString digits = QString::number(std::abs(e));
    while (digits.size() < places(exponent))
        digits.prepend(QLatin1Char('0'));
    const QString shownSign = e < 0                        ? QStringLiteral("-")
                              : sign == QLatin1String("+") ? QStringLiteral("+")
                                                           : QString();
    return QStringLiteral("E") + shownSign + digits;
}

QString formatNumber(const Section& s, double v)
{
    QList<Token> integer, fraction, exponent;
    QList<Token>* part = &integer;
    bool grouping = false;
    int scale = 0;
    QString expSign;
    for (qsizetype i = 0; i < s.tokens.size(); ++i) {
        const Token& t = s.tokens.at(i);
        if (t.type == Token::Point) {
            part = &fraction;
        } else if (t.type == Token::Exponent) {
            part = &exponent;
            expSign = t.text;
        } else if (t.type == Token::Comma) {
            // Between integer placeholders a comma groups thousands; after the last one it divides by 1,000.
            bool digitAfter = false;
            for (qsizetype j = i + 1; j < s.tokens.size(); ++j) {
                const Token::Type next = s.tokens.at(j).type;
                if (next == Token::Point || next == Token::Exponent)
                    break;
                digitAfter = digitAfter || next == Token::Digit;
            }
            if (part == &integer && digitAfter)
                grouping = true;
            else if (part == &integer)
                ++scale;
        } else if (t.type == Token::Percent) {
            v *= 100;
            part->append(t);
        } else if (t.type == Token::Digit || t.type == Token::Literal) {
            part->append(t);
        }
    }
    v /= std::pow(1000.0, scale);
    const int decimals = places(fraction);
    const QString exponentText = expSign.isEmpty() ? QString() : scientific(v, integer, exponent, expSign);
    const QString fixed = QString::number(std::abs(v), 'f', decimals);
    QString intDigits = fixed.section(QLatin1Char('.'), 0, 0);
    if (intDigits == QLatin1String("0"))
        intDigits.clear(); // "#.00" shows .50; a 0 placeholder puts the zero back
    QString out = placeInteger(integer, intDigits, grouping);
    if (hasType(s, Token::Point))
        out += QLatin1Char('.') + placeFraction(fraction, fixed.section(QLatin1Char('.'), 1));
    return out + exponentText;
}

QString formatDate(double value, NumberFormat::Kind kind, bool date1904)
{
    if (kind == NumberFormat::Kind::Duration) {
        if (!(value >= 0) || value > 1e7)
            return NumberFormat::general(value);
        const qint64 seconds = qRound64(value * 86400);
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    const QDateTime at = NumberFormat::fromSerial(value, date1904);
    if (!at.isValid())
        return NumberFormat::general(value);
    if (kind == NumberFormat::Kind::Date)
        return at.date().toString(QStringLiteral("yyyy-MM-dd"));
    if (kind == NumberFormat::Kind::Time)
        return at.time().toString(QStringLiteral("HH:mm:ss"));
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

QString NumberFormat::builtInCode(int id)
{
    static const QHash<int, QString> codes{
        {1, QStringLiteral("0")},
        {2, QStringLiteral("0.00")},
        {3, QStringLiteral("#,##0")},
        {4, QStringLiteral("#,##0.00")},
        {9, QStringLiteral("0%")},
        {10, QStringLiteral("0.00%")},
        {11, QStringLiteral("0.00E+00")},
        {12, QStringLiteral("# ?/?")},
        {13, QStringLiteral("# ?\?/??")},
        {14, QStringLiteral("yyyy-mm-dd")},
        {15, QStringLiteral("d-mmm-yy")},
        {16, QStringLiteral("d-mmm")},
        {17, QStringLiteral("mmm-yy")},
        {18, QStringLiteral("h:mm AM/PM")},
        {19, QStringLiteral("h:mm:ss AM/PM")},
        {20, QStringLiteral("h:mm")},
        {21, QStringLiteral("h:mm:ss")},
        {22, QStringLiteral("yyyy-mm-dd h:mm")},
        {37, QStringLiteral("#,##0 ;(#,##0)")},
        {38, QStringLiteral("#,##0 ;[Red](#,##0)")},
        {39, QStringLiteral("#,##0.00;(#,##0.00)")},
        {40, QStringLiteral("#,##0.00;[Red](#,##0.00)")},
        {45, QStringLiteral("mm:ss")},
        {46, QStringLiteral("[h]:mm:ss")},
        {47, QStringLiteral("mmss.0")},
        {48, QStringLiteral("##0.0E+0")},
        {49, QStringLiteral("@")},
    };
    if (const auto it = codes.constFind(id); it != codes.cend())
        return *it;
    // Chinese Excel's own: 年月日 dates (27–31, 36, 50–54, 57, 58) and 时分秒 times (32–35, 55, 56).
    if ((id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) || id == 57 || id == 58)
        return QStringLiteral("yyyy\"年\"m\"月\"d\"日\"");
    if ((id >= 32 && id <= 35) || id == 55 || id == 56)
        return QStringLiteral("h\"时\"mm\"分\"ss\"秒\"");
    return {};
}

NumberFormat::Kind NumberFormat::kindOf(const QString& code)
{
    return kindOfSection(formatcode::parse(code).constFirst());
}

QString NumberFormat::format(double value, const QString& code, bool date1904)
{
    if (!std::isfinite(value) || code.trimmed().isEmpty())
        return general(value);
    const QList<Section> sections = formatcode::parse(code);
    const Kind kind = kindOfSection(sections.constFirst());
    if (kind == Kind::Date || kind == Kind::Time || kind == Kind::DateTime || kind == Kind::Duration)
        return formatDate(value, kind, date1904);
    const auto [section, unsigned_] = choose(sections, value);
    if (!section)
        return general(value);
    if (section->fraction || kindOfSection(*section) == Kind::Text)
        return general(value);
    if (hasType(*section, Token::General)) {
        QString text; // General with literals around it: "No. "General
        for (const Token& t : section->tokens)
            text += t.type == Token::General ? general(std::abs(value)) : t.type == Token::Literal ? t.text : QString();
        return value < 0 && !unsigned_ ? QLatin1Char('-') + text : text;
    }
    if (!hasType(*section, Token::Digit) && !hasType(*section, Token::General)) {
        QString literal; // a section of text only: ;;"-" shows a dash for zero, ;;; shows nothing
        for (const Token& t : section->tokens)
            literal += t.type == Token::Literal ? t.text : QString();
        return literal;
    }
    const QString text = formatNumber(*section, value);
    const bool negative = value < 0 && !unsigned_ && text.contains(QRegularExpression(QStringLiteral("[1-9]")));
    return negative ? QLatin1Char('-') + text : text;
}

QString NumberFormat::general(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (std::abs(value) < 1e15 && value == std::floor(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QDateTime NumberFormat::fromSerial(double serial, bool date1904)
{
    if (!(serial >= 0) || serial >= 2958466)
        return {};
    const qint64 seconds = qRound64(serial * 86400);
    const qint64 days = seconds / 86400;
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days);
    else if (days == 60)
        return {}; // 1900-02-29 exists only in Excel (kept from Lotus 1-2-3)
    else
        date = QDate(1899, 12, 31).addDays(days);
    return QDateTime(date, QTime(0, 0).addSecs(int(seconds % 86400)), QTimeZone::utc());
}

} // namespace ketong
