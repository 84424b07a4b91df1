#include "decisionproperties.h"

#include "core/decision/decisionsections.h"

#include <QCoreApplication>
#include <QLocale>

namespace archbench::ui {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ItemProperties)
};
} // namespace

QList<ItemProperty> decisionProperties(const core::Project &project, const core::Decision &d)
{
    using core::DecisionStatus;
    QList<ItemProperty> p{
        {Text::tr("Status"), core::decisionStatusLabel(d.status)},
    };
    if (d.status == DecisionStatus::Superseded && !d.supersededBy.isEmpty()) {
        bool found = false;
        const QString by = core::titleOfKind(project.data(), core::ItemKind::Decision, d.supersededBy, &found);
        p.append({Text::tr("Superseded by"), !by.isEmpty() ? by : found ? Text::tr("Untitled decision") : d.supersededBy});
    }
    p.append({Text::tr("Door type"), core::doorTypeText(d.doorType)});
    p.append({Text::tr("Date"), property::date(d.date)});
    if (!d.participants.isEmpty())
        p.append({Text::tr("Decision-makers"), d.participants.join(QStringLiteral(", "))});
    if (!d.consulted.isEmpty())
        p.append({Text::tr("Consulted"), d.consulted.join(QStringLiteral(", "))});
    if (!d.informed.isEmpty())
        p.append({Text::tr("Informed"), d.informed.join(QStringLiteral(", "))});
    p.append({Text::tr("Options"), QLocale().toString(d.options.size())});
    p.append({Text::tr("Criteria"), QLocale().toString(d.criteria.size())});
    QString chosen = Text::tr("none yet");
    for (const core::Option &o : d.options)
        if (o.id == d.chosenOption && !d.chosenOption.isEmpty())
            chosen = o.name;
    p.append({Text::tr("Chosen option"), chosen});
    p.append({Text::tr("Revisit triggers"), QLocale().toString(d.revisitTriggers.size())});
    return p;
}

} // namespace archbench::ui
