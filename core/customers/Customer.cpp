#include "Customer.h"

#include "common/Validation.h"

namespace ketong {

QJsonObject Customer::toJson() const
{
    QJsonObject o{{QStringLiteral("code"), code},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("region"), region},
                  {QStringLiteral("manager_id"), managerId},
                  {QStringLiteral("level"), level},
                  {QStringLiteral("satisfaction"), satisfaction},
                  {QStringLiteral("credit"), credit},
                  {QStringLiteral("address"), address},
                  {QStringLiteral("zip"), zip},
                  {QStringLiteral("tel"), tel},
                  {QStringLiteral("fax"), fax},
                  {QStringLiteral("email"), email},
                  {QStringLiteral("website"), website},
                  {QStringLiteral("licence_no"), licenceNo},
                  {QStringLiteral("legal_rep"), legalRep},
                  {QStringLiteral("bank"), bank},
                  {QStringLiteral("bank_account"), bankAccount},
                  {QStringLiteral("local_tax_no"), localTaxNo},
                  {QStringLiteral("national_tax_no"), nationalTaxNo},
                  {QStringLiteral("customer_type"), customerType},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("status"), static_cast<int>(status)}};
    o.insert(QStringLiteral("registered_capital"),
             registeredCapital ? QJsonValue(double(*registeredCapital)) : QJsonValue());
    o.insert(QStringLiteral("turnover"), turnover ? QJsonValue(double(*turnover)) : QJsonValue());
    return o;
}

QString Customer::nameKey(const QString& name)
{
    QString key;
    const QString normal = Validation::normalizeWidth(name).toLower();
    key.reserve(normal.size());
    for (const QChar c : normal) {
        if (!c.isSpace())
            key.append(c);
    }
    // Longest first: 有限公司 must not leave 股份 behind.
    static const QStringList suffixes{QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"),
                                      QStringLiteral("有限公司"), QStringLiteral("公司")};
    for (const QString& suffix : suffixes) {
        if (key.endsWith(suffix) && key.size() > suffix.size()) {
            key.chop(suffix.size());
            break;
        }
    }
    return key;
}

} // namespace ketong
