#include "matrixmodel.h"

#include "ui/charts/palette.h"
#include "criterioncolour.h"
#include "ui/charts/chartstyle.h"
#include "decisionhandle.h"

#include "core/decision/ahp.h"
#include "core/decision/decisionmatrix.h"
#include "core/decision/scorereport.h"

#include <QBrush>
#include <QScopeGuard>
#include <QDateTime>
#include <algorithm>
#include <utility>
#include <cmath>
#include <QFont>
#include <QHash>
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
    const core::Decision *d = decision();
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
    m_group.reset();
    if (d && !d->ballots.isEmpty())
        m_group = core::GroupScore::compute(*d);
    if (m_layer == Layer::Group && (!m_group || !m_revealed))
        m_layer = Layer::Agreed;
    if (d && m_layer == Layer::Group)
        m_shown = m_group->groupDecision();
    else if (d && m_layer == Layer::Ballot)
        m_shown = ballot() ? core::ballotView(*ballot(), *m_group) : *d;
    const core::Decision *view = shown();
    m_scores = view ? core::WeightedScore::compute(*view) : core::WeightedScore{};
    m_scoreIndex.fill(-1, m_criteria.size() * m_options.size());
    if (view) {
        QHash<QString, int> optionColumn;
        for (int i = 0; i < m_options.size(); ++i)
            optionColumn.insert(m_options[i], i);
        for (int i = 0; i < view->scores.size(); ++i) {
            const core::Score &s = view->scores[i];
            const int row = rowOf(s.criterion);
            const int option = optionColumn.value(s.option, -1);
            if (row >= 0 && option >= 0 && m_scoreIndex[row * m_options.size() + option] < 0)
                m_scoreIndex[row * m_options.size() + option] = i;
        }
    }
    if (structural) {
        endResetModel();
        m_picture = picture();
        return;
    }
    const QList<QVariantList> before = std::exchange(m_picture, picture());
    const int rows = rowCount();
    const int columns = columnCount();
    if (before.size() != m_picture.size()) { // first refresh
        emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
        return;
    }
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < columns; ++column)
            if (before[row * columns + column] != m_picture[row * columns + column])
                emit dataChanged(index(row, column), index(row, column));
    for (int column = 0; column < columns; ++column)
        if (before[rows * columns + column] != m_picture[rows * columns + column])
            emit headerDataChanged(Qt::Horizontal, column, column);
}

const core::Decision *MatrixModel::decision() const
{
    if (m_pinned)
        return m_pinned;
    return m_handle ? m_handle->decision() : nullptr;
}

QList<QVariantList> MatrixModel::picture() const
{
    // about 1,300 reads of the same decision: look it up once (nothing edits it meanwhile)
    m_pinned = decision();
    const auto unpin = qScopeGuard([this] { m_pinned = nullptr; });
    static constexpr int kRoles[] = {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole, Qt::FontRole,
                                     Qt::TextAlignmentRole, Qt::BackgroundRole, Qt::ForegroundRole,
                                     Qt::AccessibleTextRole, EliminatedRole, MissingRole, LeaderRole, SpreadRole};
    const int rows = rowCount();
    const int columns = columnCount();
    QList<QVariantList> out;
    out.reserve(rows * columns + columns);
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < columns; ++column) {
            const QModelIndex i = index(row, column);
            QVariantList roles;
            roles.reserve(std::size(kRoles));
            for (int role : kRoles)
                roles << data(i, role);
            out << roles;
        }
    for (int column = 0; column < columns; ++column) {
        QVariantList roles;
        for (int role : {Qt::DisplayRole, Qt::ToolTipRole, Qt::FontRole, Qt::ForegroundRole, Qt::BackgroundRole})
            roles << headerData(column, Qt::Horizontal, role);
        out << roles;
    }
    return out;
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

const core::Decision *MatrixModel::shown() const
{
    const core::Decision *d = decision();
    if (!d || m_layer == Layer::Agreed || (m_layer == Layer::Ballot && !ballot()))
        return d;
    return &m_shown;
}

