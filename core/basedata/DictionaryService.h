#pragma once

#include "DictItem.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"
#include "models/ListQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace ketong {

class Database;

/// The administrator's maintenance of the data dictionary (数据字典管理, SPEC §5.6.1, right 021):
///  * create, edit and delete items; type, item and value are required, at most 50 characters, and an
///    item's text and value are unique within its type;
///  * items marked not editable cannot be edited or deleted;
///  * an item that records use (customers' region, level, satisfaction, credit, type and source,
///    service tickets' type, sales chances' source) cannot be deleted, nor can its value or type change —
///    the refusal says how many records use it. Its text can be renamed: records store the value.
/// Every write is version-checked and audited.
class KETONG_CORE_EXPORT DictionaryService
{
    Q_DECLARE_TR_FUNCTIONS(ketong::DictionaryService)
public:
    struct Filter
    {
        QString type;  ///< exact type (empty: all)
        QString item;  ///< item text contains
        QString value; ///< value contains
    };

    DictionaryService(const Database& db, const Clock& clock, Session session);
    DictionaryService(const Database& db, const Clock&& clock, Session session) = delete;

    /// The list of 数据字典管理: 编号, 类别, 条目, 值, 是否可编辑.
    Result<ListQuery> list(const Filter& filter = {}) const;
    /// One item by id (NotFound when it does not exist).
    Result<DictItem> load(qint64 id) const;
    /// Creates an item; returns its id. Refuses duplicates (Duplicate naming item or value).
    Result<qint64> create(const DictItem& item);
    /// Saves item.type/item/value/editable of item.id at item.version.
    Status update(const DictItem& item);
    /// Deletes an editable item that no record uses.
    Status remove(qint64 id, int version);
    /// How many records store `value` of dictionary `type`.
    Result<qint64> usageCount(const QString& type, const QString& value) const;

private:
    Status checkRight() const;
    std::optional<Error> validate(const DictItem& item) const;
    Status checkUnique(const QSqlDatabase& c, const DictItem& item) const;
    enum class InUse { Delete, Type, Value };
    Error inUseError(const DictItem& item, qint64 count, InUse what) const;

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
