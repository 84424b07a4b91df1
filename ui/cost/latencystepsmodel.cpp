#include "latencystepsmodel.h"

#include "ui/charts/chartstyle.h"
#include "costcelldelegate.h"

#include "core/cost/moneyformat.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <cmath>

namespace archbench::ui {

namespace {
QString dash()
{
    return QStringLiteral("–");
}
} // namespace

LatencyStepsModel::LatencyStepsModel(ProjectDocument *document, const QString &modelId, QObject *parent)
    : CostTableModel(document, modelId, parent)
{
    initializeRows();
}

int LatencyStepsModel::rowsIn(const core::CostModel &model) const
{
    return int(model.steps.size());
}

void LatencyStepsModel::recompute()
{
    m_curve.reset();
    if (const core::CostModel *model = item())
        if (auto curve = core::cost::computeLatencyCurve(*model))
            m_curve = *curve;
}

int LatencyStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LatencyStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Step");
        case MonthlyCost: return tr("Adds / month");
        case LatencyAfter: return tr("p99 after");
        case Cumulative: return tr("Total / month");
        case Saved: return tr("Saved");
        case CostPerMs: return tr("Per ms saved");
        case MonthlyValue: return tr("Value / month");
        case Roi: return tr("ROI");
        case Standing: return tr("Against target");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MonthlyCost: return tr("What this step adds to the monthly bill");
        case LatencyAfter: return tr("p99 latency once this step is in place");
        case Cumulative: return tr("Monthly cost of this step and every step before it");
        case Saved: return tr("Milliseconds this step takes off the latency before it");
        case CostPerMs: return tr("The step's monthly cost divided by the milliseconds it saves; rising figures mean diminishing returns");
        case MonthlyValue: return tr("Monthly revenue × conversion gain per 100 ms × ms saved ÷ 100");
        case Roi: return tr("Monthly value divided by the step's monthly cost");
        case Standing: return tr("Whether the step is short of the target, meets it, or comes after it was met");
        }
    }
    return {};
}

Qt::ItemFlags LatencyStepsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() <= LatencyAfter && isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant LatencyStepsModel::data(const QModelIndex &index, int role) const
{
    const core::CostModel *model = item();
    if (!model || !index.isValid() || index.row() >= model->steps.size())
        return {};
    const core::LatencyStep &step = model->steps[index.row()];
    const core::cost::LatencyStepFigures *figures =
        m_curve && index.row() < m_curve->steps.size() ? &m_curve->steps[index.row()] : nullptr;
    const QLocale locale;
    const QString cur = currency();
    const auto ms = [&](double v) { return tr("%1 ms").arg(core::cost::formatQuantity(v, locale)); };
    const auto money = [&](const std::optional<double> &v) { return v ? core::cost::formatMoney(*v, cur, locale) : dash(); };
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name: return step.name;
        case MonthlyCost: return core::cost::formatMoney(step.monthlyCost, cur, locale);
        case LatencyAfter: return ms(step.latencyAfterMs);
        }
        if (!figures)
            return dash();
        switch (column) {
        case Cumulative: return money(figures->cumulativeMonthlyCost);
        case Saved: return ms(figures->msSaved);
        case CostPerMs: return money(figures->costPerMsSaved);
        case MonthlyValue: return money(figures->monthlyValue);
        case Roi: return figures->roi ? tr("%1×").arg(locale.toString(*figures->roi, 'f', 1)) : dash();
        case Standing:
            return figures->beyondTarget ? tr("beyond target") : figures->meetsTarget ? tr("meets target") : tr("short of target");
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case Name: return step.name;
        case MonthlyCost: return step.monthlyCost;
        case LatencyAfter: return step.latencyAfterMs;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == Name || column == Standing ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                    : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (figures && column == Standing && figures->beyondTarget)
            return QBrush(palette::muted().darker(130));
        if (figures && column == Standing && figures->meetsTarget)
            return QBrush(palette::passed().darker(130));
        return {};
    case Qt::FontRole:
        if (figures && figures->beyondTarget && column == Name) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case NumberDecimalsRole:
        return column == MonthlyCost ? QVariant(2) : column == LatencyAfter ? QVariant(1) : QVariant();
    case NumberPrefixRole:
        return column == MonthlyCost ? QVariant(core::cost::currencySymbol(cur)) : QVariant();
    case NumberSuffixRole:
        return column == LatencyAfter ? QVariant(tr(" ms")) : QVariant();
    }
    return {};
}

bool LatencyStepsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const core::CostModel *model = item();
    if (role != Qt::EditRole || !model || !index.isValid() || index.row() >= model->steps.size())
        return false;
    core::CostModel after = *model;
    core::LatencyStep &step = after.steps[index.row()];
    QString text;
    switch (index.column()) {
    case Name:
        step.name = value.toString();
        text = tr("Rename step");
        break;
    case MonthlyCost:
        step.monthlyCost = value.toDouble();
        text = tr("Change step cost");
        break;
    case LatencyAfter:
        step.latencyAfterMs = value.toDouble();
        text = tr("Change step latency");
        break;
    default:
        return false;
    }
    return commit(after, text);
}

int LatencyStepsModel::insertEntry(int row)
{
    const core::CostModel *model = item();
    if (!model || !isEditable())
        return -1;
    core::CostModel after = *model;
    row = std::clamp(row, 0, int(after.steps.size()));
    const double before = row == 0 ? after.baselineLatencyMs : after.steps[row - 1].latencyAfterMs;
    QStringList names;
    for (const auto &s : after.steps)
        names << s.name;
    int n = int(after.steps.size()) + 1;
    QString name = tr("Step %1").arg(n);
    while (names.contains(name))
        name = tr("Step %1").arg(++n);
    // a step that saves a tenth of the latency before it, for a modest monthly cost
    const double latency = std::max(1.0, std::round(before * 9) / 10);
    after.steps.insert(row, core::LatencyStep{name, 100, latency});
    return commit(after, tr("Add step")) ? row : -1;
}

bool LatencyStepsModel::removeEntry(int row)
{
    return removeRowsOf(&core::CostModel::steps, {row}, tr("Remove step"), tr("Remove step"));
}

bool LatencyStepsModel::moveEntry(int from, int to)
{
    return moveRowOf(&core::CostModel::steps, from, to, tr("Reorder steps"));
}

} // namespace archbench::ui
