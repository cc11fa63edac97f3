#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace ketong::Validation {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::Validation)
};

/// A character of an unquoted local part: RFC 5322 atext, and (RFC 6531) any non-ASCII letter, mark or digit.
bool isLocalChar(char32_t c)
{
    if (c < 0x80) {
        static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~");
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9') ||
               specials.contains(QChar(char16_t(c)));
    }
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return true;
    default:
        return false;
    }
}

/// A dot-atom local part (jürgen.müller, 张三, li.ming+crm) of at most 64 bytes. Quoted local parts
/// ("a b"@example.com) are legal but never seen in customer files: refused, like anything with spaces.
bool isLocalPart(QStringView local)
{
    if (local.isEmpty() || local.toUtf8().size() > 64)
        return false;
    for (QStringView atom : local.split(QLatin1Char('.'))) {
        if (atom.isEmpty())
            return false; // a leading, trailing or doubled dot
        const QList<uint> chars = atom.toUcs4();
        if (!std::all_of(chars.cbegin(), chars.cend(), [](uint c) { return isLocalChar(char32_t(c)); }))
            return false;
    }
    return true;
}

/// A host name of at least two labels, internationalized ones (例子.中国, beispiel.de) included: Qt's IDNA
/// turns it into its ASCII form (xn--fsqu00a.xn--fiqs8s), which must then be a valid DNS name.
bool isMailDomain(const QString& domain)
{
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty() || ace.size() > 253)
        return false;
    static const QRegularExpression labelRe(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression topRe(QStringLiteral("^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QList<QByteArray> labels = ace.split('.');
    if (labels.size() < 2)
        return false;
    for (const QByteArray& label : labels) {
        if (!labelRe.match(QString::fromLatin1(label)).hasMatch())
            return false;
    }
    return topRe.match(QString::fromLatin1(labels.constLast())).hasMatch();
}
} // namespace

QString normalizeWidth(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u == 0x3000)
            c = QLatin1Char(' ');
        else if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
    }
    return out;
}

std::optional<Error> required(const QString& value, const QString& field, const QString& label)
{
    if (value.trimmed().isEmpty())
        return Error(ErrorCode::Required, Tr::tr("%1 is required").arg(label), field);
    return std::nullopt;
}

std::optional<Error> maxLength(const QString& value, int max, const QString& field, const QString& label)
{
    if (value.size() > max)
        return Error(ErrorCode::Invalid, Tr::tr("%1 may have at most %2 characters").arg(label).arg(max), field);
    return std::nullopt;
}

std::optional<Error> text(const QString& value, int max, const QString& field, const QString& label, bool isRequired)
{
    if (isRequired) {
        if (auto e = required(value, field, label))
            return e;
    }
    return maxLength(value, max, field, label);
}

std::optional<Error> intRange(qint64 value, qint64 min, qint64 max, const QString& field, const QString& label)
{
    if (value < min || value > max)
        return Error(ErrorCode::Invalid, Tr::tr("%1 must be between %2 and %3").arg(label).arg(min).arg(max), field);
    return std::nullopt;
}

std::optional<Error> zip(const QString& value, const QString& field, const QString& label)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{6}$"));
    if (!value.isEmpty() && !re.match(value).hasMatch())
        return Error(ErrorCode::Invalid, Tr::tr("%1 must be 6 digits").arg(label), field);
    return std::nullopt;
}

std::optional<Error> email(const QString& value, const QString& field, const QString& label)
{
    if (value.isEmpty())
        return std::nullopt;
    const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
    const bool valid =
        value.size() <= 100 && at > 0 && isLocalPart(QStringView(value).left(at)) && isMailDomain(value.mid(at + 1));
    if (!valid)
        return Error(ErrorCode::Invalid, Tr::tr("%1 is not a valid e-mail address").arg(label), field);
    return std::nullopt;
}

std::optional<Error> phone(const QString& value, const QString& field, const QString& label)
{
    // Real lists write 01.42.68.53.00 (France) and 030/123 456 (Germany) as well as 010-6234 5678.
    static const QRegularExpression re(QStringLiteral("^[0-9 +\\-()./]*((转|ext\\.?|EXT\\.?)[ ]*[0-9]+)?$"));
    if (value.isEmpty())
        return std::nullopt;
    if (auto e = maxLength(value, 50, field, label))
        return e;
    const bool hasDigit = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); });
    if (!hasDigit || !re.match(value).hasMatch())
        return Error(ErrorCode::Invalid,
                     Tr::tr("%1 may contain only digits, spaces, + - ( ) . / and an extension (转 or ext)").arg(label),
                     field);
    return std::nullopt;
}

std::optional<Error> mobile(const QString& value, const QString& field, const QString& label)
{
    static const QRegularExpression re(QStringLiteral("^1[3-9][0-9]{9}$"));
    if (!value.isEmpty() && !re.match(value).hasMatch())
        return Error(ErrorCode::Invalid, Tr::tr("%1 must be an 11-digit mobile number").arg(label), field);
    return std::nullopt;
}

} // namespace ketong::Validation