const core::Ballot *MatrixModel::ballot() const
{
    const core::Decision *d = decision();
    if (!d || m_layer != Layer::Ballot)
        return nullptr;
    for (const core::Ballot &b : d->ballots)
        if (b.participant == m_participant)
            return &b;
    return nullptr;
}

bool MatrixModel::setLayer(Layer layer, const QString &participant)
{
    if ((layer == Layer::Group && (!m_revealed || !m_group)) || (layer == Layer::Ballot && participant.trimmed().isEmpty()))
        return false;
    m_layer = layer;
    m_participant = layer == Layer::Ballot ? participant.trimmed() : QString();
    refresh();
    emit layerChanged();
    return true;
}

void MatrixModel::setRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    refresh();
    emit layerChanged();
}

QString MatrixModel::layerTitle() const
{
    switch (m_layer) {
    case Layer::Agreed: return tr("Agreed scores");
    case Layer::Ballot: return tr("%1's ballot").arg(m_participant);
    case Layer::Group: {
        const QString how = m_group->aggregation() == core::Aggregation::Median        ? tr("median")
                            : m_group->aggregation() == core::Aggregation::GeometricMean ? tr("geometric mean")
                                                                                        : tr("mean");
        return m_group->ballotCount() == 1 ? tr("Group (%1 of 1 ballot)").arg(how)
                                           : tr("Group (%1 of %2 ballots)").arg(how).arg(m_group->ballotCount());
    }
    }
    return {};
}

