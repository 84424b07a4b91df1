#include "computeoptionsmodel.h"

#include "costcelldelegate.h"

#include "core/cost/moneyformat.h"

#include <QLocale>
#include <cmath>

namespace archbench::ui {

namespace {

using core::ComputeOption;
using core::PricingKind;

double field(const ComputeOption &o, int column)
{
    switch (column) {
    case ComputeOptionsModel::PricePerMillionRequests: return o.pricePerMillionRequests;
    case ComputeOptionsModel::AvgDurationMs: return o.avgDurationMs;
    case ComputeOptionsModel::MemoryGb: return o.memoryGb;
    case ComputeOptionsModel::PricePerGbSecond: return o.pricePerGbSecond;
    case ComputeOptionsModel::CapacityPerInstance: return o.capacityPerInstance;
    case ComputeOptionsModel::PricePerInstanceMonthly: return o.pricePerInstanceMonthly;
    case ComputeOptionsModel::MinInstances: return o.minInstances;
    case ComputeOptionsModel::ReservedDiscountPercent: return o.reservedDiscountPercent;
    case ComputeOptionsModel::FixedMonthly: return o.fixedMonthly;
    }
    return 0;
}

void setField(ComputeOption &o, int column, double v)
{
    switch (column) {
    case ComputeOptionsModel::PricePerMillionRequests: o.pricePerMillionRequests = v; break;
    case ComputeOptionsModel::AvgDurationMs: o.avgDurationMs = v; break;
    case ComputeOptionsModel::MemoryGb: o.memoryGb = v; break;
    case ComputeOptionsModel::PricePerGbSecond: o.pricePerGbSecond = v; break;
    case ComputeOptionsModel::CapacityPerInstance: o.capacityPerInstance = v; break;
    case ComputeOptionsModel::PricePerInstanceMonthly: o.pricePerInstanceMonthly = v; break;
    case ComputeOptionsModel::MinInstances: o.minInstances = int(std::lround(v)); break;
    case ComputeOptionsModel::ReservedDiscountPercent: o.reservedDiscountPercent = v; break;
    case ComputeOptionsModel::FixedMonthly: o.fixedMonthly = v; break;
    }
}

int decimals(int column)
{
    switch (column) {
    case ComputeOptionsModel::PricePerMillionRequests: return 4;
    case ComputeOptionsModel::AvgDurationMs: return 1;
    case ComputeOptionsModel::MemoryGb: return 3;
    case ComputeOptionsModel::PricePerGbSecond: return 10;
    case ComputeOptionsModel::CapacityPerInstance: return 1;
    case ComputeOptionsModel::PricePerInstanceMonthly: return 2;
    case ComputeOptionsModel::MinInstances: return 0;
    case ComputeOptionsModel::ReservedDiscountPercent: return 1;
    case ComputeOptionsModel::FixedMonthly: return 2;
    }
    return 2;
}

bool isMoney(int column)
{
    return column == ComputeOptionsModel::PricePerMillionRequests || column == ComputeOptionsModel::PricePerGbSecond
        || column == ComputeOptionsModel::PricePerInstanceMonthly || column == ComputeOptionsModel::FixedMonthly;
}

/// Figures for the fields of `pricing` that are still unset, so a switch stays computable.
void fillPricingDefaults(ComputeOption &o)
{
    if (o.pricing == PricingKind::PerRequest) {
        if (o.avgDurationMs <= 0)
            o.avgDurationMs = 100;
        if (o.memoryGb <= 0)
            o.memoryGb = 0.125;
        if (o.pricePerMillionRequests <= 0 && o.pricePerGbSecond <= 0) {
            o.pricePerMillionRequests = 3.70;
            o.pricePerGbSecond = 0.0000166667;
        }
    } else {
        if (o.capacityPerInstance <= 0)
            o.capacityPerInstance = 1000;
        if (o.pricePerInstanceMonthly <= 0)
            o.pricePerInstanceMonthly = 150;
        if (o.minInstances <= 0)
            o.minInstances = 1;
    }
}

} // namespace

ComputeOptionsModel::ComputeOptionsModel(ProjectDocument *document, const QString &modelId, QObject *parent)
    : CostTableModel(document, modelId, parent)
{
    initializeRows();
}

int ComputeOptionsModel::rowsIn(const core::CostModel &model) const
{
    return int(model.options.size());
}

int ComputeOptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ComputeOptionsModel::applies(int column, PricingKind pricing)
{
    if (column >= PricePerMillionRequests && column <= PricePerGbSecond)
        return pricing == PricingKind::PerRequest;
    if (column >= CapacityPerInstance && column <= ReservedDiscountPercent)
        return pricing == PricingKind::PerInstance;
    return true;
}

QVariant ComputeOptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    const QString symbol = core::cost::currencySymbol(currency());
    const QString unit = item() ? item()->loadUnit : QStringLiteral("rps");
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Option");
        case Pricing: return tr("Pricing");
        case PricePerMillionRequests: return tr("%1 / million req.").arg(symbol);
        case AvgDurationMs: return tr("Duration");
        case MemoryGb: return tr("Memory");
        case PricePerGbSecond: return tr("%1 / GB-second").arg(symbol);
        case CapacityPerInstance: return tr("Capacity / instance");
        case PricePerInstanceMonthly: return tr("%1 / instance / month").arg(symbol);
        case MinInstances: return tr("Min. instances");
        case ReservedDiscountPercent: return tr("Reserved discount");
        case FixedMonthly: return tr("Fixed / month");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Pricing: return tr("Per request: pay for every request and its compute time (a straight line). "
                                "Per instance: pay for running instances (a staircase).");
        case PricePerMillionRequests: return tr("Request charge per million requests (gateway and invocation)");
        case AvgDurationMs: return tr("Average compute time of one request, in milliseconds");
        case MemoryGb: return tr("Memory given to each invocation, in GB");
        case PricePerGbSecond: return tr("Compute charge per GB-second");
        case CapacityPerInstance: return tr("Sustained load one instance carries, in %1").arg(unit);
        case PricePerInstanceMonthly: return tr("On-demand price of one instance for a month (730 hours)");
        case MinInstances: return tr("Instances that run even at the lowest load (redundancy)");
        case ReservedDiscountPercent: return tr("Discount on the instance price from a reservation or savings plan");
        case FixedMonthly: return tr("Monthly cost that does not depend on load (load balancer, NAT, support)");
        }
    }
    return {};
}

