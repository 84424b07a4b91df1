#pragma once
// Renders Markdown the way GitHub does (cmark-gfm with its table, strikethrough and tasklist
// extensions, raw HTML let through so that an injection would show), and reads the result
// back as words and tags, for the tests that check user text comes out literally.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace archbench::test {

/// GitHub-flavoured HTML of `markdown`, raw HTML let through (so an injection would show).
inline QString renderGfm(const QString &markdown)
{
    QProcess p;
    p.start(QStringLiteral("cmark-gfm"), {QStringLiteral("--unsafe"), QStringLiteral("-e"), QStringLiteral("table"),
                                          QStringLiteral("-e"), QStringLiteral("strikethrough"), QStringLiteral("-e"),
                                          QStringLiteral("tasklist")});
    if (!p.waitForStarted())
        return {};
    p.write(markdown.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The text a reader sees in `html`, entities decoded, white space folded.
inline QString textContent(const QString &html)
{
    QString t = html;
    t.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    t.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return t.simplified();
}

/// Tags a report may produce; anything else came from user text.
inline QStringList unexpectedTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([A-Za-z][A-Za-z0-9]*)([^>]*)>"));
    static const QStringList allowed = {
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
        QStringLiteral("h6"), QStringLiteral("p"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"),
        QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tr"),
        QStringLiteral("th"), QStringLiteral("td"), QStringLiteral("strong"), QStringLiteral("em"),
        QStringLiteral("br"), QStringLiteral("hr"), QStringLiteral("a"), QStringLiteral("code")};
    QStringList bad;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1).toLower();
        if (!allowed.contains(name))
            bad << m.captured(0);
        // Links only to headings of the same document.
        if (name == QLatin1StringView("a") && !m.captured(2).trimmed().isEmpty()
            && !m.captured(2).contains(QStringLiteral("href=\"#")))
            bad << m.captured(0);
    }
    return bad;
}

} // namespace archbench::test
