#include "portfolioreport.h"

#include "core/displaydate.h"

#include <QDir>

namespace archbench::core {

namespace {

QString countText(int n)
{
    return n == 0 ? QString() : QString::number(n);
}

ReportText toned(int n, ReportTone tone)
{
    return n == 0 ? ReportText() : ReportText::toned(QString::number(n), tone, ReportRun::Strong);
}

QString drillText(const PortfolioRow &r)
{
    if (r.latestDrill.isEmpty())
        return PortfolioReport::tr("none");
    const QString verdict = !r.latestDrillPass ? PortfolioReport::tr("not measured")
                          : *r.latestDrillPass ? PortfolioReport::tr("passed")
                                               : PortfolioReport::tr("failed");
    return PortfolioReport::tr("%1 (%2)").arg(verdict, reportDate(r.latestDrillDate));
}

} // namespace

QString PortfolioReport::projectAnchor(int index)
{
    return QStringLiteral("portfolio-project-%1").arg(index + 1);
}

Report PortfolioReport::build(const Portfolio &portfolio)
{
    Report report;
    report.scope = ReportScope::Project;
    report.title = tr("Architecture portfolio");
    report.subtitle = portfolio.rows.size() == 1 ? tr("What needs attention in 1 project")
                                                 : tr("What needs attention across %1 projects").arg(portfolio.rows.size());
    report.runningHead = tr("Architecture portfolio");
    report.generated = portfolio.today;
    report.keywords << tr("architecture portfolio") << tr("revisit triggers") << tr("drills");
    report.meta << std::pair{tr("Folder"), QDir::toNativeSeparators(portfolio.root)};
    report.meta << std::pair{tr("Date"), reportDate(portfolio.today)};

    // --- summary
    ReportSection summary(tr("Summary"), QStringLiteral("portfolio-summary"));
    const QList<AttentionKind> counted = PortfolioScan::defaultFailOn();
    int needing = 0;
    for (const PortfolioRow &row : portfolio.rows)
        needing += std::any_of(row.attention.cbegin(), row.attention.cend(),
                               [&](const AttentionItem &i) { return counted.contains(i.kind); }) ? 1 : 0;
    QString overview = tr("%1 projects read as of %2; %3 need attention (fired revisit triggers, failed decision-quality "
                          "checks, overdue action items or drills).")
                           .arg(portfolio.rows.size())
                           .arg(reportDate(portfolio.today))
                           .arg(needing);
    if (!portfolio.unreadable.isEmpty())
        overview += QLatin1Char(' ') + (portfolio.unreadable.size() == 1
                                            ? tr("1 file could not be read; it is listed at the end.")
                                            : tr("%1 files could not be read; they are listed at the end.").arg(portfolio.unreadable.size()));
    summary.blocks << ReportParagraph(overview);
    ReportTable table;
    table.header = {tr("Project"), tr("Owner"), tr("Accepted"), tr("Proposed"), tr("Fired"), tr("Due"),
                    tr("High risks"), tr("Checks"), tr("Overdue"), tr("Latest drill"), tr("Next drill")};
    table.align = {ReportAlign::Left, ReportAlign::Left, ReportAlign::Right, ReportAlign::Right, ReportAlign::Right,
                   ReportAlign::Right, ReportAlign::Right, ReportAlign::Right, ReportAlign::Right, ReportAlign::Left,
                   ReportAlign::Left};
    table.widths = {3, 2, 1, 1, 1, 1, 1, 1, 1, 2, 2};
    table.keyColumns = 1;
    for (int i = 0; i < portfolio.rows.size(); ++i) {
        const PortfolioRow &r = portfolio.rows[i];
        QString next = reportDate(r.nextDrillDue);
        table.rows << QList<ReportText>{
            ReportText::link(r.name, projectAnchor(i)),
            r.owner,
            countText(r.accepted),
            countText(r.proposed),
            toned(r.firedTriggers, ReportTone::Problem),
            toned(r.dueTriggers, ReportTone::Attention),
            toned(r.highRisks, ReportTone::Problem),
            toned(r.failedChecks, ReportTone::Attention),
            toned(r.overdueActions, ReportTone::Problem),
            r.latestDrillPass == std::optional<bool>(false) ? ReportText::toned(drillText(r), ReportTone::Problem) : ReportText(drillText(r)),
            r.drillOverdue ? ReportText::toned(tr("%1, overdue").arg(next), ReportTone::Problem) : ReportText(next),
        };
    }
    if (!portfolio.rows.isEmpty())
        summary.blocks << table;
    report.sections << summary;

    // --- one section per project
    for (int i = 0; i < portfolio.rows.size(); ++i) {
        const PortfolioRow &r = portfolio.rows[i];
        ReportSection section(r.name, projectAnchor(i));
        ReportKeyValues facts;
        facts.entries << std::pair{tr("File"), ReportText::code(QDir::toNativeSeparators(r.source))};
        if (!r.owner.isEmpty())
            facts.entries << std::pair{tr("Owner"), ReportText(r.owner)};
        facts.entries << std::pair{tr("Decisions"), ReportText(tr("%1 accepted, %2 proposed").arg(r.accepted).arg(r.proposed))};
        facts.entries << std::pair{tr("Latest drill"), ReportText(r.latestDrill.isEmpty() ? drillText(r)
                                                                                         : tr("%1: %2").arg(r.latestDrillTitle, drillText(r)))};
        if (r.nextDrillDue.isValid())
            facts.entries << std::pair{tr("Next drill due"), r.drillOverdue ? ReportText::toned(tr("%1, overdue").arg(reportDate(r.nextDrillDue)), ReportTone::Problem)
                                                                            : ReportText(reportDate(r.nextDrillDue))};
        section.blocks << facts;
        if (r.attention.isEmpty())
            section.blocks << ReportParagraph(ReportText::toned(tr("Nothing needs attention."), ReportTone::Good));
        report.sections << section;
        for (AttentionKind kind : PortfolioScan::allKinds()) {
            ReportList list;
            for (const AttentionItem &item : r.attention)
                if (item.kind == kind)
                    list.items << ReportText(item.message);
            if (list.items.isEmpty())
                continue;
            ReportSection part(PortfolioScan::kindTitle(kind),
                               QStringLiteral("%1-%2").arg(projectAnchor(i), PortfolioScan::kindName(kind)), 2);
            part.blocks << list;
            report.sections << part;
        }
    }

    // --- unreadable files
    if (!portfolio.unreadable.isEmpty()) {
        ReportSection unreadable(tr("Files that could not be read"), QStringLiteral("portfolio-unreadable"));
        ReportTable files;
        files.header = {tr("File"), tr("Reason")};
        files.widths = {2, 3};
        for (const PortfolioProblem &p : portfolio.unreadable)
            files.rows << QList<ReportText>{ReportText::code(QDir::toNativeSeparators(p.source)), ReportText(p.reason)};
        unreadable.blocks << files;
        report.sections << unreadable;
    }
    return report;
}

} // namespace archbench::core
