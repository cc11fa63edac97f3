#pragma once

// Inside core/audit only: how each logged field is read (AuditValues.cpp) and which ones refer to other
// records (AuditNames.cpp looks those up once per page).

#include <QString>

namespace ketong::AuditFormat {

enum class Kind {
    Text,        ///< as logged
    Account,     ///< a users.id: the account's name
    Role,        ///< a roles.id: the role's name
    RoleName,    ///< a role's name as stored: built-in roles in the current language
    RoleKind,    ///< admin, director…: the kind's name
    Customer,    ///< a customers.id: the customer's name
    Level,       ///< a customer level value: the dictionary's word
    Status,      ///< the entity's status code: its name
    Flag,        ///< 0/1 or true/false: yes/no
    Stars,       ///< 1–5: ★★★☆☆
    Percent,     ///< 0–100: 70%
    Fen,         ///< money in fen: yuan
    TenThousand, ///< money in 万元: yuan
    Time,        ///< a UTC timestamp: local time
    Duration,    ///< milliseconds: seconds
    Sex,         ///< 男/女: male/female in the current language
    Rights,      ///< right codes: with their names
    RunResult,   ///< running, ok, failed, already-running
    Counts,      ///< the feed's per-file counts
};

Kind kindOf(const QString& entity, const QString& field);

} // namespace ketong::AuditFormat
