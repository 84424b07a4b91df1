#include "projectsections.h"

#include "../overview/availability.h"
#include "../overview/dashboard.h"
#include "../overview/framingquestions.h"
#include "reportbuilder.h"
#include "../model/itemkinds.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace archbench::core {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::ProjectSections)
};

QString isoDate(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().date().toString(Qt::ISODate) : QString();
}

ReportSection overview(const ProjectData &data, const ReportOptions &options)
{
    const ProjectInfo &p = data.project;
    ReportSection s{Text::tr("Project overview"), QStringLiteral("project-overview"), 1};
    if (!p.description.trimmed().isEmpty())
        s.blocks << ReportParagraph{p.description.trimmed()};
    ReportKeyValues kv;
    // The title block of a whole-project report already names the owner.
    if (options.scope == ReportScope::Item && !p.owner.trimmed().isEmpty())
        kv.entries << std::pair{Text::tr("Owner"), ReportText(p.owner.trimmed())};
    QStringList tags;
    for (const QString &t : p.tags)
        if (!t.trimmed().isEmpty())
            tags << t.trimmed();
    if (!tags.isEmpty())
        kv.entries << std::pair{Text::tr("Tags"), ReportText(tags.join(QStringLiteral(", ")))};
    if (p.created.isValid())
        kv.entries << std::pair{Text::tr("Created"), ReportText(isoDate(p.created))};
    if (p.modified.isValid())
        kv.entries << std::pair{Text::tr("Last changed"), ReportText(isoDate(p.modified))};
    if (!kv.entries.isEmpty())
        s.blocks << kv;
    if (s.blocks.isEmpty())
        s.blocks << ReportParagraph{Text::tr("No description yet."), true};
    return s;
}

ReportText dashboardItem(const DashboardLine &line, const ProjectData &data)
{
    using S = DashboardLine::Severity;
    ReportText text;
    switch (line.severity) {
    case S::Problem: text.append(ReportRun{QStringLiteral("✖ "), ReportRun::Plain, ReportTone::Problem}); break;
    case S::Attention: text.append(ReportRun{QStringLiteral("▲ "), ReportRun::Plain, ReportTone::Attention}); break;
    case S::Good: text.append(ReportRun{QStringLiteral("✔ "), ReportRun::Plain, ReportTone::Good}); break;
    case S::Info: break;
    }
    // The item the line names ("Latest drill "Q4 …" failed") links to its section, where the
    // item is in the document; lines that name no item (counts) stay plain.
    const QString anchor = visitKind(line.kind, [](auto type) {
        return QString::fromLatin1(ItemTraits<typename decltype(type)::type>::reportAnchor);
    });
    const QString title = line.itemId.isEmpty() || anchor.isEmpty() ? QString() : itemTitle(data, line.kind, line.itemId).trimmed();
    const qsizetype at = title.isEmpty() ? -1 : line.text.indexOf(title);
    if (at < 0)
        return text.append(line.text);
    return text.append(line.text.left(at))
        .append(ReportRun{title, ReportRun::Plain, ReportTone::Neutral, anchor + line.itemId})
        .append(line.text.mid(at + title.size()));
}

ReportSection status(const ProjectData &data, const ReportOptions &options)
{
    ReportSection s{Text::tr("Where the review stands"), QStringLiteral("project-status"), 2};
    ReportList list;
    for (const DashboardLine &line : dashboardLines(data, options.generated))
        list.items << dashboardItem(line, data);
    s.blocks << list;
    return s;
}

ReportSection framing(const ProjectData &data)
{
    const Framing &f = data.project.framing;
    ReportSection s{Text::tr("Framing"), QStringLiteral("framing"), 2};
    const int total = int(framingQuestions().size());
    const int answered = answeredFramingCount(f);
    s.blocks << ReportParagraph{Text::tr("%1 of %2 framing questions answered.").arg(answered).arg(total)};
    ReportKeyValues kv;
    for (const FramingQuestion &q : framingQuestions()) {
        const QString answer = (f.*q.field).trimmed();
        kv.entries << std::pair{q.label, answer.isEmpty()
                                             ? ReportText::toned(Text::tr("Not answered yet"), ReportTone::Muted, ReportRun::Emphasis)
                                             : ReportText(answer)};
    }
    s.blocks << kv;
    return s;
}

