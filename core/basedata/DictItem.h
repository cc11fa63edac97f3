#pragma once

#include "ketong_core_export.h"

#include <QString>

namespace ketong {

/// One row of the data dictionary (SPEC §3.3): a type (类别), the text people see (条目), the stable value
/// records store (值), and whether the administrator may edit it.
struct KETONG_CORE_EXPORT DictItem
{
    qint64 id = 0;
    QString type;
    QString item;
    QString value;
    bool editable = true;
    int sortOrder = 0;
    int version = 1;
};

} // namespace ketong
