#pragma once

#include "PlanItem.h"
#include "ketong_core_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ketong {

/// Sales chance status (SPEC §4.1, §9 item 1).
enum class ChanceStatus {
    Unassigned = 1, ///< 未指派: editable, deletable, assignable
    Assigned = 2,   ///< 已指派 / 开发中: the assignee makes and executes the plan
    Succeeded = 3,  ///< 开发成功 (archived): a customer was created
    Failed = 4,     ///< 开发失败 / 终止开发 (archived)
};

/// A sales opportunity (SPEC §3.4; table sales_chances) with its plan items when loaded for the plan
/// screens. Optional text is empty, never null; user ids are 0 when unset.
struct KETONG_CORE_EXPORT SalesChance
{
    qint64 id = 0;
    QString source;       ///< 机会来源 (free text; the 机会来源 dictionary only suggests)
    QString customerName; ///< 客户名称
    QString title;        ///< 概要
    int rate = 0;         ///< 成功机率 0–100 (%)
    QString contact;      ///< 联系人
    QString contactTel;   ///< 联系人电话
    QString description;  ///< 机会描述
    qint64 createdBy = 0;
    QString createdByName;
    QDateTime createdAt;
    qint64 assignedTo = 0;
    QString assignedToName;
    QDateTime assignedAt;
    ChanceStatus status = ChanceStatus::Unassigned;
    QDateTime closedAt;    ///< when it succeeded or failed
    qint64 customerId = 0; ///< the customer created by 开发成功
    int version = 1;
    QDateTime updatedAt;
    QString updatedBy;
    QList<PlanItem> planItems; ///< by date, then id

    /// The stored fields as JSON (for the audit log's before/after).
    QJsonObject toJson() const;
};

/// What the new/edit form says (SPEC §5.2.2–5.2.3: the editable fields).
struct KETONG_CORE_EXPORT ChanceInput
{
    QString source;
    QString customerName;
    QString title;
    int rate = -1; ///< -1: not given (refused as required)
    QString contact;
    QString contactTel;
    QString description;
};

/// What 开发成功 asks of the user (issue 27 item 5), so that the customer and contact it creates pass their
/// own rules (CustomerRules, ContactService) on their next edit unchanged.
struct KETONG_CORE_EXPORT DevelopmentSuccess
{
    QString region;          ///< 地区 of the new customer: a dictionary value, required (no silent default)
    QString contactPosition; ///< 职位 of the chance's contact person: required when the chance names one
    QString contactTel;      ///< 办公电话 of that contact: required then (a form prefills the chance's phone)
};

/// The filters of both chance lists: every one "contains", empty ones are ignored.
struct KETONG_CORE_EXPORT ChanceFilter
{
    QString customerName;
    QString title;
    QString contact;
};

/// An account manager a chance can be assigned to (active, role kind manager).
struct KETONG_CORE_EXPORT Assignee
{
    qint64 id = 0;
    QString login;
    QString name;
};

} // namespace ketong
