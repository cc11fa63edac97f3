#pragma once

#include "Error.h"
#include "ketong_core_export.h"

#include <QString>

#include <optional>

namespace ketong {

/// Field checks shared by every module. Each returns the Error to report (naming the field and its
/// label in the message) or nothing when the value is acceptable.
namespace Validation {

/// Full-width digits, letters and punctuation (０-９, Ａ-Ｚ, U+3000 …) to their ASCII forms.
KETONG_CORE_EXPORT QString normalizeWidth(const QString& text);

KETONG_CORE_EXPORT std::optional<Error> required(const QString& value, const QString& field, const QString& label);
KETONG_CORE_EXPORT std::optional<Error> maxLength(const QString& value, int max, const QString& field,
                                                  const QString& label);
/// Required and not longer than max.
KETONG_CORE_EXPORT std::optional<Error> text(const QString& value, int max, const QString& field, const QString& label,
                                             bool isRequired);
KETONG_CORE_EXPORT std::optional<Error> intRange(qint64 value, qint64 min, qint64 max, const QString& field,
                                                 const QString& label);
/// Empty, or six digits.
KETONG_CORE_EXPORT std::optional<Error> zip(const QString& value, const QString& field, const QString& label);
/// Empty, or an e-mail address of at most 100 characters: a dot-atom local part (RFC 5322; non-ASCII
/// letters and digits allowed, RFC 6531: jürgen.müller, 张三) and a domain of two or more labels that IDNA
/// accepts (例子.中国, beispiel.de). Refuses spaces, quoted local parts, address literals, one-label domains.
KETONG_CORE_EXPORT std::optional<Error> email(const QString& value, const QString& field, const QString& label);
/// Empty, or digits, spaces, + - ( ) . / and 转/ext, at most 50 characters.
KETONG_CORE_EXPORT std::optional<Error> phone(const QString& value, const QString& field, const QString& label);
/// Empty, or an 11-digit mainland mobile number starting with 1[3-9].
KETONG_CORE_EXPORT std::optional<Error> mobile(const QString& value, const QString& field, const QString& label);

} // namespace Validation
} // namespace ketong
