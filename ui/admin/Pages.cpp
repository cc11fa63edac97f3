// The pages of this module in the navigation (ui/shell/PageRegistry.cpp lists every module's).
// All four need 权限管理 (024); the core refuses everything on them to other roles anyway.
#include "AuditPage.h"
#include "RightsPage.h"
#include "RolesPage.h"
#include "UsersPage.h"
#include "shell/PageRegistry.h"

#include <QCoreApplication>

namespace ketong::pages {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::AdminPages)
};
} // namespace

QList<PageSpec> admin()
{
    return {
        {Rights::Permissions, QStringLiteral("usersPage"),
         [](const Workspace& ws, QWidget* parent) { return new UsersPage(ws, parent); },
         [] { return Tr::tr("Users"); }},
        {Rights::Permissions, QStringLiteral("rolesPage"),
         [](const Workspace& ws, QWidget* parent) { return new RolesPage(ws, parent); },
         [] { return Tr::tr("Roles"); }},
        {Rights::Permissions, QStringLiteral("rightsPage"),
         [](const Workspace& ws, QWidget* parent) { return new RightsPage(ws, parent); },
         [] { return Tr::tr("Rights"); }},
        {Rights::Permissions, QStringLiteral("auditPage"),
         [](const Workspace& ws, QWidget* parent) { return new AuditPage(ws, parent); },
         [] { return Tr::tr("Audit log"); }},
    };
}

} // namespace ketong::pages
