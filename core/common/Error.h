#pragma once

#include "ketong_core_export.h"

#include <QMetaType>
#include <QString>

namespace ketong {

/// What kind of failure an Error is. Callers branch on the code; people read the message.
enum class ErrorCode {
    None,
    Invalid,         ///< a value is malformed or out of range (the field names which)
    Required,        ///< a required field is empty
    NotFound,        ///< the record does not exist (or is not visible to the caller)
    Forbidden,       ///< the session lacks the right, or does not own the record
    StateRefused,    ///< the record's status does not allow the operation
    Conflict,        ///< someone else changed the record since it was loaded (optimistic locking)
    Duplicate,       ///< a unique value is already taken
    AuthFailed,      ///< wrong login or password
    AccountLocked,   ///< too many failed logins
    AccountDisabled, ///< the account is disabled
    Connection,      ///< the database cannot be reached or opened
    SchemaTooNew,    ///< the database was written by a newer program
    SchemaMissing,   ///< the database has no Ketong schema
    AlreadyExists,   ///< the database already has a schema (init refused)
    Busy,            ///< the database is locked by another writer for too long
    AlreadyRunning,  ///< the job is already running elsewhere
    Io,              ///< a file cannot be read or written
    Network,         ///< an HTTP transfer failed
    Database,        ///< an unexpected database error
    Cancelled,       ///< the user cancelled the operation
    Internal,        ///< a bug: should never be seen
};

/// A typed failure: a code to branch on, the field it concerns (empty when none), a message in the
/// user's language and an optional technical detail (SQL error text…) for logs.
class KETONG_CORE_EXPORT Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString field = {}, QString detail = {});

    ErrorCode code() const { return m_code; }
    const QString& field() const { return m_field; }
    const QString& message() const { return m_message; }
    const QString& detail() const { return m_detail; }

    /// The message, followed by the detail in parentheses when there is one.
    QString fullText() const;

    /// A stable English name of the code ("forbidden", "conflict"…) for logs and machine output.
    static QString codeName(ErrorCode code);

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
    QString m_field;
    QString m_detail;
};

} // namespace ketong

Q_DECLARE_METATYPE(ketong::Error)
