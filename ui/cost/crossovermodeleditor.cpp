#include "crossovermodeleditor.h"

#include "computeoptionsmodel.h"
#include "costtablepanel.h"

#include "core/cost/loadcrossover.h"
#include "core/cost/moneyformat.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace archbench::ui {

CrossoverModelEditor::CrossoverModelEditor(const EditorContext &context, const QString &modelId, QWidget *parent)
    : CostEditorBase(context, modelId, parent),
      m_options(new ComputeOptionsModel(context.document, modelId, this))
{
    using core::CostModel;
    auto *unit = bindText(QStringLiteral("loadUnit"), tr("Change load unit"),
                          [](const CostModel &m) { return m.loadUnit; },
                          [](CostModel &m, const QString &v) { m.loadUnit = v.trimmed(); });
    unit->setToolTip(tr("What the load counts per second, e.g. rps (requests per second) or events"));
    unit->setMaximumWidth(unit->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    auto *from = bindNumber(QStringLiteral("loadFrom"), tr("Change load range"),
                            [](const CostModel &m) { return m.loadFrom; },
                            [](CostModel &m, double v) { m.loadFrom = v; });
    auto *to = bindNumber(QStringLiteral("loadTo"), tr("Change load range"),
                          [](const CostModel &m) { return m.loadTo; },
                          [](CostModel &m, double v) { m.loadTo = v; });
    for (QDoubleSpinBox *spin : {from, to}) {
        spin->setDecimals(1);
        spin->setSingleStep(100);
    }
    auto *logScale = bindCheck(QStringLiteral("logLoadScale"), tr("&Logarithmic scales"), tr("Change chart scale"),
                               [](const CostModel &m) { return m.logLoadScale; },
                               [](CostModel &m, bool v) { m.logLoadScale = v; });
    logScale->setToolTip(tr("Draw load and cost on logarithmic axes, for ranges that span several orders of magnitude"));

    auto *range = new QHBoxLayout;
    range->addWidget(from);
    auto *toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(to);
    range->addWidget(toLabel);
    range->addWidget(to);
    range->addSpacing(12);
    auto *unitLabel = new QLabel(tr("Un&it:"), this);
    unitLabel->setBuddy(unit);
    range->addWidget(unitLabel);
    range->addWidget(unit);
    range->addSpacing(12);
    range->addWidget(logScale);
    addFieldRow(tr("Load f&rom:"), from, range);

    m_panel = addTable(m_options, QStringLiteral("options"),
                       {tr("&Add Option"), tr("&Remove Option"), tr("Move &Up"), tr("Move Do&wn")});
    m_summary = addSummary();

    initialize();
}

QString CrossoverModelEditor::summary() const
{
    return m_summary->text();
}

void CrossoverModelEditor::refresh()
{
    const core::CostModel *current = model();
    if (!current)
        return;
    const auto solved = core::cost::computeLoadCrossover(*current);
    if (!solved) {
        m_summary->clear();
        return;
    }
    const QLocale locale;
    const auto load = [&](double v) { return core::cost::formatQuantity(v, locale) + QLatin1Char(' ') + current->loadUnit; };
    if (solved->segments.isEmpty()) {
        m_summary->setText(tr("No compute options yet: add the ways you could run this workload."));
        return;
    }
    if (solved->crossovers.isEmpty()) {
        m_summary->setText(tr("%1 is the cheapest over the whole range, %2 to %3: no crossover.")
                               .arg(current->options[solved->segments.first().option].name, load(current->loadFrom),
                                    load(current->loadTo)));
        return;
    }
    QStringList parts;
    for (const auto &segment : solved->segments)
        parts << tr("%1 from %2 to %3").arg(current->options[segment.option].name, load(segment.from), load(segment.to));
    m_summary->setText(tr("Cheapest: %1.").arg(parts.join(QStringLiteral("; "))));
}

} // namespace archbench::ui
