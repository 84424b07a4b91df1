#include "reviewsections.h"

#include "../model/itemkinds.h"
#include "improvementplan.h"
#include "milestonecomparison.h"
#include "reviewreport.h"
#include "riskassessment.h"

#include <QCoreApplication>
#include <algorithm>

namespace archbench::core {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::ReviewSections)
};

/// The risk as words with its tone; the tone never stands alone.
ReportText riskText(RiskLevel risk)
{
    switch (risk) {
    case RiskLevel::High: return ReportText::toned(Text::tr("✖ high risk"), ReportTone::Problem);
    case RiskLevel::Medium: return ReportText::toned(Text::tr("▲ medium risk"), ReportTone::Attention);
    case RiskLevel::None: return ReportText::toned(Text::tr("✔ no risk"), ReportTone::Good);
    case RiskLevel::NotApplicable: return ReportText::toned(Text::tr("not applicable"), ReportTone::Muted);
    case RiskLevel::Unanswered: return ReportText::toned(Text::tr("unanswered"), ReportTone::Muted);
    case RiskLevel::Unrated: return ReportText::toned(Text::tr("? unrated"), ReportTone::Muted);
    }
    return {};
}

QString reasonText(NotApplicableReason reason)
{
    switch (reason) {
    case NotApplicableReason::None: return Text::tr("no reason given");
    case NotApplicableReason::OutOfScope: return Text::tr("out of scope");
    case NotApplicableReason::BusinessPriorities: return Text::tr("business priorities");
    case NotApplicableReason::ArchitectureConstraints: return Text::tr("architecture constraints");
    case NotApplicableReason::Other: return Text::tr("other");
    }
    return {};
}

QString statusText(WorkStatus status)
{
    switch (status) {
    case WorkStatus::Open: return Text::tr("open");
    case WorkStatus::InProgress: return Text::tr("in progress");
    case WorkStatus::Done: return Text::tr("done");
    }
    return {};
}

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QList<ReportText> countsRow(const ReportText &name, const RiskCounts &c, bool unrated)
{
    QList<ReportText> row{name, QString::number(c.high), QString::number(c.medium), QString::number(c.none),
                          QString::number(c.notApplicable), QString::number(c.unanswered)};
    if (unrated)
        row << QString::number(c.unrated);
    return row;
}

ReportSection pillarSection(const Lens &lens, const Review &review, const RiskAssessment &risks)
{
    ReportSection s(Text::tr("Risks by pillar"), {}, 2);
    ReportTable table;
    table.header = {Text::tr("Pillar"), Text::tr("High"), Text::tr("Medium"), Text::tr("None"), Text::tr("N/A"), Text::tr("Unanswered")};
    table.align = {ReportAlign::Left, ReportAlign::Right, ReportAlign::Right, ReportAlign::Right,
                   ReportAlign::Right, ReportAlign::Right};
    table.widths = {3, 1, 1, 1, 1, 1.3};
    // a column for unrated answers only where the lens can leave an answer unrated
    const bool unrated = lens.canLeaveUnrated();
    if (unrated) {
        table.header << Text::tr("Unrated");
        table.align << ReportAlign::Right;
        table.widths << 1.2;
    }
    for (const PillarRisk &p : risks.pillars())
        table.rows << countsRow(p.name, p.counts, unrated);
    table.rows << countsRow(ReportText::strong(Text::tr("All pillars")), risks.totals(), unrated);
    s.blocks << table
             << ReportChart{QString::fromLatin1(kReviewPillarRiskChart), review.id, Text::tr("Where are the risks?"), 0.55};
    return s;
}

