#include "itemproperties.h"

#include "ui/widgets/dates.h"

#include "itemtitles.h"
#include "kindui.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace archbench::ui {

using namespace archbench::core;

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ItemProperties)
};

QList<ItemProperty> projectProperties(const Project &project)
{
    const ProjectInfo &info = project.info();
    const ProjectData &d = project.data();
    QList<ItemProperty> p{
        {Text::tr("Kind"), Text::tr("Project")},
    };
    if (!info.owner.isEmpty())
        p.append({Text::tr("Owner"), info.owner});
    p.append({Text::tr("Currency"), info.currency});
    if (!info.tags.isEmpty())
        p.append({Text::tr("Tags"), info.tags.join(QStringLiteral(", "))});
    if (info.created.isValid())
        p.append({Text::tr("Created"), formatDateTime(info.created)});
    if (info.modified.isValid())
        p.append({Text::tr("Modified"), formatDateTime(info.modified)});
    p.append({Text::tr("Requirements"), QLocale().toString(info.requirements.size())});
    for (const KindUi &k : kKindUi)
        if (k.inTree)
            p.append({kindName(k.kind, true), QLocale().toString(core::idsOfKind(d, k.kind).size())});
    if (!info.description.isEmpty())
        p.append({Text::tr("Description"), info.description});
    return p;
}

} // namespace

QString formatTime(const QTime &time)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(time, format);
}

QString formatDateTime(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    return displayDate(local.date()) + QLatin1Char(' ') + formatTime(local.time());
}

QList<ItemProperty> itemProperties(const Workbench &workbench, const Project &project, const ItemRef &item)
{
    if (item.overview)
        return projectProperties(project);
    // a kind the tree does not list (a lens: shown inside its review) has no page of its own
    if (!kindUi(item.kind).inTree || project.indexOfItem(item.kind, item.id) < 0)
        return {};
    return QList<ItemProperty>{{Text::tr("Kind"), kindName(item.kind)}} + workbench.properties(project, item);
}

} // namespace archbench::ui
