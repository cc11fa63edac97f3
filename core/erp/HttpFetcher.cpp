#include "HttpFetcher.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace ketong {

namespace {

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

/// One request/response; follows no redirect itself.
struct Exchange
{
    int status = 0;
    QString reason;
    QByteArray body;
    QUrl location;
    std::optional<Error> error;
};

} // namespace

HttpFetcher::HttpFetcher(Options options)
    : m_options(std::move(options))
{}

namespace {

Exchange exchange(QNetworkAccessManager& manager, const QUrl& url, const QString& token, const HttpFetcher::Options& o)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(o.transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Ketong CRM sales-system feed"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        request.setSslConfiguration(tls);
    }

    Exchange result;
    QNetworkReply* reply = manager.get(request);
    QEventLoop loop;
    QTimer connectTimer;
    connectTimer.setSingleShot(true);
    bool connectTimedOut = false;
    bool tooBig = false;
    const auto abortTooBig = [&] {
        tooBig = true;
        reply->abort();
    };
    QObject::connect(&connectTimer, &QTimer::timeout, reply, [&] {
        connectTimedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [&] {
        connectTimer.stop();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > o.maxBytes)
            abortTooBig();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        connectTimer.stop();
        result.body += reply->readAll();
        if (result.body.size() > o.maxBytes)
            abortTooBig();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    connectTimer.start(o.connectTimeoutMs);
    loop.exec();
    connectTimer.stop();
    if (!tooBig)
        result.body += reply->readAll();

    const QString where = url.toDisplayString(QUrl::RemoveUserInfo);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    result.location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (tooBig) {
        result.error = Error(ErrorCode::Network, HttpFetcher::tr("%1: the response is larger than the limit of %2 MB")
                                                     .arg(where)
                                                     .arg(o.maxBytes / (1024 * 1024)));
    } else if (connectTimedOut) {
        result.error = Error(ErrorCode::Network, HttpFetcher::tr("%1: no answer within %2 seconds (connect timeout)")
                                                     .arg(where)
                                                     .arg(o.connectTimeoutMs / 1000.0));
    } else if (reply->error() == QNetworkReply::OperationCanceledError ||
               reply->error() == QNetworkReply::TimeoutError) {
        result.error = Error(ErrorCode::Network, HttpFetcher::tr("%1: the transfer stalled for %2 seconds (timeout)")
                                                     .arg(where)
                                                     .arg(o.transferTimeoutMs / 1000.0));
    } else if (reply->error() != QNetworkReply::NoError && result.status == 0) {
        result.error = Error(ErrorCode::Network, HttpFetcher::tr("%1: %2").arg(where, reply->errorString()));
    }
    reply->deleteLater();
    return result;
}

} // namespace

Result<std::optional<QByteArray>> HttpFetcher::get(const QUrl& start) const
{
    QNetworkAccessManager manager;
    QUrl url = start;
    QString token = m_options.bearerToken;
    for (int redirects = 0;; ++redirects) {
        Exchange e = exchange(manager, url, token, m_options);
        const QString where = url.toDisplayString(QUrl::RemoveUserInfo);
        if (e.error)
            return *e.error;
        if (e.status >= 300 && e.status < 400 && e.location.isValid()) {
            if (redirects >= m_options.maxRedirects)
                return Error(ErrorCode::Network,
                             tr("%1: more than %2 redirects").arg(where).arg(m_options.maxRedirects));
            const QUrl next = url.resolved(e.location);
            if (url.scheme() == QLatin1String("https") && next.scheme() != QLatin1String("https"))
                return Error(ErrorCode::Network,
                             tr("%1: refused a redirect from https to %2").arg(where, next.toDisplayString()));
            if (!sameOrigin(url, next))
                token.clear(); // never hand the token to another server
            url = next;
            continue;
        }
        if (e.status == 200)
            return std::optional<QByteArray>(std::move(e.body));
        if (e.status == 404)
            return std::optional<QByteArray>();
        if (e.status == 401 || e.status == 403)
            return Error(ErrorCode::Network, tr("%1: the server refused access (HTTP %2 %3); check the token file")
                                                 .arg(where)
                                                 .arg(e.status)
                                                 .arg(e.reason));
        return Error(ErrorCode::Network,
                     tr("%1: the server answered HTTP %2 %3").arg(where).arg(e.status).arg(e.reason));
    }
}

} // namespace ketong