ReportSection riskySection(const Lens &lens, const Review &review, const RiskAssessment &risks)
{
    ReportSection s(Text::tr("Questions at risk"), {}, 2);
    ReportTable table;
    table.header = {Text::tr("Pillar"), Text::tr("Question"), Text::tr("Risk"), Text::tr("Practices missing"), Text::tr("Notes")};
    table.widths = {1.2, 2.5, 1.1, 3, 2};
    for (RiskLevel level : {RiskLevel::High, RiskLevel::Medium}) {
        for (const QuestionRisk &q : risks.questions()) {
            if (q.risk != level)
                continue;
            const LensQuestion &question = *lens.question(q.question);
            const Answer *answer = RiskAssessment::findAnswer(review.answers, q.question);
            QStringList missing;
            for (const LensChoice *choice : ImprovementPlan::missingPractices(question, answer))
                missing << choice->title;
            table.rows << QList<ReportText>{lens.pillarOf(q.question)->name, question.title, riskText(level),
                                            missing.join(QStringLiteral("; ")),
                                            answer ? answer->notes.trimmed() : QString()};
        }
    }
    if (table.rows.isEmpty())
        s.blocks << ReportParagraph{Text::tr("No question of this review is at high or medium risk.")};
    else
        s.blocks << table;
    return s;
}

ReportSection unratedSection(const Lens &lens, const Review &review, const RiskAssessment &risks)
{
    ReportSection s(Text::tr("Unrated questions"), {}, 2);
    s.blocks << ReportParagraph{Text::tr("These questions are answered, but no risk rule of the lens matches the "
                                         "practices ticked, so the lens gives no risk for them. Judge them by hand.")};
    ReportTable table;
    table.header = {Text::tr("Pillar"), Text::tr("Question"), Text::tr("Risk"), Text::tr("Practices ticked"), Text::tr("Notes")};
    table.widths = {1.2, 2.5, 1.1, 3, 2};
    for (const QuestionRisk &q : risks.questions()) {
        if (q.risk != RiskLevel::Unrated)
            continue;
        const LensQuestion &question = *lens.question(q.question);
        const Answer *answer = RiskAssessment::findAnswer(review.answers, q.question);
        const QSet<QString> selected = RiskAssessment::effectiveSelection(question, *answer);
        QStringList ticked;
        for (const LensChoice &choice : question.choices)
            if (selected.contains(choice.id))
                ticked << choice.title;
        table.rows << QList<ReportText>{lens.pillarOf(q.question)->name, question.title, riskText(q.risk),
                                        ticked.join(QStringLiteral("; ")), answer->notes.trimmed()};
    }
    s.blocks << table;
    return s;
}

ReportSection notApplicableSection(const Lens &lens, const Review &review, const RiskAssessment &risks)
{
    ReportSection s(Text::tr("Not applicable"), {}, 2);
    ReportTable table;
    table.header = {Text::tr("Question"), Text::tr("Reason"), Text::tr("Notes")};
    table.widths = {3, 1.5, 3};
    for (const QuestionRisk &q : risks.questions()) {
        if (q.risk != RiskLevel::NotApplicable)
            continue;
        const Answer *answer = RiskAssessment::findAnswer(review.answers, q.question);
        table.rows << QList<ReportText>{lens.question(q.question)->title, reasonText(answer->notApplicableReason),
                                        answer->notes.trimmed()};
    }
    if (!table.rows.isEmpty())
        s.blocks << table;
    return s;
}

/// Every question of the lens in lens order, whatever its state: the practices ticked and the
/// risk they give, "no risk" included, and the unanswered and not applicable ones by name (the
/// latter with the reason), so the reader sees what was looked at and not only what is at risk.
ReportSection answersSection(const Lens &lens, const Review &review, const RiskAssessment &risks)
{
    ReportSection s(Text::tr("All questions and answers"), {}, 2);
    s.blocks << ReportParagraph{Text::tr("Every question of the lens, pillar by pillar: the practices the review "
                                         "found in place and the risk they leave, or why the question was not "
                                         "answered or does not apply.")};
    ReportTable table;
    table.header = {Text::tr("Pillar"), Text::tr("Question"), Text::tr("State"), Text::tr("Practices in place"),
                    Text::tr("Notes")};
    table.widths = {1.2, 2.8, 1.5, 3, 2};
    const QString dash = QStringLiteral("–");
    for (const QuestionRisk &q : risks.questions()) {
        const LensQuestion &question = *lens.question(q.question);
        const Answer *answer = RiskAssessment::findAnswer(review.answers, q.question);
        ReportText state = riskText(q.risk);
        QString practices = dash;
        if (q.risk == RiskLevel::NotApplicable) {
            state = ReportText::toned(Text::tr("not applicable: %1").arg(reasonText(answer->notApplicableReason)),
                                      ReportTone::Muted);
        } else if (q.risk != RiskLevel::Unanswered && answer) {
            const QSet<QString> selected = RiskAssessment::effectiveSelection(question, *answer);
            QStringList ticked;
            for (const LensChoice &choice : question.choices)
                if (selected.contains(choice.id))
                    ticked << choice.title;
            if (!ticked.isEmpty())
                practices = ticked.join(QStringLiteral("; "));
        }
        table.rows << QList<ReportText>{lens.pillarOf(q.question)->name, question.title, state, practices,
                                        answer ? answer->notes.trimmed() : QString()};
    }
    s.blocks << table;
    return s;
}

