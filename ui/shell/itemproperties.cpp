#include "itemproperties.h"

#include "core/cost/costtexts.h"
#include "core/decision/decisionsections.h"
#include "core/drill/drilltexts.h"
#include "ui/widgets/dates.h"

#include "itemtitles.h"
#include "kindui.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace archbench::ui {

using namespace archbench::core;

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ItemProperties)
};

QString number(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString date(const QDate &d)
{
    return d.isValid() ? displayDate(d) : Text::tr("not set");
}

QString minutes(const std::optional<double> &v)
{
    return v ? Text::tr("%1 min").arg(number(*v)) : Text::tr("not set");
}

QString seconds(const std::optional<double> &v)
{
    return v ? Text::tr("%1 s").arg(number(*v)) : Text::tr("not set");
}

QString milliseconds(double v)
{
    return Text::tr("%1 ms").arg(number(v));
}

template <typename T> QString openOfTotal(const QList<T> &items)
{
    int open = 0;
    for (const T &i : items)
        open += i.status != WorkStatus::Done;
    return Text::tr("%1 open of %2").arg(open).arg(items.size());
}

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

QList<ItemProperty> propertiesOf(const Project &project, const Decision &d)
{
    QList<ItemProperty> p{
        {Text::tr("Kind"), kindName(ItemKind::Decision)},
        {Text::tr("Status"), core::decisionStatusLabel(d.status)},
    };
    if (d.status == DecisionStatus::Superseded && !d.supersededBy.isEmpty()) {
        const QString by = itemTitle(project, ItemRef{ItemKind::Decision, d.supersededBy, false});
        p.append({Text::tr("Superseded by"), by.isEmpty() ? d.supersededBy : by});
    }
    p.append({Text::tr("Door type"), core::doorTypeText(d.doorType)});
    p.append({Text::tr("Date"), date(d.date)});
    if (!d.participants.isEmpty())
        p.append({Text::tr("Decision-makers"), d.participants.join(QStringLiteral(", "))});
    if (!d.consulted.isEmpty())
        p.append({Text::tr("Consulted"), d.consulted.join(QStringLiteral(", "))});
    if (!d.informed.isEmpty())
        p.append({Text::tr("Informed"), d.informed.join(QStringLiteral(", "))});
    p.append({Text::tr("Options"), QLocale().toString(d.options.size())});
    p.append({Text::tr("Criteria"), QLocale().toString(d.criteria.size())});
    QString chosen = Text::tr("none yet");
    for (const Option &o : d.options)
        if (o.id == d.chosenOption && !d.chosenOption.isEmpty())
            chosen = o.name;
    p.append({Text::tr("Chosen option"), chosen});
    p.append({Text::tr("Revisit triggers"), QLocale().toString(d.revisitTriggers.size())});
    return p;
}

QList<ItemProperty> propertiesOf(const Project &project, const Review &r)
{
    QString lens = itemTitle(project, ItemRef{ItemKind::Lens, r.lens, false});
    if (lens.isEmpty())
        lens = r.lens.isEmpty() ? Text::tr("not set") : r.lens;
    return {
        {Text::tr("Kind"), kindName(ItemKind::Review)},
        {Text::tr("Lens"), lens},
        {Text::tr("Date"), date(r.date)},
        {Text::tr("Questions answered"), QLocale().toString(r.answers.size())},
        {Text::tr("Improvements"), openOfTotal(r.improvements)},
        {Text::tr("Milestones"), QLocale().toString(r.milestones.size())},
    };
}

QList<ItemProperty> propertiesOf(const Project &, const Drill &d)
{
    return {
        {Text::tr("Kind"), kindName(ItemKind::Drill)},
        {Text::tr("Date"), date(d.date)},
        {Text::tr("Scenario"), core::drillScenarioName(d.scenario)},
        {Text::tr("Traffic"), core::drillTrafficText(d.traffic, d.trafficPercent)},
        {Text::tr("DR tier"), core::drTierName(d.tier)},
        {Text::tr("RTO target"), minutes(d.targets.rtoMinutes)},
        {Text::tr("RPO target"), seconds(d.targets.rpoSeconds)},
        {Text::tr("Action items"), openOfTotal(d.actionItems)},
    };
}

QList<ItemProperty> propertiesOf(const Project &project, const CostModel &m)
{
    const QString currency = project.info().currency;
    QList<ItemProperty> p{
        {Text::tr("Kind"), kindName(ItemKind::CostModel)},
        {Text::tr("Model"), core::costModelKindName(m.kind)},
    };
    switch (m.kind) {
    case CostModelKind::Latency:
        p.append({Text::tr("Baseline p99"), milliseconds(m.baselineLatencyMs)});
        p.append({Text::tr("Target p99"), milliseconds(m.targetLatencyMs)});
        p.append({Text::tr("Steps"), QLocale().toString(m.steps.size())});
        break;
    case CostModelKind::Crossover:
        p.append({Text::tr("Load range"), Text::tr("%1 to %2 %3").arg(number(m.loadFrom), number(m.loadTo), m.loadUnit)});
        p.append({Text::tr("Compute options"), QLocale().toString(m.options.size())});
        break;
    case CostModelKind::Reserved:
        p.append({Text::tr("On-demand bill"), Text::tr("%1 a month").arg(formatMoney(m.onDemandMonthly, currency))});
        break;
    }
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

QString formatMoney(double amount, const QString &currencyCode)
{
    static const QList<QPair<QString, QString>> symbols{
        {QStringLiteral("USD"), QStringLiteral("$")}, {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")}, {QStringLiteral("JPY"), QStringLiteral("¥")},
    };
    QString symbol = currencyCode;
    for (const auto &[code, sym] : symbols)
        if (code == currencyCode)
            symbol = sym;
    const bool whole = std::abs(amount - std::round(amount)) < 0.005;
    return QLocale().toCurrencyString(amount, symbol, whole ? 0 : 2);
}

// A lens is shown inside its review; it has no inspector page of its own.
QList<ItemProperty> propertiesOf(const Project &, const core::LensRecord &)
{
    return {};
}

QList<ItemProperty> itemProperties(const Project &project, const ItemRef &item)
{
    if (item.overview)
        return projectProperties(project);
    const int i = project.indexOfItem(item.kind, item.id);
    if (i < 0)
        return {};
    return core::visitKind(item.kind, [&](auto type) {
        using T = typename decltype(type)::type;
        return propertiesOf(project, project.items<T>()[i]);
    });
}

} // namespace archbench::ui
