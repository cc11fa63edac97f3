#include "ScramVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>

#include <sodium.h>

namespace ketong {

QString ScramVerifier::make(const QString& password)
{
    QByteArray salt(16, Qt::Uninitialized);
    if (sodium_init() < 0)
        return {};
    randombytes_buf(salt.data(), size_t(salt.size()));
    return make(password, salt, Iterations);
}

QString ScramVerifier::make(const QString& password, const QByteArray& salt, int iterations)
{
    // PostgreSQL applies SASLprep to the password; for the printable passwords our policy accepts, the
    // UTF-8 bytes are what it hashes.
    const QByteArray salted =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
    const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace ketong