ReportSection planSection(const Lens &lens, const Review &review, const QDate &today)
{
    ReportSection s(Text::tr("Improvement plan"), {}, 2);
    if (review.improvements.isEmpty()) {
        s.blocks << ReportParagraph{Text::tr("No improvement items yet."), true};
        return s;
    }
    ReportTable table;
    table.header = {Text::tr("Question"), Text::tr("Improvement"), Text::tr("Owner"), Text::tr("Due"), Text::tr("Status")};
    table.widths = {2, 3.5, 1.2, 1.1, 1.3};
    int open = 0;
    int overdue = 0;
    for (const Improvement &item : review.improvements) {
        const LensQuestion *q = lens.question(item.question);
        const bool late = item.status != WorkStatus::Done && item.due.isValid() && today.isValid() && item.due < today;
        open += item.status != WorkStatus::Done;
        overdue += late;
        ReportText status = item.status == WorkStatus::Done ? ReportText::toned(Text::tr("✔ done"), ReportTone::Good)
                                                            : ReportText(statusText(item.status));
        if (late)
            status = ReportText::toned(Text::tr("✖ %1, overdue").arg(statusText(item.status)), ReportTone::Problem);
        table.rows << QList<ReportText>{q ? q->title : item.question, item.text,
                                        item.owner.trimmed().isEmpty()
                                            ? ReportText::toned(Text::tr("nobody yet"), ReportTone::Muted, ReportRun::Emphasis)
                                            : ReportText(item.owner.trimmed()),
                                        iso(item.due), status};
    }
    s.blocks << ReportParagraph{Text::tr("%1 items, %2 open, %3 overdue.").arg(review.improvements.size()).arg(open).arg(overdue)}
             << table;
    return s;
}

ReportSection milestoneSection(const Lens &lens, const Review &review, const RiskAssessment &now)
{
    ReportSection s(Text::tr("Milestones"), {}, 2);
    QList<Milestone> milestones = review.milestones;
    std::stable_sort(milestones.begin(), milestones.end(),
                     [](const Milestone &a, const Milestone &b) { return a.date < b.date; });
    ReportTable table;
    table.header = {Text::tr("Milestone"), Text::tr("Date"), Text::tr("High"), Text::tr("Medium"), Text::tr("Unanswered")};
    table.align = {ReportAlign::Left, ReportAlign::Left, ReportAlign::Right, ReportAlign::Right, ReportAlign::Right};
    table.widths = {3, 1.3, 1, 1, 1.3};
    const bool unrated = lens.canLeaveUnrated();
    if (unrated) {
        table.header << Text::tr("Unrated");
        table.align << ReportAlign::Right;
        table.widths << 1.2;
    }
    auto row = [unrated](const ReportText &name, const QString &date, const RiskCounts &c) {
        QList<ReportText> cells{name, date, QString::number(c.high), QString::number(c.medium),
                                QString::number(c.unanswered)};
        if (unrated)
            cells << QString::number(c.unrated);
        return cells;
    };
    for (const Milestone &m : std::as_const(milestones))
        table.rows << row(m.name, iso(m.date), RiskAssessment::assess(lens, m.answers).totals());
    table.rows << row(ReportText::strong(Text::tr("Now")), QString(), now.totals());
    s.blocks << table
             << ReportChart{QString::fromLatin1(kReviewRiskTrendChart), review.id, Text::tr("Are risks going down?"), 0.45};

    const Milestone &latest = milestones.last();
    const QList<QuestionRiskChange> changes = MilestoneComparison::compare(lens, latest.answers, review.answers);
    s.blocks << ReportParagraph{Text::tr("Changes since \"%1\" (%2):").arg(latest.name, iso(latest.date))};
    if (changes.isEmpty()) {
        s.blocks << ReportParagraph{Text::tr("No question changed its risk."), true};
        return s;
    }
    ReportTable diff;
    diff.header = {Text::tr("Change"), Text::tr("Question"), Text::tr("Before"), Text::tr("After")};
    diff.widths = {1.2, 4, 1.3, 1.3};
    for (const QuestionRiskChange &change : changes) {
        ReportText word;
        switch (change.change) {
        case RiskChange::Improved: word = ReportText::toned(Text::tr("✔ improved"), ReportTone::Good); break;
        case RiskChange::Regressed: word = ReportText::toned(Text::tr("✖ regressed"), ReportTone::Problem); break;
        case RiskChange::Changed: word = ReportText(Text::tr("changed")); break;
        }
        diff.rows << QList<ReportText>{word, lens.question(change.question)->title, riskText(change.before),
                                       riskText(change.after)};
    }
    s.blocks << diff;
    return s;
}

} // namespace

