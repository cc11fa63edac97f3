#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ketong::Validation {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::Validation)
};
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
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}$"));
    if (value.isEmpty())
        return std::nullopt;
    if (value.size() > 100 || !re.match(value).hasMatch())
        return Error(ErrorCode::Invalid, Tr::tr("%1 is not a valid e-mail address").arg(label), field);
    return std::nullopt;
}

std::optional<Error> phone(const QString& value, const QString& field, const QString& label)
{
    static const QRegularExpression re(QStringLiteral("^[0-9 +\\-()]*((转|ext\\.?|EXT\\.?)[ ]*[0-9]+)?$"));
    if (value.isEmpty())
        return std::nullopt;
    if (auto e = maxLength(value, 50, field, label))
        return e;
    const bool hasDigit = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.isDigit(); });
    if (!hasDigit || !re.match(value).hasMatch())
        return Error(ErrorCode::Invalid,
                     Tr::tr("%1 may contain only digits, spaces, + - ( ) and an extension (转 or ext)").arg(label),
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
