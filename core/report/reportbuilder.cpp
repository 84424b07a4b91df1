#include "reportbuilder.h"

#include "../document/markdownescape.h"
#include "../model/itemkinds.h"

#include <QCoreApplication>
#include <QSet>

namespace archbench::core {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::ReportBuilder)
};

/// How the report names and files each kind: one line per kind, in report order. `part`:
/// the kind gets a part of its own (lenses are reported with the reviews that use them).
struct ReportKind {
    ItemKind kind;
    bool part;
    const char *anchor;       ///< the part's anchor
    const char *partTitle;    ///< translated in the context archbench::core::ReportBuilder
    const char *documentName; ///< what a single-item document is, for its title page
    const char *noun;         ///< "decision", in a sentence
};

constexpr ReportKind kReportKinds[] = {
    {ItemKind::Decision, true, "decisions", QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "Decisions"),
     QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "Architecture decision record"), QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "decision")},
    {ItemKind::Review, true, "reviews", QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "Well-Architected reviews"),
     QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "Well-Architected review"), QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "review")},
    {ItemKind::Drill, true, "drills", QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "Disaster-recovery drills"),
     QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "Disaster-recovery drill report"), QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "drill")},
    {ItemKind::CostModel, true, "cost-models", QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "Cost models"),
     QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "Cost model"), QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "cost model")},
    {ItemKind::Lens, false, "lenses", QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "Lenses"), QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "Lens"),
     QT_TRANSLATE_NOOP("archbench::core::ReportBuilder", "lens")},
};
static_assert(std::size(kReportKinds) == kAllKinds.size(), "every kind has one line in kReportKinds");

const ReportKind &reportKind(ItemKind kind)
{
    for (const ReportKind &k : kReportKinds)
        if (k.kind == kind)
            return k;
    return kReportKinds[0];
}

QString partTitle(ItemKind kind)
{
    return Text::tr(reportKind(kind).partTitle);
}

QString partAnchor(ItemKind kind)
{
    return QString::fromLatin1(reportKind(kind).anchor);
}

/// What a single-item document is, for its title page.
QString documentName(std::optional<ItemKind> kind)
{
    return kind ? Text::tr(reportKind(*kind).documentName) : Text::tr("Project overview");
}

QString kindNoun(ItemKind kind)
{
    return Text::tr(reportKind(kind).noun);
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
    for (const ReportKind &k : kReportKinds)
        if (indexOfKind(data, k.kind, id) >= 0)
            return k.kind;
    return std::nullopt;
}

QString itemTitle(const ProjectData &data, ItemKind kind, const QString &id)
{
    return titleOfKind(data, kind, id);
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
        for (const ReportKind &k : kReportKinds) {
            if (!k.part)
                continue;
            const ItemKind kind = k.kind;
            const QStringList ids = idsOfKind(data, kind);
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
