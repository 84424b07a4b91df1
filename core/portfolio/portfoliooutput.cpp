#include "portfoliooutput.h"

#include "core/displaydate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamWriter>

namespace archbench::core {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray unreadableJson(const Portfolio &portfolio)
{
    QJsonArray out;
    for (const PortfolioProblem &p : portfolio.unreadable)
        out.append(QJsonObject{{QStringLiteral("source"), p.source}, {QStringLiteral("reason"), p.reason}});
    return out;
}

/// GitHub workflow command escaping: the message ("data") and the properties differ.
QString githubData(QString text)
{
    return text.replace(QLatin1Char('%'), QStringLiteral("%25"))
        .replace(QLatin1Char('\r'), QStringLiteral("%0D"))
        .replace(QLatin1Char('\n'), QStringLiteral("%0A"));
}

QString githubProperty(QString text)
{
    return githubData(std::move(text)).replace(QLatin1Char(':'), QStringLiteral("%3A")).replace(QLatin1Char(','), QStringLiteral("%2C"));
}

/// "FILE: reason", without naming the file twice when the reason already does.
QString problemText(const PortfolioProblem &p)
{
    return p.reason.contains(p.source) ? p.reason : QStringLiteral("%1: %2").arg(shown(p.source), p.reason);
}

QString padded(const QString &text, int width)
{
    return text.leftJustified(width);
}

} // namespace

std::optional<CheckFormat> PortfolioOutput::formatFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == QStringLiteral("text"))
        return CheckFormat::Text;
    if (n == QStringLiteral("json"))
        return CheckFormat::Json;
    if (n == QStringLiteral("github"))
        return CheckFormat::GitHub;
    if (n == QStringLiteral("junit"))
        return CheckFormat::JUnit;
    return std::nullopt;
}

QByteArray PortfolioOutput::portfolioJson(const Portfolio &portfolio)
{
    QJsonArray projects;
    for (const PortfolioRow &r : portfolio.rows) {
        QJsonObject latest;
        if (!r.latestDrill.isEmpty())
            latest = QJsonObject{{QStringLiteral("id"), r.latestDrill},
                                 {QStringLiteral("title"), r.latestDrillTitle},
                                 {QStringLiteral("date"), dateValue(r.latestDrillDate)},
                                 {QStringLiteral("pass"), r.latestDrillPass ? QJsonValue(*r.latestDrillPass) : QJsonValue()}};
        projects.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("source"), r.source},
            {QStringLiteral("owner"), r.owner},
            {QStringLiteral("decisions"), QJsonObject{{QStringLiteral("accepted"), r.accepted}, {QStringLiteral("proposed"), r.proposed}}},
            {QStringLiteral("firedTriggers"), r.firedTriggers},
            {QStringLiteral("dueTriggers"), r.dueTriggers},
            {QStringLiteral("highRisks"), r.highRisks},
            {QStringLiteral("mediumRisks"), r.mediumRisks},
            {QStringLiteral("failedChecks"), r.failedChecks},
            {QStringLiteral("overdueActions"), r.overdueActions},
            {QStringLiteral("latestDrill"), r.latestDrill.isEmpty() ? QJsonValue() : QJsonValue(latest)},
            {QStringLiteral("nextDrillDue"), dateValue(r.nextDrillDue)},
            {QStringLiteral("drillOverdue"), r.drillOverdue},
        });
    }
    const QJsonObject out{{QStringLiteral("today"), dateValue(portfolio.today)},
                          {QStringLiteral("projects"), projects},
                          {QStringLiteral("unreadable"), unreadableJson(portfolio)}};
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QString PortfolioOutput::portfolioText(const Portfolio &portfolio)
{
    const QStringList header{tr("Project"), tr("Owner"), tr("Accepted"), tr("Proposed"), tr("Fired"), tr("Due"),
                             tr("High risks"), tr("Checks"), tr("Overdue"), tr("Latest drill"), tr("Next drill")};
    QList<QStringList> table{header};
    for (const PortfolioRow &r : portfolio.rows) {
        const QString drill = r.latestDrill.isEmpty() ? tr("none")
            : !r.latestDrillPass                      ? tr("not measured")
            : *r.latestDrillPass                      ? tr("passed")
                                                      : tr("failed");
        QString next = displayDate(r.nextDrillDue);
        if (r.drillOverdue)
            next += tr(" (overdue)");
        table << QStringList{r.name, r.owner, QString::number(r.accepted), QString::number(r.proposed),
                             QString::number(r.firedTriggers), QString::number(r.dueTriggers),
                             QString::number(r.highRisks), QString::number(r.failedChecks),
                             QString::number(r.overdueActions), drill, next.isEmpty() ? tr("—") : next};
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : table)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], int(row[c].size()) + 2);
    QString out;
    for (const QStringList &row : table) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 == row.size() ? row[c] : padded(row[c], widths[c]);
        out += line.trimmed() + QLatin1Char('\n');
    }
    for (const PortfolioProblem &p : portfolio.unreadable)
        out += tr("Unreadable: %1").arg(problemText(p)) + QLatin1Char('\n');
    out += (portfolio.rows.size() == 1 ? tr("%n project read", nullptr, 1)
                                       : tr("%n projects read", nullptr, int(portfolio.rows.size())));
    if (!portfolio.unreadable.isEmpty())
        out += tr(", %1 unreadable").arg(portfolio.unreadable.size());
    out += QLatin1Char('\n');
    return out;
}

