#pragma once

#include "Customer.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace ketong {

/// An existing customer that may be the same company as the one being entered.
struct DuplicateHint
{
    qint64 id = 0;
    QString code;
    QString name;
    QString tel;
    QString managerName;
    bool sameName = false;  ///< the names are equal ignoring spaces, width and the company-form suffix
    bool samePhone = false; ///< the phone numbers are equal
};

/// Finds the existing (not deleted) customers with the same name key or the same phone as the given ones:
/// the form asks for one customer, the importer for a whole file, both with two multi-value lookups
/// (name_key IN …, tel IN …) instead of a query per customer.
class KETONG_CORE_EXPORT DuplicateFinder
{
public:
    static constexpr int kMaxHints = 50;

    explicit DuplicateFinder(const QSqlDatabase& connection);
    /// Looks up the candidates of every customer of `customers`.
    Status load(const QList<const Customer*>& customers);
    /// The candidates of `customer` (one of those loaded) other than itself, by code, at most kMaxHints.
    QList<DuplicateHint> hints(const Customer& customer) const;
    /// Customer::nameKey() of `customer`, made once for those loaded.
    QString keyOf(const Customer& customer) const;

private:
    struct Row
    {
        DuplicateHint hint; ///< sameName/samePhone unset
        QString nameKey;
    };
    QSqlDatabase m_connection;
    QHash<qint64, Row> m_rows;             ///< by id
    QHash<QString, QList<qint64>> m_byKey; ///< name key → ids
    QHash<QString, QList<qint64>> m_byTel; ///< phone → ids
    QHash<const Customer*, QString> m_keyOf;
};

} // namespace ketong
