#include "reportbuilder.h"

#include "../document/markdownescape.h"

#include <QCoreApplication>
#include <QSet>

namespace archbench::core {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::ReportBuilder)
};

/// The kinds that get a part of their own, in report order. Lenses are reported with the
/// reviews that use them.
constexpr ItemKind kReportedKinds[] = {ItemKind::Decision, ItemKind::Review, ItemKind::Drill, ItemKind::CostModel};

QString partTitle(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Decision: return Text::tr("Decisions");
    case ItemKind::Review: return Text::tr("Well-Architected reviews");
    case ItemKind::Drill: return Text::tr("Disaster-recovery drills");
    case ItemKind::CostModel: return Text::tr("Cost models");
    case ItemKind::Lens: return Text::tr("Lenses");
    }
    return {};
}

QString partAnchor(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Decision: return QStringLiteral("decisions");
    case ItemKind::Review: return QStringLiteral("reviews");
    case ItemKind::Drill: return QStringLiteral("drills");
    case ItemKind::CostModel: return QStringLiteral("cost-models");
    case ItemKind::Lens: return QStringLiteral("lenses");
    }
    return {};
}

/// What a single-item document is, for its title page.
QString documentName(std::optional<ItemKind> kind)
{
    if (!kind)
        return Text::tr("Project overview");
    switch (*kind) {
    case ItemKind::Decision: return Text::tr("Architecture decision record");
    case ItemKind::Review: return Text::tr("Well-Architected review");
    case ItemKind::Drill: return Text::tr("Disaster-recovery drill report");
    case ItemKind::CostModel: return Text::tr("Cost model");
    case ItemKind::Lens: return Text::tr("Lens");
    }
    return {};
}

QString kindNoun(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Decision: return Text::tr("decision");
    case ItemKind::Review: return Text::tr("review");
    case ItemKind::Drill: return Text::tr("drill");
    case ItemKind::CostModel: return Text::tr("cost model");
    case ItemKind::Lens: return Text::tr("lens");
    }
    return {};
}

QStringList idsOf(const ProjectData &data, ItemKind kind)
{
    QStringList ids;
    auto collect = [&ids](const auto &list) {
        for (const auto &item : list)
            ids << item.id;
    };
    switch (kind) {
    case ItemKind::Decision: collect(data.decisions); break;
    case ItemKind::Review: collect(data.reviews); break;
    case ItemKind::Drill: collect(data.drills); break;
    case ItemKind::CostModel: collect(data.costModels); break;
    case ItemKind::Lens: collect(data.lenses); break;
    }
    return ids;
}

/// Gives every section a unique anchor, derived from its item's top anchor and its title
/// when the provider left it empty.
class AnchorBook {
public:
    QString claim(const QString &wanted, const QString &parent, const QString &title)
    {
        QString base = wanted;
        if (base.isEmpty()) {
            QString slug = markdown::githubSlug(title);
            if (slug.isEmpty())
                slug = QStringLiteral("section");
            base = parent.isEmpty() ? slug : parent + QLatin1Char('-') + slug;
        }
        QString anchor = base;
        for (int n = 2; m_used.contains(anchor); ++n)
            anchor = base + QLatin1Char('-') + QString::number(n);
        m_used.insert(anchor);
        return anchor;
    }

private:
    QSet<QString> m_used;
};

/// Runs one provider for one item and files its sections into `out`, `shift` levels down.
void appendItem(QList<ReportSection> &out, AnchorBook &anchors, const SectionProvider &provider,
                const ProjectData &data, ReportOptions options, const QString &itemId, int shift)
{
    options.itemId = itemId;
    QString top;
    bool first = true;
    for (ReportSection section : provider(data, options)) {
        const int ownLevel = std::max(1, section.level);
        section.level = ownLevel + shift;
        section.anchor = anchors.claim(section.anchor, ownLevel == 1 ? QString() : top, section.title);
        if (ownLevel == 1 || first)
            top = section.anchor;
        section.pageBreak = ownLevel == 1 || section.level == 1;
        first = false;
        out << section;
    }
}

} // namespace

std::optional<ItemKind> findItemKind(const ProjectData &data, const QString &id)
{
    if (id.isEmpty())
        return std::nullopt;
    for (ItemKind kind : {ItemKind::Decision, ItemKind::Review, ItemKind::Drill, ItemKind::CostModel, ItemKind::Lens})
        if (idsOf(data, kind).contains(id))
            return kind;
    return std::nullopt;
}

