#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>

namespace ketong {

class Database;

/// 下载导入模板: the customer import as an .xlsx workbook to fill in (written with libxlsxwriter). Its first
/// sheet has the Chinese column names of customers.csv in EXCHANGE.md's order (the required ones in red),
/// one sample row that imports as it is, text format on the code, zip, phone and number columns (so Excel
/// keeps leading zeros), and drop-down lists (data validation) on 地区, 客户经理 and 客户等级. The allowed
/// values come from the database: the 地区 and 企业客户等级 items of the dictionary and the logins of the
/// active account managers; a second, protected sheet lists them (with the managers' names).
class KETONG_CORE_EXPORT CustomerImportTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ketong::CustomerImportTemplate)
public:
    CustomerImportTemplate(const Database& db, Session session);

    /// Writes the template to `path`, replacing a file there. Forbidden for whoever may not import
    /// customers; Io when the file cannot be written.
    Status write(const QString& path) const;

private:
    const Database& m_db;
    Session m_session;
};

} // namespace ketong
