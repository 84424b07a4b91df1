#include "costmodelsections.h"
#include "../model/itemkinds.h"
#include "costtexts.h"

#include "costvalidation.h"
#include "latencycurve.h"
#include "loadcrossover.h"
#include "moneyformat.h"
#include "reservedcomparison.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace archbench::core {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::CostModelSections)
};

struct Format {
    QString currency;
    QLocale locale;
    QString money(double v) const { return cost::formatMoney(v, currency, locale); }
    QString money(const std::optional<double> &v) const { return v ? money(*v) : QStringLiteral("–"); }
    QString ms(double v) const { return Text::tr("%1 ms").arg(cost::formatQuantity(v, locale)); }
    QString number(double v) const { return cost::formatQuantity(v, locale); }
    QString percent(double v) const { return Text::tr("%1 %").arg(cost::formatQuantity(v, locale)); }
};

/// Adds labelled values to the item's first block (the "Kind" list), so they read as one list.
void addEntries(ReportSection &top, const QList<std::pair<QString, ReportText>> &entries)
{
    if (!top.blocks.isEmpty())
        if (auto *kv = std::get_if<ReportKeyValues>(&top.blocks.first())) {
            kv->entries += entries;
            return;
        }
    top.blocks << ReportKeyValues{entries};
}


void latencySections(const CostModel &m, const Format &f, ReportSection &top, QList<ReportSection> &out)
{
    const auto curve = cost::computeLatencyCurve(m);
    addEntries(top, {{Text::tr("Baseline p99"), f.ms(m.baselineLatencyMs)},
                     {Text::tr("Target p99"), f.ms(m.targetLatencyMs)},
                     {Text::tr("Monthly revenue"), m.monthlyRevenue ? f.money(*m.monthlyRevenue) : Text::tr("not given")},
                     {Text::tr("Conversion gain per 100 ms"),
                      m.conversionGainPer100ms ? f.percent(*m.conversionGainPer100ms) : Text::tr("not given")}});
    if (!curve->targetMetAfterStep) {
        top.blocks << ReportParagraph{ReportText::toned(Text::tr("✖ No step reaches the target."), ReportTone::Problem)};
    } else if (*curve->targetMetAfterStep == 0) {
        top.blocks << ReportParagraph{ReportText::toned(Text::tr("✔ The baseline already meets the target; every step is beyond it."),
                                                        ReportTone::Good)};
    } else {
        const auto &at = curve->steps[*curve->targetMetAfterStep - 1];
        ReportText text = ReportText::toned(Text::tr("✔ Target met after step %1").arg(*curve->targetMetAfterStep), ReportTone::Good);
        text.append(Text::tr(" (%1) for %2 a month.").arg(at.name, f.money(at.cumulativeMonthlyCost)));
        top.blocks << ReportParagraph{text};
    }

    ReportSection steps(Text::tr("What each step buys"), {}, 2);
    if (curve->steps.isEmpty()) {
        steps.blocks << ReportParagraph{Text::tr("No optimisation steps yet."), true};
        out << steps;
        return;
    }
    ReportTable t;
    t.header = {Text::tr("#"), Text::tr("Step"), Text::tr("Adds / month"), Text::tr("Total / month"), Text::tr("p99 after"), Text::tr("Saved"),
                Text::tr("Per ms saved"), Text::tr("Value / month"), Text::tr("ROI"), Text::tr("Against target")};
    t.align = {ReportAlign::Right, ReportAlign::Left, ReportAlign::Right, ReportAlign::Right, ReportAlign::Right,
               ReportAlign::Right, ReportAlign::Right, ReportAlign::Right, ReportAlign::Right, ReportAlign::Left};
    t.widths = {0.4, 3, 1, 1, 1, 1, 1, 1, 0.8, 1.4};
    for (int i = 0; i < curve->steps.size(); ++i) {
        const auto &s = curve->steps[i];
        const ReportText standing = s.beyondTarget ? ReportText::toned(Text::tr("beyond target"), ReportTone::Muted)
                                  : s.meetsTarget  ? ReportText::toned(Text::tr("✔ meets target"), ReportTone::Good)
                                                   : ReportText(Text::tr("short of target"));
        t.rows << QList<ReportText>{f.locale.toString(i + 1), s.name, f.money(s.monthlyCost), f.money(s.cumulativeMonthlyCost),
                                    f.ms(s.latencyMs), f.ms(s.msSaved), f.money(s.costPerMsSaved), f.money(s.monthlyValue),
                                    s.roi ? Text::tr("%1×").arg(f.locale.toString(*s.roi, 'f', 1)) : QStringLiteral("–"), standing};
    }
    steps.blocks << t;
    steps.blocks << ReportParagraph{Text::tr("Cost per ms saved is the step's monthly cost divided by the milliseconds it takes "
                                       "off; a rising figure means diminishing returns. Value is monthly revenue × "
                                       "conversion gain per 100 ms × ms saved ÷ 100."),
                                    true};
    steps.blocks << ReportChart{QString::fromLatin1(kLatencyCurveChart), m.id, Text::tr("What does each step buy?"), 0.55};
    out << steps;
}

