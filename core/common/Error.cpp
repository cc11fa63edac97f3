#include "Error.h"

namespace ketong {

Error::Error(ErrorCode code, QString message, QString field, QString detail)
    : m_code(code)
    , m_message(std::move(message))
    , m_field(std::move(field))
    , m_detail(std::move(detail))
{}

QString Error::fullText() const
{
    if (m_detail.isEmpty() || m_detail == m_message)
        return m_message;
    return QStringLiteral("%1 (%2)").arg(m_message, m_detail);
}

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return QStringLiteral("none");
    case ErrorCode::Invalid:
        return QStringLiteral("invalid");
    case ErrorCode::Required:
        return QStringLiteral("required");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::StateRefused:
        return QStringLiteral("state-refused");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Duplicate:
        return QStringLiteral("duplicate");
    case ErrorCode::AuthFailed:
        return QStringLiteral("auth-failed");
    case ErrorCode::AccountLocked:
        return QStringLiteral("account-locked");
    case ErrorCode::AccountDisabled:
        return QStringLiteral("account-disabled");
    case ErrorCode::Connection:
        return QStringLiteral("connection");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("schema-too-new");
    case ErrorCode::SchemaMissing:
        return QStringLiteral("schema-missing");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already-exists");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::AlreadyRunning:
        return QStringLiteral("already-running");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace ketong
