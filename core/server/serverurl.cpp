#include "serverurl.h"
#include "servertext.h"

#include <QRegularExpression>
#include <QUrl>

namespace archbench::core::server {

namespace {

/// libpq parameters a URL may carry besides host, port, user and dbname. A password is never
/// one of them; nor is `service`, which would read the real target from a file.
const QStringList &knownOptions()
{
    static const QStringList known = {
        QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"), QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"), QStringLiteral("sslcrldir"), QStringLiteral("sslsni"), QStringLiteral("sslcompression"),
        QStringLiteral("ssl_min_protocol_version"), QStringLiteral("ssl_max_protocol_version"),
        QStringLiteral("requiressl"), QStringLiteral("gssencmode"), QStringLiteral("krbsrvname"),
        QStringLiteral("channel_binding"), QStringLiteral("connect_timeout"), QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"), QStringLiteral("target_session_attrs"), QStringLiteral("hostaddr"),
        QStringLiteral("passfile"), QStringLiteral("application_name"), QStringLiteral("require_auth")};
    return known;
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

QString encoded(const QString &value, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, keep));
}

} // namespace

bool isServerUrl(const QString &text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

Expected<ServerUrl> ServerUrl::parse(const QString &text)
{
    // a password given anyway is never repeated in a message
    static const QRegularExpression inUserInfo(QStringLiteral("(://[^/@?]*:)[^/@?]*@"));
    static const QRegularExpression inQuery(QStringLiteral("([?&]password=)[^&]*"));
    QString shown = text;
    shown.replace(inUserInfo, QStringLiteral("\\1***@"));
    shown.replace(inQuery, QStringLiteral("\\1***"));
    auto refuse = [&](const QString &why) {
        return makeError(ErrorCode::Invalid, ServerText::tr("the server address \"%1\" is not usable: %2").arg(shown, why));
    };
    if (!isServerUrl(text))
        return refuse(ServerText::tr("it must start with postgresql:// (for example postgresql://dana@db.example/archbench)"));
    QString rest = text.mid(text.indexOf(QStringLiteral("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    if (rest.contains(QLatin1Char('#')))
        return refuse(ServerText::tr("it has a fragment (#...)"));
    QString authority = rest;
    ServerUrl url;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        url.database = decoded(rest.mid(slash + 1));
        if (url.database.contains(QLatin1Char('/')))
            return refuse(ServerText::tr("the database name \"%1\" contains a slash").arg(url.database));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':')))
            return refuse(ServerText::tr("it contains a password; keep passwords in ~/.pgpass or let Archbench ask for them"));
        url.user = decoded(userInfo);
    }
    QString hostPart = authority;
    QString portPart;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return refuse(ServerText::tr("the IPv6 address has no closing ]"));
        hostPart = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return refuse(ServerText::tr("unexpected \"%1\" after the address").arg(after));
        portPart = after.mid(1);
    } else if (const qsizetype colon = authority.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        hostPart = authority.left(colon);
        portPart = authority.mid(colon + 1);
    }
    url.host = decoded(hostPart);
    auto readPort = [&](const QString &value) -> bool {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return false;
        url.port = port;
        return true;
    };
    if (!portPart.isEmpty() && !readPort(portPart))
        return refuse(ServerText::tr("the port \"%1\" is not a number from 1 to 65535").arg(portPart));

    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return refuse(ServerText::tr("the parameter \"%1\" has no value").arg(decoded(pair)));
        const QString key = decoded(pair.left(eq));
        const QString value = decoded(pair.mid(eq + 1));
        if (key == QLatin1String("password"))
            return refuse(ServerText::tr("it contains a password; keep passwords in ~/.pgpass or let Archbench ask for them"));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\n')))
            return refuse(ServerText::tr("the parameter \"%1\" contains a semicolon or a line break").arg(key));
        if (key == QLatin1String("host"))
            url.host = value;
        else if (key == QLatin1String("port")) {
            if (!readPort(value))
                return refuse(ServerText::tr("the port \"%1\" is not a number from 1 to 65535").arg(value));
        } else if (key == QLatin1String("user"))
            url.user = value;
        else if (key == QLatin1String("dbname"))
            url.database = value;
        else if (knownOptions().contains(key)) {
            if (key == QLatin1String("sslmode")
                && !QStringList{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")}
                        .contains(value))
                return refuse(ServerText::tr("sslmode \"%1\" is not one of disable, allow, prefer, require, verify-ca, verify-full").arg(value));
            url.options.append({key, value});
        } else
            return refuse(ServerText::tr("\"%1\" is not a connection parameter Archbench passes on").arg(key));
    }
    return url;
}

QString ServerUrl::toString() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += encoded(user) + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host, ",");
    if (port > 0 && !socket)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + encoded(database);
    QStringList query;
    if (socket)
        query << QStringLiteral("host=") + encoded(host, "/");
    if (port > 0 && socket)
        query << QStringLiteral("port=") + QString::number(port);
    for (const auto &[key, value] : options)
        query << key + QLatin1Char('=') + encoded(value, "/");
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

QString ServerUrl::displayName() const
{
    QString where = host.isEmpty() ? ServerText::tr("this machine") : host;
    if (port > 0 && !host.startsWith(QLatin1Char('/')))
        where += QLatin1Char(':') + QString::number(port);
    const QString db = database.isEmpty() ? ServerText::tr("(default database)") : database;
    return user.isEmpty() ? ServerText::tr("%1 on %2").arg(db, where) : ServerText::tr("%1 on %2 as %3").arg(db, where, user);
}

} // namespace archbench::core::server