Qt::ItemFlags ComputeOptionsModel::flags(const QModelIndex &index) const
{
    const core::CostModel *model = item();
    if (!index.isValid() || !model || index.row() >= model->options.size())
        return Qt::NoItemFlags;
    if (!applies(index.column(), model->options[index.row()].pricing))
        return Qt::ItemIsSelectable; // shown disabled: this pricing does not use the field
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ComputeOptionsModel::data(const QModelIndex &index, int role) const
{
    const core::CostModel *model = item();
    if (!model || !index.isValid() || index.row() >= model->options.size())
        return {};
    const ComputeOption &o = model->options[index.row()];
    const int column = index.column();
    const bool used = applies(column, o.pricing);
    const QLocale locale;
    const QString cur = currency();

    switch (role) {
    case Qt::DisplayRole: {
        if (column == Name)
            return o.name;
        if (column == Pricing)
            return o.pricing == PricingKind::PerRequest ? tr("per request") : tr("per instance");
        if (!used)
            return QStringLiteral("–");
        const double v = field(o, column);
        switch (column) {
        case PricePerMillionRequests:
        case PricePerInstanceMonthly:
        case FixedMonthly: return core::cost::formatMoney(v, cur, locale);
        case PricePerGbSecond: return core::cost::formatUnitPrice(v, cur, locale);
        case AvgDurationMs: return tr("%1 ms").arg(core::cost::formatQuantity(v, locale));
        case MemoryGb: return tr("%1 GB").arg(locale.toString(v, 'g', 6));
        case CapacityPerInstance: return QStringLiteral("%1 %2").arg(core::cost::formatQuantity(v, locale), model->loadUnit);
        case MinInstances: return locale.toString(o.minInstances);
        case ReservedDiscountPercent: return tr("%1 %").arg(core::cost::formatQuantity(v, locale));
        }
        return {};
    }
    case Qt::EditRole:
        if (column == Name)
            return o.name;
        if (column == Pricing)
            return o.pricing == PricingKind::PerRequest ? 0 : 1;
        return field(o, column);
    case Qt::ToolTipRole:
        if (!used)
            return o.pricing == PricingKind::PerRequest ? tr("Applies to per-instance pricing only")
                                                        : tr("Applies to per-request pricing only");
        return {};
    case Qt::TextAlignmentRole:
        return column <= Pricing ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case ChoicesRole:
        return column == Pricing ? QVariant(QStringList{tr("per request"), tr("per instance")}) : QVariant();
    case NumberDecimalsRole:
        return column > Pricing ? QVariant(decimals(column)) : QVariant();
    case NumberMaximumRole:
        return column == ReservedDiscountPercent ? QVariant(99.9) : QVariant();
    case NumberPrefixRole:
        return column > Pricing && isMoney(column) ? QVariant(core::cost::currencySymbol(cur)) : QVariant();
    case NumberSuffixRole:
        switch (column) {
        case AvgDurationMs: return tr(" ms");
        case MemoryGb: return tr(" GB");
        case CapacityPerInstance: return QStringLiteral(" ") + model->loadUnit;
        case ReservedDiscountPercent: return tr(" %");
        }
        return {};
    }
    return {};
}

bool ComputeOptionsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const core::CostModel *model = item();
    if (role != Qt::EditRole || !model || !index.isValid() || index.row() >= model->options.size())
        return false;
    core::CostModel after = *model;
    ComputeOption &o = after.options[index.row()];
    const int column = index.column();
    QString text;
    if (column == Name) {
        o.name = value.toString();
        text = tr("Rename option");
    } else if (column == Pricing) {
        o.pricing = value.toInt() == 0 ? PricingKind::PerRequest : PricingKind::PerInstance;
        fillPricingDefaults(o);
        text = tr("Change pricing");
    } else {
        if (!applies(column, o.pricing))
            return false;
        setField(o, column, value.toDouble());
        text = tr("Change %1").arg(headerData(column, Qt::Horizontal).toString());
    }
    return commit(after, text);
}

int ComputeOptionsModel::insertEntry(int row)
{
    const core::CostModel *model = item();
    if (!model || !isEditable())
        return -1;
    core::CostModel after = *model;
    row = std::clamp(row, 0, int(after.options.size()));
    QStringList names;
    for (const auto &o : after.options)
        names << o.name;
    int n = int(after.options.size()) + 1;
    QString name = tr("Option %1").arg(n);
    while (names.contains(name))
        name = tr("Option %1").arg(++n);
    ComputeOption option;
    option.name = name;
    option.pricing = PricingKind::PerInstance;
    fillPricingDefaults(option);
    after.options.insert(row, option);
    return commit(after, tr("Add option")) ? row : -1;
}

bool ComputeOptionsModel::removeEntry(int row)
{
    return removeRowsOf(&core::CostModel::options, {row}, tr("Remove option"), tr("Remove option"));
}

bool ComputeOptionsModel::moveEntry(int from, int to)
{
    return moveRowOf(&core::CostModel::options, from, to, tr("Reorder options"));
}

} // namespace archbench::ui
