#include "costreport.h"

#include "costvalidation.h"
#include "latencycurve.h"
#include "loadcrossover.h"
#include "moneyformat.h"
#include "reservedcomparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace archbench::core::cost {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::cost)
};

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject latencyJson(const CostModel &model, QJsonObject out)
{
    QJsonArray steps;
    out[QStringLiteral("baselineLatencyMs")] = model.baselineLatencyMs;
    out[QStringLiteral("targetLatencyMs")] = model.targetLatencyMs;
    const auto curve = computeLatencyCurve(model);
    if (!curve) {
        out[QStringLiteral("targetMetAfterStep")] = QJsonValue::Null;
        out[QStringLiteral("steps")] = steps;
        out[QStringLiteral("error")] = curve.error().message;
        return out;
    }
    out[QStringLiteral("targetMetAfterStep")] =
        curve->targetMetAfterStep ? QJsonValue(*curve->targetMetAfterStep) : QJsonValue(QJsonValue::Null);
    for (const LatencyStepFigures &s : curve->steps) {
        QJsonObject step;
        step[QStringLiteral("name")] = s.name;
        step[QStringLiteral("monthlyCost")] = s.monthlyCost;
        step[QStringLiteral("cumulativeMonthlyCost")] = s.cumulativeMonthlyCost;
        step[QStringLiteral("latencyMs")] = s.latencyMs;
        step[QStringLiteral("msSaved")] = s.msSaved;
        step[QStringLiteral("costPerMsSaved")] = optionalNumber(s.costPerMsSaved);
        step[QStringLiteral("monthlyValue")] = optionalNumber(s.monthlyValue);
        step[QStringLiteral("roi")] = optionalNumber(s.roi);
        step[QStringLiteral("beyondTarget")] = s.beyondTarget;
        steps.append(step);
    }
    out[QStringLiteral("steps")] = steps;
    return out;
}

QJsonObject crossoverJson(const CostModel &model, QJsonObject out)
{
    QJsonArray crossovers, cheapest;
    out[QStringLiteral("loadUnit")] = model.loadUnit;
    const auto solved = computeLoadCrossover(model);
    if (!solved) {
        out[QStringLiteral("crossovers")] = crossovers;
        out[QStringLiteral("cheapest")] = cheapest;
        out[QStringLiteral("error")] = solved.error().message;
        return out;
    }
    for (const Crossover &c : solved->crossovers)
        crossovers.append(QJsonObject{{QStringLiteral("load"), c.load},
                                      {QStringLiteral("from"), model.options[c.fromOption].name},
                                      {QStringLiteral("to"), model.options[c.toOption].name}});
    for (const CheapestSegment &s : solved->segments)
        cheapest.append(QJsonObject{{QStringLiteral("from"), s.from},
                                    {QStringLiteral("to"), s.to},
                                    {QStringLiteral("option"), model.options[s.option].name}});
    out[QStringLiteral("crossovers")] = crossovers;
    out[QStringLiteral("cheapest")] = cheapest;
    return out;
}

QJsonObject reservedJson(const CostModel &model, QJsonObject out)
{
    const auto r = computeReservedComparison(model);
    if (!r) {
        out[QStringLiteral("monthly")] = QJsonValue::Null;
        out[QStringLiteral("monthlySavings")] = QJsonValue::Null;
        out[QStringLiteral("error")] = r.error().message;
        return out;
    }
    out[QStringLiteral("monthly")] = QJsonObject{{QStringLiteral("onDemand"), r->onDemandMonthly},
                                                 {QStringLiteral("oneYear"), r->oneYearMonthly},
                                                 {QStringLiteral("threeYear"), r->threeYearMonthly},
                                                 {QStringLiteral("savingsPlan"), r->savingsPlanMonthly}};
    out[QStringLiteral("monthlySavings")] =
        QJsonObject{{QStringLiteral("oneYear"), r->oneYearSavingsMonthly()},
                    {QStringLiteral("threeYear"), r->threeYearSavingsMonthly()},
                    {QStringLiteral("savingsPlan"), r->savingsPlanSavingsMonthly()}};
    return out;
}

// ---- text form -------------------------------------------------------------------------

