#include "FeedSource.h"

#include "common/Validation.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <algorithm>

namespace ketong {

bool FeedFiles::isEmpty() const
{
    for (const auto& t : tables) {
        if (t)
            return false;
    }
    return true;
}

bool FeedSource::isUrl(const QString& source)
{
    const QString s = source.trimmed();
    return s.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           s.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

Result<FeedFiles> FeedSource::fromDirectory(const QString& directory)
{
    const QFileInfo info(directory);
    if (!info.isDir())
        return Error(ErrorCode::Io, tr("%1 is not a directory").arg(directory), QStringLiteral("source"));
    FeedFiles files;
    const QDir dir(directory);
    for (FeedFormat::File f : FeedFormat::files()) {
        const QString fileName = FeedFormat::name(f) + QStringLiteral(".csv");
        if (!dir.exists(fileName))
            continue;
        auto csv = std::make_unique<CsvReader>(FeedFormat::csvSchema(f));
        if (auto s = csv->readFile(dir.filePath(fileName)); !s)
            return s.error();
        files.tables.at(std::size_t(f)) = std::make_unique<FeedTable>(f, fileName, std::move(csv));
    }
    if (files.isEmpty())
        return Error(ErrorCode::Io,
                     tr("%1 holds no feed file (products.csv, stock.csv, orders.csv, order_lines.csv)").arg(directory),
                     QStringLiteral("source"));
    return files;
}

Result<FeedFiles> FeedSource::fromUrl(const QString& baseUrl, const HttpFetcher::Options& options)
{
    QString base = baseUrl.trimmed();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    const QUrl baseAddress(base, QUrl::StrictMode);
    if (!baseAddress.isValid() || baseAddress.host().isEmpty())
        return Error(ErrorCode::Invalid, tr("\"%1\" is not a valid URL").arg(baseUrl), QStringLiteral("source"));
    const HttpFetcher fetcher(options);
    FeedFiles files;
    QList<std::pair<FeedFormat::File, QByteArray>> bodies;
    for (FeedFormat::File f : FeedFormat::files()) {
        const QString fileName = FeedFormat::name(f) + QStringLiteral(".json");
        auto body = fetcher.get(baseAddress.resolved(QUrl(fileName)));
        if (!body)
            return body.error();
        if (*body)
            bodies.append({f, std::move(**body)});
    }
    if (bodies.isEmpty())
        return Error(ErrorCode::Network,
                     tr("%1 offers no feed file (products.json, stock.json, orders.json, order_lines.json: "
                        "HTTP 404 for each)")
                         .arg(baseAddress.toDisplayString(QUrl::RemoveUserInfo)),
                     QStringLiteral("source"));
    // order_lines.json first: orders.json may carry inline lines only when it is absent.
    std::reverse(bodies.begin(), bodies.end());
    for (const auto& [f, bytes] : std::as_const(bodies))
        parseJson(f, FeedFormat::name(f) + QStringLiteral(".json"), bytes, files);
    return files;
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ketong::FeedSource)
};

/// Column index by English key or Chinese label, case-insensitively.
QHash<QString, int> columnIndex(FeedFormat::File file)
{
    QHash<QString, int> index;
    const auto& cols = FeedFormat::columns(file);
    for (int c = 0; c < cols.size(); ++c) {
        index.insert(cols.at(c).key.toCaseFolded(), c);
        index.insert(cols.at(c).label.toCaseFolded(), c);
    }
    return index;
}

/// Converts one JSON object into a row of column values; problems go to `problems`.
QStringList rowOf(FeedFormat::File file, const QJsonObject& object, const QString& where, QStringList& problems,
                  const QHash<QString, int>& index, const QString& nestedKey = {})
{
    const auto& cols = FeedFormat::columns(file);
    QStringList row(cols.size());
    QList<bool> seen(cols.size(), false);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!nestedKey.isEmpty() && it.key() == nestedKey)
            continue;
        const auto found = index.constFind(it.key().trimmed().toCaseFolded());
        if (found == index.cend()) {
            problems << QStringLiteral("%1.%2: %3").arg(where, it.key(), Tr::tr("unknown field \"%1\"").arg(it.key()));
            continue;
        }
        if (seen.at(*found)) {
            problems << QStringLiteral("%1.%2: %3").arg(where, it.key(), Tr::tr("the field is given twice"));
            continue;
        }
        seen[*found] = true;
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = v.toVariant().toString(); // integers exactly; decimals in their shortest form
        else if (!v.isNull() && !v.isUndefined()) {
            problems << QStringLiteral("%1.%2: %3").arg(where, it.key(), Tr::tr("must be a text or a number"));
            continue;
        }
        text = text.trimmed();
        if (cols.at(*found).kind != FeedFormat::Kind::Text)
            text = Validation::normalizeWidth(text).trimmed();
        row[*found] = text;
    }
    return row;
}

} // namespace

