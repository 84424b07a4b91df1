#include "decisionsections.h"

#include "../model/itemkinds.h"
#include "decisionanalysis.h"
#include "decisionlifecycle.h"
#include "qualitycheck.h"
#include "scorereport.h"
#include "triggerstatus.h"

#include <QLocale>
#include <algorithm>

namespace archbench::core {

namespace {


/// The text, or a muted "not recorded" when the user left it blank.
ReportText orMissing(const QString &text)
{
    return text.trimmed().isEmpty() ? ReportText::missing(DecisionSections::tr("not recorded")) : ReportText(text.trimmed());
}

QString optionName(const Decision &d, const QString &id)
{
    for (const Option &o : d.options)
        if (o.id == id)
            return o.name.trimmed().isEmpty() ? id : o.name;
    return id;
}

const Decision *findDecision(const ProjectData &data, const QString &id)
{
    const auto it = std::find_if(data.decisions.cbegin(), data.decisions.cend(),
                                 [&](const Decision &d) { return d.id == id; });
    return it == data.decisions.cend() ? nullptr : &*it;
}

ReportText decisionLink(const ProjectData &data, const QString &id)
{
    const Decision *d = findDecision(data, id);
    const QString title = d && !d->title.trimmed().isEmpty() ? d->title : id;
    return ReportText::link(title, QLatin1String(ItemTraits<Decision>::reportAnchor) + id);
}

/// Where an option stands, in words with a tone: "rank 1 of 3", "rank 1 of 2 ranked options"
/// (beside an eliminated or incomplete one), "eliminated: fails …", "incomplete: no score for …".
ReportText standingText(const Decision &d, const OptionScore &os, int ranked)
{
    if (os.eliminated) {
        QStringList texts;
        for (const HardConstraint &k : d.constraints)
            if (os.failedConstraints.contains(k.id))
                texts << DecisionSections::tr("“%1”", "a hard constraint quoted").arg(k.text.trimmed());
        return ReportText::toned(DecisionSections::tr("✖ eliminated: fails %1").arg(texts.join(QStringLiteral(", "))),
                                 ReportTone::Muted);
    }
    if (!os.complete) {
        QStringList names;
        for (const Criterion &c : d.criteria)
            if (os.missing.contains(c.id))
                names << c.name;
        return ReportText::toned(DecisionSections::tr("incomplete: no score for %1").arg(names.join(QStringLiteral(", "))),
                                 ReportTone::Muted);
    }
    if (!os.rank)
        return ReportText::missing(DecisionSections::tr("not ranked: all weights are zero"));
    // "of 2" beside three options would read as a mistake: say when some are not ranked
    const bool allRanked = ranked == d.options.size();
    if (*os.rank == 1) {
        if (ranked == 1)
            return ReportText::toned(DecisionSections::tr("✔ rank 1, the only ranked option"), ReportTone::Good);
        return ReportText::toned(allRanked ? DecisionSections::tr("✔ rank 1 of %1").arg(ranked)
                                           : DecisionSections::tr("✔ rank 1 of %n ranked options", nullptr, ranked),
                                 ReportTone::Good);
    }
    return allRanked ? DecisionSections::tr("rank %1 of %2").arg(*os.rank).arg(ranked)
                     : DecisionSections::tr("rank %1 of %n ranked options", nullptr, ranked).arg(*os.rank);
}

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

QString categoryText(TriggerCategory c)
{
    switch (c) {
    case TriggerCategory::Scale: return DecisionSections::tr("Scale");
    case TriggerCategory::Team: return DecisionSections::tr("Team");
    case TriggerCategory::Cost: return DecisionSections::tr("Cost");
    case TriggerCategory::Compliance: return DecisionSections::tr("Compliance");
    case TriggerCategory::Performance: return DecisionSections::tr("Performance");
    case TriggerCategory::Technology: return DecisionSections::tr("Technology");
    case TriggerCategory::Calendar: return DecisionSections::tr("Calendar");
    case TriggerCategory::Organizational: return DecisionSections::tr("Organizational");
    }
    return {};
}

ReportText triggerStateText(const TriggerStatus &st)
{
    switch (st.state) {
    case TriggerState::Fired: return ReportText::toned(DecisionSections::tr("✖ fired: %1").arg(st.reason), ReportTone::Problem);
    case TriggerState::DueSoon: return ReportText::toned(DecisionSections::tr("▲ due soon: %1").arg(st.reason), ReportTone::Attention);
    case TriggerState::Clear: return ReportText::toned(DecisionSections::tr("✔ not fired: %1").arg(st.reason), ReportTone::Good);
    case TriggerState::Watching: return DecisionSections::tr("watch: %1").arg(st.reason);
    }
    return {};
}

ReportSection topSection(const ProjectData &data, const Decision &d)
{
    ReportSection top(d.title.trimmed().isEmpty() ? DecisionSections::tr("(untitled decision)") : d.title,
                      QLatin1String(ItemTraits<Decision>::reportAnchor) + d.id, 1);
    top.frontMatter = {{QStringLiteral("status"), enumToString(d.status)},
                       {QStringLiteral("date"), reportDate(d.date)},
                       {QStringLiteral("decision-makers"), d.participants.join(QStringLiteral(", "))}};
    if (!d.consulted.isEmpty())
        top.frontMatter.append({QStringLiteral("consulted"), d.consulted.join(QStringLiteral(", "))});
    if (!d.informed.isEmpty())
        top.frontMatter.append({QStringLiteral("informed"), d.informed.join(QStringLiteral(", "))});
    ReportKeyValues kv;
    ReportText status(decisionStatusText(d.status));
    if (d.status == DecisionStatus::Superseded && !d.supersededBy.isEmpty())
        status.append(DecisionSections::tr(" by ")).append(decisionLink(data, d.supersededBy));
    kv.entries << std::pair{DecisionSections::tr("Status"), status} << std::pair{DecisionSections::tr("Date"), orMissing(reportDate(d.date))};
    if (!d.chosenOption.isEmpty())
        kv.entries << std::pair{DecisionSections::tr("Chosen option"), ReportText::strong(optionName(d, d.chosenOption))};
    top.blocks << kv;
    return top;
}

ReportSection contextSection(const Decision &d)
{
    ReportSection s(DecisionSections::tr("Context"), {}, 2);
    if (!d.context.trimmed().isEmpty())
        s.blocks << ReportParagraph{d.context.trimmed()};
    QStringList names;
    for (const Option &o : d.options)
        names << (o.doNothing ? DecisionSections::tr("%1 (do nothing)").arg(o.name) : o.name);
    ReportKeyValues kv;
    kv.entries << std::pair{DecisionSections::tr("Problem being solved"), orMissing(d.problem)}
               << std::pair{DecisionSections::tr("Constraints"), orMissing(d.constraintsText)}
               << std::pair{DecisionSections::tr("Options"), d.options.isEmpty() ? ReportText::missing(DecisionSections::tr("none yet"))
                                                                  : ReportText(names.join(QStringLiteral(", ")))}
               << std::pair{DecisionSections::tr("Trade-offs"), orMissing(d.tradeoffsText)}
               << std::pair{DecisionSections::tr("Recommendation and why"), orMissing(d.recommendation)}
               << std::pair{DecisionSections::tr("Door type"), ReportText(doorTypeText(d.doorType))};
    s.blocks << kv;
    if (!d.constraints.isEmpty()) {
        ReportTable t;
        t.header = {DecisionSections::tr("Hard constraint"), DecisionSections::tr("Options that fail it")};
        t.widths = {3, 2};
        for (const HardConstraint &k : d.constraints) {
            QStringList failed;
            for (const QString &id : k.failedBy)
                failed << optionName(d, id);
            t.rows << QList<ReportText>{k.text.trimmed(), failed.isEmpty() ? ReportText(DecisionSections::tr("none"))
                                                                           : ReportText(failed.join(QStringLiteral(", ")))};
        }
        s.blocks << t;
    }
    return s;
}

/// What the ends and the middle of the score scale stand for. The model keeps no anchors of
/// its own, so these are the readings every matrix shares (and the ADR files' Good / Neutral /
/// Bad thirds follow): the bottom is a poor fit, the middle adequate, the top excellent.
ReportParagraph scaleAnchors(const Decision &d, const QLocale &locale)
{
    const auto number = [&](double v) { return ScoreReport::formatNumber(v, locale); };
    return ReportParagraph{DecisionSections::tr("How to read a score: %1 means the option serves the criterion poorly, "
                                                "%2 adequately and %3 as well as one could wish. Higher is better on "
                                                "every criterion, so on a cost criterion the cheapest option scores highest.")
                               .arg(number(d.scale.min), number((d.scale.min + d.scale.max) / 2), number(d.scale.max))};
}

ReportSection optionsSection(const Decision &d, const DecisionAnalysis &a, const QLocale &locale)
{
    ReportSection s(DecisionSections::tr("Options considered"), {}, 2);
    if (d.options.isEmpty()) {
        s.blocks << ReportParagraph{DecisionSections::tr("No options recorded yet."), true};
        return s;
    }
    const QString dash = QStringLiteral("–");
    const auto number = [&](double v) { return ScoreReport::formatNumber(v, locale); };
    s.blocks << ReportParagraph{DecisionSections::tr("Scores on a scale of %1 to %2; the weighted score is Σ(weight × score) ÷ Σ(weight).")
                                    .arg(number(d.scale.min), number(d.scale.max))}
             << scaleAnchors(d, locale);
    if (std::any_of(d.criteria.cbegin(), d.criteria.cend(), [](const Criterion &c) { return !c.description.trimmed().isEmpty(); })) {
        ReportTable criteria;
        criteria.header = {DecisionSections::tr("Criterion"), DecisionSections::tr("Weight"), DecisionSections::tr("What it measures")};
        criteria.align = {ReportAlign::Left, ReportAlign::Right, ReportAlign::Left};
        criteria.widths = {2, 0.8, 5};
        for (const Criterion &c : d.criteria)
            criteria.rows << QList<ReportText>{c.name, number(c.weight), orMissing(c.description)};
        s.blocks << ReportParagraph{DecisionSections::tr("The criteria the options are weighed on:")} << criteria;
    }
    ReportTable t;
    t.header << DecisionSections::tr("Criterion") << DecisionSections::tr("Weight");
    t.align << ReportAlign::Left << ReportAlign::Right;
    t.widths << 2.2 << 0.9;
    t.keyColumns = 2;
    t.splitCaption = DecisionSections::tr("Options %1 to %2 of %3");
    for (const Option &o : d.options) {
        t.header << o.name;
        t.align << ReportAlign::Right;
        t.widths << 1.2;
    }
    for (const Criterion &c : d.criteria) {
        QList<ReportText> row{c.name, number(c.weight)};
        for (const Option &o : d.options) {
            const Score *score = findScore(d, o.id, c.id);
            row << (score ? ReportText(number(score->value)) : ReportText::missing(DecisionSections::tr("missing")));
        }
        t.rows << row;
    }
    QList<ReportText> weighted{ReportText::strong(DecisionSections::tr("Weighted score")), number(a.scores.weightSum())};
    QList<ReportText> percent{ReportText::strong(DecisionSections::tr("Percent")), dash};
    QList<ReportText> rank{ReportText::strong(DecisionSections::tr("Rank")), dash};
    for (const OptionScore &os : a.scores.options()) {
        const ReportTone tone = os.eliminated || !os.complete ? ReportTone::Muted : ReportTone::Neutral;
        weighted << (os.weighted ? ReportText::toned(locale.toString(*os.weighted, 'f', 2), tone, ReportRun::Strong)
                                 : ReportText(dash));
        percent << (os.percent ? ReportText::toned(ScoreReport::formatShareUnbroken(*os.percent / 100.0, locale), tone)
                               : ReportText(dash));
        if (os.rank)
            rank << (*os.rank == 1 ? ReportText::toned(DecisionSections::tr("1 ✔"), ReportTone::Good) : ReportText(locale.toString(*os.rank)));
        else if (os.eliminated)
            rank << ReportText::toned(DecisionSections::tr("eliminated"), ReportTone::Muted);
        else if (!os.complete)
            rank << ReportText::toned(DecisionSections::tr("incomplete"), ReportTone::Muted);
        else
            rank << ReportText(dash);
    }
    t.rows << weighted << percent << rank;
    s.blocks << t;

    // Each option in words: what it is and where it stands.
    ReportTable standing;
    standing.header = {DecisionSections::tr("Option"), DecisionSections::tr("Description"), DecisionSections::tr("Result")};
    standing.widths = {1.5, 3, 2.5};
    const int ranked = a.scores.rankedCount();
    for (const OptionScore &os : ScoreReport::reportOrder(a.scores)) {
        const auto it = std::find_if(d.options.cbegin(), d.options.cend(), [&](const Option &o) { return o.id == os.option; });
        QString description = it->description.trimmed();
        if (it->doNothing)
            description = description.isEmpty() ? DecisionSections::tr("Do nothing.") : DecisionSections::tr("Do nothing. %1").arg(description);
        standing.rows << QList<ReportText>{os.name, description, standingText(d, os, ranked)};
    }
    s.blocks << standing
             << ReportChart{QString::fromLatin1(kDecisionWeightedScoresChart), d.id,
                            DecisionSections::tr("Which option scores best, criterion by criterion?"),
                            std::clamp(0.2 + 0.1 * double(d.options.size()), 0.45, 0.9)};

    ReportTable why;
    why.header = {DecisionSections::tr("Option"), DecisionSections::tr("Criterion"), DecisionSections::tr("Score"), DecisionSections::tr("Why")};
    why.align = {ReportAlign::Left, ReportAlign::Left, ReportAlign::Right, ReportAlign::Left};
    why.widths = {1.5, 1.6, 0.7, 4};
    for (const Option &o : d.options)
        for (const Criterion &c : d.criteria)
            if (const Score *score = findScore(d, o.id, c.id); score && !score->rationale.trimmed().isEmpty())
                why.rows << QList<ReportText>{o.name, c.name, number(score->value), score->rationale.trimmed()};
    if (!why.rows.isEmpty())
        s.blocks << ReportParagraph{DecisionSections::tr("Why each score was given:")} << why;
    return s;
}

/// What the robustness figure and the flip points mean, in one paragraph, where they first
/// appear in a decision's section (every decision carries it: each can be exported alone).
/// The robustness sentence quotes this decision's own figure.
QString robustnessExplained(const Decision &d, const DecisionAnalysis &a, bool flips, const QLocale &locale)
{
    QStringList parts{DecisionSections::tr("How to read these figures:")};
    if (a.robustness) {
        const QString leader = optionName(d, a.scores.leader());
        parts << DecisionSections::tr("Weights are a judgement, so the options were also scored under %1 weightings drawn "
                                      "at random, every way of sharing the total weight among the criteria being equally "
                                      "likely. “%2 stays first under %3 of weightings” means that %2 came out on top in "
                                      "%4 of every 100 of them: the lower the figure, the more the result rests on the "
                                      "exact weights chosen.")
                     .arg(locale.toString(Robustness::kDefaultDraws), leader,
                          ScoreReport::formatShareUnbroken(*a.robustness, locale),
                          locale.toString(qRound(*a.robustness * 100)));
    }
    if (flips)
        parts << DecisionSections::tr("A criterion's share is its weight divided by the sum of all weights. Its flip point "
                                      "is the share at which another option would take the lead if only that weight "
                                      "moved, the other criteria keeping their proportions: a flip point close to the "
                                      "current share means that a small change of that one weight changes the outcome, "
                                      "and “never” means that no share from 0 to 100 % would.")
                     .replace(QStringLiteral(" %"), QStringLiteral("\u00A0%"));
    return parts.join(QLatin1Char(' '));
}

QString recommendationAnchor(const QString &decisionId)
{
    return QLatin1String(ItemTraits<Decision>::reportAnchor) + decisionId + QStringLiteral("-recommendation");
}

/// The decision whose Recommendation first shows a robustness figure or flip points in a
/// whole-project report (they show wherever an option leads), or null.
const Decision *firstWithFigures(const ProjectData &data)
{
    for (const Decision &d : data.decisions)
        if (!WeightedScore::compute(d).leader().isEmpty())
            return &d;
    return nullptr;
}

/// `explainedAt`: the decision whose section explains the figures; this one when null.
ReportSection recommendationSection(const Decision &d, const DecisionAnalysis &a,
                                    const Decision *explainedAt, const QLocale &locale)
{
    // an anchor of its own, so that later decisions can point at the explanation
    ReportSection s(DecisionSections::tr("Recommendation"), recommendationAnchor(d.id), 2);
    ReportKeyValues kv;
    kv.entries << std::pair{DecisionSections::tr("Chosen option"), d.chosenOption.isEmpty()
                                                        ? ReportText::missing(DecisionSections::tr("none chosen yet"))
                                                        : ReportText::strong(optionName(d, d.chosenOption))};
    const QString leader = a.scores.leader();
    if (leader.isEmpty()) {
        kv.entries << std::pair{DecisionSections::tr("Leader by score"),
                                ReportText::missing(DecisionSections::tr("none: no option is both complete and still in the running"))};
    } else {
        const OptionScore *os = a.scores.find(leader);
        kv.entries << std::pair{DecisionSections::tr("Leader by score"),
                                ReportText(DecisionSections::tr("%1 with %2 (%3)")
                                               .arg(optionName(d, leader), locale.toString(*os->weighted, 'f', 2),
                                                    ScoreReport::formatShareUnbroken(*os->percent / 100.0, locale)))};
        if (a.robustness)
            kv.entries << std::pair{DecisionSections::tr("Robustness"),
                                    ReportText(DecisionSections::tr("%1 stays first under %2 of weightings")
                                                   .arg(optionName(d, leader), ScoreReport::formatShareUnbroken(*a.robustness, locale)))};
        else
            kv.entries << std::pair{DecisionSections::tr("Robustness"), ReportText::missing(DecisionSections::tr("not measured: only one option is ranked"))};
        if (!d.chosenOption.isEmpty() && d.chosenOption != leader)
            kv.entries << std::pair{DecisionSections::tr("Note"), ReportText::toned(DecisionSections::tr("▲ the chosen option is not the leader by score"),
                                                                     ReportTone::Attention)};
    }
    kv.entries << std::pair{DecisionSections::tr("Why"), orMissing(d.recommendation)};
    s.blocks << kv;

    const bool flips = !a.sensitivity.isEmpty() && !leader.isEmpty();
    if ((a.robustness || flips) && (!explainedAt || explainedAt == &d)) {
        s.blocks << ReportParagraph{robustnessExplained(d, a, flips, locale), true};
    } else if (a.robustness || flips) {
        const QString title = explainedAt->title.trimmed().isEmpty() ? explainedAt->id : explainedAt->title;
        s.blocks << ReportParagraph{ReportText(DecisionSections::tr("How to read the robustness figure and the flip points: see "
                                                                    "the note under "))
                                        .append(ReportText::link(title, recommendationAnchor(explainedAt->id)))
                                        .append(DecisionSections::tr(".", "ends the sentence with the link")),
                                    true};
    }

    if (flips) {
        ReportTable t;
        t.header = {DecisionSections::tr("Criterion"), DecisionSections::tr("Weight"), DecisionSections::tr("Share"), DecisionSections::tr("Leader changes at")};
        t.align = {ReportAlign::Left, ReportAlign::Right, ReportAlign::Right, ReportAlign::Left};
        t.widths = {2, 0.8, 0.8, 3};
        for (int i = 0; i < a.sensitivity.size() && i < d.criteria.size(); ++i) {
            const CriterionSensitivity &cs = a.sensitivity[i];
            ReportText flip = ReportText::toned(DecisionSections::tr("never"), ReportTone::Good);
            if (!cs.share)
                flip = ReportText(QStringLiteral("–"));
            else if (cs.flipShare) {
                const QString who = optionName(d, cs.flipShare == cs.flipBelow ? cs.leaderBelow : cs.leaderAbove);
                flip = DecisionSections::tr("share %1: %2 leads").arg(ScoreReport::formatShareUnbroken(*cs.flipShare, locale, cs.share), who);
            }
            t.rows << QList<ReportText>{d.criteria[i].name, ScoreReport::formatNumber(d.criteria[i].weight, locale),
                                        cs.share ? ScoreReport::formatShareUnbroken(*cs.share, locale) : QStringLiteral("–"), flip};
        }
        s.blocks << ReportParagraph{DecisionSections::tr("How far each criterion's share of the total weight can move before another option leads:")}
                 << t
                 << ReportChart{QString::fromLatin1(kDecisionSensitivityChart), d.id,
                                DecisionSections::tr("How much can each weight move before the leader changes?"),
                                // two-line labels per criterion need their height, or Qt elides them
                                std::clamp(0.2 + 0.1 * double(d.criteria.size()), 0.38, 1.0)};
    }
    return s;
}

/// The group's view (issue 16): how many ballots and how combined, who ranks what first,
/// whether the leader survives everyone's own weights, the cells most disagreed on; and the
/// pairwise weights' consistency. Empty (no section) when there is neither.
std::optional<ReportSection> groupSection(const Decision &d, const DecisionAnalysis &a, const QLocale &locale)
{
    if (!a.group && !a.ahp)
        return std::nullopt;
    ReportSection s(DecisionSections::tr("The group's view"), {}, 2);
    if (a.group) {
        const GroupScore &g = *a.group;
        const QString how = g.aggregation() == Aggregation::Median        ? DecisionSections::tr("median")
                            : g.aggregation() == Aggregation::GeometricMean ? DecisionSections::tr("geometric mean")
                                                                            : DecisionSections::tr("mean");
        ReportKeyValues kv;
        kv.entries << std::pair{DecisionSections::tr("Ballots"),
                                ReportText(DecisionSections::tr("%1, combined by %2").arg(g.ballotCount()).arg(how))};
        const QStringList groupLeaders = g.scores().leaders();
        kv.entries << std::pair{DecisionSections::tr("Group's leader"),
                                groupLeaders.size() == 1 ? ReportText(optionName(d, groupLeaders.first()))
                                                         : ReportText::missing(DecisionSections::tr("none: a tie or nothing ranked"))};
        const QString sentence = g.agreementSentence();
        if (!sentence.isEmpty())
            kv.entries << std::pair{DecisionSections::tr("Agreement"), ReportText(sentence)};
        QStringList own;
        for (const ParticipantLeader &l : g.participantLeaders())
            own << DecisionSections::tr("%1: %2").arg(l.participant, l.leader.isEmpty() ? DecisionSections::tr("a tie") : optionName(d, l.leader));
        kv.entries << std::pair{DecisionSections::tr("Each one's leader"), ReportText(own.join(QStringLiteral("; ")))};
        if (groupLeaders.size() == 1)
            kv.entries << std::pair{DecisionSections::tr("Own weights"),
                                    g.weightsOverturning().isEmpty()
                                        ? ReportText::toned(DecisionSections::tr("✔ the leader stays first under every participant's weights"), ReportTone::Good)
                                        : ReportText::toned(DecisionSections::tr("▲ another option leads under the weights of %1")
                                                                .arg(g.weightsOverturning().join(QStringLiteral(", "))),
                                                            ReportTone::Attention)};
        s.blocks << kv;
        const QList<CellSpread> contested = g.contested(5);
        if (!contested.isEmpty()) {
            ReportTable t;
            t.header = {DecisionSections::tr("Option"), DecisionSections::tr("Criterion"), DecisionSections::tr("Lowest"),
                        DecisionSections::tr("Highest"), DecisionSections::tr("Spread")};
            t.align = {ReportAlign::Left, ReportAlign::Left, ReportAlign::Right, ReportAlign::Right, ReportAlign::Right};
            t.widths = {2, 2, 0.8, 0.8, 0.8};
            for (const CellSpread &c : contested) {
                QString criterion = c.criterion;
                for (const Criterion &k : d.criteria)
                    if (k.id == c.criterion)
                        criterion = k.name;
                t.rows << QList<ReportText>{optionName(d, c.option), criterion, ScoreReport::formatNumber(c.min, locale),
                                            ScoreReport::formatNumber(c.max, locale), ScoreReport::formatNumber(c.spread, locale)};
            }
            s.blocks << ReportParagraph{DecisionSections::tr("Where the ballots lie furthest apart:")} << t;
        }
        s.blocks << ReportParagraph{DecisionSections::tr("The matrix above holds the agreed scores; the ballots are each "
                                                         "participant's own view."),
                                    true};
    }
    if (a.ahp) {
        const AhpResult &r = *a.ahp;
        if (!r.complete) {
            s.blocks << ReportParagraph{ReportText::missing(DecisionSections::tr("Pairwise weights: %1 pair(s) of criteria not yet compared")
                                                                .arg(r.missing.size()))};
        } else {
            ReportText text(DecisionSections::tr("Pairwise weights: consistency ratio %1 (λmax %2). ")
                                .arg(locale.toString(r.consistencyRatio, 'f', 3), locale.toString(r.lambdaMax, 'f', 3)));
            if (r.consistent())
                text.append(ReportText::toned(DecisionSections::tr("✔ consistent (at most 0.10)"), ReportTone::Good));
            else {
                QStringList triple;
                for (const QString &id : r.mostInconsistent)
                    for (const Criterion &k : d.criteria)
                        if (k.id == id)
                            triple << k.name;
                text.append(ReportText::toned(DecisionSections::tr("▲ above 0.10: the judgments of %1 contradict each other most")
                                                  .arg(triple.join(QStringLiteral(", "))),
                                              ReportTone::Attention));
            }
            s.blocks << ReportParagraph{text};
        }
    }
    return s;
}

ReportSection tradeoffsSection(const Decision &d)
{
    ReportSection s(DecisionSections::tr("Trade-offs accepted"), {}, 2);
    ReportList list;
    for (const QString &t : d.tradeoffsAccepted)
        if (!t.trimmed().isEmpty())
            list.items << ReportText(t.trimmed());
    if (list.items.isEmpty())
        s.blocks << ReportParagraph{DecisionSections::tr("No trade-offs recorded."), true};
    else
        s.blocks << list;
    return s;
}

ReportSection risksSection(const Decision &d)
{
    ReportSection s(DecisionSections::tr("Risks"), {}, 2);
    if (d.risks.isEmpty()) {
        s.blocks << ReportParagraph{DecisionSections::tr("No risks recorded."), true};
        return s;
    }
    ReportTable t;
    t.header = {DecisionSections::tr("Risk"), DecisionSections::tr("Mitigation")};
    t.widths = {1, 1};
    for (const Risk &r : d.risks)
        t.rows << QList<ReportText>{r.text.trimmed(), r.mitigation.trimmed().isEmpty() ? ReportText::missing(DecisionSections::tr("none yet"))
                                                                                        : ReportText(r.mitigation.trimmed())};
    s.blocks << t;
    return s;
}

ReportSection triggersSection(const Decision &d, const QDate &today, const QLocale &locale)
{
    ReportSection s(DecisionSections::tr("Revisit triggers"), {}, 2);
    if (d.revisitTriggers.isEmpty()) {
        s.blocks << ReportParagraph{DecisionSections::tr("No revisit triggers recorded."), true};
        return s;
    }
    ReportTable t;
    t.header = {DecisionSections::tr("Category"), DecisionSections::tr("Condition"), DecisionSections::tr("Measure"), DecisionSections::tr("Review by"), DecisionSections::tr("State on %1").arg(reportDate(today))};
    t.widths = {1.1, 2.6, 1.5, 1.1, 2.4};
    int fired = 0;
    for (const RevisitTrigger &trigger : d.revisitTriggers) {
        const TriggerStatus st = TriggerEvaluation::evaluate(d, trigger, today);
        fired += st.state == TriggerState::Fired;
        QString measure;
        if (trigger.comparator != Comparator::None && trigger.threshold) {
            const QString metric = TriggerEvaluation::splitMetric(trigger.metric).name; // its unit goes with the numbers
            measure = DecisionSections::tr("%1 %2 %3").arg(metric.isEmpty() ? DecisionSections::tr("value") : metric,
                                            comparatorText(trigger.comparator),
                                            TriggerEvaluation::formatValue(trigger, *trigger.threshold, locale));
            measure += trigger.currentValue
                ? DecisionSections::tr(", now %1").arg(TriggerEvaluation::formatValue(trigger, *trigger.currentValue, locale))
                : DecisionSections::tr(", no current value");
        }
        t.rows << QList<ReportText>{categoryText(trigger.category), orMissing(trigger.condition),
                                    measure.isEmpty() ? ReportText(QStringLiteral("–")) : ReportText(measure),
                                    st.reviewBy.isValid() ? reportDate(st.reviewBy) : QStringLiteral("–"), triggerStateText(st)};
    }
    if (fired > 0 && DecisionLifecycle::isActive(d))
        s.blocks << ReportParagraph{ReportText::toned(
            DecisionSections::tr("✖ Triggers fired: %1. This decision is due for another look.").arg(fired), ReportTone::Problem)};
    else if (fired > 0)
        s.blocks << ReportParagraph{ReportText::toned(
            DecisionSections::tr("Triggers fired: %1. The decision is no longer in force.").arg(fired), ReportTone::Muted)};
    s.blocks << t;
    return s;
}

ReportSection recordSection(const ProjectData &data, const Decision &d)
{
    ReportSection s(DecisionSections::tr("Decision record"), {}, 2);
    ReportKeyValues kv;
    kv.entries << std::pair{DecisionSections::tr("Date"), orMissing(reportDate(d.date))}
               << std::pair{DecisionSections::tr("Decision-makers"), d.participants.isEmpty()
                                                       ? ReportText::missing(DecisionSections::tr("not recorded"))
                                                       : ReportText(d.participants.join(QStringLiteral(", ")))};
    if (!d.consulted.isEmpty())
        kv.entries << std::pair{DecisionSections::tr("Consulted"), ReportText(d.consulted.join(QStringLiteral(", ")))};
    if (!d.informed.isEmpty())
        kv.entries << std::pair{DecisionSections::tr("Informed"), ReportText(d.informed.join(QStringLiteral(", ")))};
    if (!d.attendees.isEmpty())
        kv.entries << std::pair{DecisionSections::tr("Attended"), ReportText(d.attendees.join(QStringLiteral(", ")))};
    kv.entries << std::pair{DecisionSections::tr("Status"), ReportText(decisionStatusText(d.status))};
    if (d.status == DecisionStatus::Superseded && !d.supersededBy.isEmpty())
        kv.entries << std::pair{DecisionSections::tr("Superseded by"), decisionLink(data, d.supersededBy)};
    const QStringList older = DecisionLifecycle::supersededDecisions(data, d.id);
    if (!older.isEmpty()) {
        ReportText links;
        for (const QString &id : older) {
            if (!links.isEmpty())
                links.append(QStringLiteral(", "));
            links.append(decisionLink(data, id));
        }
        kv.entries << std::pair{DecisionSections::tr("Supersedes"), links};
    }
    s.blocks << kv;
    QList<ReportText> dissent;
    for (const Dissent &x : d.dissent)
        if (!x.text.trimmed().isEmpty())
            dissent << ReportText::strong(x.participant.trimmed().isEmpty() ? DecisionSections::tr("Unnamed") : x.participant.trimmed())
                           .append(QStringLiteral(": ") + x.text.trimmed());
    if (!dissent.isEmpty())
        s.blocks << ReportParagraph{ReportText::toned(DecisionSections::tr("Dissent"), ReportTone::Neutral, ReportRun::Strong)}
                 << ReportList{dissent, false};
    if (!d.notes.trimmed().isEmpty())
        s.blocks << ReportParagraph{ReportText::toned(DecisionSections::tr("Notes"), ReportTone::Neutral, ReportRun::Strong)}
                 << ReportParagraph{d.notes.trimmed()};
    return s;
}

ReportSection checksSection(const Decision &d, const QDate &today, const DecisionAnalysis &analysis)
{
    ReportSection s(DecisionSections::tr("Decision-quality checks"), {}, 2);
    if (!DecisionLifecycle::isActive(d)) {
        s.blocks << ReportParagraph{DecisionSections::tr("Not checked: this decision is no longer in force."), true};
        return s;
    }
    const QList<QualityCheck> failed = QualityChecks::failed(d, today, analysis);
    if (failed.isEmpty()) {
        s.blocks << ReportParagraph{ReportText::toned(DecisionSections::tr("✔ All decision-quality checks pass."), ReportTone::Good)};
        return s;
    }
    ReportList list;
    for (const QualityCheck &c : failed)
        list.items << ReportText::toned(DecisionSections::tr("▲ %1").arg(c.title), ReportTone::Attention, ReportRun::Strong)
                          .append(QStringLiteral(": ") + c.reason);
    s.blocks << ReportParagraph{DecisionSections::tr("Checks that fail: %1").arg(failed.size())} << list;
    return s;
}

} // namespace

QString decisionStatusText(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Proposed: return DecisionSections::tr("proposed");
    case DecisionStatus::Accepted: return DecisionSections::tr("accepted");
    case DecisionStatus::Superseded: return DecisionSections::tr("superseded");
    case DecisionStatus::Rejected: return DecisionSections::tr("rejected");
    case DecisionStatus::Deprecated: return DecisionSections::tr("deprecated");
    }
    return {};
}