QString itemTitle(const ProjectData &data, ItemKind kind, const QString &id)
{
    auto titleIn = [&id](const auto &list) {
        for (const auto &item : list)
            if (item.id == id)
                return item.title;
        return QString();
    };
    switch (kind) {
    case ItemKind::Decision: return titleIn(data.decisions);
    case ItemKind::Review: return titleIn(data.reviews);
    case ItemKind::Drill: return titleIn(data.drills);
    case ItemKind::CostModel: return titleIn(data.costModels);
    case ItemKind::Lens:
        for (const LensRecord &l : data.lenses)
            if (l.id == id)
                return l.definition.value(QStringLiteral("name")).toString();
        return {};
    }
    return {};
}

Expected<Report> buildReport(const ProjectData &data, const ReportOptions &requested, const ReportRegistry &registry)
{
    ReportOptions options = requested;
    if (!options.generated.isValid())
        options.generated = QDate::currentDate();

    const QString projectName =
        data.project.name.trimmed().isEmpty() ? Text::tr("Untitled project") : data.project.name.trimmed();
    Report report;
    report.scope = options.scope;
    report.generated = options.generated;
    report.runningHead = projectName;
    report.author = data.project.owner.trimmed();
    if (!report.author.isEmpty())
        report.meta << std::pair{Text::tr("Owner"), report.author};
    report.keywords << Text::tr("architecture review");
    report.meta << std::pair{Text::tr("Date"), options.generated.toString(Qt::ISODate)};

    AnchorBook anchors;
    if (options.scope == ReportScope::Project) {
        report.title = projectName;
        report.subtitle = Text::tr("Architecture review report");
        if (registry.projectProvider())
            appendItem(report.sections, anchors, registry.projectProvider(), data, options, data.project.id, 0);
        for (ItemKind kind : kReportedKinds) {
            const QStringList ids = idsOf(data, kind);
            if (ids.isEmpty())
                continue;
            ReportSection part{partTitle(kind), anchors.claim(partAnchor(kind), {}, {}), 1};
            report.keywords << partTitle(kind);
            part.pageBreak = true;
            report.sections << part;
            const SectionProvider provider = registry.provider(kind);
            for (const QString &id : ids) {
                if (provider) {
                    appendItem(report.sections, anchors, provider, data, options, id, 1);
                    continue;
                }
                // A kind whose report has not been built yet still shows which items exist.
                const QString title = itemTitle(data, kind, id);
                ReportSection s{title.isEmpty() ? id : title, anchors.claim({}, part.anchor, title.isEmpty() ? id : title), 2};
                s.pageBreak = true;
                s.blocks << ReportParagraph{Text::tr("This build cannot report the details of this kind of item yet."), true};
                report.sections << s;
            }
        }
        return report;
    }

    // One item.
    if (options.itemId == data.project.id && !options.itemId.isEmpty()) {
        if (registry.projectProvider())
            appendItem(report.sections, anchors, registry.projectProvider(), data, options, data.project.id, 0);
        report.title = projectName;
        report.subtitle = documentName(std::nullopt);
        return report;
    }
    const std::optional<ItemKind> kind = findItemKind(data, options.itemId);
    if (!kind)
        return makeError(ErrorCode::NotFound, Text::tr("The project has no item with the id \"%1\".").arg(options.itemId));
    const SectionProvider provider = registry.provider(*kind);
    if (!provider)
        return makeError(ErrorCode::Invalid, Text::tr("The %1 \"%2\" cannot be exported: this build has no report for it.")
                                                 .arg(kindNoun(*kind), options.itemId));
    appendItem(report.sections, anchors, provider, data, options, options.itemId, 0);
    const QString title = itemTitle(data, *kind, options.itemId).trimmed();
    report.title = title.isEmpty() ? options.itemId : title;
    report.subtitle = documentName(kind);
    report.keywords << partTitle(*kind);
    report.meta.prepend(std::pair{Text::tr("Project"), projectName});
    if (!report.sections.isEmpty())
        report.frontMatter = report.sections.first().frontMatter;
    return report;
}

} // namespace archbench::core
