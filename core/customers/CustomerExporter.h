#pragma once

#include "CustomerFilter.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QIODevice>

namespace ketong {

class Database;

/// Customer export in the import's format (EXCHANGE.md customers.csv): CSV (UTF-8 with BOM, English keys
/// as header) or XLSX (libxlsxwriter, Chinese labels as header, codes and phones as text). Importing an
/// exported file changes nothing. Rows stream from the database, so exports of any size use little memory.
class KETONG_CORE_EXPORT CustomerExporter
{
    Q_DECLARE_TR_FUNCTIONS(ketong::CustomerExporter)
public:
    CustomerExporter(const Database& db, const Clock& clock, Session session);
    CustomerExporter(const Database& db, const Clock&& clock, Session session) = delete;

    /// The customers the filter selects (by default every customer that is not deleted), by code.
    /// `bom` is false for standard output. Returns the number of customers written.
    Result<int> writeCsv(QIODevice& device, const CustomerFilter& filter = allCustomers(), bool bom = true) const;
    /// The same as an XLSX workbook at `path` (replaced if it exists).
    Result<int> writeXlsx(const QString& path, const CustomerFilter& filter = allCustomers()) const;

    /// Normal and lost customers, no quick view.
    static CustomerFilter allCustomers();

private:
    Status forEachRow(const CustomerFilter& filter, const std::function<void(const QStringList&)>& write) const;

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
