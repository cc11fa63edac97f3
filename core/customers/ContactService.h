#pragma once

#include "Contact.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ketong_core_export.h"
#include "models/ListQuery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>

namespace ketong {

class Database;

/// 联系人 (SPEC §3.7, §5.3.3): the contact persons of a customer. Everyone with right 010 reads them; they
/// are changed by whoever may change the customer (its manager or the director, while it is 正常).
/// 姓名, 性别, 职位 and 办公电话 are required on create and on edit; birthday and e-mail are optional.
class KETONG_CORE_EXPORT ContactService
{
    Q_DECLARE_TR_FUNCTIONS(ketong::ContactService)
public:
    ContactService(const Database& db, const Clock& clock, Session session);
    ContactService(const Database& db, const Clock&& clock, Session session) = delete;

    /// Adds a contact to `contact.customerId`. Refuses: Forbidden, StateRefused, Required/Invalid (field).
    Result<qint64> create(const Contact& contact);
    /// Saves a contact loaded at `contact.version`. Refuses as create, and Conflict.
    Status update(const Contact& contact);
    /// Deletes a contact (the audit log keeps what it was).
    Status remove(qint64 id, int version);

    Result<Contact> load(qint64 id) const;
    /// The contacts of one customer: 姓名, 性别, 职位, 办公电话, 手机, 电子邮箱, 生日, 备注.
    Result<ListQuery> listQuery(qint64 customerId) const;

    /// The contact trimmed and with half-width digits in its phone numbers, or the first problem.
    Result<Contact> validated(Contact contact) const;
    static QJsonObject toJson(const Contact& contact);
    /// The sex as stored (男/女, SPEC §3.7) in the current language; anything else as it is.
    static QString sexLabel(const QString& stored);

private:
    Status checkCustomer(const QSqlDatabase& connection, qint64 customerId) const;
    Result<Contact> loadOn(const QSqlDatabase& connection, qint64 id) const;

    const Database& m_db;
    const Clock& m_clock;
    Session m_session;
};

} // namespace ketong