void crossoverSections(const CostModel &m, const Format &f, ReportSection &top, QList<ReportSection> &out)
{
    const auto solved = cost::computeLoadCrossover(m);
    const auto load = [&](double v) { return f.number(v) + QLatin1Char(' ') + m.loadUnit; };
    addEntries(top, {{Text::tr("Load range"), Text::tr("%1 to %2").arg(load(m.loadFrom), load(m.loadTo))},
                     {Text::tr("Options compared"), f.locale.toString(int(m.options.size()))}});

    ReportSection options(Text::tr("Compute options"), {}, 2);
    if (m.options.isEmpty()) {
        options.blocks << ReportParagraph{Text::tr("No compute options yet."), true};
        out << options;
        return;
    }
    ReportTable o;
    o.header = {Text::tr("Option"), Text::tr("Pricing"), Text::tr("Unit prices"), Text::tr("Fixed / month")};
    o.align = {ReportAlign::Left, ReportAlign::Left, ReportAlign::Left, ReportAlign::Right};
    o.widths = {2, 1.2, 4, 1};
    for (const ComputeOption &c : m.options) {
        QString prices;
        if (c.pricing == PricingKind::PerRequest) {
            prices = Text::tr("%1 per million requests; %2 ms at %3 GB, %4 per GB-second")
                         .arg(f.money(c.pricePerMillionRequests), f.number(c.avgDurationMs), f.locale.toString(c.memoryGb, 'g', 6),
                              cost::formatUnitPrice(c.pricePerGbSecond, f.currency, f.locale));
        } else {
            prices = Text::tr("%1 per instance a month for %2; at least %3 instances")
                         .arg(f.money(c.pricePerInstanceMonthly), load(c.capacityPerInstance), f.locale.toString(c.minInstances));
            if (c.reservedDiscountPercent > 0)
                prices += Text::tr("; %1 reserved discount").arg(f.percent(c.reservedDiscountPercent));
        }
        o.rows << QList<ReportText>{c.name, c.pricing == PricingKind::PerRequest ? Text::tr("per request") : Text::tr("per instance"),
                                    prices, f.money(c.fixedMonthly)};
    }
    options.blocks << o;
    out << options;

    ReportSection cheapest(Text::tr("Which option is cheapest at each load"), {}, 2);
    ReportTable s;
    s.header = {Text::tr("From"), Text::tr("To"), Text::tr("Cheapest option"), Text::tr("Monthly cost at the upper end")};
    s.align = {ReportAlign::Right, ReportAlign::Right, ReportAlign::Left, ReportAlign::Right};
    s.widths = {1, 1, 3, 1.5};
    for (const auto &seg : solved->segments)
        s.rows << QList<ReportText>{load(seg.from), load(seg.to), ReportText::strong(m.options[seg.option].name),
                                    f.money(cost::monthlyCostAtLoad(m.options[seg.option], seg.to))};
    if (solved->crossovers.isEmpty())
        cheapest.blocks << ReportParagraph{Text::tr("No crossover: %1 is the cheapest over the whole range.")
                                               .arg(m.options[solved->segments.first().option].name)};
    else
        cheapest.blocks << ReportParagraph{Text::tr("The cheapest option changes at %1.").arg([&] {
            QStringList loads;
            for (const auto &c : solved->crossovers)
                loads << load(c.load);
            return loads.join(QStringLiteral(", "));
        }())};
    cheapest.blocks << s;
    cheapest.blocks << ReportChart{QString::fromLatin1(kLoadCrossoverChart), m.id,
                                   Text::tr("Which compute option is cheapest at each load?"), 0.55};
    out << cheapest;
}

