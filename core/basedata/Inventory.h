#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "ketong_core_export.h"
#include "models/ListQuery.h"

#include <QCoreApplication>
#include <QStringList>

namespace ketong {

class Database;

/// 查询库存 (SPEC §5.6.3, right 023): stock per product, warehouse and location, read-only.
class KETONG_CORE_EXPORT Inventory
{
    Q_DECLARE_TR_FUNCTIONS(ketong::Inventory)
public:
    struct Filter
    {
        QString product;   ///< product name contains
        QString warehouse; ///< exact warehouse (empty: all)
    };

    Inventory(const Database& db, Session session);

    /// Columns 序号, 产品 (名称-型号-批次), 仓库, 货位, 件数, 备注. Needs right 023.
    Result<ListQuery> list(const Filter& filter = {}) const;
    /// The warehouses that hold stock, sorted (for the filter's pick-list).
    Result<QStringList> warehouses() const;

private:
    const Database& m_db;
    Session m_session;
};

} // namespace ketong
