#pragma once

#include "common/Result.h"
#include "ketong_core_export.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace ketong {

/// Fetches files over HTTP(S) for the sales-system feed, synchronously (it runs its own event loop, so
/// it works on any thread — ketongctl, a worker thread of the app, tests):
///  * TLS peer verification on (the system's CA certificates); no redirect from https to http;
///  * an optional bearer token, sent only to the origin it was given for (dropped on a redirect elsewhere);
///  * a connect timeout (until the response headers arrive) and a transfer timeout (no data for that long);
///  * at most `maxRedirects` redirects and at most `maxBytes` of body.
class KETONG_CORE_EXPORT HttpFetcher
{
    Q_DECLARE_TR_FUNCTIONS(ketong::HttpFetcher)
public:
    struct Options
    {
        QString bearerToken;
        int connectTimeoutMs = 15000;
        int transferTimeoutMs = 60000;
        int maxRedirects = 3;
        qint64 maxBytes = qint64(1) << 30; ///< 1 GiB
    };

    explicit HttpFetcher(Options options);

    /// The body of `url` when it answers 200; nothing when it answers 404 (the file is not offered);
    /// Network errors for everything else (unreachable host, TLS failure, timeout, other status, too big).
    Result<std::optional<QByteArray>> get(const QUrl& url) const;

private:
    Options m_options;
};

} // namespace ketong