/// Columns padded to their widest cell; numbers right-aligned, text left-aligned.
class TextTable {
public:
    explicit TextTable(QList<bool> rightAligned) : m_right(std::move(rightAligned)) {}
    void addRow(const QStringList &cells) { m_rows.append(cells); }
    QString render(const QString &indent) const
    {
        QList<qsizetype> widths(m_right.size(), 0);
        for (const QStringList &row : m_rows)
            for (int c = 0; c < row.size() && c < widths.size(); ++c)
                widths[c] = std::max(widths[c], row[c].size());
        QString out;
        for (const QStringList &row : m_rows) {
            QString line = indent;
            for (int c = 0; c < row.size() && c < widths.size(); ++c) {
                if (c > 0)
                    line += QStringLiteral("  ");
                line += m_right[c] ? row[c].rightJustified(widths[c]) : row[c].leftJustified(widths[c]);
            }
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            out += line + QLatin1Char('\n');
        }
        return out;
    }

private:
    QList<bool> m_right;
    QList<QStringList> m_rows;
};

QString heading(const CostModel &model, const QString &kindName)
{
    const QString title = model.title.isEmpty() ? model.id : model.title;
    return Text::tr("%1 (%2)").arg(title, kindName) + QLatin1Char('\n');
}

QString latencyText(const CostModel &model, const QString &currency, const QLocale &locale)
{
    QString out = heading(model, Text::tr("cost vs latency"));
    const auto curve = computeLatencyCurve(model);
    if (!curve)
        return out + Text::tr("  Not computed: %1").arg(curve.error().message) + QLatin1Char('\n');
    const auto ms = [&](double v) { return Text::tr("%1 ms").arg(formatQuantity(v, locale)); };
    const auto money = [&](const std::optional<double> &v) {
        return v ? formatMoney(*v, currency, locale) : QStringLiteral("-");
    };
    QString met;
    if (!curve->targetMetAfterStep)
        met = Text::tr("not met by any step");
    else if (*curve->targetMetAfterStep == 0)
        met = Text::tr("already met before any step");
    else
        met = Text::tr("met after step %1").arg(*curve->targetMetAfterStep);
    out += Text::tr("  Baseline p99 %1, target %2: %3.").arg(ms(curve->baselineLatencyMs), ms(curve->targetLatencyMs), met)
        + QLatin1Char('\n');
    if (curve->steps.isEmpty())
        return out + Text::tr("  No optimisation steps.") + QLatin1Char('\n');

    TextTable table({true, false, true, true, true, true, true, true, true});
    table.addRow({Text::tr("#"), Text::tr("Step"), Text::tr("Monthly"), Text::tr("Cumulative"), Text::tr("p99"), Text::tr("Saved"),
                  Text::tr("Per ms saved"), Text::tr("Value/month"), Text::tr("ROI")});
    for (int i = 0; i < curve->steps.size(); ++i) {
        const LatencyStepFigures &s = curve->steps[i];
        const QString name = s.beyondTarget ? Text::tr("%1 (beyond target)").arg(s.name) : s.name;
        table.addRow({locale.toString(i + 1), name, money(s.monthlyCost), money(s.cumulativeMonthlyCost),
                      ms(s.latencyMs), ms(s.msSaved), money(s.costPerMsSaved), money(s.monthlyValue),
                      s.roi ? Text::tr("%1×").arg(locale.toString(*s.roi, 'f', 1)) : QStringLiteral("-")});
    }
    return out + table.render(QStringLiteral("  "));
}

