#include "FeedReport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ketong {

void FeedReport::addError(const QString& text)
{
    ++errorCount;
    if (errors.size() < MaxErrors)
        errors.append(text);
}

FeedCounts FeedReport::total() const
{
    FeedCounts sum;
    for (const FeedCounts& c : counts) {
        sum.created += c.created;
        sum.updated += c.updated;
        sum.unchanged += c.unchanged;
    }
    return sum;
}

QString FeedReport::countsText(const FeedCounts& c)
{
    // Fixed English words: scripts parse this line (CLI.md).
    return QStringLiteral("created %1, updated %2, unchanged %3").arg(c.created).arg(c.updated).arg(c.unchanged);
}

QString FeedReport::countsJson() const
{
    QJsonObject all;
    for (FeedFormat::File f : FeedFormat::files()) {
        const auto i = std::size_t(f);
        if (!present.at(i))
            continue;
        all.insert(FeedFormat::name(f), QJsonObject{{QStringLiteral("created"), counts.at(i).created},
                                                    {QStringLiteral("updated"), counts.at(i).updated},
                                                    {QStringLiteral("unchanged"), counts.at(i).unchanged}});
    }
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

} // namespace ketong
