#pragma once

#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QString>

namespace ketong {

/// Argon2id password hashes through libsodium (`crypto_pwhash_str`, the INTERACTIVE limits:
/// 64 MiB, 2 passes). The clear password is never stored or logged.
class KETONG_CORE_EXPORT PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(ketong::PasswordHasher)
public:
    /// A new salted "$argon2id$…" string for `password`.
    static Result<QString> hash(const QString& password);
    /// True when `password` matches `stored`.
    static bool verify(const QString& password, const QString& stored);
    /// Spends the time of a verification without a stored hash, so an unknown login takes as long as
    /// a wrong password.
    static void burnVerification(const QString& password);
    /// A random password of `length` characters from an unambiguous alphabet.
    static QString generate(int length = 12);
};

/// The rules a new password must meet: at least 8 characters, not the login, not a common password.
class KETONG_CORE_EXPORT PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ketong::PasswordPolicy)
public:
    static Status check(const QString& password, const QString& login);
    static bool isCommon(const QString& password);
};

} // namespace ketong
