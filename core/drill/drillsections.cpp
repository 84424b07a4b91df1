#include "drillsections.h"

#include "../model/itemkinds.h"
#include "drillcadence.h"
#include "drilltexts.h"
#include "drillverdict.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace archbench::core {

namespace {


ReportText orMissing(const QString &text)
{
    return text.trimmed().isEmpty() ? ReportText::missing(DrillSections::tr("not recorded")) : ReportText(text.trimmed());
}

/// The verdict of one target in words: "✔ passed, 3 min to spare", "✔ passed, exactly on
/// target", "✖ missed by 17 min", "not measured".
ReportText verdictText(const TargetVerdict &v, bool minutes, const QLocale &locale)
{
    if (!v.target)
        return ReportText::missing(DrillSections::tr("no target"));
    if (!v.observed)
        return ReportText::missing(DrillSections::tr("not measured"));
    const double margin = std::abs(*v.margin);
    const QString amount = minutes ? formatMinutes(margin, locale) : formatSeconds(margin, locale);
    if (*v.pass)
        return ReportText::toned(*v.margin == 0 ? DrillSections::tr("✔ passed, exactly on target")
                                                : DrillSections::tr("✔ passed, %1 to spare").arg(amount),
                                 ReportTone::Good);
    return ReportText::toned(DrillSections::tr("✖ missed by %1").arg(amount), ReportTone::Problem);
}

ReportText overallText(const DrillVerdict &v)
{
    if (v.passed())
        return ReportText::toned(DrillSections::tr("✔ passed: both targets met"), ReportTone::Good);
    if (v.failed()) {
        const bool rto = !v.rto.pass.value_or(true);
        const bool rpo = !v.rpo.pass.value_or(true);
        const QString what = rto && rpo ? DrillSections::tr("✖ failed: missed both targets, recovery time (RTO) and data loss (RPO)")
                             : rto      ? DrillSections::tr("✖ failed: missed the recovery time (RTO) target")
                                        : DrillSections::tr("✖ failed: missed the data loss (RPO) target");
        return ReportText::toned(what, ReportTone::Problem);
    }
    return ReportText::missing(DrillSections::tr("incomplete: a target or a measurement is missing"));
}

ReportSection topSection(const Drill &d, const DrillVerdict &verdict)
{
    ReportSection top(d.title.trimmed().isEmpty() ? DrillSections::tr("(untitled drill)") : d.title, QLatin1String(ItemTraits<Drill>::reportAnchor) + d.id, 1);
    ReportKeyValues kv;
    kv.entries << std::pair{DrillSections::tr("Date"), orMissing(reportDate(d.date))} << std::pair{DrillSections::tr("Verdict"), overallText(verdict)};
    if (verdict.openActionItems > 0)
        kv.entries << std::pair{DrillSections::tr("Open action items"), ReportText(QString::number(verdict.openActionItems))};
    top.blocks << kv;
    return top;
}

ReportSection testedSection(const Drill &d, const QLocale &locale)
{
    ReportSection s(DrillSections::tr("What was tested"), {}, 2);
    ReportKeyValues kv;
    const QString traffic = drillTrafficText(d.traffic, d.trafficPercent, locale);
    kv.entries << std::pair{DrillSections::tr("Scenario"), ReportText(drillScenarioName(d.scenario))}
               << std::pair{DrillSections::tr("What was failed"), orMissing(d.description)}
               << std::pair{DrillSections::tr("Traffic"), ReportText(traffic)}
               << std::pair{DrillSections::tr("DR tier"), ReportText(DrillSections::tr("%1 (%2)").arg(drTierName(d.tier), drTierSummary(d.tier, locale)))}
               << std::pair{DrillSections::tr("Date"), orMissing(reportDate(d.date))};
    s.blocks << kv;
    return s;
}

ReportSection targetsSection(const Drill &d, const DrillVerdict &v, const QLocale &locale)
{
    ReportSection s(DrillSections::tr("Targets and what we observed"), {}, 2);
    ReportTable t;
    t.header = {DrillSections::tr("Measure"), DrillSections::tr("Target"), DrillSections::tr("Observed"), DrillSections::tr("Margin"), DrillSections::tr("Verdict")};
    t.align = {ReportAlign::Left, ReportAlign::Right, ReportAlign::Right, ReportAlign::Right, ReportAlign::Left};
    t.widths = {2, 1, 1, 1, 2.4};
    t.rows << QList<ReportText>{DrillSections::tr("Recovery time (RTO)"), formatMinutes(v.rto.target, locale),
                                formatMinutes(v.rto.observed, locale), formatMarginMinutes(v.rto.margin, locale),
                                verdictText(v.rto, true, locale)}
           << QList<ReportText>{DrillSections::tr("Data loss (RPO)"), formatSeconds(v.rpo.target, locale),
                                formatSeconds(v.rpo.observed, locale), formatMarginSeconds(v.rpo.margin, locale),
                                verdictText(v.rpo, false, locale)};
    s.blocks << t;

    ReportTable phases;
    phases.header = {DrillSections::tr("Recovery phase"), DrillSections::tr("Time taken")};
    phases.align = {ReportAlign::Left, ReportAlign::Right};
    phases.widths = {3, 1};
    phases.rows << QList<ReportText>{DrillSections::tr("Detect"), formatMinutes(d.measured.detectMinutes, locale)}
                << QList<ReportText>{DrillSections::tr("Decide"), formatMinutes(d.measured.decideMinutes, locale)}
                << QList<ReportText>{DrillSections::tr("Recover"), formatMinutes(d.measured.recoverMinutes, locale)}
                << QList<ReportText>{ReportText::strong(DrillSections::tr("Observed RTO (sum)")),
                                     ReportText::strong(formatMinutes(v.rto.observed, locale))};
    s.blocks << phases
             << ReportChart{QString::fromLatin1(kDrillPhasesChart), d.id, DrillSections::tr("Where did the recovery time go?"), 0.42}
             << ReportChart{QString::fromLatin1(kDrillDataLossChart), d.id, DrillSections::tr("How much data did we lose?"), 0.32};
    return s;
}

ReportSection timelineSection(const Drill &d)
{
    ReportSection s(DrillSections::tr("Timeline"), {}, 2);
    if (d.timeline.isEmpty()) {
        s.blocks << ReportParagraph{DrillSections::tr("No timeline recorded."), true};
        return s;
    }
    QList<TimelineEvent> events = d.timeline;
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        return a.at.isValid() && (!b.at.isValid() || a.at < b.at);
    });
    const QDateTime start = events.first().at;
    ReportTable t;
    t.header = {DrillSections::tr("Time (UTC)"), DrillSections::tr("After"), DrillSections::tr("Event")};
    t.align = {ReportAlign::Left, ReportAlign::Right, ReportAlign::Left};
    t.widths = {1.6, 0.8, 5};
    for (const TimelineEvent &e : events) {
        const bool known = e.at.isValid();
        const QString after = known && start.isValid() ? DrillSections::tr("+%1 min").arg(start.secsTo(e.at) / 60) : QStringLiteral("–");
        t.rows << QList<ReportText>{known ? e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("–"),
                                    after, orMissing(e.event)};
    }
    s.blocks << t;
    return s;
}

