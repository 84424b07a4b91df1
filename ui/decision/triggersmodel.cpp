#include "triggersmodel.h"
#include "ui/widgets/dates.h"

#include "ui/charts/palette.h"
#include "decisionhandle.h"

#include "core/decision/decisionmatrix.h"
#include "core/project.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace archbench::ui {

using core::TriggerState;

QString TriggersModel::categoryLabel(core::TriggerCategory category)
{
    using C = core::TriggerCategory;
    switch (category) {
    case C::Scale: return tr("Scale");
    case C::Team: return tr("Team");
    case C::Cost: return tr("Cost");
    case C::Compliance: return tr("Compliance");
    case C::Performance: return tr("Performance");
    case C::Technology: return tr("Technology");
    case C::Calendar: return tr("Calendar");
    case C::Organizational: return tr("Organizational");
    }
    return {};
}

TriggersModel::TriggersModel(DecisionHandle *handle, QObject *parent)
    : ItemTableModel<core::Decision>(handle, parent), m_today(QDate::currentDate())
{
    initializeRows();
}

void TriggersModel::setReferenceDate(const QDate &today)
{
    if (m_today == today)
        return;
    m_today = today;
    allCellsChanged(); // the states and their reasons
}

QStringList TriggersModel::currentIds() const
{
    QStringList ids;
    if (const core::Decision *d = item())
        for (const core::RevisitTrigger &t : d->revisitTriggers)
            ids << t.id;
    return ids;
}

int TriggersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TriggersModel::triggerAt(int row) const
{
    return m_triggers.value(row);
}

int TriggersModel::rowOf(const QString &triggerId) const
{
    return int(m_triggers.indexOf(triggerId));
}

QVariant TriggersModel::data(const QModelIndex &index, int role) const
{
    const core::Decision *d = item();
    if (!d || !index.isValid() || !checkIndex(index) || index.row() >= d->revisitTriggers.size())
        return {};
    const core::RevisitTrigger &t = d->revisitTriggers[index.row()];
    const QLocale locale;
    const auto number = [&](const std::optional<double> &v) -> QVariant {
        if (role == Qt::EditRole)
            return v ? QVariant(*v) : QVariant(QString());
        if (role == Qt::DisplayRole)
            return v ? QVariant(locale.toString(*v)) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    switch (index.column()) {
    case StateColumn: {
        const core::TriggerStatus st = core::TriggerEvaluation::evaluate(*d, t, m_today);
        switch (role) {
        case Qt::DisplayRole: return core::TriggerEvaluation::stateName(st.state);
        case StateRole: return int(st.state);
        case Qt::ToolTipRole: return st.reason;
        case Qt::ForegroundRole:
            if (st.state == TriggerState::Fired)
                return QBrush(palette::failed());
            if (st.state == TriggerState::DueSoon)
                return QBrush(palette::attention().darker(130));
            if (st.state == TriggerState::Watching)
                return QBrush(palette::muted());
            return QBrush(palette::passed().darker(120));
        case Qt::FontRole:
            if (st.state == TriggerState::Fired || st.state == TriggerState::DueSoon) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        default: return {};
        }
    }
    case CategoryColumn:
        if (role == Qt::DisplayRole)
            return categoryLabel(t.category);
        if (role == Qt::EditRole)
            return core::enumToString(t.category);
        return {};
    case ConditionColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return t.condition;
        return {};
    case MetricColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return t.metric;
        return {};
    case ComparatorColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return core::enumToString(t.comparator);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        return {};
    case ThresholdColumn: return number(t.threshold);
    case CurrentColumn: return number(t.currentValue);
    case ReviewByColumn: {
        if (role == Qt::EditRole)
            return t.reviewBy.isValid() ? displayDate(t.reviewBy) : QString();
        const QDate effective = core::TriggerEvaluation::effectiveReviewBy(*d, t);
        if (role == Qt::DisplayRole) {
            if (t.reviewBy.isValid())
                return displayDate(t.reviewBy);
            return effective.isValid() ? tr("%1 (default)").arg(displayDate(effective)) : QVariant();
        }
        if (role == Qt::ForegroundRole && !t.reviewBy.isValid())
            return QBrush(palette::muted());
        if (role == Qt::ToolTipRole && !t.reviewBy.isValid() && effective.isValid())
            return tr("Calendar triggers are due six months after the decision date unless given a date.");
        return {};
    }
    default: return {};
    }
}

QVariant TriggersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case CategoryColumn: return tr("Category");
    case ConditionColumn: return tr("Condition");
    case MetricColumn: return tr("Metric");
    case ComparatorColumn: return tr("Compare");
    case ThresholdColumn: return tr("Threshold");
    case CurrentColumn: return tr("Now");
    case ReviewByColumn: return tr("Review by");
    default: return {};
    }
}

Qt::ItemFlags TriggersModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != StateColumn && !isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool TriggersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString id = triggerAt(index.row());
    const QString text = value.toString().trimmed();
    std::optional<double> number;
    if (index.column() == ThresholdColumn || index.column() == CurrentColumn) {
        if (!text.isEmpty()) {
            number = value.userType() == QMetaType::Double ? value.toDouble() : core::DecisionMatrix::parseNumber(text).value_or(qQNaN());
            if (qIsNaN(*number))
                return false;
        }
    }
    QDate date;
    if (index.column() == ReviewByColumn && !text.isEmpty()) {
        date = parseDisplayDate(text);
        if (!date.isValid())
            return false;
    }
    std::optional<core::TriggerCategory> category;
    std::optional<core::Comparator> comparator;
    if (index.column() == CategoryColumn && !(category = core::enumFromString<core::TriggerCategory>(text)))
        return false;
    if (index.column() == ComparatorColumn && !(comparator = core::enumFromString<core::Comparator>(text)))
        return false;

    return editItem(tr("Edit revisit trigger"), [&](core::Decision &d) {
        for (core::RevisitTrigger &t : d.revisitTriggers) {
            if (t.id != id)
                continue;
            switch (index.column()) {
            case CategoryColumn: t.category = *category; break;
            case ConditionColumn: t.condition = text; break;
            case MetricColumn: t.metric = text; break;
            case ComparatorColumn: t.comparator = *comparator; break;
            case ThresholdColumn: t.threshold = number; break;
            case CurrentColumn: t.currentValue = number; break;
            case ReviewByColumn: t.reviewBy = date; break;
            default: return false;
            }
            return true;
        }
        return false;
    });
}

int TriggersModel::addTrigger(int row, core::TriggerCategory category)
{
    const int at = row < 0 || row >= rowCount() ? rowCount() : row + 1;
    editItem(tr("Add revisit trigger"), [&](core::Decision &d) {
        core::RevisitTrigger t;
        t.id = core::Project::newId();
        t.category = category;
        t.condition = category == core::TriggerCategory::Calendar ? tr("Look at this decision again on the review date")
                                                                  : tr("New condition");
        d.revisitTriggers.insert(at, t);
        return true;
    });
    return at;
}

void TriggersModel::removeTrigger(int row)
{
    const QString id = triggerAt(row);
    editItem(tr("Remove revisit trigger"), [&](core::Decision &d) {
        return d.revisitTriggers.removeIf([&](const core::RevisitTrigger &t) { return t.id == id; }) > 0;
    });
}

} // namespace archbench::ui
