#pragma once

#include "ketong_core_export.h"

#include <QString>

#include <optional>

namespace ketong {

/// Writes one flat JSON object as compact text, as QJsonDocument::toJson(Compact) writes it, without building a
/// QJsonObject first: for records written by the thousand (the audit rows of an import). Keys go in the order
/// given: give them sorted, as QJsonObject keeps them, and the text is the same.
class KETONG_CORE_EXPORT JsonText
{
public:
    /// `valuesOnly`: empty texts and nulls are left out (what a created record's audit entry shows).
    explicit JsonText(bool valuesOnly = false)
        : m_valuesOnly(valuesOnly)
    {}
    JsonText& add(QStringView key, QStringView value);
    JsonText& add(QStringView key, qint64 value);
    JsonText& add(QStringView key, std::optional<qint64> value); ///< null when empty
    /// The object's text (closes it; call once).
    QString text();

private:
    void key(QStringView key);
    void string(QStringView value);

    bool m_valuesOnly = false;
    QString m_text = initial();
    static QString initial(); ///< "{", with room for a customer record
};

} // namespace ketong
