#pragma once

#include "Workspace.h"
#include "common/Result.h"

#include <QLatin1String>
#include <QList>
#include <QWidget>

#include <functional>

namespace ketong {

/// A page of the navigation: the right that shows it (SPEC §2.3) and how to build it. A module
/// appears in the navigation only when the role holds one of its pages' rights. Several pages may share
/// one right (用户管理, 角色管理, 权限分配 and 审计日志 all need 024); the objectName tells them apart.
struct PageSpec
{
    QLatin1String right;
    QString objectName; ///< unique: the page's key in the navigation, its widget's objectName (tests use it)
    std::function<QWidget*(const Workspace&, QWidget* parent)> create;
    /// The page's name in the navigation, in the current language (called again on a language change).
    /// Empty: the right's label (RightCatalog::label).
    std::function<QString()> title = {};
    /// How many items wait for the user on this page (shown beside its name in the navigation; 0: none).
    /// Runs in a worker thread after login, every minute and when a page emits badgesChanged().
    std::function<Result<int>(const Workspace&)> badge = {};

    QString displayTitle() const;
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
