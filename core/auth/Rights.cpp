#include "Rights.h"

namespace ketong {

QString roleKindKey(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Admin:
        return QStringLiteral("admin");
    case RoleKind::Director:
        return QStringLiteral("director");
    case RoleKind::Manager:
        return QStringLiteral("manager");
    case RoleKind::Executive:
        return QStringLiteral("executive");
    }
    return {};
}

std::optional<RoleKind> roleKindFromKey(const QString& key)
{
    for (RoleKind kind : {RoleKind::Admin, RoleKind::Director, RoleKind::Manager, RoleKind::Executive}) {
        if (roleKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

const QList<RightCatalog::Entry>& RightCatalog::entries()
{
    using namespace Rights;
    static const QList<Entry> all{
        {Root, QLatin1String(), true, "客户关系管理系统", QT_TR_NOOP("Customer relationship management"), 0},
        {Marketing, Root, true, "营销管理", QT_TR_NOOP("Marketing"), 10},
        {CustomerFolder, Root, true, "客户管理", QT_TR_NOOP("Customers"), 20},
        {ServiceFolder, Root, true, "服务管理", QT_TR_NOOP("Customer service"), 30},
        {ReportFolder, Root, true, "统计报表", QT_TR_NOOP("Reports"), 40},
        {BaseDataFolder, Root, true, "基础数据", QT_TR_NOOP("Basic data"), 50},
        {PermissionFolder, Root, true, "权限管理", QT_TR_NOOP("Permissions"), 60},
        {SalesChances, Marketing, false, "销售机会管理", QT_TR_NOOP("Sales opportunities"), 11},
        {DevelopmentPlans, Marketing, false, "客户开发计划", QT_TR_NOOP("Development plans"), 12},
        {Customers, CustomerFolder, false, "客户信息管理", QT_TR_NOOP("Customer information"), 21},
        {Churn, CustomerFolder, false, "客户流失管理", QT_TR_NOOP("Customer churn"), 22},
        {ServiceCreate, ServiceFolder, false, "服务创建", QT_TR_NOOP("Create service"), 31},
        {ServiceAssign, ServiceFolder, false, "服务分配", QT_TR_NOOP("Assign services"), 32},
        {ServiceHandle, ServiceFolder, false, "服务处理", QT_TR_NOOP("Handle services"), 33},
        {ServiceFeedback, ServiceFolder, false, "服务反馈", QT_TR_NOOP("Service feedback"), 34},
        {ServiceArchive, ServiceFolder, false, "服务归档", QT_TR_NOOP("Service archive"), 35},
        {ContributionReport, ReportFolder, false, "客户贡献分析", QT_TR_NOOP("Customer contribution"), 41},
        {CompositionReport, ReportFolder, false, "客户构成分析", QT_TR_NOOP("Customer composition"), 42},
        {ServiceReport, ReportFolder, false, "客户服务分析", QT_TR_NOOP("Customer service analysis"), 43},
        {ChurnReport, ReportFolder, false, "客户流失分析", QT_TR_NOOP("Customer churn analysis"), 44},
        {Dictionary, BaseDataFolder, false, "数据字典管理", QT_TR_NOOP("Data dictionary"), 51},
        {Products, BaseDataFolder, false, "查询产品信息", QT_TR_NOOP("Products"), 52},
        {Stock, BaseDataFolder, false, "查询库存", QT_TR_NOOP("Stock"), 53},
        {Permissions, PermissionFolder, false, "权限分配", QT_TR_NOOP("Users, roles and rights"), 61},
    };
    return all;
}

QString RightCatalog::label(const QString& code)
{
    for (const Entry& e : entries()) {
        if (e.code == code)
            return tr(e.englishLabel);
    }
    return code;
}

QList<QLatin1String> RightCatalog::defaultRights(RoleKind kind)
{
    using namespace Rights;
    switch (kind) {
    case RoleKind::Admin:
        return {Dictionary, Permissions};
    case RoleKind::Director:
        return {SalesChances,   DevelopmentPlans,   Customers,         Churn,         ServiceCreate, ServiceAssign,
                ServiceArchive, ContributionReport, CompositionReport, ServiceReport, ChurnReport,   Products,
                Stock};
    case RoleKind::Manager:
        return {SalesChances,  DevelopmentPlans, Customers,      Churn,    ServiceCreate,
                ServiceHandle, ServiceFeedback,  ServiceArchive, Products, Stock};
    case RoleKind::Executive:
        return {ContributionReport, CompositionReport, ServiceReport, ChurnReport};
    }
    return {};
}

bool RightCatalog::allowedFor(RoleKind kind, const QString& code)
{
    for (const Entry& e : entries()) {
        if (e.code != code)
            continue;
        if (e.folder)
            return true;
        const bool administrative = code == Rights::Dictionary || code == Rights::Permissions;
        return administrative == (kind == RoleKind::Admin);
    }
    return false;
}

QString RightCatalog::builtinRoleName(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Admin:
        return QStringLiteral("系统管理员");
    case RoleKind::Director:
        return QStringLiteral("销售主管");
    case RoleKind::Manager:
        return QStringLiteral("客户经理");
    case RoleKind::Executive:
        return QStringLiteral("高管");
    }
    return {};
}

QString RightCatalog::builtinRoleDescription(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Admin:
        return QStringLiteral("管理系统用户、角色和权限，维护数据字典，保障系统正常运行");
    case RoleKind::Director:
        return QStringLiteral("分配客户服务，创建和指派销售机会，制定开发计划，分析客户数据");
    case RoleKind::Manager:
        return QStringLiteral("维护负责的客户，创建、处理和反馈客户服务，开发销售机会，处理客户流失");
    case RoleKind::Executive:
        return QStringLiteral("查看客户贡献、构成、服务和流失分析");
    }
    return {};
}

QString RightCatalog::kindLabel(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Admin:
        return tr("System administrator");
    case RoleKind::Director:
        return tr("Sales director");
    case RoleKind::Manager:
        return tr("Account manager");
    case RoleKind::Executive:
        return tr("Executive");
    }
    return {};
}

QString RightCatalog::roleLabel(const QString& storedName, std::optional<RoleKind> kind)
{
    for (const RoleKind k : {RoleKind::Admin, RoleKind::Director, RoleKind::Manager, RoleKind::Executive}) {
        if ((!kind || *kind == k) && storedName == builtinRoleName(k))
            return kindLabel(k);
    }
    return storedName;
}

QString RightCatalog::roleDescriptionLabel(const QString& storedDescription, RoleKind kind)
{
    if (storedDescription != builtinRoleDescription(kind))
        return storedDescription;
    switch (kind) {
    case RoleKind::Admin:
        return tr("Manages the users, roles and rights of the system, keeps the data dictionary and keeps the "
                  "system running");
    case RoleKind::Director:
        return tr("Assigns customer services, creates and assigns sales opportunities, makes development plans, "
                  "analyses customer data");
    case RoleKind::Manager:
        return tr("Looks after their customers; creates, handles and follows up customer services; develops sales "
                  "opportunities; handles customer churn");
    case RoleKind::Executive:
        return tr("Reads the analyses of customer contribution, composition, services and churn");
    }
    return storedDescription;
}

} // namespace ketong
