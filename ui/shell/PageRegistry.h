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

/// Every page the program has, in menu order: each module's pages (ui/<module>/Pages.cpp).
const QList<PageSpec>& pageRegistry();

/// The pages of each module, in the order of the rights tree.
namespace pages {
QList<PageSpec> sales();
QList<PageSpec> customers();
QList<PageSpec> churn();
QList<PageSpec> service();
QList<PageSpec> reports();
QList<PageSpec> basedata();
QList<PageSpec> admin();
} // namespace pages

} // namespace ketong