void FeedSource::parseJson(FeedFormat::File file, const QString& fileName, const QByteArray& bytes, FeedFiles& files)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        files.problems << QStringLiteral("%1: %2").arg(
            fileName, tr("malformed JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return;
    }
    if (!doc.isArray()) {
        files.problems << QStringLiteral("%1: %2").arg(fileName, tr("must be a JSON array of objects"));
        return;
    }
    const QJsonArray array = doc.array();
    const QHash<QString, int> index = columnIndex(file);
    const QHash<QString, int> lineIndex = columnIndex(FeedFormat::File::OrderLines);
    QList<QStringList> rows;
    QStringList paths;
    QList<QStringList> lineRows;
    QStringList linePaths;
    const bool inlineLines = file == FeedFormat::File::Orders && !files.table(FeedFormat::File::OrderLines);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("$[%1]").arg(i);
        if (!array.at(i).isObject()) {
            files.problems << QStringLiteral("%1:%2: %3").arg(fileName, path, tr("must be an object"));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        const QString nested = file == FeedFormat::File::Orders ? QStringLiteral("lines") : QString();
        rows.append(rowOf(file, object, fileName + QLatin1Char(':') + path, files.problems, index, nested));
        paths.append(path);
        if (nested.isEmpty() || !object.contains(nested))
            continue;
        const QJsonValue lines = object.value(nested);
        if (!lines.isArray() || !inlineLines) {
            files.problems << QStringLiteral("%1:%2.lines: %3")
                                  .arg(fileName, path,
                                       inlineLines ? tr("must be an array of objects")
                                                   : tr("inline lines and order_lines.json cannot be used together"));
            continue;
        }
        const QJsonArray list = lines.toArray();
        for (qsizetype j = 0; j < list.size(); ++j) {
            const QString linePath = QStringLiteral("%1.lines[%2]").arg(path).arg(j);
            if (!list.at(j).isObject()) {
                files.problems << QStringLiteral("%1:%2: %3").arg(fileName, linePath, tr("must be an object"));
                continue;
            }
            QStringList line = rowOf(FeedFormat::File::OrderLines, list.at(j).toObject(),
                                     fileName + QLatin1Char(':') + linePath, files.problems, lineIndex);
            const QString orderNo = rows.last().at(FeedFormat::OrderCol::No);
            if (line.at(FeedFormat::LineCol::OrderNo).isEmpty())
                line[FeedFormat::LineCol::OrderNo] = orderNo;
            else if (line.at(FeedFormat::LineCol::OrderNo) != orderNo)
                files.problems << QStringLiteral("%1:%2.order_no: %3")
                                      .arg(fileName, linePath,
                                           tr("differs from the order's order_no \"%1\"").arg(orderNo));
            lineRows.append(line);
            linePaths.append(linePath);
        }
    }
    files.tables.at(std::size_t(file)) = std::make_unique<FeedTable>(file, fileName, std::move(rows), std::move(paths));
    if (!lineRows.isEmpty())
        files.tables.at(std::size_t(FeedFormat::File::OrderLines)) = std::make_unique<FeedTable>(
            FeedFormat::File::OrderLines, fileName, std::move(lineRows), std::move(linePaths));
}

} // namespace ketong