int MatrixModel::adopt(const QModelIndex &index, const QString &rationale)
{
    if (!m_group || !m_revealed || !m_handle || m_handle->isReadOnly())
        return 0;
    QList<std::pair<QString, QString>> cells;
    if (index.isValid()) {
        if (!isScoreCell(index))
            return 0;
        cells.append({optionAt(index.column()), criterionAt(index.row())});
    } else {
        for (const QString &o : std::as_const(m_options))
            for (const QString &c : std::as_const(m_criteria))
                cells.append({o, c});
    }
    const core::GroupScore group = *m_group;
    int count = 0;
    m_handle->edit(cells.size() == 1 ? tr("Adopt the group's score") : tr("Adopt the group's scores"), [&](core::Decision &d) {
        for (const auto &[option, criterion] : cells) {
            const auto value = group.groupValue(option, criterion);
            if (!value)
                continue;
            const double rounded = std::round(*value * 100) / 100;
            const core::CellSpread *spread = group.spread(option, criterion);
            QString why = rationale.trimmed();
            if (why.isEmpty()) {
                const QString how = group.aggregation() == core::Aggregation::Median        ? tr("median")
                                    : group.aggregation() == core::Aggregation::GeometricMean ? tr("geometric mean")
                                                                                                : tr("mean");
                why = spread ? tr("Adopted from the group: %1 of %2 ballots (%3 to %4)")
                                   .arg(how)
                                   .arg(spread->ballots)
                                   .arg(QLocale().toString(spread->min), QLocale().toString(spread->max))
                             : tr("Adopted from the group: one ballot");
            }
            const core::Score *before = core::findScore(d, option, criterion);
            if (before && before->value == rounded && before->rationale == why)
                continue;
            DecisionMatrix::setScore(d, option, criterion, rounded);
            DecisionMatrix::setRationale(d, option, criterion, why);
            ++count;
        }
        return count > 0;
    });
    return count;
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    const core::Decision *d = shown();
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

const core::Score *MatrixModel::scoreAt(const core::Decision &d, int row, int column) const
{
    const int option = column - DecisionMatrix::kFirstOptionColumn;
    const QString criterion = criterionAt(row);
    const QString optionId = optionAt(column);
    if (criterion.isEmpty() || optionId.isEmpty())
        return nullptr;
    const qsizetype k = qsizetype(row) * m_options.size() + option;
    if (k < m_scoreIndex.size()) {
        const int i = m_scoreIndex[k];
        if (i >= 0 && i < d.scores.size() && d.scores[i].option == optionId && d.scores[i].criterion == criterion)
            return &d.scores[i];
    }
    return core::findScore(d, optionId, criterion);
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
        case Qt::DecorationRole: return criterionColour(d, c.id);
        default: return {};
        }
    }
    if (column == DecisionMatrix::kWeightColumn) {
        const core::Ballot *b = ballot();
        const bool own = b && std::any_of(b->weights.cbegin(), b->weights.cend(),
                                          [&](const core::BallotWeight &w) { return w.criterion == c.id; });
        if (m_layer == Layer::Ballot && !own) {
            if (role == Qt::ForegroundRole)
                return QBrush(palette::muted());
            if (role == Qt::ToolTipRole)
                return tr("The decision's weight: type a number to give this participant's own");
        }
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
    const core::Score *s = scoreAt(d, row, column);
    if (m_layer == Layer::Ballot) {
        // the ballot's own score only: a cell it left empty shows as missing
        s = nullptr;
        if (const core::Ballot *b = ballot())
            for (const core::Score &own : b->scores)
                if (own.option == option && own.criterion == c.id)
                    s = &own;
        if (role == Qt::ToolTipRole && !s)
            return tr("Not scored on this ballot: type a digit from %1 to %2 (until then the group's value counts)")
                .arg(locale.toString(d.scale.min), locale.toString(d.scale.max));
    }
    const core::CellSpread *spread = m_layer == Layer::Group && m_group ? m_group->spread(option, c.id) : nullptr;
    if (m_layer == Layer::Group && s) {
        switch (role) {
        case SpreadRole: return spread ? QVariant(spread->spread) : QVariant();
        case Qt::DisplayRole:
            return spread && spread->spread > 0 && !m_compact
                ? tr("%1 ↕%2").arg(core::ScoreReport::formatNumber(s->value, locale),
                                   core::ScoreReport::formatNumber(spread->spread, locale))
                : core::ScoreReport::formatNumber(s->value, locale);
        case Qt::BackgroundRole: {
            if (!spread || spread->spread <= 0 || d.scale.max <= d.scale.min)
                return {};
            QColor tint = palette::attention();
            tint.setAlphaF(std::min(1.0, 0.15 + 0.75 * spread->spread / (d.scale.max - d.scale.min)));
            return QBrush(tint);
        }
        case Qt::ToolTipRole:
            if (!m_group->groupValue(option, c.id))
                return tr("No ballot scored this cell: the agreed score stands");
            return spread ? tr("%n ballot(s) from %1 to %2 (spread %3, standard deviation %4)", nullptr, spread->ballots)
                                .arg(locale.toString(spread->min), locale.toString(spread->max),
                                     locale.toString(spread->spread), locale.toString(spread->stdev, 'f', 2))
                          : tr("One ballot scored this cell");
        case Qt::AccessibleTextRole:
            return spread ? tr("%1, spread %2").arg(core::ScoreReport::formatNumber(s->value, locale),
                                                    core::ScoreReport::formatNumber(spread->spread, locale))
                          : core::ScoreReport::formatNumber(s->value, locale);
        default: break;
        }
    }
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
    const core::Decision *d = shown();
    if (section < 0 || section >= columnCount())
        return {};
    if (section == DecisionMatrix::kNameColumn) {
        if (role == Qt::DisplayRole)
            return m_layer == Layer::Agreed || m_compact ? tr("Criterion")
                   : m_layer == Layer::Group                ? tr("Group")
                                                            : layerTitle();
        if (role == Qt::ForegroundRole && m_layer != Layer::Agreed)
            return QBrush(palette::series(0));
        return {};
    }
    if (section == DecisionMatrix::kWeightColumn) {
        // with pairwise judgments for every pair, the weights' consistency ratio (AHP)
        const core::Decision *agreed = decision();
        const std::optional<core::AhpResult> ahp = agreed && !agreed->pairwise.isEmpty()
            ? std::optional<core::AhpResult>(core::Ahp::compute(*agreed))
            : std::nullopt;
        const bool withCr = ahp && ahp->complete && !m_compact;
        if (role == Qt::DisplayRole)
            return withCr ? tr("Weight\nCR %1").arg(QLocale().toString(ahp->consistencyRatio, 'f', 2)) : tr("Weight");
        if (role == Qt::ToolTipRole && withCr)
            return ahp->consistent() ? tr("Consistency ratio of the pairwise judgments: %1 (at most 0.10 is consistent)")
                                           .arg(QLocale().toString(ahp->consistencyRatio, 'f', 3))
                                     : tr("Consistency ratio of the pairwise judgments: %1, above 0.10: revisit them (Meeting page)")
                                           .arg(QLocale().toString(ahp->consistencyRatio, 'f', 3));
        if (role == Qt::ForegroundRole && withCr && !ahp->consistent())
            return QBrush(palette::failed());
        return {};
    }
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
    if (rowKind(index.row()) == CriterionRow && m_handle && !m_handle->isReadOnly()
        && (m_layer != Layer::Group || index.column() == DecisionMatrix::kNameColumn))
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
        if (m_layer == Layer::Ballot)
            return editBallot(tr("Change %1's weight").arg(m_participant), [&](core::Ballot &b) {
                for (core::BallotWeight &w : b.weights)
                    if (w.criterion == criterion) {
                        w.weight = *number;
                        return;
                    }
                b.weights << core::BallotWeight{criterion, *number};
            });
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
    if (m_layer == Layer::Ballot) {
        const QString text = value ? tr("Score %1 on %2 for %3").arg(optionName, criterionName, m_participant)
                                   : tr("Clear %3's score of %1 on %2").arg(optionName, criterionName, m_participant);
        return editBallot(text, [&](core::Ballot &b) { setBallotScore(b, option, criterion, value); });
    }
    const QString text = value ? tr("Score %1 on %2").arg(optionName, criterionName)
                               : tr("Clear score of %1 on %2").arg(optionName, criterionName);
    return m_handle->edit(text, [&](core::Decision &dd) {
        DecisionMatrix::setScore(dd, option, criterion, value);
        return true;
    });
}

