#pragma once

#include "FeedTable.h"
#include "HttpFetcher.h"
#include "common/Result.h"
#include "ketong_core_export.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <memory>

namespace ketong {

/// The files of one feed, loaded and parsed but not yet checked against the rules or the database.
struct KETONG_CORE_EXPORT FeedFiles
{
    /// One table per FeedFormat::File; null when the feed does not have that file.
    std::array<std::unique_ptr<FeedTable>, FeedFormat::FileCount> tables;
    /// Problems found while reading (file structure, CSV header, JSON shape), `where: message`.
    QStringList problems;

    FeedTable* table(FeedFormat::File file) const { return tables.at(std::size_t(file)).get(); }
    bool isEmpty() const;
};

/// Where a feed comes from: a local directory of `products.csv`, `stock.csv`, `orders.csv`,
/// `order_lines.csv`, or an http(s) base URL serving `products.json`, … (spec/EXCHANGE.md). Files that
/// are not there are simply not part of the feed; a source offering none of them is an error.
class KETONG_CORE_EXPORT FeedSource
{
    Q_DECLARE_TR_FUNCTIONS(ketong::FeedSource)
public:
    /// True when `source` is an http:// or https:// URL (otherwise it names a directory).
    static bool isUrl(const QString& source);
    /// Reads the CSV files of a directory. Io error when the directory cannot be read or holds no feed file.
    static Result<FeedFiles> fromDirectory(const QString& directory);
    /// Fetches the JSON files under a base URL. Network error when a file cannot be fetched (404 = absent).
    static Result<FeedFiles> fromUrl(const QString& baseUrl, const HttpFetcher::Options& options);
    /// Parses one JSON file (an array of objects; orders may carry inline "lines"). Adds inline lines to
    /// `files` as the order_lines table when the feed has no order_lines.json.
    static void parseJson(FeedFormat::File file, const QString& fileName, const QByteArray& bytes, FeedFiles& files);
};

} // namespace ketong
