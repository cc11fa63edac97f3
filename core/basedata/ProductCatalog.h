#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ketong_core_export.h"
#include "models/ListQuery.h"

#include <QCoreApplication>

namespace ketong {

class Database;

/// 查询产品信息 (SPEC §5.6.2, right 022): the products mirrored from the sales system, read-only.
class KETONG_CORE_EXPORT ProductCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ketong::ProductCatalog)
public:
    struct Filter
    {
        QString name;  ///< contains
        QString model; ///< contains
        QString batch; ///< contains
    };

    ProductCatalog(const Database& db, Session session);

    /// Columns 编号, 名称, 型号, 等级/批次, 单位, 单价(元), 备注. Needs right 022.
    Result<ListQuery> list(const Filter& filter = {}) const;

    /// The display form of a product: 名称-型号-批次 (the batch left out when empty).
    static QString displayName(const QString& name, const QString& model, const QString& batch);
    /// The same as an SQL expression over a products alias (e.g. "p").
    static QString displaySql(const QString& alias);

private:
    const Database& m_db;
    Session m_session;
};

} // namespace ketong