ReportSection findingsSection(const Drill &d, const DrillVerdict &v, const QLocale &locale)
{
    ReportSection s(DrillSections::tr("What worked and what did not"), {}, 2);
    ReportList worked;
    ReportList failed;
    const auto sortInto = [&](const TargetVerdict &tv, const QString &what, bool minutes) {
        if (!tv.pass)
            return;
        const QString observed = minutes ? formatMinutes(tv.observed, locale) : formatSeconds(tv.observed, locale);
        const QString target = minutes ? formatMinutes(tv.target, locale) : formatSeconds(tv.target, locale);
        (*tv.pass ? worked : failed).items << ReportText(DrillSections::tr("%1: %2 against a target of %3").arg(what, observed, target));
    };
    sortInto(v.rto, DrillSections::tr("Recovery time"), true);
    sortInto(v.rpo, DrillSections::tr("Data loss"), false);
    if (!worked.items.isEmpty())
        s.blocks << ReportParagraph{ReportText::toned(DrillSections::tr("✔ What worked"), ReportTone::Good, ReportRun::Strong)} << worked;
    if (!failed.items.isEmpty())
        s.blocks << ReportParagraph{ReportText::toned(DrillSections::tr("✖ What did not"), ReportTone::Problem, ReportRun::Strong)} << failed;
    if (d.findings.isEmpty()) {
        s.blocks << ReportParagraph{DrillSections::tr("No findings recorded."), true};
        return s;
    }
    ReportTable t;
    t.header = {DrillSections::tr("The plan says"), DrillSections::tr("The drill revealed")};
    t.widths = {1, 1.3};
    for (const Finding &f : d.findings)
        t.rows << QList<ReportText>{orMissing(f.planSays), orMissing(f.drillRevealed)};
    s.blocks << ReportParagraph{DrillSections::tr("Findings:")} << t;
    return s;
}

