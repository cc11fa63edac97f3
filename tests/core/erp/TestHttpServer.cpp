#include "TestHttpServer.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>

namespace ketong::test {

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}
} // namespace

TestHttpServer::TestHttpServer(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
        }
    });
}

TestHttpServer::~TestHttpServer() = default;

bool TestHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString TestHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort());
}

void TestHttpServer::route(const QString& path, const Response& response)
{
    m_routes.insert(path, response);
}

TestHttpServer::Response TestHttpServer::responseFor(const QString& path, const QByteArray& authorization) const
{
    if (!m_token.isEmpty() && authorization != "Bearer " + m_token.toUtf8())
        return Response::with(401, R"({"error":"unauthorized"})");
    if (m_routes.contains(path))
        return m_routes.value(path);
    if (!m_directory.isEmpty()) {
        QFile file(QDir(m_directory).filePath(path.mid(1)));
        if (!path.contains(QLatin1String("..")) && file.open(QIODevice::ReadOnly))
            return Response::with(200, file.readAll());
    }
    return Response::with(404, R"({"error":"not found"})");
}

void TestHttpServer::handle(QTcpSocket* socket)
{
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    const qsizetype end = request.indexOf("\r\n\r\n");
    if (end < 0 || socket->property("answered").toBool())
        return;
    socket->setProperty("answered", true);
    const QList<QByteArray> lines = request.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    const QString path = QString::fromUtf8(first.value(1));
    QByteArray authorization;
    for (const QByteArray& line : lines) {
        if (line.toLower().startsWith("authorization:"))
            authorization = line.mid(14).trimmed();
    }
    m_requests << path;
    m_authorizations << authorization;
    const Response r = responseFor(path, authorization);
    if (r.hang)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
    head += "Content-Type: " + r.contentType + "\r\n";
    if (!r.noLength)
        head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    if (!r.location.isEmpty())
        head += "Location: " + r.location + "\r\n";
    head += "Connection: close\r\n\r\n";
    if (r.stall) {
        socket->write(head + r.body.left(r.body.size() / 2));
        socket->flush();
        return;
    }
    socket->write(head + r.body);
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace ketong::test
