#include "adrwriter.h"

#include "../document/markdownescape.h"

#include "../decision/decisionanalysis.h"
#include "../decision/decisionlifecycle.h"
#include "../decision/decisionsections.h"
#include "../decision/scorereport.h"
#include "../decision/triggerstatus.h"
#include "../decision/weightedscore.h"

#include <QLocale>
#include <QUrl>
#include <utility>

namespace archbench::core {

namespace {

using markdown::Context;

/// Numbers the same on every machine (and readable by an importer): "4.65", "30".
QString num(double value)
{
    return ScoreReport::formatNumber(value, QLocale::c());
}

/// The shortest text that reads back as exactly `value` ("12.5", "33.333333333333336"): the
/// matrix and the front matter are read back by the importer.
QString exact(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString percent(double share)
{
    return ScoreReport::formatShare(share, QLocale::c());
}

/// One line of user text inside a list item, a key or a sentence (newlines become spaces).
QString inlineText(const QString &text, bool atLineStart = false)
{
    QString t = text.trimmed();
    t.replace(QStringLiteral("\r\n"), QStringLiteral(" ")).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return markdown::escapeLine(t, Context::Block, atLineStart);
}

QString cell(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return markdown::escapeLine(t, Context::TableCell, false);
}

/// Free text as Markdown paragraphs: blank lines separate paragraphs, other newlines are
/// hard breaks.
QString paragraphs(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList out, current;
    for (const QString &line : t.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                out << current.join(QStringLiteral("\\\n"));
            current.clear();
        } else {
            current << markdown::escapeLine(line, Context::Block, true);
        }
    }
    if (!current.isEmpty())
        out << current.join(QStringLiteral("\\\n"));
    return out.join(QStringLiteral("\n\n"));
}

QString heading(int level, const QString &title)
{
    return QString(level, QLatin1Char('#')) + QLatin1Char(' ') + markdown::escapeLine(title.trimmed(), Context::Heading, false);
}

QString bullets(const QStringList &items)
{
    QStringList lines;
    for (const QString &item : items)
        lines << QStringLiteral("* ") + item;
    return lines.join(QLatin1Char('\n'));
}

QString table(const QStringList &header, const QList<bool> &rightAligned, const QList<QStringList> &rows)
{
    auto line = [](const QStringList &cells) { return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |"); };
    QStringList rule;
    for (qsizetype c = 0; c < header.size(); ++c)
        rule << (rightAligned.value(c) ? QStringLiteral("---:") : QStringLiteral("---"));
    QStringList out{line(header), line(rule)};
    for (const QStringList &row : rows)
        out << line(row);
    return out.join(QLatin1Char('\n'));
}

QString optionName(const Decision &d, const QString &id)
{
    for (const Option &o : d.options)
        if (o.id == id)
            return o.name.trimmed().isEmpty() ? id : o.name.trimmed();
    return id;
}

QString title(const Decision &d)
{
    return d.title.trimmed().isEmpty() ? AdrWriter::tr("(untitled decision)") : d.title.trimmed();
}

QString adrLabel(int number)
{
    return QStringLiteral("ADR-%1").arg(number, 4, 10, QLatin1Char('0'));
}

const Decision *findDecision(const ProjectData &data, const QString &id)
{
    for (const Decision &d : data.decisions)
        if (d.id == id)
            return &d;
    return nullptr;
}

/// "[ADR-0005: Title](0005-title.md)" for MADR, "[5. Title](0005-title.md)" for Nygard (the
/// form adr-tools writes); plain text when the other decision is not in the folder.
QString adrLink(const ProjectData &data, const QString &id, const AdrIndex &index, AdrFlavour flavour)
{
    const Decision *other = findDecision(data, id);
    const QString name = other ? title(*other) : id;
    const auto it = index.constFind(id);
    if (it == index.constEnd())
        return inlineText(name);
    // a record without a number (log4brains' dated files) goes by its title
    const QString label = it->number == 0                  ? name
                          : flavour == AdrFlavour::Nygard ? QStringLiteral("%1. %2").arg(it->number).arg(name)
                                                          : QStringLiteral("%1: %2").arg(adrLabel(it->number), name);
    return QLatin1Char('[') + inlineText(label) + QStringLiteral("](") + QString::fromLatin1(QUrl::toPercentEncoding(it->fileName))
           + QLatin1Char(')');
}

QString statusWord(const Decision &d)
{
    return enumToString(d.status);
}

/// The analysis once, shared by the sections.
struct Analysis {
    DecisionAnalysis a;
    QString leader;
};

QString comparatorText(Comparator c)
{
    switch (c) {
    case Comparator::None: return {};
    case Comparator::Greater: return QStringLiteral(">");
    case Comparator::GreaterOrEqual: return QStringLiteral("≥");
    case Comparator::Less: return QStringLiteral("<");
    case Comparator::LessOrEqual: return QStringLiteral("≤");
    }
    return {};
}

QStringList contextBlocks(const Decision &d)
{
    QStringList blocks;
    if (!d.context.trimmed().isEmpty())
        blocks << paragraphs(d.context);
    if (!d.problem.trimmed().isEmpty())
        blocks << QStringLiteral("**") + AdrWriter::tr("Problem being solved:") + QStringLiteral("** ") + inlineText(d.problem);
    if (blocks.isEmpty())
        blocks << QLatin1Char('*') + AdrWriter::tr("No context recorded.") + QLatin1Char('*');
    return blocks;
}

QStringList driverBlocks(const Decision &d)
{
    QStringList items;
    for (const Criterion &c : d.criteria) {
        QString item = AdrWriter::tr("%1 (weight %2)").arg(inlineText(c.name, true), num(c.weight));
        if (!c.description.trimmed().isEmpty())
            item += QStringLiteral(": ") + inlineText(c.description);
        items << item;
    }
    for (const HardConstraint &k : d.constraints)
        items << AdrWriter::tr("Must hold: %1").arg(inlineText(k.text));
    QStringList blocks;
    if (!items.isEmpty())
        blocks << bullets(items);
    if (!d.constraintsText.trimmed().isEmpty())
        blocks << paragraphs(d.constraintsText);
    if (blocks.isEmpty())
        blocks << QLatin1Char('*') + AdrWriter::tr("No criteria recorded.") + QLatin1Char('*');
    return blocks;
}

/// The matrix: one row per criterion (in criteria order, as the front matter lists their
/// ids), one column per option (in option order), then the derived rows.
QString matrixTable(const Decision &d, const Analysis &an)
{
    QStringList header{cell(AdrWriter::tr("Criterion")), cell(AdrWriter::tr("Weight"))};
    QList<bool> right{false, true};
    for (const Option &o : d.options) {
        header << cell(o.name.trimmed().isEmpty() ? o.id : o.name);
        right << true;
    }
    QList<QStringList> rows;
    for (const Criterion &c : d.criteria) {
        QStringList row{cell(c.name), exact(c.weight)};
        for (const Option &o : d.options) {
            const Score *s = findScore(d, o.id, c.id);
            row << (s ? exact(s->value) : QStringLiteral("–"));
        }
        rows << row;
    }
    QStringList weighted{QStringLiteral("**") + cell(AdrWriter::tr("Weighted score")) + QStringLiteral("**"), QString()};
    QStringList pct{cell(AdrWriter::tr("Percent")), QString()};
    QStringList rank{cell(AdrWriter::tr("Rank")), QString()};
    for (const OptionScore &os : an.a.scores.options()) {
        weighted << (os.weighted ? QStringLiteral("**%1**").arg(QLocale::c().toString(*os.weighted, 'f', 2)) : QStringLiteral("–"));
        pct << (os.percent ? AdrWriter::tr("%1 %").arg(QLocale::c().toString(*os.percent, 'f', 0)) : QStringLiteral("–"));
        if (os.rank)
            rank << QString::number(*os.rank);
        else if (os.eliminated)
            rank << cell(AdrWriter::tr("eliminated"));
        else if (!os.complete)
            rank << cell(AdrWriter::tr("incomplete"));
        else
            rank << QStringLiteral("–");
    }
    rows << weighted << pct << rank;
    return table(header, right, rows);
}

QStringList optionsBlocks(const Decision &d, const Analysis &an)
{
    if (d.options.isEmpty())
        return {QLatin1Char('*') + AdrWriter::tr("No options recorded.") + QLatin1Char('*')};
    QStringList names;
    for (const Option &o : d.options)
        names << inlineText(o.name.trimmed().isEmpty() ? o.id : o.name, true);
    QStringList blocks{bullets(names)};
    if (!d.criteria.isEmpty()) {
        blocks << QLatin1Char('*')
                      + AdrWriter::tr("The decision matrix: scores on a scale of %1 to %2; the weighted score is Σ(weight × score) ÷ Σ(weight).")
                            .arg(num(d.scale.min), num(d.scale.max))
                      + QLatin1Char('*')
               << matrixTable(d, an);
    }
    return blocks;
}

QString leaderSentence(const Decision &d, const Analysis &an)
{
    if (an.leader.isEmpty())
        return AdrWriter::tr("No option leads the matrix: none is both complete and still in the running.");
    const OptionScore *os = an.a.scores.find(an.leader);
    QString s = AdrWriter::tr("%1 leads the weighted matrix with %2 of %3 (%4 %).")
                    .arg(inlineText(optionName(d, an.leader)), QLocale::c().toString(*os->weighted, 'f', 2), num(d.scale.max),
                         QLocale::c().toString(*os->percent, 'f', 0));
    if (an.a.robustness)
        s += QLatin1Char(' ') + AdrWriter::tr("It stays first under %1 of random weightings of the criteria.").arg(percent(*an.a.robustness));
    return s;
}

QStringList outcomeBlocks(const Decision &d, const Analysis &an)
{
    QStringList blocks;
    if (d.chosenOption.isEmpty()) {
        blocks << QLatin1Char('*') + AdrWriter::tr("No option chosen yet.") + QLatin1Char('*');
    } else {
        const QString because = d.chosenOption == an.leader ? AdrWriter::tr("it comes out best in the decision matrix")
                                                            : AdrWriter::tr("of the reasons below, although it does not lead the decision matrix");
        // MADR's fixed phrase: "Chosen option: "{title}", because {justification}."
        blocks << QStringLiteral("Chosen option: \"") + inlineText(optionName(d, d.chosenOption)) + QStringLiteral("\", because ")
                      + because + QLatin1Char('.');
    }
    if (!d.recommendation.trimmed().isEmpty())
        blocks << paragraphs(d.recommendation);
    if (!d.options.isEmpty() && !d.criteria.isEmpty())
        blocks << QLatin1Char('*') + leaderSentence(d, an) + QLatin1Char('*');
    if (an.a.group) {
        const GroupScore &g = *an.a.group;
        QString text = AdrWriter::tr("%n participant(s) scored the options on their own ballots.", nullptr, g.ballotCount());
        const QString agreement = g.agreementSentence();
        if (!agreement.isEmpty())
            text += QLatin1Char(' ') + inlineText(agreement) + QLatin1Char('.');
        if (!g.scores().leader().isEmpty() && g.scores().leaders().size() == 1)
            text += QLatin1Char(' ')
                + (g.weightsOverturning().isEmpty()
                       ? AdrWriter::tr("The group's leader stays first under every participant's own weights.")
                       : AdrWriter::tr("Under the own weights of %1 another option leads.")
                             .arg(inlineText(g.weightsOverturning().join(QStringLiteral(", ")))));
        blocks << QLatin1Char('*') + text + QLatin1Char('*');
    }
    if (an.a.ahp && an.a.ahp->complete)
        blocks << QLatin1Char('*')
                + AdrWriter::tr("The weights come from pairwise comparison (consistency ratio %1%2).")
                      .arg(QLocale::c().toString(an.a.ahp->consistencyRatio, 'f', 3),
                           an.a.ahp->consistent() ? QString() : AdrWriter::tr(", above 0.10"))
                + QLatin1Char('*');
    return blocks;
}

/// Named dissent: who disagrees with the outcome, and why.
QStringList dissentBlocks(const Decision &d)
{
    QStringList items;
    for (const Dissent &x : d.dissent)
        if (!x.text.trimmed().isEmpty())
            items << QStringLiteral("**") + inlineText(x.participant.trimmed().isEmpty() ? AdrWriter::tr("Unnamed") : x.participant.trimmed())
                         + QStringLiteral("**: ") + inlineText(x.text.trimmed());
    return items.isEmpty() ? QStringList() : QStringList{bullets(items)};
}

QStringList consequencesBlocks(const Decision &d)
{
    QStringList items;
    for (const QString &t : d.tradeoffsAccepted)
        if (!t.trimmed().isEmpty())
            items << QStringLiteral("Bad, because ") + AdrWriter::tr("we accept this trade-off: %1").arg(inlineText(t));
    for (const Risk &r : d.risks) {
        if (r.text.trimmed().isEmpty())
            continue;
        QString item = QStringLiteral("Bad, because ") + AdrWriter::tr("of the risk: %1").arg(inlineText(r.text));
        if (!r.mitigation.trimmed().isEmpty())
            item += QLatin1Char(' ') + AdrWriter::tr("(mitigation: %1)").arg(inlineText(r.mitigation));
        items << item;
    }
    QStringList blocks;
    if (!d.tradeoffsText.trimmed().isEmpty())
        blocks << paragraphs(d.tradeoffsText);
    if (!items.isEmpty())
        blocks << bullets(items);
    if (blocks.isEmpty())
        blocks << QLatin1Char('*') + AdrWriter::tr("No trade-offs or risks recorded.") + QLatin1Char('*');
    return blocks;
}

/// The revisit triggers, without any state: whether one has fired depends on the day the file
/// is read, so it belongs in the report, not in the record.
QStringList confirmationBlocks(const Decision &d)
{
    if (d.revisitTriggers.isEmpty())
        return {QLatin1Char('*') + AdrWriter::tr("No revisit triggers recorded.") + QLatin1Char('*')};
    QStringList items;
    for (const RevisitTrigger &t : d.revisitTriggers) {
        QString item = enumToString(t.category) + QStringLiteral(": ")
                       + (t.condition.trimmed().isEmpty() ? AdrWriter::tr("(no condition)") : inlineText(t.condition));
        QStringList details;
        if (t.comparator != Comparator::None && t.threshold) {
            // "hit rate < 70 %", not "hit rate % < 70": the unit follows the number.
            const MetricParts metric = TriggerEvaluation::splitMetric(t.metric);
            const auto withUnit = [&metric](double v) {
                return metric.unit.isEmpty() ? num(v) : num(v) + QLatin1Char(' ') + inlineText(metric.unit);
            };
            QString measure = QStringLiteral("%1 %2 %3").arg(inlineText(metric.name.isEmpty() ? AdrWriter::tr("value") : metric.name),
                                                             comparatorText(t.comparator), withUnit(*t.threshold));
            if (t.currentValue)
                measure += AdrWriter::tr(", %1 when recorded").arg(withUnit(*t.currentValue));
            details << measure;
        }
        const QDate reviewBy = TriggerEvaluation::effectiveReviewBy(d, t);
        if (reviewBy.isValid())
            details << AdrWriter::tr("review by %1").arg(reviewBy.toString(Qt::ISODate));
        if (!details.isEmpty())
            item += QStringLiteral(" (") + details.join(QStringLiteral("; ")) + QLatin1Char(')');
        items << item;
    }
    return {QLatin1Char('*') + AdrWriter::tr("Look at this decision again when one of these holds:") + QLatin1Char('*'), bullets(items)};
}

/// Pros and cons of one option from its scores: good in the top third of the scale, bad in
/// the bottom third, neutral between; a failed hard constraint is bad.
QStringList prosAndCons(const Decision &d, const Option &o)
{
    QStringList good, neutral, bad;
    const double span = d.scale.max - d.scale.min;
    for (const Criterion &c : d.criteria) {
        const Score *s = findScore(d, o.id, c.id);
        if (!s) {
            neutral << QStringLiteral("Neutral, because ") + AdrWriter::tr("it has no score on %1").arg(inlineText(c.name));
            continue;
        }
        QString reason = AdrWriter::tr("it scores %1 of %2 on %3").arg(num(s->value), num(d.scale.max), inlineText(c.name));
        if (!s->rationale.trimmed().isEmpty())
            reason += QStringLiteral(": ") + inlineText(s->rationale);
        const double at = span > 0 ? (s->value - d.scale.min) / span : 0.5;
        if (at >= 2.0 / 3.0)
            good << QStringLiteral("Good, because ") + reason;
        else if (at <= 1.0 / 3.0)
            bad << QStringLiteral("Bad, because ") + reason;
        else
            neutral << QStringLiteral("Neutral, because ") + reason;
    }
    for (const HardConstraint &k : d.constraints)
        if (k.failedBy.contains(o.id))
            bad << QStringLiteral("Bad, because ") + AdrWriter::tr("it fails the hard constraint “%1” and is out of the running").arg(inlineText(k.text));
    return good + neutral + bad;
}

QStringList prosAndConsBlocks(const Decision &d)
{
    QStringList blocks;
    for (const Option &o : d.options) {
        blocks << heading(3, o.name.trimmed().isEmpty() ? o.id : o.name);
        const QString description = o.description.trimmed();
        if (o.doNothing)
            blocks << QLatin1Char('*') + AdrWriter::tr("Do nothing.") + QLatin1Char('*');
        if (!description.isEmpty())
            blocks << paragraphs(description);
        const QStringList items = prosAndCons(d, o);
        if (!items.isEmpty())
            blocks << bullets(items);
    }
    return blocks;
}

QStringList moreInformationBlocks(const ProjectData &data, const Decision &d, const AdrIndex &index, AdrFlavour flavour)
{
    QStringList items{AdrWriter::tr("Door type: %1").arg(inlineText(doorTypeText(d.doorType)))};
    if (!d.attendees.isEmpty())
        items << AdrWriter::tr("Attended the review: %1").arg(inlineText(d.attendees.join(QStringLiteral(", "))));
    if (d.status == DecisionStatus::Superseded && !d.supersededBy.isEmpty())
        items << AdrWriter::tr("Superseded by %1").arg(adrLink(data, d.supersededBy, index, flavour));
    for (const QString &older : DecisionLifecycle::supersededDecisions(data, d.id))
        items << AdrWriter::tr("Supersedes %1").arg(adrLink(data, older, index, flavour));
    QStringList blocks{bullets(items)};
    if (!d.notes.trimmed().isEmpty())
        blocks << paragraphs(d.notes);
    return blocks;
}

void section(QStringList &chunks, int level, const char *name, const QStringList &blocks)
{
    chunks << heading(level, QString::fromLatin1(name));
    chunks << blocks;
}

/// What the body shows only as prose, for an importer (adrimport.h): the door type, the
/// do-nothing options, hard constraints, accepted trade-offs, risks and revisit triggers.
void frontMatterDetails(QStringList &lines, const Decision &d)
{
    const auto q = [](const QString &v) { return markdown::yamlQuoted(v); };
    lines << QStringLiteral("  door: ") + enumToString(d.doorType);
    QStringList nothing;
    for (const Option &o : d.options)
        if (o.doNothing)
            nothing << q(o.id);
    if (!nothing.isEmpty())
        lines << QStringLiteral("  do-nothing: [%1]").arg(nothing.join(QStringLiteral(", ")));
    if (!d.constraints.isEmpty()) {
        lines << QStringLiteral("  constraints:");
        for (const HardConstraint &k : d.constraints) {
            QStringList failed;
            for (const QString &id : k.failedBy)
                failed << q(id);
            lines << QStringLiteral("    - id: ") + q(k.id) << QStringLiteral("      text: ") + q(k.text)
                  << QStringLiteral("      failed-by: [%1]").arg(failed.join(QStringLiteral(", ")));
        }
    }
    if (!d.attendees.isEmpty()) {
        QStringList names;
        for (const QString &n : d.attendees)
            names << q(n);
        lines << QStringLiteral("  attendees: [%1]").arg(names.join(QStringLiteral(", ")));
    }
    if (!d.dissent.isEmpty()) {
        lines << QStringLiteral("  dissent:");
        for (const Dissent &x : d.dissent)
            lines << QStringLiteral("    - participant: ") + q(x.participant) << QStringLiteral("      text: ") + q(x.text);
    }
    if (!d.tradeoffsAccepted.isEmpty()) {
        lines << QStringLiteral("  tradeoffs-accepted:");
        for (const QString &t : d.tradeoffsAccepted)
            lines << QStringLiteral("    - ") + q(t);
    }
    if (!d.risks.isEmpty()) {
        lines << QStringLiteral("  risks:");
        for (const Risk &r : d.risks)
            lines << QStringLiteral("    - text: ") + q(r.text) << QStringLiteral("      mitigation: ") + q(r.mitigation);
    }
    if (!d.revisitTriggers.isEmpty()) {
        lines << QStringLiteral("  triggers:");
        for (const RevisitTrigger &t : d.revisitTriggers) {
            lines << QStringLiteral("    - id: ") + q(t.id) << QStringLiteral("      category: ") + enumToString(t.category)
                  << QStringLiteral("      condition: ") + q(t.condition);
            if (!t.metric.isEmpty())
                lines << QStringLiteral("      metric: ") + q(t.metric);
            if (t.comparator != Comparator::None)
                lines << QStringLiteral("      comparator: ") + q(enumToString(t.comparator));
            if (t.threshold)
                lines << QStringLiteral("      threshold: ") + exact(*t.threshold);
            if (t.currentValue)
                lines << QStringLiteral("      current: ") + exact(*t.currentValue);
            if (t.reviewBy.isValid())
                lines << QStringLiteral("      review-by: ") + t.reviewBy.toString(Qt::ISODate);
        }
    }
}

/// The `archbench:` block: the ids that tie the file to its decision and let an importer give
/// back the same decision, then the details the body shows only as prose.
QStringList idsBlock(const ProjectData &data, const Decision &d, const AdrIndex &index)
{
    QStringList lines{QString::fromLatin1(AdrWriter::kIdsKey) + QLatin1Char(':'),
                      QStringLiteral("  project: ") + markdown::yamlQuoted(data.project.id),
                      QStringLiteral("  decision: ") + markdown::yamlQuoted(d.id),
                      QStringLiteral("  adr: %1").arg(index.value(d.id).number),
                      QStringLiteral("  scale: [%1, %2]").arg(exact(d.scale.min), exact(d.scale.max))};
    auto ids = [&lines](const char *key, const QStringList &list) {
        lines << QStringLiteral("  %1:").arg(QString::fromLatin1(key)) + (list.isEmpty() ? QStringLiteral(" []") : QString());
        for (const QString &id : list)
            lines << QStringLiteral("    - ") + markdown::yamlQuoted(id);
    };
    QStringList criteria, options;
    for (const Criterion &c : d.criteria)
        criteria << c.id;
    for (const Option &o : d.options)
        options << o.id;
    ids("criteria", criteria);
    ids("options", options);
    if (!d.chosenOption.isEmpty())
        lines << QStringLiteral("  chosen: ") + markdown::yamlQuoted(d.chosenOption);
    frontMatterDetails(lines, d);
    return lines;
}

QString frontMatterMadr(const ProjectData &data, const Decision &d, const AdrIndex &index)
{
    QStringList lines{QStringLiteral("---")};
    QString status = statusWord(d);
    if (d.status == DecisionStatus::Superseded && index.contains(d.supersededBy))
        status = QStringLiteral("superseded by ")
                 + (index.value(d.supersededBy).number > 0 ? adrLabel(index.value(d.supersededBy).number) : index.value(d.supersededBy).fileName);
    lines << QStringLiteral("status: ") + markdown::yamlScalar(status);
    if (d.date.isValid())
        lines << QStringLiteral("date: ") + d.date.toString(Qt::ISODate);
    // MADR 4 writes each role as one comma-separated string.
    const auto people = [&lines](const char *key, const QStringList &names) {
        QStringList kept;
        for (const QString &p : names)
            if (!p.trimmed().isEmpty())
                kept << p.trimmed();
        if (!kept.isEmpty())
            lines << QString::fromLatin1(key) + QStringLiteral(": ") + markdown::yamlScalar(kept.join(QStringLiteral(", ")));
    };
    people("decision-makers", d.participants);
    people("consulted", d.consulted);
    people("informed", d.informed);
    lines << idsBlock(data, d, index);
    lines << QStringLiteral("---");
    return lines.join(QLatin1Char('\n'));
}

QString writeMadr(const ProjectData &data, const Decision &d, const AdrIndex &index, const Analysis &an)
{
    QStringList chunks{frontMatterMadr(data, d, index), heading(1, title(d))};
    section(chunks, 2, "Context and Problem Statement", contextBlocks(d));
    section(chunks, 2, "Decision Drivers", driverBlocks(d));
    section(chunks, 2, "Considered Options", optionsBlocks(d, an));
    section(chunks, 2, "Decision Outcome", outcomeBlocks(d, an));
    section(chunks, 3, "Consequences", consequencesBlocks(d));
    section(chunks, 3, "Confirmation", confirmationBlocks(d));
    if (const QStringList dissent = dissentBlocks(d); !dissent.isEmpty())
        section(chunks, 3, "Dissent", dissent);
    if (!d.options.isEmpty())
        section(chunks, 2, "Pros and Cons of the Options", prosAndConsBlocks(d));
    section(chunks, 2, "More Information", moreInformationBlocks(data, d, index, AdrFlavour::Madr));
    return chunks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString writeNygard(const ProjectData &data, const Decision &d, const AdrIndex &index, const Analysis &an)
{
    // adr-tools reads the title from the first line and the status from the "## Status"
    // section ("Superseded by [N. Title](file)" is its own link form).
    const int number = index.value(d.id).number;
    QStringList chunks{heading(1, number > 0 ? QStringLiteral("%1. %2").arg(number).arg(title(d)) : title(d))};
    if (d.date.isValid())
        chunks << QStringLiteral("Date: ") + d.date.toString(Qt::ISODate);
    // Once: "Accepted", or adr-tools' own "Superseded by [N. Title](file)" in its place.
    QStringList status{statusWord(d).left(1).toUpper() + statusWord(d).mid(1)};
    if (d.status == DecisionStatus::Superseded && !d.supersededBy.isEmpty())
        status = {QStringLiteral("Superseded by ") + adrLink(data, d.supersededBy, index, AdrFlavour::Nygard)};
    for (const QString &older : DecisionLifecycle::supersededDecisions(data, d.id))
        status << QStringLiteral("Supersedes ") + adrLink(data, older, index, AdrFlavour::Nygard);
    section(chunks, 2, "Status", status);
    QStringList context = contextBlocks(d);
    context << QStringLiteral("**") + AdrWriter::tr("Decision drivers:") + QStringLiteral("**") << driverBlocks(d)
            << QStringLiteral("**") + AdrWriter::tr("Considered options:") + QStringLiteral("**") << optionsBlocks(d, an)
            << AdrWriter::tr("Door type: %1").arg(inlineText(doorTypeText(d.doorType)));
    section(chunks, 2, "Context", context);
    section(chunks, 2, "Decision", outcomeBlocks(d, an));
    QStringList consequences = consequencesBlocks(d);
    consequences << confirmationBlocks(d);
    section(chunks, 2, "Consequences", consequences);
    if (const QStringList dissent = dissentBlocks(d); !dissent.isEmpty())
        section(chunks, 2, "Dissent", dissent);
    if (!d.attendees.isEmpty())
        section(chunks, 2, "Attended", {inlineText(d.attendees.join(QStringLiteral(", ")))});
    if (!d.notes.trimmed().isEmpty())
        section(chunks, 2, "Notes", {paragraphs(d.notes)});
    // The ids in a closing comment that adr-tools ignores: the first line as older versions
    // wrote it (adrfolder.h finds records by it), then the same YAML block as MADR's front
    // matter. User text is double-quoted there; "--" inside it is written "-\x2d" so that
    // nothing in it can close the comment.
    // This shape has no pros and cons: the rationales of the scores go in the block.
    QStringList block = idsBlock(data, d, index);
    bool rationales = false;
    for (const Score &sc : d.scores) {
        if (sc.rationale.isEmpty())
            continue;
        if (!std::exchange(rationales, true))
            block << QStringLiteral("  rationales:");
        block << QStringLiteral("    - option: ") + markdown::yamlQuoted(sc.option)
              << QStringLiteral("      criterion: ") + markdown::yamlQuoted(sc.criterion)
              << QStringLiteral("      text: ") + markdown::yamlQuoted(sc.rationale);
    }
    // nor front matter for the people, nor a place for the options' descriptions
    const auto people = [&block](const char *key, const QStringList &names) {
        if (names.isEmpty())
            return;
        block << QStringLiteral("  %1:").arg(QString::fromLatin1(key));
        for (const QString &name : names)
            block << QStringLiteral("    - ") + markdown::yamlQuoted(name);
    };
    people("decision-makers", d.participants);
    people("consulted", d.consulted);
    people("informed", d.informed);
    bool descriptions = false;
    for (const Option &o : d.options) {
        if (o.description.isEmpty())
            continue;
        if (!std::exchange(descriptions, true))
            block << QStringLiteral("  descriptions:");
        block << QStringLiteral("    - option: ") + markdown::yamlQuoted(o.id) << QStringLiteral("      text: ") + markdown::yamlQuoted(o.description);
    }
    QString yaml = block.join(QLatin1Char('\n'));
    yaml.replace(QStringLiteral("--"), QStringLiteral("-\\x2d"));
    chunks << QStringLiteral("<!-- %1 project=%2 decision=%3\n%4\n-->")
                  .arg(QString::fromLatin1(AdrWriter::kIdsKey), QString::fromLatin1(QUrl::toPercentEncoding(data.project.id)),
                       QString::fromLatin1(QUrl::toPercentEncoding(d.id)), yaml);
    return chunks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace

std::optional<AdrFlavour> adrFlavourFromString(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1StringView("madr"))
        return AdrFlavour::Madr;
    if (t == QLatin1StringView("nygard"))
        return AdrFlavour::Nygard;
    return std::nullopt;
}

QString AdrWriter::write(const ProjectData &data, const Decision &decision, const AdrIndex &index, AdrFlavour flavour)
{
    Analysis an{DecisionAnalysis::analyse(decision), {}};
    an.leader = an.a.scores.leader();
    return flavour == AdrFlavour::Nygard ? writeNygard(data, decision, index, an) : writeMadr(data, decision, index, an);
}

} // namespace archbench::core
