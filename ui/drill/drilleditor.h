#pragma once
// The document tab of one DR drill (DOMAIN.md §4): what was failed and how, the targets,
// the measured phases (in minutes or as clock times), the timeline, the findings, the action
// items, the verdict banner and the expected-loss helper. Written to be filled in during the
// drill itself: every field applies at once, each edit is one undo command through
// ui::commands (typing into a field merges into one step), and the banner follows each edit.
// Read-only projects show everything and change nothing.

#include "ui/itemhandle.h"
#include "ui/widgets/fieldbinder.h"
#include "ui/workbench.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace archbench::ui {

class DrillActionItemsModel;
class DrillListSection;
class DrillResultBanner;
class ExpectedLossPanel;
class FindingsModel;
class MessageBar;
class OptionalDoubleSpinBox;
class PhaseTimesPanel;
class TimelineModel;

class DrillEditor : public QWidget {
    Q_OBJECT
public:
    DrillEditor(const EditorContext &context, const QString &drillId, QWidget *parent = nullptr);

    QString drillId() const { return m_drillId; }
    /// Selects the action item `actionItemId` and brings it into view.
    Q_INVOKABLE void highlight(const QString &actionItemId);

    // The parts, for tests and for the shell's focus handling.
    QLineEdit *titleEdit() const { return m_title; }
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *tierCombo() const { return m_tier; }
    OptionalDoubleSpinBox *rtoTargetEdit() const { return m_rtoTarget; }
    OptionalDoubleSpinBox *rpoTargetEdit() const { return m_rpoTarget; }
    OptionalDoubleSpinBox *phaseEdit(int phase) const;
    OptionalDoubleSpinBox *dataLossEdit() const { return m_dataLoss; }
    PhaseTimesPanel *phaseTimes() const { return m_phaseTimes; }
    DrillResultBanner *banner() const { return m_banner; }
    MessageBar *tierOffer() const { return m_tierOffer; }
    MessageBar *problemBar() const { return m_problem; }
    DrillListSection *timelineSection() const { return m_timeline; }
    DrillListSection *findingsSection() const { return m_findings; }
    DrillListSection *actionItemsSection() const { return m_actions; }
    DrillActionItemsModel *actionItemsModel() const { return m_actionsModel; }
    ExpectedLossPanel *expectedLoss() const { return m_expectedLoss; }

private:
    QWidget *buildDrillGroup();
    QWidget *buildTargetsGroup();
    QWidget *buildMeasuredGroup();
    void connectFields();
    void refresh();
    void updateReadOnly();
    void chooseTier(int index);
    void offerTypicalTargets();
    template <typename F> bool edit(const QString &undoText, const QString &mergeKey, F change);

    QString m_drillId;
    ItemHandle<core::Drill> *m_drill; ///< every edit of this editor goes through it
    FieldBinder<core::Drill> m_binder; ///< the plain fields: edited, refreshed and locked together
    bool m_updating = false;

    DrillResultBanner *m_banner = nullptr;
    MessageBar *m_tierOffer = nullptr;
    MessageBar *m_problem = nullptr;
    QScrollArea *m_scroll = nullptr;

    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_scenario = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_traffic = nullptr;
    QSpinBox *m_trafficPercent = nullptr;
    QComboBox *m_tier = nullptr;
    QToolButton *m_fillTargets = nullptr;
    QLabel *m_tierSummary = nullptr;
    OptionalDoubleSpinBox *m_rtoTarget = nullptr;
    OptionalDoubleSpinBox *m_rpoTarget = nullptr;
    QTabWidget *m_phaseTabs = nullptr;
    OptionalDoubleSpinBox *m_phases[3] = {};
    PhaseTimesPanel *m_phaseTimes = nullptr;
    OptionalDoubleSpinBox *m_dataLoss = nullptr;
    QLabel *m_observedRto = nullptr;

    TimelineModel *m_timelineModel = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    DrillActionItemsModel *m_actionsModel = nullptr;
    DrillListSection *m_timeline = nullptr;
    DrillListSection *m_findings = nullptr;
    DrillListSection *m_actions = nullptr;
    ExpectedLossPanel *m_expectedLoss = nullptr;
};

} // namespace archbench::ui