ReportSection actionsSection(const Drill &d, const QDate &today)
{
    ReportSection s(DrillSections::tr("Action items"), {}, 2);
    if (d.actionItems.isEmpty()) {
        s.blocks << ReportParagraph{DrillSections::tr("No action items."), true};
        return s;
    }
    ReportTable t;
    t.header = {DrillSections::tr("Action"), DrillSections::tr("Owner"), DrillSections::tr("Due"), DrillSections::tr("Status on %1").arg(reportDate(today))};
    t.widths = {4, 1.4, 1.1, 1.6};
    int overdue = 0;
    for (const ActionItem &a : d.actionItems) {
        ReportText status;
        if (a.status == WorkStatus::Done) {
            status = ReportText::toned(DrillSections::tr("✔ Done"), ReportTone::Good);
        } else {
            const DueState due = today.isValid() ? dueState(a.due, today) : DueState::NoDueDate;
            const QString word = workStatusName(a.status);
            if (due == DueState::Overdue) {
                ++overdue;
                status = ReportText::toned(DrillSections::tr("✖ %1, overdue").arg(word), ReportTone::Problem);
            } else if (due == DueState::DueSoon) {
                status = ReportText::toned(DrillSections::tr("▲ %1, due soon").arg(word), ReportTone::Attention);
            } else {
                status = ReportText(word);
            }
        }
        t.rows << QList<ReportText>{orMissing(a.text),
                                    a.owner.trimmed().isEmpty() ? ReportText::missing(DrillSections::tr("nobody yet")) : ReportText(a.owner.trimmed()),
                                    a.due.isValid() ? reportDate(a.due) : QStringLiteral("–"), status};
    }
    if (overdue > 0)
        s.blocks << ReportParagraph{ReportText::toned(DrillSections::tr("✖ Overdue action items: %1.").arg(overdue), ReportTone::Problem)};
    s.blocks << t;
    return s;
}

ReportSection trendSection(const QList<Drill> &drills, const QString &drillId, const QLocale &locale)
{
    ReportSection s(DrillSections::tr("Trend across drills"), {}, 2);
    ReportTable t;
    t.header = {DrillSections::tr("Date"), DrillSections::tr("Drill"), DrillSections::tr("RTO target"), DrillSections::tr("Observed RTO"), DrillSections::tr("RPO target"),
                DrillSections::tr("Observed RPO"), DrillSections::tr("Verdict")};
    t.align = {ReportAlign::Left, ReportAlign::Left, ReportAlign::Right, ReportAlign::Right, ReportAlign::Right,
               ReportAlign::Right, ReportAlign::Left};
    t.widths = {1.1, 2.6, 0.9, 1, 0.9, 1, 1.2};
    for (const Drill &d : drills) {
        const DrillVerdict v = evaluateDrill(d);
        ReportText verdict = v.passed() ? ReportText::toned(DrillSections::tr("✔ passed"), ReportTone::Good)
                             : v.failed() ? ReportText::toned(DrillSections::tr("✖ failed"), ReportTone::Problem)
                                          : ReportText::missing(DrillSections::tr("incomplete"));
        const ReportText title = d.id == drillId ? ReportText::strong(d.title) : ReportText(d.title);
        t.rows << QList<ReportText>{reportDate(d.date), title, formatMinutes(v.rto.target, locale), formatMinutes(v.rto.observed, locale),
                                    formatSeconds(v.rpo.target, locale), formatSeconds(v.rpo.observed, locale), verdict};
    }
    s.blocks << ReportParagraph{DrillSections::tr("The drills up to this one, oldest first:")} << t
             << ReportChart{QString::fromLatin1(kDrillTrendChart), drillId, DrillSections::tr("Is recovery getting faster?"), 0.45}
             << ReportChart{QString::fromLatin1(kDrillDataLossTrendChart), drillId, DrillSections::tr("Is data loss shrinking?"), 0.45};
    return s;
}

} // namespace

QList<Drill> drillsUpTo(const QList<Drill> &drills, const QString &drillId)
{
    const auto it = std::find_if(drills.cbegin(), drills.cend(), [&](const Drill &d) { return d.id == drillId; });
    if (it == drills.cend() || !it->date.isValid())
        return {};
    QList<Drill> result;
    for (const Drill &d : drills)
        if (d.date.isValid() && d.date <= it->date)
            result << d;
    std::stable_sort(result.begin(), result.end(), [](const Drill &a, const Drill &b) { return a.date < b.date; });
    // Drills on the same day as this one but listed after it are not "before" it.
    const qsizetype self = std::distance(drills.cbegin(), it);
    result.erase(std::remove_if(result.begin(), result.end(),
                                [&](const Drill &d) {
                                    const auto pos = std::find_if(drills.cbegin(), drills.cend(),
                                                                  [&](const Drill &x) { return x.id == d.id; });
                                    return d.date == it->date && std::distance(drills.cbegin(), pos) > self;
                                }),
                 result.end());
    return result;
}

QList<ReportSection> drillSections(const ProjectData &data, const ReportOptions &options)
{
    const auto it = std::find_if(data.drills.cbegin(), data.drills.cend(),
                                 [&](const Drill &d) { return d.id == options.itemId; });
    if (it == data.drills.cend())
        return {};
    const Drill &d = *it;
    const QLocale locale;
    const DrillVerdict verdict = evaluateDrill(d);
    QList<ReportSection> sections{topSection(d, verdict),
                                  testedSection(d, locale),
                                  targetsSection(d, verdict, locale),
                                  timelineSection(d),
                                  findingsSection(d, verdict, locale),
                                  actionsSection(d, options.generated)};
    const QList<Drill> trend = drillsUpTo(data.drills, d.id);
    if (trend.size() >= 2)
        sections << trendSection(trend, d.id, locale);
    return sections;
}

} // namespace archbench::core
