#include "reviewproperties.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace archbench::ui {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ItemProperties)
};
} // namespace

QList<ItemProperty> reviewProperties(const core::Project &project, const core::Review &r)
{
    QString lens = core::titleOfKind(project.data(), core::ItemKind::Lens, r.lens);
    if (lens.isEmpty())
        lens = r.lens.isEmpty() ? property::notSet() : r.lens;
    const auto open = std::count_if(r.improvements.cbegin(), r.improvements.cend(),
                                    [](const core::Improvement &i) { return i.status != core::WorkStatus::Done; });
    return {
        {Text::tr("Lens"), lens},
        {Text::tr("Date"), property::date(r.date)},
        {Text::tr("Questions answered"), QLocale().toString(r.answers.size())},
        {Text::tr("Improvements"), property::openOfTotal(int(open), r.improvements.size())},
        {Text::tr("Milestones"), QLocale().toString(r.milestones.size())},
    };
}

} // namespace archbench::ui