QList<ReportSection> reviewSections(const ProjectData &data, const ReportOptions &options)
{
    const auto it = std::find_if(data.reviews.cbegin(), data.reviews.cend(),
                                 [&](const Review &r) { return r.id == options.itemId; });
    if (it == data.reviews.cend())
        return {};
    const Review &review = *it;
    ReportSection top(review.title.trimmed().isEmpty() ? Text::tr("Untitled review") : review.title.trimmed(),
                      QLatin1String(ItemTraits<Review>::reportAnchor) + review.id, 1);
    auto lens = ReviewReport::lensFor(data, review);
    if (!lens) {
        top.blocks << ReportParagraph{Text::tr("The risks of this review cannot be shown: %1").arg(lens.error().message)};
        return {top};
    }
    const RiskAssessment risks = RiskAssessment::assess(*lens, review.answers);
    const RiskCounts totals = risks.totals();
    ReportKeyValues kv;
    kv.entries << std::pair{Text::tr("Lens"), ReportText(lens->name)};
    if (review.date.isValid())
        kv.entries << std::pair{Text::tr("Date"), ReportText(iso(review.date))};
    kv.entries << std::pair{Text::tr("Questions answered"),
                            ReportText(Text::tr("%1 of %2").arg(lens->questionCount() - totals.unanswered).arg(lens->questionCount()))};
    kv.entries << std::pair{Text::tr("High risk"), totals.high ? ReportText::toned(QStringLiteral("✖ %1").arg(totals.high), ReportTone::Problem)
                                                         : ReportText(QStringLiteral("0"))};
    kv.entries << std::pair{Text::tr("Medium risk"), totals.medium ? ReportText::toned(QStringLiteral("▲ %1").arg(totals.medium), ReportTone::Attention)
                                                             : ReportText(QStringLiteral("0"))};
    if (totals.unrated > 0)
        kv.entries << std::pair{Text::tr("Unrated"), ReportText::toned(QStringLiteral("? %1").arg(totals.unrated), ReportTone::Muted)};
    top.blocks << kv;
    top.frontMatter = {{QStringLiteral("date"), iso(review.date)}, {QStringLiteral("lens"), lens->name}};

    QList<ReportSection> sections{top, pillarSection(*lens, review, risks), riskySection(*lens, review, risks)};
    if (totals.unrated > 0)
        sections << unratedSection(*lens, review, risks);
    if (totals.notApplicable > 0)
        sections << notApplicableSection(*lens, review, risks);
    sections << planSection(*lens, review, options.generated);
    if (!review.milestones.isEmpty())
        sections << milestoneSection(*lens, review, risks);
    sections << answersSection(*lens, review, risks);
    return sections;
}

} // namespace archbench::core
