#include "PasswordHasher.h"

#include <QFile>
#include <QSet>

#include <mutex>
#include <sodium.h>

namespace ketong {

namespace {
bool initSodium()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}
} // namespace

Result<QString> PasswordHasher::hash(const QString& password)
{
    if (!initSodium())
        return Error(ErrorCode::Internal, tr("The cryptography library could not start"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error(ErrorCode::Internal, tr("Not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& password, const QString& stored)
{
    if (!initSodium() || stored.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray hashed = stored.toLatin1();
    return crypto_pwhash_str_verify(hashed.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

void PasswordHasher::burnVerification(const QString& password)
{
    // A fixed hash of a random string with the same limits: verifying against it costs the same time.
    static const QString dummy = [] {
        auto h = hash(generate(16));
        return h ? *h : QString();
    }();
    (void)verify(password, dummy);
}

QString PasswordHasher::generate(int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    initSodium();
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]));
    return out;
}

bool PasswordPolicy::isCommon(const QString& password)
{
    static const QSet<QString> common = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/ketong/common-passwords.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = file.readAll().split('\n');
            for (const QByteArray& line : lines) {
                if (!line.trimmed().isEmpty() && !line.startsWith('#'))
                    set.insert(QString::fromUtf8(line.trimmed()).toLower());
            }
        }
        return set;
    }();
    return common.contains(password.toLower());
}

Status PasswordPolicy::check(const QString& password, const QString& login)
{
    if (password.size() < 8)
        return Error(ErrorCode::Invalid, tr("The password must have at least 8 characters"),
                     QStringLiteral("password"));
    if (password.size() > 200)
        return Error(ErrorCode::Invalid, tr("The password may have at most 200 characters"),
                     QStringLiteral("password"));
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        return Error(ErrorCode::Invalid, tr("The password may not be the login name"), QStringLiteral("password"));
    if (isCommon(password))
        return Error(ErrorCode::Invalid, tr("This password is one of the most common passwords; choose another"),
                     QStringLiteral("password"));
    return {};
}

} // namespace ketong
