#pragma once

#include "ketong_core_export.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ketong {

/// Service status (SPEC §4.4). 4 已反馈 is reserved: no step stores it.
enum class TicketStatus { New = 1, Assigned = 2, Handled = 3, FedBack = 4, Archived = 5 };

/// One round of handling and its feedback: a ticket sent back keeps every round.
struct KETONG_CORE_EXPORT ServiceRound
{
    int round = 1;
    QString handling;
    QString handledBy; ///< name
    QDateTime handledAt;
    QString result;
    int satisfaction = 0; ///< 0 until feedback
    QString feedbackBy;
    QDateTime feedbackAt;
};

/// A customer service request (table service_tickets) with its rounds.
struct KETONG_CORE_EXPORT ServiceTicket
{
    qint64 id = 0;
    QString type;  ///< dictionary 服务类型 value
    QString title; ///< 概要
    qint64 customerId = 0;
    QString customerName;
    QString request;
    TicketStatus status = TicketStatus::New;
    qint64 createdBy = 0;
    QString createdByName;
    QDateTime createdAt;
    qint64 assignedTo = 0;
    QString assignedToName;
    QDateTime assignedAt;
    QList<ServiceRound> rounds;
    int version = 1;
};

/// What a new ticket (or an edit of a new one) says.
struct KETONG_CORE_EXPORT TicketInput
{
    QString type;
    QString title;
    qint64 customerId = 0;
    QString request;
};

/// The shared filters of the service lists (SPEC §5.4).
struct KETONG_CORE_EXPORT TicketFilter
{
    QString customer; ///< name contains
    QString title;    ///< summary contains
    QString type;     ///< dictionary value; empty: all
    QDate createdFrom;
    QDate createdTo;
    std::optional<TicketStatus> status; ///< archive list only; empty there: all statuses
};

} // namespace ketong
