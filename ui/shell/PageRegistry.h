#pragma once

#include "Workspace.h"

#include <QLatin1String>
#include <QList>
#include <QWidget>

#include <functional>

namespace ketong {

/// A page of the navigation: the right that shows it (SPEC §2.3) and how to build it. A module
/// appears in the navigation only when the role holds one of its pages' rights.
struct PageSpec
{
    QLatin1String right;
    QString objectName; ///< the page widget's objectName (tests and remembered settings use it)
    std::function<QWidget*(const Workspace&, QWidget* parent)> create;
};

/// Every page the program has, in menu order (ui/shell/PageRegistry.cpp lists them, one line each).
const QList<PageSpec>& pageRegistry();

} // namespace ketong
