#pragma once

#include <QDate>
#include <QString>

namespace ketong {

/// A contact person of a customer (SPEC §3.7; table contacts).
struct Contact
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString name;                       ///< required, ≤ 50
    QString sex = QStringLiteral("男"); ///< 男 or 女
    QString position;                   ///< required, ≤ 50
    QString tel;                        ///< office phone, required
    QString mobile;
    QString email;
    QDate birthday; ///< optional (invalid: none)
    QString memo;   ///< ≤ 300
    int version = 1;
};

} // namespace ketong
