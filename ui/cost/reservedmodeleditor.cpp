#include "reservedmodeleditor.h"

#include "ui/charts/chartstyle.h"
#include "costcharts.h"

#include "core/cost/moneyformat.h"
#include "core/cost/reservedcomparison.h"

#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace archbench::ui {

ReservedModelEditor::ReservedModelEditor(const EditorContext &context, const QString &modelId, QWidget *parent)
    : CostEditorBase(context, modelId, parent), m_grid(new QGridLayout), m_chart(new QChartView(this))
{
    using core::CostModel;
    m_onDemand = bindNumber(QStringLiteral("onDemandMonthly"), tr("Change on-demand cost"),
                            [](const CostModel &m) { return m.onDemandMonthly; },
                            [](CostModel &m, double v) { m.onDemandMonthly = v; });
    m_onDemand->setDecimals(2);
    m_onDemand->setSingleStep(50);
    m_onDemand->setToolTip(tr("What the steady workload costs a month at on-demand prices"));
    fieldsLayout()->addRow(tr("&On-demand cost a month:"), m_onDemand);
    const auto percent = [this](const QString &field, const QString &undo, double CostModel::*member) {
        auto *spin = bindNumber(field, undo, [member](const CostModel &m) { return m.*member; },
                                [member](CostModel &m, double v) { m.*member = v; });
        spin->setDecimals(1);
        spin->setMaximum(99.9);
        spin->setSuffix(tr(" %"));
        return spin;
    };
    fieldsLayout()->addRow(tr("&1-year reservation discount:"),
                           percent(QStringLiteral("oneYearDiscountPercent"), tr("Change 1-year discount"),
                                   &CostModel::oneYearDiscountPercent));
    fieldsLayout()->addRow(tr("&3-year reservation discount:"),
                           percent(QStringLiteral("threeYearDiscountPercent"), tr("Change 3-year discount"),
                                   &CostModel::threeYearDiscountPercent));
    fieldsLayout()->addRow(tr("&Savings plan discount:"),
                           percent(QStringLiteral("savingsPlanDiscountPercent"), tr("Change savings plan discount"),
                                   &CostModel::savingsPlanDiscountPercent));

    auto *results = new QGroupBox(tr("Monthly cost of each commitment"), this);
    results->setLayout(m_grid);
    const QStringList headers{tr("Monthly"), tr("Saves a month"), tr("Saves a year")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *h = new QLabel(headers[c], results);
        h->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = h->font();
        bold.setBold(true);
        h->setFont(bold);
        m_grid->addWidget(h, 0, c + 1);
    }
    const QStringList rows{tr("On demand"), tr("1-year reservation"), tr("3-year reservation"), tr("Savings plan")};
    for (int r = 0; r < rows.size(); ++r) {
        m_grid->addWidget(new QLabel(rows[r], results), r + 1, 0);
        QList<QLabel *> cells;
        for (int c = 0; c < headers.size(); ++c) {
            auto *cell = new QLabel(results);
            cell->setTextFormat(Qt::PlainText);
            cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_grid->addWidget(cell, r + 1, c + 1);
            cells << cell;
        }
        m_figures << cells;
    }
    m_grid->setColumnStretch(0, 1);
    for (int c = 1; c <= headers.size(); ++c)
        m_grid->setColumnMinimumWidth(c, 110);
    contentLayout()->addWidget(results);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    contentLayout()->addWidget(m_chart, 1);
    initialize();
}

void ReservedModelEditor::changeEvent(QEvent *event)
{
    CostEditorBase::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        refresh(); // presentation zoom, dark mode: redraw the chart
}

QString ReservedModelEditor::figure(int row, int column) const
{
    return m_figures.value(row).value(column) ? m_figures[row][column]->text() : QString();
}

void ReservedModelEditor::refresh()
{
    const core::CostModel *current = model();
    if (!current || m_figures.size() < 4)
        return;
    const QString cur = currency();
    m_onDemand->setPrefix(core::cost::currencySymbol(cur));
    const auto r = core::cost::computeReservedComparison(*current);
    const QLocale locale;
    const auto money = [&](double v) { return core::cost::formatMoney(v, cur, locale); };
    const QList<std::pair<double, double>> rows{
        {r ? r->onDemandMonthly : 0, 0},
        {r ? r->oneYearMonthly : 0, r ? r->oneYearSavingsMonthly() : 0},
        {r ? r->threeYearMonthly : 0, r ? r->threeYearSavingsMonthly() : 0},
        {r ? r->savingsPlanMonthly : 0, r ? r->savingsPlanSavingsMonthly() : 0},
    };
    for (int i = 0; i < rows.size(); ++i) {
        const bool base = i == 0;
        m_figures[i][0]->setText(r ? money(rows[i].first) : QStringLiteral("–"));
        m_figures[i][1]->setText(r && !base ? money(rows[i].second) : QStringLiteral("–"));
        m_figures[i][2]->setText(r && !base ? money(rows[i].second * 12) : QStringLiteral("–"));
    }
    charts::show(m_chart, createReservedChart(*current, cur));
}

} // namespace archbench::ui