QList<AttentionItem> PortfolioOutput::counted(const PortfolioRow &row, const QList<AttentionKind> &failOn)
{
    QList<AttentionItem> out;
    for (const AttentionItem &item : row.attention)
        if (failOn.contains(item.kind))
            out << item;
    return out;
}

int PortfolioOutput::checkExitCode(const Portfolio &portfolio, const QList<AttentionKind> &failOn)
{
    if (!portfolio.unreadable.isEmpty())
        return 2;
    for (const PortfolioRow &row : portfolio.rows)
        if (!counted(row, failOn).isEmpty())
            return 1;
    return 0;
}

Expected<QList<AttentionKind>> PortfolioOutput::parseFailOn(const QString &list)
{
    QList<AttentionKind> kinds;
    for (const QString &word : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto kind = PortfolioScan::kindFromName(word);
        if (!kind) {
            if (word.trimmed().compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0) {
                kinds = PortfolioScan::allKinds();
                continue;
            }
            return makeError(ErrorCode::Invalid, tr("unknown --fail-on \"%1\" (use triggers, due, checks, risks, drills, actions or all)")
                                                     .arg(word.trimmed()));
        }
        if (!kinds.contains(*kind))
            kinds << *kind;
        if (*kind == AttentionKind::Drill && !kinds.contains(AttentionKind::DrillFailed))
            kinds << AttentionKind::DrillFailed; // --fail-on drills: overdue and failed
    }
    if (kinds.isEmpty())
        return makeError(ErrorCode::Invalid, tr("--fail-on needs at least one of triggers, due, checks, risks, drills, actions"));
    return kinds;
}

int PortfolioOutput::lineOfId(const QString &jsonPath, const QString &id, int from)
{
    if (id.isEmpty() || !jsonPath.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return 0;
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray needle = QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QByteArray text = file.readLine(1 << 20);
        const qsizetype at = line < from ? -1 : text.indexOf(needle);
        if (at > 0 && text.left(at).trimmed().endsWith(':') && text.left(at).contains("\"id\""))
            return line;
    }
    return 0;
}