/// "Order placement availability (99.95 %) allows at most 4.38 h of downtime a year ...".
QStringList availabilityNotes(const QList<Requirement> &requirements)
{
    static const QRegularExpression percent(QStringLiteral("(\\d{1,3}(?:[.,]\\d+)?)\\s*%"));
    QStringList notes;
    for (const Requirement &r : requirements) {
        if (r.kind != RequirementKind::Availability)
            continue;
        auto m = percent.match(r.target);
        if (!m.hasMatch())
            m = percent.match(r.text);
        if (!m.hasMatch())
            continue;
        bool ok = false;
        const double sla = QLocale::c().toDouble(m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
        const auto downtime = ok ? downtimeForSla(sla) : Expected<Downtime>(Error{});
        if (!downtime.ok())
            continue;
        notes << Text::tr("%1 (%2) allows at most %3 of downtime a year, %4 a month.")
                     .arg(r.text.trimmed(), m.captured(0), formatDuration(downtime->hoursPerYear),
                          formatDuration(downtime->hoursPerMonth));
    }
    return notes;
}

ReportSection requirements(const ProjectData &data)
{
    const QList<Requirement> &reqs = data.project.requirements;
    ReportSection s{Text::tr("Requirements"), QStringLiteral("requirements"), 2};
    if (reqs.isEmpty()) {
        s.blocks << ReportParagraph{Text::tr("No requirements recorded yet."), true};
        return s;
    }
    ReportTable table;
    table.header = QStringList{Text::tr("Kind"), Text::tr("Requirement"), Text::tr("Target")};
    table.widths = {1.4, 4.0, 1.6};
    for (const Requirement &r : reqs) {
        const QString target = r.target.trimmed();
        table.rows << QList<ReportText>{requirementKindLabel(r.kind), r.text.trimmed(),
                                        target.isEmpty() ? ReportText::toned(Text::tr("none set"), ReportTone::Muted, ReportRun::Emphasis)
                                                         : ReportText(target)};
    }
    s.blocks << table;

    for (const QString &note : availabilityNotes(reqs))
        s.blocks << ReportParagraph{note};

    QStringList missing;
    for (const auto &[kind, name] : EnumNames<RequirementKind>::table) {
        Q_UNUSED(name);
        const bool covered = std::any_of(reqs.cbegin(), reqs.cend(), [k = kind](const Requirement &r) { return r.kind == k; });
        if (!covered)
            missing << requirementKindLabel(kind);
    }
    if (!missing.isEmpty())
        s.blocks << ReportParagraph{Text::tr("No requirement yet for: %1.").arg(missing.join(QStringLiteral(", ")))};

    s.blocks << ReportChart{QString::fromLatin1(kRequirementsByKindChart), data.project.id,
                            Text::tr("Which qualities do the requirements cover?"), 0.5};
    return s;
}

} // namespace

QString requirementKindLabel(RequirementKind kind)
{
    switch (kind) {
    case RequirementKind::Functional: return Text::tr("Functional");
    case RequirementKind::Performance: return Text::tr("Performance");
    case RequirementKind::Scalability: return Text::tr("Scalability");
    case RequirementKind::Availability: return Text::tr("Availability");
    case RequirementKind::Durability: return Text::tr("Durability (RPO)");
    case RequirementKind::Recovery: return Text::tr("Recovery (RTO)");
    case RequirementKind::Security: return Text::tr("Security");
    case RequirementKind::Compliance: return Text::tr("Compliance");
    case RequirementKind::Observability: return Text::tr("Observability");
    case RequirementKind::Maintainability: return Text::tr("Maintainability");
    case RequirementKind::Cost: return Text::tr("Cost");
    }
    return {};
}

QList<ReportSection> projectSections(const ProjectData &data, const ReportOptions &options)
{
    return {overview(data, options), status(data, options), framing(data), requirements(data)};
}

} // namespace archbench::core