QString crossoverText(const CostModel &model, const QLocale &locale)
{
    QString out = heading(model, Text::tr("load vs cost"));
    const auto solved = computeLoadCrossover(model);
    if (!solved)
        return out + Text::tr("  Not computed: %1").arg(solved.error().message) + QLatin1Char('\n');
    const auto load = [&](double v) { return formatQuantity(v, locale) + QLatin1Char(' ') + model.loadUnit; };
    out += Text::tr("  Load range %1 to %2.").arg(load(model.loadFrom), load(model.loadTo)) + QLatin1Char('\n');
    if (solved->segments.isEmpty())
        return out + Text::tr("  No compute options.") + QLatin1Char('\n');
    if (solved->crossovers.isEmpty()) {
        out += Text::tr("  No crossover: %1 is the cheapest over the whole range.")
                   .arg(model.options[solved->segments.first().option].name)
            + QLatin1Char('\n');
    } else {
        TextTable table({true, false, false});
        table.addRow({Text::tr("Crossover"), Text::tr("Cheapest below"), Text::tr("Cheapest above")});
        for (const Crossover &c : solved->crossovers)
            table.addRow({load(c.load), model.options[c.fromOption].name, model.options[c.toOption].name});
        out += table.render(QStringLiteral("  "));
    }
    TextTable segments({false, true, false, true});
    segments.addRow({Text::tr("Cheapest option"), Text::tr("From"), QString(), Text::tr("To")});
    for (const CheapestSegment &s : solved->segments)
        segments.addRow({model.options[s.option].name, load(s.from), QStringLiteral("-"), load(s.to)});
    return out + segments.render(QStringLiteral("  "));
}

QString reservedText(const CostModel &model, const QString &currency, const QLocale &locale)
{
    QString out = heading(model, Text::tr("reserved vs on demand"));
    const auto r = computeReservedComparison(model);
    if (!r)
        return out + Text::tr("  Not computed: %1").arg(r.error().message) + QLatin1Char('\n');
    const auto money = [&](double v) { return formatMoney(v, currency, locale); };
    const auto percent = [&](double p) { return Text::tr("%1 %").arg(formatQuantity(p, locale)); };
    TextTable table({false, true, true, true, true});
    table.addRow({Text::tr("Commitment"), Text::tr("Discount"), Text::tr("Monthly"), Text::tr("Saves/month"), Text::tr("Saves/year")});
    table.addRow({Text::tr("On demand"), QStringLiteral("-"), money(r->onDemandMonthly), QStringLiteral("-"), QStringLiteral("-")});
    const auto row = [&](const QString &name, double discount, double monthly, double saves) {
        table.addRow({name, percent(discount), money(monthly), money(saves), money(saves * 12)});
    };
    row(Text::tr("1-year reservation"), model.oneYearDiscountPercent, r->oneYearMonthly, r->oneYearSavingsMonthly());
    row(Text::tr("3-year reservation"), model.threeYearDiscountPercent, r->threeYearMonthly, r->threeYearSavingsMonthly());
    row(Text::tr("Savings plan"), model.savingsPlanDiscountPercent, r->savingsPlanMonthly, r->savingsPlanSavingsMonthly());
    return out + table.render(QStringLiteral("  "));
}

} // namespace

QJsonObject costReportJson(const ProjectData &data)
{
    QJsonArray models;
    for (const CostModel &model : data.costModels) {
        QJsonObject head{{QStringLiteral("id"), model.id},
                         {QStringLiteral("kind"), enumToString(model.kind)},
                         {QStringLiteral("title"), model.title}};
        switch (model.kind) {
        case CostModelKind::Latency: models.append(latencyJson(model, head)); break;
        case CostModelKind::Crossover: models.append(crossoverJson(model, head)); break;
        case CostModelKind::Reserved: models.append(reservedJson(model, head)); break;
        }
    }
    return QJsonObject{{QStringLiteral("costModels"), models}};
}

QString costReportText(const ProjectData &data, const QLocale &locale)
{
    if (data.costModels.isEmpty())
        return Text::tr("No cost models.") + QLatin1Char('\n');
    QStringList parts;
    for (const CostModel &model : data.costModels) {
        switch (model.kind) {
        case CostModelKind::Latency: parts << latencyText(model, data.project.currency, locale); break;
        case CostModelKind::Crossover: parts << crossoverText(model, locale); break;
        case CostModelKind::Reserved: parts << reservedText(model, data.project.currency, locale); break;
        }
    }
    return parts.join(QLatin1Char('\n'));
}

QStringList costReportProblems(const ProjectData &data)
{
    QStringList problems;
    for (int i = 0; i < data.costModels.size(); ++i) {
        const CostModel &model = data.costModels[i];
        if (auto valid = validateCostModel(model); !valid)
            problems << QStringLiteral("costModels[%1] (%2): %3")
                            .arg(i)
                            .arg(model.title.isEmpty() ? model.id : model.title, valid.error().message);
    }
    return problems;
}

} // namespace archbench::core::cost
