#pragma once

#include "ketong_core_export.h"

#include <QStringList>

namespace ketong {

/// Splits a migration script into single statements (Qt SQL runs one statement per exec). Understands
/// quoted strings, identifiers, -- and /* */ comments, PostgreSQL $tag$ bodies and SQLite trigger
/// bodies (CREATE TRIGGER … BEGIN …; END).
class KETONG_CORE_EXPORT SqlScript
{
public:
    static QStringList split(const QString& script);
};

} // namespace ketong
