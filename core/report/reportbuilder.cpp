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

/// The report's parts: one per kind with an ItemTraits::reportPart, in kAllKinds' order
/// (lenses are reported with the reviews that use them).
QList<ItemKind> partKinds()
{
    QList<ItemKind> kinds;
    forEachKind([&](auto type) {
        if (ItemTraits<typename decltype(type)::type>::reportPart)
            kinds << ItemTraits<typename decltype(type)::type>::kind;
    });
    return kinds;
}

QString partTitle(ItemKind kind)
{
    return visitKind(kind, [](auto type) { return kindText(ItemTraits<typename decltype(type)::type>::partTitle); });
}

QString partAnchor(ItemKind kind)
{
    return visitKind(kind, [](auto type) { return QString::fromLatin1(ItemTraits<typename decltype(type)::type>::reportPart); });
}

/// What a single-item document is, for its title page.
QString documentName(std::optional<ItemKind> kind)
{
    if (!kind)
        return Text::tr("Project overview");
    return visitKind(*kind, [](auto type) { return kindText(ItemTraits<typename decltype(type)::type>::documentName); });
}

QString kindNoun(ItemKind kind)
{
    return visitKind(kind, [](auto type) { return kindText(ItemTraits<typename decltype(type)::type>::noun); });
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
    // the kinds with a part first, as the report lists them
    QList<ItemKind> kinds = partKinds();
    for (ItemKind kind : kAllKinds)
        if (!kinds.contains(kind))
            kinds << kind;
    for (ItemKind kind : std::as_const(kinds))
        if (indexOfKind(data, kind, id) >= 0)
            return kind;
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
        for (const ItemKind kind : partKinds()) {
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
