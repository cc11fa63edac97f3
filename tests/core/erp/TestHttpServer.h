#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>

namespace ketong::test {

/// A small HTTP/1.1 server on 127.0.0.1 for tests of HTTP clients (the sales-system feed): it serves
/// fixed responses by path or the files of a directory, can demand a bearer token, answer late, stall
/// mid-body or never answer. It runs on the test's thread: a client waiting in its own event loop is
/// served while it waits.
class TestHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QByteArray location;   ///< Location header (redirects)
        bool hang = false;     ///< accept the request and never answer
        bool stall = false;    ///< send the headers and half of the body, then nothing more
        bool noLength = false; ///< no Content-Length (the body ends when the connection closes)

        static Response with(int status, QByteArray body)
        {
            Response r;
            r.status = status;
            r.body = std::move(body);
            return r;
        }
        Response hanging() const
        {
            Response r = *this;
            r.hang = true;
            return r;
        }
        Response stalling() const
        {
            Response r = *this;
            r.stall = true;
            return r;
        }
        Response withoutLength() const
        {
            Response r = *this;
            r.noLength = true;
            return r;
        }
        Response redirectTo(QByteArray to) const
        {
            Response r = *this;
            r.location = std::move(to);
            return r;
        }
    };

    explicit TestHttpServer(QObject* parent = nullptr);
    ~TestHttpServer() override;

    /// Listens on a free port of 127.0.0.1.
    bool listen();
    /// "http://127.0.0.1:PORT/"
    QString baseUrl() const;

    /// Serves `response` for `path` ("/products.json").
    void route(const QString& path, const Response& response);
    /// Serves the files of `directory` under "/" (missing files: 404).
    void serveDirectory(const QString& directory) { m_directory = directory; }
    /// Answers 401 unless the request carries "Authorization: Bearer <token>".
    void requireToken(const QString& token) { m_token = token; }

    /// The paths requested so far, in order.
    const QStringList& requests() const { return m_requests; }
    /// The Authorization headers received, in order ("" when absent).
    const QList<QByteArray>& authorizations() const { return m_authorizations; }

private:
    void handle(class QTcpSocket* socket);
    Response responseFor(const QString& path, const QByteArray& authorization) const;

    QTcpServer m_server;
    QHash<QString, Response> m_routes;
    QString m_directory;
    QString m_token;
    QStringList m_requests;
    QList<QByteArray> m_authorizations;
};

} // namespace ketong::test