QString decisionStatusLabel(DecisionStatus status)
{
    switch (status) {
    case DecisionStatus::Proposed: return DecisionSections::tr("Proposed");
    case DecisionStatus::Accepted: return DecisionSections::tr("Accepted");
    case DecisionStatus::Superseded: return DecisionSections::tr("Superseded");
    case DecisionStatus::Rejected: return DecisionSections::tr("Rejected");
    case DecisionStatus::Deprecated: return DecisionSections::tr("Deprecated");
    }
    return {};
}

QString doorTypeText(DoorType door)
{
    switch (door) {
    case DoorType::OneWay: return DecisionSections::tr("One-way door (Type 1): costly to reverse");
    case DoorType::TwoWay: return DecisionSections::tr("Two-way door (Type 2): cheap to reverse");
    case DoorType::Partial: return DecisionSections::tr("Partially reversible");
    }
    return {};
}

QList<ReportSection> decisionSections(const ProjectData &data, const ReportOptions &options)
{
    const Decision *found = findDecision(data, options.itemId);
    if (!found)
        return {};
    const Decision &d = *found;
    const QLocale locale;
    const DecisionAnalysis analysis = DecisionAnalysis::analyse(d);
    // robustness and flip points are explained where they first appear: under the first
    // decision that shows them in a whole-project report, under each one exported alone
    const Decision *explainedAt = options.scope == ReportScope::Project ? firstWithFigures(data) : nullptr;
    QList<ReportSection> sections{topSection(data, d), contextSection(d), optionsSection(d, analysis, locale),
                                  recommendationSection(d, analysis, explainedAt, locale)};
    if (auto group = groupSection(d, analysis, locale))
        sections << *group;
    sections << tradeoffsSection(d) << risksSection(d) << triggersSection(d, options.generated, locale)
             << recordSection(data, d) << checksSection(d, options.generated, analysis);
    return sections;
}

} // namespace archbench::core
