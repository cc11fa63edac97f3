// The SCRAM-SHA-256 verifier computed on the client equals the one PostgreSQL 15 stores for the same
// password and salt (vector taken from pg_authid after CREATE ROLE … PASSWORD 'Correct-Horse-9').
#include "auth/ScramVerifier.h"

#include <QTest>

using namespace ketong;
using namespace Qt::StringLiterals;

class ScramVerifierTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesPostgres()
    {
        const QByteArray salt = QByteArray::fromBase64("Bs/O0J+LdcLmjhoxOG0DbA==");
        QCOMPARE(ScramVerifier::make(u"Correct-Horse-9"_s, salt, 4096),
                 u"SCRAM-SHA-256$4096:Bs/O0J+LdcLmjhoxOG0DbA==$bt4SEkhRqslsnzaLp/9hJ6V+FOI/A6WRTNahDcBwofQ=:"
                 u"cZgNdEFCrHnXKt6lmYCLbZOKWb1EV+T60tnw7/aP6Rk="_s);
    }
    void saltIsFresh()
    {
        const QString a = ScramVerifier::make(u"same"_s);
        const QString b = ScramVerifier::make(u"same"_s);
        QVERIFY(a.startsWith(u"SCRAM-SHA-256$4096:"_s));
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(ScramVerifierTest)
#include "ScramVerifierTest.moc"
