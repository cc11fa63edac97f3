#pragma once

#include "ketong_core_export.h"

#include <QByteArray>
#include <QString>

namespace ketong {

/// PostgreSQL's SCRAM-SHA-256 password verifier ("SCRAM-SHA-256$4096:salt$StoredKey:ServerKey", RFC 5802 /
/// RFC 7677), computed on the client. `ALTER ROLE … PASSWORD '<verifier>'` then stores it as is, so an
/// account's clear password never reaches the server, its logs or its statement statistics.
class KETONG_CORE_EXPORT ScramVerifier
{
public:
    static constexpr int Iterations = 4096;

    /// A verifier for `password` with a fresh random 16-byte salt.
    static QString make(const QString& password);
    /// The verifier for a given salt (tests compare with PostgreSQL's own).
    static QString make(const QString& password, const QByteArray& salt, int iterations = Iterations);
};

} // namespace ketong
