#pragma once

#include "ketong_core_export.h"

#include <QString>

namespace ketong {

/// Installs the program's translations (and Qt's own, for standard buttons and dialogs) for a
/// language, replacing the ones installed before. Widgets receive QEvent::LanguageChange.
class KETONG_CORE_EXPORT Language
{
public:
    /// "zh_CN" or "en". Anything starting with "zh" means Chinese; everything else English.
    static QString normalize(const QString& name);
    /// The language of the system locale, normalised.
    static QString systemDefault();
    /// Installs `name` (normalised) on the running application. Returns the normalised name.
    static QString install(const QString& name);
    /// The language installed last ("en" before any install).
    static QString current();
};

} // namespace ketong
