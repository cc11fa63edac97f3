#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace ketong::formatcode {

// The tokenizer of NumberFormat (internal): a number format code (ECMA-376 §18.8.31) split into its sections
// (at ; outside quotes, escapes and brackets) and their tokens.

/// One piece of a format section.
struct Token
{
    enum Type { Literal, Digit, Point, Comma, Percent, Exponent, General, At, DatePart, TimePart, Elapsed };
    Type type = Literal;
    QString text; ///< a literal's text; a digit placeholder's character (0 # ?); an exponent's sign
};

/// A format section: its tokens and its [condition], if any.
struct Section
{
    QList<Token> tokens;
    QString op; ///< "<", "<=", "=", … (empty: no condition)
    double bound = 0;
    bool fraction = false; ///< "# ?/?": shown as General

    bool has(Token::Type type) const
    {
        return std::any_of(tokens.cbegin(), tokens.cend(), [type](const Token& t) { return t.type == type; });
    }
};

/// The sections of `code`, at least one.
QList<Section> parse(const QString& code);

} // namespace ketong::formatcode
