#include "matrixmodel.h"

#include "ui/palette.h"
#include "decisionhandle.h"

#include "core/decision/decisionmatrix.h"
#include "core/decision/scorereport.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace archbench::ui {

using core::DecisionMatrix;

MatrixModel::MatrixModel(DecisionHandle *handle, QObject *parent)
    : QAbstractTableModel(parent), m_handle(handle)
{
    connect(handle, &DecisionHandle::changed, this, &MatrixModel::refresh);
    connect(handle, &DecisionHandle::removed, this, &MatrixModel::refresh);
    connect(handle, &DecisionHandle::readOnlyChanged, this, [this] {
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    refresh();
}

void MatrixModel::refresh()
{
    const core::Decision *d = m_handle ? m_handle->decision() : nullptr;
    QStringList criteria;
    QStringList options;
    if (d) {
        for (const core::Criterion &c : d->criteria)
            criteria << c.id;
        for (const core::Option &o : d->options)
            options << o.id;
    }
    const bool structural = criteria != m_criteria || options != m_options;
    if (structural)
        beginResetModel();
    m_criteria = criteria;
    m_options = options;
    m_scores = d ? core::WeightedScore::compute(*d) : core::WeightedScore{};
    if (structural) {
        endResetModel();
        return;
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_criteria.size()) + 2;
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : DecisionMatrix::kFirstOptionColumn + int(m_options.size());
}

MatrixModel::RowKind MatrixModel::rowKind(int row) const
{
    if (row < m_criteria.size())
        return CriterionRow;
    return row == m_criteria.size() ? TotalsRow : RankRow;
}

QString MatrixModel::criterionAt(int row) const
{
    return row >= 0 && row < m_criteria.size() ? m_criteria[row] : QString();
}

QString MatrixModel::optionAt(int column) const
{
    const int i = column - DecisionMatrix::kFirstOptionColumn;
    return i >= 0 && i < m_options.size() ? m_options[i] : QString();
}

int MatrixModel::rowOf(const QString &criterionId) const
{
    return int(m_criteria.indexOf(criterionId));
}

int MatrixModel::columnOf(const QString &optionId) const
{
    const qsizetype i = m_options.indexOf(optionId);
    return i < 0 ? -1 : DecisionMatrix::kFirstOptionColumn + int(i);
}

bool MatrixModel::isScoreCell(const QModelIndex &index) const
{
    return index.isValid() && rowKind(index.row()) == CriterionRow && !optionAt(index.column()).isEmpty();
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    const core::Decision *d = m_handle ? m_handle->decision() : nullptr;
    if (!d || !index.isValid() || !checkIndex(index))
        return {};
    const QString option = optionAt(index.column());
    const core::OptionScore *os = option.isEmpty() ? nullptr : m_scores.find(option);
    if (role == EliminatedRole)
        return os && os->eliminated;
    if (role == LeaderRole) // every option sharing rank 1 is tinted alike: a tie favours none
        return !option.isEmpty() && m_scores.leaders().contains(option);
    if (role == RowKindRole)
        return int(rowKind(index.row()));
    switch (rowKind(index.row())) {
    case CriterionRow: return scoreData(*d, index.row(), index.column(), role);
    case TotalsRow: return totalsData(index.column(), role);
    case RankRow: return rankData(index.column(), role);
    }
    return {};
}

QVariant MatrixModel::scoreData(const core::Decision &d, int row, int column, int role) const
{
    if (row >= d.criteria.size())
        return {};
    const core::Criterion &c = d.criteria[row];
    const QLocale locale;
    if (column == DecisionMatrix::kNameColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole: return c.name;
        case Qt::ToolTipRole: return c.description.isEmpty() ? QVariant() : QVariant(c.description);
        case Qt::DecorationRole: return palette::series(row);
        default: return {};
        }
    }
    if (column == DecisionMatrix::kWeightColumn) {
        switch (role) {
        case Qt::DisplayRole: return core::ScoreReport::formatNumber(c.weight, locale);
        case Qt::EditRole: return c.weight;
        case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return m_scores.weightSum() > 0
                ? tr("%1 of the total weight").arg(core::ScoreReport::formatShare(c.weight / m_scores.weightSum(), locale))
                : tr("All weights are zero");
        default: return {};
        }
    }
    const QString option = optionAt(column);
    const core::Score *s = core::findScore(d, option, c.id);
    switch (role) {
    case MissingRole: return s == nullptr;
    case Qt::DisplayRole: return s ? core::ScoreReport::formatNumber(s->value, locale) : tr("—");
    case Qt::EditRole: return s ? QVariant(s->value) : QVariant();
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        return s ? QVariant() : QVariant(QBrush(palette::muted()));
    case Qt::ToolTipRole:
        if (!s)
            return tr("Missing score: type a digit from %1 to %2").arg(locale.toString(d.scale.min), locale.toString(d.scale.max));
        return s->rationale.isEmpty() ? tr("No rationale yet") : s->rationale;
    case Qt::AccessibleTextRole:
        return s ? core::ScoreReport::formatNumber(s->value, locale) : tr("missing");
    default: return {};
    }
}

QVariant MatrixModel::totalsData(int column, int role) const
{
    const QLocale locale;
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (column == DecisionMatrix::kNameColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Weighted score")) : QVariant();
    if (column == DecisionMatrix::kWeightColumn) {
        if (role == Qt::DisplayRole)
            return core::ScoreReport::formatNumber(m_scores.weightSum(), locale);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("Sum of the weights");
        return {};
    }
    const core::OptionScore *os = m_scores.find(optionAt(column));
    if (!os)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (!os->complete)
            return tr("incomplete");
        if (!os->weighted)
            return tr("—");
        return locale.toString(*os->weighted, 'f', 2);
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        if (!os->complete || os->eliminated)
            return QBrush(palette::muted());
        return {};
    case Qt::ToolTipRole:
        if (!os->complete)
            return tr("Incomplete: scores missing for %1 of %2 criteria").arg(os->missing.size()).arg(m_criteria.size());
        if (os->percent)
            return tr("%1 % of the way from the lowest to the highest score").arg(locale.toString(*os->percent, 'f', 0));
        return {};
    default: return {};
    }
}

QVariant MatrixModel::rankData(int column, int role) const
{
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (column == DecisionMatrix::kNameColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Rank")) : QVariant();
    if (column == DecisionMatrix::kWeightColumn)
        return {};
    const core::OptionScore *os = m_scores.find(optionAt(column));
    if (!os)
        return {};
    // a shared rank 1 is a tie, not a lead: every tied option says so, none is "leader"
    const bool tie = os->rank == 1 && m_scores.leaders().size() > 1;
    const bool leader = tie || os->option == m_scores.leader();
    switch (role) {
    case Qt::DisplayRole:
        if (os->eliminated)
            return tr("eliminated");
        if (!os->rank)
            return tr("unranked");
        if (tie)
            return tr("%1 · tie").arg(*os->rank);
        return leader ? tr("%1 · leader").arg(*os->rank) : QLocale().toString(*os->rank);
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        if (leader)
            return QBrush(palette::passed());
        if (!os->rank)
            return QBrush(palette::muted());
        return {};
    case Qt::ToolTipRole:
        if (os->eliminated)
            return tr("Eliminated by a hard constraint: never ranked");
        if (!os->complete)
            return tr("Not ranked until every criterion has a score");
        return {};
    default: return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role != Qt::DisplayRole || section < 0 || section >= rowCount())
            return {};
        return rowKind(section) == CriterionRow ? QVariant(section + 1) : QVariant();
    }
    const core::Decision *d = m_handle ? m_handle->decision() : nullptr;
    if (section < 0 || section >= columnCount())
        return {};
    if (section == DecisionMatrix::kNameColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Criterion")) : QVariant();
    if (section == DecisionMatrix::kWeightColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Weight")) : QVariant();
    const int i = section - DecisionMatrix::kFirstOptionColumn;
    if (!d || i >= d->options.size())
        return {};
    const core::Option &o = d->options[i];
    const core::OptionScore *os = m_scores.find(o.id);
    switch (role) {
    case Qt::DisplayRole: {
        QString text = o.name.isEmpty() ? tr("(unnamed)") : o.name;
        if (os && os->eliminated)
            text += QLatin1Char('\n') + tr("eliminated");
        else if (o.id == d->chosenOption)
            text += QLatin1Char('\n') + tr("chosen");
        else if (o.doNothing)
            text += QLatin1Char('\n') + tr("do nothing");
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!o.description.isEmpty())
            lines << o.description;
        if (os && os->eliminated)
            for (const core::HardConstraint &k : d->constraints)
                if (k.failedBy.contains(o.id))
                    lines << tr("Fails: %1").arg(k.text);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::ForegroundRole:
        return os && os->eliminated ? QVariant(QBrush(palette::muted())) : QVariant();
    case EliminatedRole: return os && os->eliminated;
    default: return {};
    }
}

Qt::ItemFlags MatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (rowKind(index.row()) == CriterionRow && m_handle && !m_handle->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool MatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString criterion = criterionAt(index.row());
    if (index.column() == DecisionMatrix::kNameColumn) {
        const QString name = value.toString().trimmed();
        return m_handle->edit(tr("Rename criterion"), [&](core::Decision &d) {
            for (core::Criterion &c : d.criteria)
                if (c.id == criterion && !name.isEmpty() && c.name != name) {
                    c.name = name;
                    return true;
                }
            return false;
        });
    }
    const auto number = value.userType() == QMetaType::QString
        ? DecisionMatrix::parseNumber(value.toString())
        : (value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt);
    if (index.column() == DecisionMatrix::kWeightColumn) {
        if (!number || *number < 0)
            return false;
        return m_handle->edit(tr("Change weight"), [&](core::Decision &d) {
            for (core::Criterion &c : d.criteria)
                if (c.id == criterion) {
                    c.weight = *number;
                    return true;
                }
            return false;
        });
    }
    if (!number && !value.toString().trimmed().isEmpty())
        return false;
    return setScore(index, number);
}

bool MatrixModel::setScore(const QModelIndex &index, std::optional<double> value)
{
    if (!isScoreCell(index) || !m_handle || m_handle->isReadOnly())
        return false;
    const core::Decision *d = m_handle->decision();
    if (!d || (value && !DecisionMatrix::inScale(*d, *value)))
        return false;
    const QString option = optionAt(index.column());
    const QString criterion = criterionAt(index.row());
    QString optionName, criterionName;
    for (const core::Option &o : d->options)
        if (o.id == option)
            optionName = o.name;
    for (const core::Criterion &c : d->criteria)
        if (c.id == criterion)
            criterionName = c.name;
    const QString text = value ? tr("Score %1 on %2").arg(optionName, criterionName)
                               : tr("Clear score of %1 on %2").arg(optionName, criterionName);
    return m_handle->edit(text, [&](core::Decision &dd) {
        DecisionMatrix::setScore(dd, option, criterion, value);
        return true;
    });
}

int MatrixModel::clear(const QModelIndexList &indexes)
{
    int count = 0;
    m_handle->edit(tr("Clear cells"), [&](core::Decision &d) {
        for (const QModelIndex &index : indexes) {
            if (!(flags(index) & Qt::ItemIsEditable))
                continue;
            const QString criterion = criterionAt(index.row());
            if (index.column() == DecisionMatrix::kWeightColumn) {
                for (core::Criterion &c : d.criteria)
                    if (c.id == criterion && c.weight != 0) {
                        c.weight = 0;
                        ++count;
                    }
            } else if (isScoreCell(index) && core::findScore(d, optionAt(index.column()), criterion)) {
                DecisionMatrix::setScore(d, optionAt(index.column()), criterion, std::nullopt);
                ++count;
            }
        }
        return count > 0;
    });
    return count;
}

} // namespace archbench::ui
