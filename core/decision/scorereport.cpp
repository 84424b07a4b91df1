#include "scorereport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace archbench::core {

namespace {
QJsonValue number(std::optional<double> v)
{
    if (!v)
        return QJsonValue(QJsonValue::Null);
    return std::round(*v * 1e9) / 1e9;
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Pads to a width by display length; numbers right-aligned, text left-aligned.
struct Table {
    QList<QStringList> rows;
    QList<bool> rightAligned;
    QString render(const QString &indent) const
    {
        QList<qsizetype> widths(rightAligned.size(), 0);
        for (const QStringList &r : rows)
            for (int c = 0; c < r.size(); ++c)
                widths[c] = std::max(widths[c], r[c].size());
        QString out;
        for (const QStringList &r : rows) {
            QString line = indent;
            for (int c = 0; c < r.size(); ++c) {
                if (c > 0)
                    line += QLatin1StringView("  ");
                line += rightAligned[c] ? r[c].rightJustified(widths[c]) : r[c].leftJustified(widths[c]);
            }
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            out += line + QLatin1Char('\n');
        }
        return out;
    }
};
} // namespace

QList<DecisionAnalysis> ScoreReport::analyse(const ProjectData &data, const QString &decisionId)
{
    QList<DecisionAnalysis> out;
    for (const Decision &d : data.decisions)
        if (decisionId.isEmpty() || d.id == decisionId)
            out << DecisionAnalysis::analyse(d);
    return out;
}

QList<OptionScore> ScoreReport::reportOrder(const WeightedScore &scores)
{
    QList<OptionScore> out = scores.ranking();
    for (const OptionScore &os : scores.options())
        if (!os.ranked())
            out << os;
    return out;
}

QJsonObject ScoreReport::decisionJson(const DecisionAnalysis &a)
{
    const QJsonArray ranking = rankingJson(a.scores);
    QJsonArray sensitivity;
    for (const CriterionSensitivity &cs : a.sensitivity) {
        QJsonObject o;
        o.insert(QStringLiteral("criterion"), cs.criterion);
        o.insert(QStringLiteral("share"), number(cs.share));
        o.insert(QStringLiteral("flipShare"), number(cs.flipShare));
        sensitivity.append(o);
    }
    QJsonObject d;
    d.insert(QStringLiteral("id"), a.id);
    d.insert(QStringLiteral("title"), a.title);
    d.insert(QStringLiteral("leader"), text(a.scores.leader()));
    d.insert(QStringLiteral("robustness"), number(a.robustness));
    d.insert(QStringLiteral("ranking"), ranking);
    d.insert(QStringLiteral("sensitivity"), sensitivity);
    if (a.group)
        d.insert(QStringLiteral("group"), groupJson(*a.group));
    if (a.ahp)
        d.insert(QStringLiteral("ahp"), ahpJson(*a.ahp));
    return d;
}

QJsonArray ScoreReport::rankingJson(const WeightedScore &scores)
{
    QJsonArray ranking;
    for (const OptionScore &os : reportOrder(scores)) {
        QJsonObject o;
        o.insert(QStringLiteral("option"), os.option);
        o.insert(QStringLiteral("name"), os.name);
        o.insert(QStringLiteral("weighted"), number(os.weighted));
        o.insert(QStringLiteral("percent"), number(os.percent));
        o.insert(QStringLiteral("rank"), os.rank ? QJsonValue(*os.rank) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("eliminated"), os.eliminated);
        o.insert(QStringLiteral("complete"), os.complete);
        ranking.append(o);
    }
    return ranking;
}

QJsonObject ScoreReport::groupJson(const GroupScore &g)
{
    QJsonArray leaders;
    for (const ParticipantLeader &l : g.participantLeaders())
        leaders.append(QJsonObject{{QStringLiteral("participant"), l.participant},
                                   {QStringLiteral("leader"), text(l.leader)}});
    QJsonArray contested;
    for (const CellSpread &s : g.spreads())
        contested.append(QJsonObject{{QStringLiteral("option"), s.option},
                                     {QStringLiteral("criterion"), s.criterion},
                                     {QStringLiteral("min"), number(s.min)},
                                     {QStringLiteral("max"), number(s.max)},
                                     {QStringLiteral("spread"), number(s.spread)},
                                     {QStringLiteral("stdev"), std::round(s.stdev * 1000) / 1000}});
    QJsonObject o;
    o.insert(QStringLiteral("ballots"), g.ballotCount());
    o.insert(QStringLiteral("aggregation"), enumToString(g.aggregation()));
    o.insert(QStringLiteral("ranking"), rankingJson(g.scores()));
    o.insert(QStringLiteral("participantLeaders"), leaders);
    o.insert(QStringLiteral("contested"), contested);
    return o;
}

QJsonObject ScoreReport::ahpJson(const AhpResult &r)
{
    if (!r.complete)
        return QJsonObject{{QStringLiteral("incomplete"), true}};
    const auto three = [](double v) { return std::round(v * 1000) / 1000; };
    QJsonArray weights;
    for (qsizetype i = 0; i < r.criteria.size(); ++i)
        weights.append(QJsonObject{{QStringLiteral("criterion"), r.criteria[i]},
                                   {QStringLiteral("weight"), three(r.weights[i])}});
    return QJsonObject{{QStringLiteral("weights"), weights},
                       {QStringLiteral("lambdaMax"), three(r.lambdaMax)},
                       {QStringLiteral("consistencyIndex"), three(r.consistencyIndex)},
                       {QStringLiteral("consistencyRatio"), three(r.consistencyRatio)},
                       {QStringLiteral("mostInconsistent"), QJsonArray::fromStringList(r.mostInconsistent)}};
}

QJsonObject ScoreReport::toJson(const QList<DecisionAnalysis> &analyses)
{
    QJsonArray decisions;
    for (const DecisionAnalysis &a : analyses)
        decisions.append(decisionJson(a));
    QJsonObject root;
    root.insert(QStringLiteral("decisions"), decisions);
    return root;
}

QString ScoreReport::formatNumber(double value, const QLocale &locale, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    const double rounded = std::round(value * factor) / factor;
    int needed = 0;
    while (needed < decimals
           && std::abs(rounded * std::pow(10.0, needed) - std::round(rounded * std::pow(10.0, needed))) > 1e-9)
        ++needed;
    return locale.toString(rounded, 'f', needed);
}

QString ScoreReport::formatShare(double share, const QLocale &locale, std::optional<double> reference)
{
    const double percent = share * 100.0;
    int decimals = 0;
    if (reference && std::round(percent) == std::round(*reference * 100.0) && std::abs(share - *reference) > 1e-12)
        decimals = 1;
    return tr("%1 %").arg(locale.toString(percent, 'f', decimals));
}

QString ScoreReport::formatShareUnbroken(double share, const QLocale &locale, std::optional<double> reference)
{
    return formatShare(share, locale, reference).replace(QStringLiteral(" %"), QStringLiteral("\u00A0%"));
}

QString ScoreReport::toText(const ProjectData &data, const QList<DecisionAnalysis> &analyses,
                            const QLocale &locale)
{
    const QString dash = QStringLiteral("–");
    QString out;
    for (const DecisionAnalysis &a : analyses) {
        const Decision *decision = nullptr;
        for (const Decision &d : data.decisions)
            if (d.id == a.id)
                decision = &d;
        if (!decision)
            continue;
        const auto optionName = [&](const QString &id) {
            for (const Option &o : decision->options)
                if (o.id == id)
                    return o.name;
            return id;
        };
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += tr("%1  [%2]").arg(a.title.isEmpty() ? tr("(untitled decision)") : a.title, a.id) + QLatin1Char('\n');
        if (a.scores.leader().isEmpty()) {
            out += tr("No leader: no option is both complete and still in the running.") + QLatin1Char('\n');
        } else if (a.robustness) {
            out += tr("Leader: %1, first under %2 of weightings")
                       .arg(optionName(a.scores.leader()), formatShare(*a.robustness, locale))
                + QLatin1Char('\n');
        } else {
            out += tr("Leader: %1 (the only ranked option)").arg(optionName(a.scores.leader())) + QLatin1Char('\n');
        }

        Table options;
        options.rightAligned = {true, false, true, true, false};
        options.rows << QStringList{tr("Rank"), tr("Option"), tr("Weighted"), tr("Percent"), tr("Note")};
        for (const OptionScore &os : reportOrder(a.scores)) {
            QString note;
            if (os.eliminated) {
                QStringList texts;
                for (const HardConstraint &k : decision->constraints)
                    if (os.failedConstraints.contains(k.id))
                        texts << k.text;
                note = tr("eliminated: fails %1").arg(texts.join(QLatin1StringView("; ")));
            } else if (!os.complete) {
                note = tr("incomplete: scores missing for %1 of %2 criteria").arg(os.missing.size()).arg(decision->criteria.size());
            } else if (!os.weighted) {
                note = tr("not weighted: all weights are zero");
            }
            if (!os.complete && os.eliminated)
                note += tr(", incomplete");
            options.rows << QStringList{os.rank ? locale.toString(*os.rank) : dash, os.name,
                                        os.weighted ? locale.toString(*os.weighted, 'f', 2) : dash,
                                        os.percent ? tr("%1 %").arg(locale.toString(*os.percent, 'f', 0)) : dash,
                                        note};
        }
        if (decision->options.isEmpty())
            out += tr("No options yet.") + QLatin1Char('\n');
        else
            out += QLatin1Char('\n') + options.render(QStringLiteral("  "));

        if (!a.sensitivity.isEmpty()) {
            Table criteria;
            criteria.rightAligned = {false, true, true, false};
            criteria.rows << QStringList{tr("Criterion"), tr("Weight"), tr("Share"), tr("Leader changes at")};
            for (int i = 0; i < a.sensitivity.size(); ++i) {
                const CriterionSensitivity &cs = a.sensitivity[i];
                const Criterion &c = decision->criteria[i];
                QString flip = dash;
                if (cs.flipShare) {
                    const QString who = optionName(cs.flipShare == cs.flipBelow ? cs.leaderBelow : cs.leaderAbove);
                    flip = tr("%1 (%2 leads)").arg(formatShare(*cs.flipShare, locale, cs.share), who);
                } else if (cs.share && !a.scores.leader().isEmpty()) {
                    flip = tr("never");
                }
                criteria.rows << QStringList{c.name, formatNumber(c.weight, locale),
                                             cs.share ? formatShare(*cs.share, locale) : dash, flip};
            }
            out += QLatin1Char('\n') + criteria.render(QStringLiteral("  "));
        }
    }
    if (out.isEmpty())
        out = tr("No decisions.") + QLatin1Char('\n');
    return out;
}

} // namespace archbench::core