void reservedSections(const CostModel &m, const Format &f, ReportSection &top, QList<ReportSection> &out)
{
    const auto r = cost::computeReservedComparison(m);
    addEntries(top, {{Text::tr("On-demand cost a month"), f.money(m.onDemandMonthly)}});
    ReportSection table(Text::tr("Monthly cost of each commitment"), {}, 2);
    ReportTable t;
    t.header = {Text::tr("Commitment"), Text::tr("Discount"), Text::tr("Monthly"), Text::tr("Saves a month"), Text::tr("Saves a year")};
    t.align = {ReportAlign::Left, ReportAlign::Right, ReportAlign::Right, ReportAlign::Right, ReportAlign::Right};
    t.widths = {2.5, 1, 1, 1, 1};
    t.rows << QList<ReportText>{Text::tr("On demand"), QStringLiteral("–"), f.money(r->onDemandMonthly), QStringLiteral("–"),
                                QStringLiteral("–")};
    const auto row = [&](const QString &name, double discount, double monthly) {
        const double saves = r->onDemandMonthly - monthly;
        t.rows << QList<ReportText>{name, f.percent(discount), f.money(monthly), f.money(saves), f.money(saves * 12)};
    };
    row(Text::tr("1-year reservation"), m.oneYearDiscountPercent, r->oneYearMonthly);
    row(Text::tr("3-year reservation"), m.threeYearDiscountPercent, r->threeYearMonthly);
    row(Text::tr("Savings plan"), m.savingsPlanDiscountPercent, r->savingsPlanMonthly);
    table.blocks << t;
    table.blocks << ReportChart{QString::fromLatin1(kReservedComparisonChart), m.id,
                                Text::tr("What each way of paying costs a month"), 0.4};
    out << table;
}

} // namespace

QList<ReportSection> costModelSections(const ProjectData &data, const ReportOptions &options)
{
    const auto it = std::find_if(data.costModels.cbegin(), data.costModels.cend(),
                                 [&](const CostModel &m) { return m.id == options.itemId; });
    if (it == data.costModels.cend())
        return {};
    const CostModel &m = *it;
    const Format f{data.project.currency, QLocale()};
    ReportSection top(m.title.trimmed().isEmpty() ? Text::tr("Untitled cost model") : m.title, QLatin1String(ItemTraits<CostModel>::reportAnchor) + m.id, 1);
    top.blocks << ReportKeyValues{{{Text::tr("Kind"), costModelKindName(m.kind)}}};
    QList<ReportSection> out;
    if (auto valid = cost::validateCostModel(m); !valid) {
        top.blocks << ReportParagraph{ReportText::toned(Text::tr("✖ The figures cannot be computed: %1").arg(valid.error().message),
                                                        ReportTone::Problem)};
        return {top};
    }
    switch (m.kind) {
    case CostModelKind::Latency: latencySections(m, f, top, out); break;
    case CostModelKind::Crossover: crossoverSections(m, f, top, out); break;
    case CostModelKind::Reserved: reservedSections(m, f, top, out); break;
    }
    out.prepend(top);
    return out;
}

} // namespace archbench::core
