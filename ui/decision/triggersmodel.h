#pragma once
// The revisit triggers of one decision as an editable table: state (derived, with the reason
// in words), category, condition, metric, comparator, threshold, current value and review-by
// date. Empty number and date cells mean "not set". The reference date for the state is given
// by the caller (the GUI passes today), never read here.

#include "core/decision/triggerstatus.h"
#include "ui/itemtablemodel.h"

#include <QDate>

namespace archbench::ui {

class DecisionHandle;

class TriggersModel : public ItemTableModel<core::Decision> {
    Q_OBJECT
public:
    enum Column {
        StateColumn, CategoryColumn, ConditionColumn, MetricColumn, ComparatorColumn,
        ThresholdColumn, CurrentColumn, ReviewByColumn, ColumnCount
    };
    static constexpr int StateRole = Qt::UserRole + 1; ///< int core::TriggerState

    explicit TriggersModel(DecisionHandle *handle, QObject *parent = nullptr);

    void setReferenceDate(const QDate &today);
    QDate referenceDate() const { return m_today; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int addTrigger(int row, core::TriggerCategory category);
    void removeTrigger(int row);
    QString triggerAt(int row) const;
    int rowOf(const QString &triggerId) const;

    static QString categoryLabel(core::TriggerCategory category);

protected:
    int rowsIn(const core::Decision &d) const override { return int(d.revisitTriggers.size()); }
    /// The triggers, and the record (its date is a calendar trigger's start).
    core::ItemParts shownParts() const override { return core::ItemPart::Triggers | core::ItemPart::Record; }
    /// Other triggers (by id) stand in the rows.
    bool shapeChanged() const override { return currentIds() != m_triggers; }
    void recompute() override { m_triggers = currentIds(); }

private:
    QStringList currentIds() const;

    QStringList m_triggers;
    QDate m_today;
};

} // namespace archbench::ui
