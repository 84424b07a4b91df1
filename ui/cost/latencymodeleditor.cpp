#include "latencymodeleditor.h"

#include "costtablepanel.h"
#include "latencystepsmodel.h"

#include "core/cost/latencycurve.h"
#include "core/cost/moneyformat.h"
#include "ui/widgets/optionaldoublespinbox.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace archbench::ui {

LatencyModelEditor::LatencyModelEditor(const EditorContext &context, const QString &modelId, QWidget *parent)
    : CostEditorBase(context, modelId, parent),
      m_steps(new LatencyStepsModel(context.document, modelId, this))
{
    using core::CostModel;
    auto *baseline = bindNumber(QStringLiteral("baselineLatencyMs"), tr("Change baseline latency"),
                                [](const CostModel &m) { return m.baselineLatencyMs; },
                                [](CostModel &m, double v) { m.baselineLatencyMs = v; });
    baseline->setDecimals(1);
    baseline->setSuffix(tr(" ms"));
    baseline->setToolTip(tr("p99 latency today, before any of the steps"));
    auto *target = bindNumber(QStringLiteral("targetLatencyMs"), tr("Change target latency"),
                              [](const CostModel &m) { return m.targetLatencyMs; },
                              [](CostModel &m, double v) { m.targetLatencyMs = v; });
    target->setDecimals(1);
    target->setSuffix(tr(" ms"));
    target->setToolTip(tr("The p99 latency the business asks for"));
    auto *revenue = bindOptionalNumber(QStringLiteral("monthlyRevenue"), tr("Change monthly revenue"),
                                       [](const CostModel &m) { return m.monthlyRevenue; },
                                       [](CostModel &m, std::optional<double> v) { m.monthlyRevenue = v; });
    m_revenue = revenue;
    revenue->setDecimals(0);
    revenue->setSingleStep(10'000);
    revenue->setPrefix(core::cost::currencySymbol(currency()));
    revenue->setSpecialValueText(tr("not set"));
    revenue->setToolTip(tr("Revenue that passes through this path each month; clear the field to leave the revenue value out"));
    auto *gain = bindOptionalNumber(QStringLiteral("conversionGainPer100ms"), tr("Change conversion gain"),
                                    [](const CostModel &m) { return m.conversionGainPer100ms; },
                                    [](CostModel &m, std::optional<double> v) { m.conversionGainPer100ms = v; });
    gain->setDecimals(2);
    gain->setSingleStep(0.1);
    gain->setSuffix(tr(" %"));
    gain->setSpecialValueText(tr("not set"));
    gain->setToolTip(tr("Share of revenue won back for every 100 ms taken off p99 (often about 1 %)"));

    auto *latencies = new QHBoxLayout;
    latencies->addWidget(baseline);
    latencies->addSpacing(12);
    auto *targetLabel = new QLabel(tr("Tar&get p99:"), this);
    targetLabel->setBuddy(target);
    latencies->addWidget(targetLabel);
    latencies->addWidget(target);
    addFieldRow(tr("&Baseline p99:"), baseline, latencies);
    auto *money = new QHBoxLayout;
    money->addWidget(revenue);
    money->addSpacing(12);
    auto *gainLabel = new QLabel(tr("&Conversion gain per 100 ms:"), this);
    gainLabel->setBuddy(gain);
    money->addWidget(gainLabel);
    money->addWidget(gain);
    addFieldRow(tr("&Monthly revenue:"), revenue, money);

    m_panel = addTable(m_steps, QStringLiteral("steps"), {tr("&Add Step"), tr("&Remove Step"), tr("Move &Up"), tr("Move Do&wn")});
    m_summary = addSummary();

    initialize();
}

QString LatencyModelEditor::summary() const
{
    return m_summary->text();
}

void LatencyModelEditor::refresh()
{
    const core::CostModel *current = model();
    if (!current)
        return;
    m_revenue->setPrefix(core::cost::currencySymbol(currency()));
    const auto curve = core::cost::computeLatencyCurve(*current);
    if (!curve) {
        m_summary->clear();
        return;
    }
    const QLocale locale;
    const QString cur = currency();
    const auto ms = [&](double v) { return tr("%1 ms").arg(core::cost::formatQuantity(v, locale)); };
    QString text;
    if (curve->steps.isEmpty()) {
        text = tr("No steps yet: add the first optimisation and what it does to p99.");
    } else if (!curve->targetMetAfterStep) {
        const auto &last = curve->steps.last();
        text = tr("No step reaches the %1 target: after all %2 steps p99 is %3 for %4 a month.")
                   .arg(ms(curve->targetLatencyMs))
                   .arg(curve->steps.size())
                   .arg(ms(last.latencyMs), core::cost::formatMoney(last.cumulativeMonthlyCost, cur, locale));
    } else if (*curve->targetMetAfterStep == 0) {
        text = tr("The baseline already meets the %1 target: every step is beyond it.").arg(ms(curve->targetLatencyMs));
    } else {
        const int met = *curve->targetMetAfterStep;
        const auto &at = curve->steps[met - 1];
        text = tr("Target met after step %1 (%2) for %3 a month.")
                   .arg(met)
                   .arg(at.name, core::cost::formatMoney(at.cumulativeMonthlyCost, cur, locale));
        const qsizetype beyond = curve->steps.size() - met;
        if (beyond > 0) {
            const auto &last = curve->steps.last();
            const QString extra = core::cost::formatMoney(last.cumulativeMonthlyCost - at.cumulativeMonthlyCost, cur, locale);
            const QString saved = ms(at.latencyMs - last.latencyMs);
            text += QLatin1Char(' ')
                + (beyond == 1 ? tr("The step beyond it adds %1 a month for another %2.").arg(extra, saved)
                               : tr("The %1 steps beyond it add %2 a month for another %3.")
                                     .arg(locale.toString(int(beyond)), extra, saved));
        }
    }
    m_summary->setText(text);
}

} // namespace archbench::ui