QByteArray PortfolioOutput::check(const Portfolio &portfolio, const QList<AttentionKind> &failOn, CheckFormat format)
{
    int items = 0, projectsWith = 0;
    for (const PortfolioRow &row : portfolio.rows) {
        const qsizetype n = counted(row, failOn).size();
        items += int(n);
        projectsWith += n > 0 ? 1 : 0;
    }
    switch (format) {
    case CheckFormat::Json: {
        QJsonArray attention;
        for (const PortfolioRow &row : portfolio.rows)
            for (const AttentionItem &item : counted(row, failOn))
                attention.append(QJsonObject{{QStringLiteral("project"), row.id},
                                             {QStringLiteral("source"), row.source},
                                             {QStringLiteral("kind"), PortfolioScan::kindName(item.kind)},
                                             {QStringLiteral("item"), item.item},
                                             {QStringLiteral("subItem"), item.subId},
                                             {QStringLiteral("message"), item.message}});
        QJsonArray kinds;
        for (AttentionKind k : failOn)
            kinds.append(PortfolioScan::kindName(k));
        const QJsonObject out{{QStringLiteral("today"), dateValue(portfolio.today)},
                              {QStringLiteral("failOn"), kinds},
                              {QStringLiteral("projects"), int(portfolio.rows.size())},
                              {QStringLiteral("attention"), attention},
                              {QStringLiteral("unreadable"), unreadableJson(portfolio)}};
        return QJsonDocument(out).toJson(QJsonDocument::Indented);
    }
    case CheckFormat::GitHub: {
        QString out;
        for (const PortfolioProblem &p : portfolio.unreadable)
            out += QStringLiteral("::error file=%1,title=%2::%3\n")
                       .arg(githubProperty(p.source), githubProperty(tr("Archbench: unreadable project")), githubData(p.reason));
        for (const PortfolioRow &row : portfolio.rows)
            for (const AttentionItem &item : counted(row, failOn)) {
                // the item's line, then its trigger, question or action item after it (ids
                // inside items repeat from one item to the next)
                const int owner = lineOfId(row.source, item.item);
                const int inner = owner > 0 && !item.subId.isEmpty() ? lineOfId(row.source, item.subId, owner) : 0;
                const int itemLine = inner > 0 ? inner : owner;
                const QString where = itemLine > 0 ? QStringLiteral(",line=%1").arg(itemLine) : QString();
                out += QStringLiteral("::warning file=%1%2,title=%3::%4\n")
                           .arg(githubProperty(row.source), where,
                                githubProperty(tr("Archbench %1: %2").arg(row.name, PortfolioScan::kindTitle(item.kind))),
                                githubData(item.message));
            }
        return out.toUtf8();
    }
    case CheckFormat::JUnit: {
        QByteArray bytes;
        QXmlStreamWriter xml(&bytes);
        xml.setAutoFormatting(true);
        xml.writeStartDocument();
        int tests = 0, failures = 0;
        for (const PortfolioRow &row : portfolio.rows)
            for (AttentionKind k : failOn) {
                ++tests;
                failures += std::any_of(row.attention.cbegin(), row.attention.cend(),
                                        [k](const AttentionItem &i) { return i.kind == k; }) ? 1 : 0;
            }
        xml.writeStartElement(QStringLiteral("testsuites"));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("archbench check"));
        xml.writeAttribute(QStringLiteral("tests"), QString::number(tests + int(portfolio.unreadable.size())));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        xml.writeAttribute(QStringLiteral("errors"), QString::number(portfolio.unreadable.size()));
        const QString timestamp = portfolio.today.isValid() ? portfolio.today.toString(Qt::ISODate) + QStringLiteral("T00:00:00") : QString();
        for (const PortfolioRow &row : portfolio.rows) {
            const QList<AttentionItem> items = counted(row, failOn);
            QSet<AttentionKind> failing;
            for (const AttentionItem &i : items)
                failing.insert(i.kind);
            xml.writeStartElement(QStringLiteral("testsuite"));
            xml.writeAttribute(QStringLiteral("name"), row.name);
            xml.writeAttribute(QStringLiteral("tests"), QString::number(failOn.size()));
            xml.writeAttribute(QStringLiteral("failures"), QString::number(failing.size()));
            xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
            xml.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
            xml.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
            if (!timestamp.isEmpty())
                xml.writeAttribute(QStringLiteral("timestamp"), timestamp);
            xml.writeAttribute(QStringLiteral("file"), row.source);
            for (AttentionKind k : failOn) {
                xml.writeStartElement(QStringLiteral("testcase"));
                xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("archbench.") + (row.id.isEmpty() ? row.name : row.id));
                xml.writeAttribute(QStringLiteral("name"), PortfolioScan::kindTitle(k));
                xml.writeAttribute(QStringLiteral("file"), row.source);
                xml.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
                QStringList messages;
                for (const AttentionItem &i : items)
                    if (i.kind == k)
                        messages << i.message;
                if (!messages.isEmpty()) {
                    xml.writeStartElement(QStringLiteral("failure"));
                    xml.writeAttribute(QStringLiteral("type"), PortfolioScan::kindName(k));
                    xml.writeAttribute(QStringLiteral("message"), messages.size() == 1 ? messages.first()
                                                                                      : tr("%1 items need attention").arg(messages.size()));
                    xml.writeCharacters(messages.join(QLatin1Char('\n')));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        for (const PortfolioProblem &p : portfolio.unreadable) {
            xml.writeStartElement(QStringLiteral("testsuite"));
            xml.writeAttribute(QStringLiteral("name"), p.source);
            xml.writeAttribute(QStringLiteral("tests"), QStringLiteral("1"));
            xml.writeAttribute(QStringLiteral("failures"), QStringLiteral("0"));
            xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("1"));
            xml.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("archbench.unreadable"));
            xml.writeAttribute(QStringLiteral("name"), tr("Project can be read"));
            xml.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
            xml.writeStartElement(QStringLiteral("error"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("unreadable"));
            xml.writeAttribute(QStringLiteral("message"), p.reason);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        return bytes;
    }
    case CheckFormat::Text:
        break;
    }
    QString out;
    for (const PortfolioRow &row : portfolio.rows) {
        const QList<AttentionItem> items = counted(row, failOn);
        if (items.isEmpty())
            continue;
        out += QStringLiteral("%1: %2\n").arg(shown(row.source), row.name);
        for (const AttentionItem &item : items)
            out += QStringLiteral("  %1  %2\n").arg(padded(PortfolioScan::kindName(item.kind), 7), item.message);
    }
    for (const PortfolioProblem &p : portfolio.unreadable)
        out += tr("Unreadable: %1").arg(problemText(p)) + QLatin1Char('\n');
    if (portfolio.rows.isEmpty() && portfolio.unreadable.isEmpty())
        out += tr("No project files found in %1.").arg(shown(portfolio.root)) + QLatin1Char('\n');
    else if (items == 0)
        out += (portfolio.rows.size() == 1 ? tr("%n project checked: nothing needs attention.", nullptr, 1)
                                          : tr("%n projects checked: nothing needs attention.", nullptr, int(portfolio.rows.size()))) + QLatin1Char('\n');
    else
        out += (items == 1 ? tr("%1 of %2 projects checked needs attention: 1 item.").arg(projectsWith).arg(portfolio.rows.size())
                           : tr("%1 of %2 projects checked need attention: %3 items.").arg(projectsWith).arg(portfolio.rows.size()).arg(items))
            + QLatin1Char('\n');
    if (!portfolio.unreadable.isEmpty())
        out += (portfolio.unreadable.size() == 1 ? tr("%n file could not be read.", nullptr, 1)
                                              : tr("%n files could not be read.", nullptr, int(portfolio.unreadable.size()))) + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace archbench::core
