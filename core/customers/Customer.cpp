#include "Customer.h"

#include "common/JsonText.h"
#include "common/Validation.h"

#include <QJsonDocument>

namespace ketong {

QString Customer::toJsonText(bool valuesOnly) const
{
    // Keys in QJsonObject's (sorted) order, so the text is what QJsonDocument would write.
    return JsonText(valuesOnly)
        .add(u"address", address)
        .add(u"bank", bank)
        .add(u"bank_account", bankAccount)
        .add(u"code", code)
        .add(u"credit", credit)
        .add(u"customer_type", customerType)
        .add(u"email", email)
        .add(u"fax", fax)
        .add(u"legal_rep", legalRep)
        .add(u"level", level)
        .add(u"licence_no", licenceNo)
        .add(u"local_tax_no", localTaxNo)
        .add(u"manager_id", managerId)
        .add(u"name", name)
        .add(u"national_tax_no", nationalTaxNo)
        .add(u"region", region)
        .add(u"registered_capital", registeredCapital)
        .add(u"satisfaction", satisfaction)
        .add(u"source", source)
        .add(u"status", static_cast<int>(status))
        .add(u"tel", tel)
        .add(u"turnover", turnover)
        .add(u"website", website)
        .add(u"zip", zip)
        .text();
}

QJsonObject Customer::toJson() const
{
    return QJsonDocument::fromJson(toJsonText().toUtf8()).object();
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