bool MatrixModel::editBallot(const QString &text, const std::function<void(core::Ballot &)> &change)
{
    const QString participant = m_participant;
    return m_handle->edit(text, [&](core::Decision &d) {
        core::Ballot *b = nullptr;
        for (core::Ballot &candidate : d.ballots)
            if (candidate.participant == participant)
                b = &candidate;
        if (!b) {
            d.ballots << core::Ballot{participant, {}, {}, {}};
            b = &d.ballots.last();
        }
        const core::Ballot before = *b;
        change(*b);
        if (*b == before)
            return false;
        b->submitted = QDateTime::currentDateTimeUtc();
        // whoever scores is one of the decision's people (consulted unless already named)
        if (!d.participants.contains(participant) && !d.consulted.contains(participant) && !d.informed.contains(participant))
            d.consulted << participant;
        return true;
    });
}

void MatrixModel::setBallotScore(core::Ballot &b, const QString &option, const QString &criterion,
                                 std::optional<double> value)
{
    for (qsizetype i = 0; i < b.scores.size(); ++i)
        if (b.scores[i].option == option && b.scores[i].criterion == criterion) {
            if (value)
                b.scores[i].value = *value;
            else
                b.scores.removeAt(i);
            return;
        }
    if (value)
        b.scores << core::Score{option, criterion, *value, {}};
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
            } else if (isScoreCell(index) && m_layer == Layer::Ballot) {
                for (core::Ballot &b : d.ballots)
                    if (b.participant == m_participant && b.scores.removeIf([&](const core::Score &sc) {
                            return sc.option == optionAt(index.column()) && sc.criterion == criterion;
                        }) > 0)
                        ++count;
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
