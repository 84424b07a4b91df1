#include "drilleditor.h"
#include "ui/widgets/followfocus.h"
#include "ui/widgets/dates.h"

#include "core/drill/drillcadence.h"
#include "core/drill/drilltexts.h"
#include "core/drill/drillverdict.h"
#include "core/drill/drtierpresets.h"
#include "core/project.h"
#include "drillactionitemsmodel.h"
#include "drilllistsection.h"
#include "drillresultbanner.h"
#include "expectedlosspanel.h"
#include "findingsmodel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/optionaldoublespinbox.h"
#include "phasetimespanel.h"
#include "timelinemodel.h"
#include "ui/commands/itemcommands.h"
#include "ui/widgets/quiettabs.h"
#include "workstatusdelegate.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {
const QDate kNoDate(2000, 1, 1); // shown as "no date" in the date field

template <typename E> void fillCombo(QComboBox *combo, std::initializer_list<E> values,
                                     QString (*name)(E))
{
    for (E value : values)
        combo->addItem(name(value), int(value));
}

void selectData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (index != combo->currentIndex())
        combo->setCurrentIndex(index);
}

OptionalDoubleSpinBox *makeAmount(QWidget *parent, const QString &suffix, const QString &name)
{
    auto *spin = new OptionalDoubleSpinBox(parent);
    spin->setSuffix(suffix);
    spin->setObjectName(name);
    spin->setMaximumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 16);
    spin->setToolTip(QCoreApplication::translate("archbench::ui::DrillEditor",
                                                 "Empty (\u2014) when not set; clear the field to unset it"));
    return spin;
}

} // namespace

template <typename F> bool DrillEditor::edit(const QString &undoText, const QString &mergeKey, F change)
{
    return !m_updating && m_drill->edit(undoText, change, mergeKey);
}

DrillEditor::DrillEditor(const EditorContext &context, const QString &drillId, QWidget *parent)
    : QWidget(parent), m_drillId(drillId),
      m_drill(new ItemHandle<core::Drill>(context.document, drillId, this)),
      m_binder([this] { return m_drill->item(); },
               [this](const core::Drill &after, const QString &undoText, const QString &field) {
                   return m_drill->replace(after, undoText, field);
               })
{
    setObjectName(QStringLiteral("drillEditor"));
    m_banner = new DrillResultBanner(this);
    m_tierOffer = new MessageBar(this);
    m_tierOffer->setObjectName(QStringLiteral("tierOffer"));
    m_problem = new MessageBar(this);
    m_problem->setObjectName(QStringLiteral("problemBar"));

    m_timelineModel = new TimelineModel(context.document, drillId, this);
    m_findingsModel = new FindingsModel(context.document, drillId, this);
    m_actionsModel = new DrillActionItemsModel(context.document, drillId, this);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->addWidget(buildDrillGroup(), 0, 0, 2, 1);
    grid->addWidget(buildTargetsGroup(), 0, 1);
    grid->addWidget(buildMeasuredGroup(), 1, 1);

    m_timeline = new DrillListSection(tr("Timeline"), m_timelineModel, tr("Add &timeline event"),
                                      tr("Remove event"), content);
    m_timeline->setObjectName(QStringLiteral("timelineSection"));
    auto *sort = new QPushButton(tr("S&ort by time"), m_timeline);
    m_timeline->addExtraButton(sort);
    const QFontMetrics metrics = m_timeline->view()->fontMetrics();
    m_timeline->view()->horizontalHeader()->resizeSection(
        TimelineModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("2026-11-20 10:02:00")) + 24);
    grid->addWidget(m_timeline, 2, 0);

    m_findings = new DrillListSection(tr("Findings"), m_findingsModel, tr("Add fi&nding"),
                                      tr("Remove finding"), content);
    m_findings->setObjectName(QStringLiteral("findingsSection"));
    m_findings->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    grid->addWidget(m_findings, 2, 1);

    m_actions = new DrillListSection(tr("Action items"), m_actionsModel, tr("Add a&ction item"),
                                     tr("Remove action item"), content);
    m_actions->setObjectName(QStringLiteral("actionItemsSection"));
    QHeaderView *actionHeader = m_actions->view()->horizontalHeader();
    actionHeader->setStretchLastSection(false);
    actionHeader->setSectionResizeMode(DrillActionItemsModel::TextColumn, QHeaderView::Stretch);
    actionHeader->setSectionResizeMode(DrillActionItemsModel::OwnerColumn, QHeaderView::Interactive);
    actionHeader->setSectionResizeMode(DrillActionItemsModel::DueColumn, QHeaderView::ResizeToContents);
    actionHeader->setSectionResizeMode(DrillActionItemsModel::StatusColumn, QHeaderView::ResizeToContents);
    actionHeader->resizeSection(DrillActionItemsModel::OwnerColumn, 140);
    m_actions->view()->setItemDelegateForColumn(DrillActionItemsModel::StatusColumn,
                                                new WorkStatusDelegate(m_actions->view()));
    grid->addWidget(m_actions, 3, 0, 1, 2);

    m_expectedLoss = new ExpectedLossPanel(content);
    m_expectedLoss->setObjectName(QStringLiteral("expectedLoss"));
    grid->addWidget(m_expectedLoss, 4, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(5, 1);

    m_scroll = new QScrollArea(this);
    followFocus(m_scroll); // a field reached by its mnemonic scrolls into view
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_problem);
    layout->addWidget(m_tierOffer);
    layout->addWidget(m_scroll, 1);

    connectFields();
    connect(sort, &QPushButton::clicked, this, [this] { m_timelineModel->sortByTime(); });
    connect(m_timeline, &DrillListSection::addRequested, this, [this] {
        const int row = m_timelineModel->addEvent(
            m_timelineModel->suggestedTime(QDateTime::currentDateTime()), QString());
        m_timeline->selectRow(row, TimelineModel::EventColumn);
    });
    connect(m_timeline, &DrillListSection::removeRequested, m_timelineModel, &TimelineModel::removeEvents);
    connect(m_findings, &DrillListSection::addRequested, this, [this] {
        m_findings->selectRow(m_findingsModel->addFinding(), FindingsModel::PlanSaysColumn);
    });
    connect(m_findings, &DrillListSection::removeRequested, m_findingsModel, &FindingsModel::removeFindings);
    connect(m_actions, &DrillListSection::addRequested, this, [this] {
        m_actions->selectRow(m_actionsModel->addActionItem(), DrillActionItemsModel::TextColumn);
    });
    connect(m_actions, &DrillListSection::removeRequested, m_actionsModel,
            &DrillActionItemsModel::removeActionItems);

    if (m_drill->project()) {
        auto onItem = [this](core::ItemKind kind, const QString &id) {
            if (kind != core::ItemKind::Drill)
                return;
            if (id == m_drillId)
                refresh();
            else if (m_drill->project()->find<core::Drill>(m_drillId)) // another drill moves the cadence
                m_banner->setCadence(m_drill->project()->items<core::Drill>(), QDate::currentDate());
        };
        connect(m_drill->project(), &core::Project::itemChanged, this, onItem);
        connect(m_drill->project(), &core::Project::itemInserted, this, onItem);
        connect(m_drill->project(), &core::Project::itemRemoved, this, onItem);
        connect(m_drill->project(), &core::Project::infoChanged, this, &DrillEditor::refresh);
        connect(m_drill->project(), &core::Project::readOnlyChanged, this, &DrillEditor::updateReadOnly);
    }
    if (context.workbench) {
        connect(context.workbench, &Workbench::openItemRequested, this,
                [this](const ItemRef &item, const QString &highlightId) {
                    if (item.kind == core::ItemKind::Drill && item.id == m_drillId && !highlightId.isEmpty())
                        highlight(highlightId);
                });
    }
    refresh();
    updateReadOnly();
}

QWidget *DrillEditor::buildDrillGroup()
{
    auto *group = new QGroupBox(tr("Drill"));
    m_title = new QLineEdit(group);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("e.g. Q4 regional failover drill"));
    m_date = new QDateEdit(group);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDisplayFormat(dateDisplayFormat());
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(kNoDate);
    m_date->setSpecialValueText(tr("no date"));
    m_scenario = new QComboBox(group);
    m_scenario->setObjectName(QStringLiteral("scenario"));
    fillCombo(m_scenario,
              {core::DrillScenario::Database, core::DrillScenario::Compute, core::DrillScenario::Dns,
               core::DrillScenario::Region, core::DrillScenario::Network, core::DrillScenario::Other},
              &core::drillScenarioName);
    m_description = new QPlainTextEdit(group);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlaceholderText(tr("What was failed, and how (e.g. stopped the primary database in us-east-1)"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 3);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 6);
    m_traffic = new QComboBox(group);
    m_traffic->setObjectName(QStringLiteral("traffic"));
    fillCombo(m_traffic,
              {core::DrillTraffic::Synthetic, core::DrillTraffic::PartialProduction,
               core::DrillTraffic::Production},
              &core::drillTrafficName);
    m_trafficPercent = new QSpinBox(group);
    m_trafficPercent->setObjectName(QStringLiteral("trafficPercent"));
    m_trafficPercent->setRange(0, 100);
    m_trafficPercent->setSuffix(tr(" %"));
    m_trafficPercent->setToolTip(tr("Share of traffic sent through the failover"));
    auto *trafficRow = new QHBoxLayout;
    trafficRow->addWidget(m_traffic, 1);
    trafficRow->addWidget(m_trafficPercent);

    auto *outer = new QVBoxLayout(group);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Scenario:"), m_scenario);
    form->addRow(tr("&What was failed:"), m_description);
    form->addRow(tr("Traffic:"), trafficRow);
    return group;
}

QWidget *DrillEditor::buildTargetsGroup()
{
    auto *group = new QGroupBox(tr("Targets"));
    m_tier = new QComboBox(group);
    m_tier->setObjectName(QStringLiteral("tier"));
    for (const core::DrTierPreset &preset : core::drTierPresets()) {
        m_tier->addItem(core::drTierName(preset.tier), int(preset.tier));
        m_tier->setItemData(m_tier->count() - 1, core::drTierSummary(preset.tier), Qt::ToolTipRole);
    }
    m_fillTargets = new QToolButton(group);
    m_fillTargets->setObjectName(QStringLiteral("fillTargets"));
    m_fillTargets->setText(tr("Fill typical targets"));
    m_fillTargets->setToolTip(tr("Set the RTO and RPO targets to what this tier typically achieves"));
    auto *tierRow = new QHBoxLayout;
    tierRow->addWidget(m_tier);
    tierRow->addWidget(m_fillTargets);
    tierRow->addStretch(1);
    m_tierSummary = new QLabel(group);
    m_tierSummary->setTextFormat(Qt::PlainText);
    m_tierSummary->setWordWrap(true);
    m_tierSummary->setForegroundRole(QPalette::PlaceholderText);
    m_rtoTarget = makeAmount(group, tr(" min"), QStringLiteral("rtoTarget"));
    m_rpoTarget = makeAmount(group, tr(" s"), QStringLiteral("rpoTarget"));

    auto *tierLabel = new QLabel(tr("DR tie&r:"), group);
    tierLabel->setBuddy(m_tier);
    auto *form = new QFormLayout(group);
    form->addRow(tierLabel, tierRow);
    form->addRow(QString(), m_tierSummary);
    form->addRow(tr("RTO tar&get:"), m_rtoTarget);
    form->addRow(tr("RPO target:"), m_rpoTarget);
    return group;
}

QWidget *DrillEditor::buildMeasuredGroup()
{
    auto *group = new QGroupBox(tr("Measured"));
    m_phaseTabs = new QTabWidget(group);
    m_phaseTabs->setDocumentMode(true);
    keepTabsQuiet(m_phaseTabs);
    auto *minutes = new QWidget;
    auto *minutesForm = new QFormLayout(minutes);
    minutesForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const QString names[3] = {tr("Time to detect:"), tr("Time to decide:"), tr("Time to recover:")};
    const QString objects[3] = {QStringLiteral("detect"), QStringLiteral("decide"), QStringLiteral("recover")};
    for (int i = 0; i < 3; ++i) {
        m_phases[i] = makeAmount(minutes, tr(" min"), objects[i]);
        minutesForm->addRow(names[i], m_phases[i]);
    }
    m_phaseTabs->addTab(minutes, tr("Phases in minutes"));
    m_phaseTimes = new PhaseTimesPanel;
    m_phaseTimes->setObjectName(QStringLiteral("phaseTimes"));
    m_phaseTabs->addTab(m_phaseTimes, tr("Clock times"));

    m_dataLoss = makeAmount(group, tr(" s"), QStringLiteral("dataLoss"));
    m_dataLoss->setToolTip(tr("Seconds of writes missing after the failover (the observed RPO)"));
    m_observedRto = new QLabel(group);
    m_observedRto->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_phaseTabs);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Data &loss observed:"), m_dataLoss);
    form->addRow(tr("Observed RTO:"), m_observedRto);
    layout->addLayout(form);
    return group;
}

OptionalDoubleSpinBox *DrillEditor::phaseEdit(int phase) const
{
    return phase >= 0 && phase < 3 ? m_phases[phase] : nullptr;
}

void DrillEditor::connectFields()
{
    using D = core::Drill;
    m_binder.text(m_title, QStringLiteral("title"), tr("Rename drill"), [](const D &d) { return d.title; },
                  [](D &d, const QString &v) { d.title = v; });
    m_binder.date(m_date, QStringLiteral("date"), tr("Change drill date"),
                  [](const D &d) { return d.date.isValid() ? d.date : kNoDate; },
                  [](D &d, QDate v) { d.date = v == kNoDate ? QDate() : v; });
    m_binder.choice(m_scenario, tr("Change scenario"), [](const D &d) { return int(d.scenario); },
                    [](D &d, int v) { d.scenario = core::DrillScenario(v); });
    m_binder.plainText(m_description, QStringLiteral("description"), tr("Describe what was failed"),
                       [](const D &d) { return d.description; }, [](D &d, const QString &v) { d.description = v; });
    m_binder.choice(m_traffic, tr("Change traffic"), [](const D &d) { return int(d.traffic); },
                    [](D &d, int v) { d.traffic = core::DrillTraffic(v); });
    m_binder.integer(m_trafficPercent, QStringLiteral("trafficPercent"), tr("Change traffic share"),
                     [](const D &d) { return qRound(d.trafficPercent); }, [](D &d, int v) { d.trafficPercent = v; });
    m_binder.optionalNumber(m_rtoTarget, QStringLiteral("rtoTarget"), tr("Change RTO target"),
                            [](const D &d) { return d.targets.rtoMinutes; },
                            [](D &d, std::optional<double> v) { d.targets.rtoMinutes = v; });
    m_binder.optionalNumber(m_rpoTarget, QStringLiteral("rpoTarget"), tr("Change RPO target"),
                            [](const D &d) { return d.targets.rpoSeconds; },
                            [](D &d, std::optional<double> v) { d.targets.rpoSeconds = v; });
    const QString phaseUndo[3] = {tr("Change time to detect"), tr("Change time to decide"),
                                  tr("Change time to recover")};
    static constexpr std::optional<double> core::DrillMeasured::*kPhases[3] = {
        &core::DrillMeasured::detectMinutes, &core::DrillMeasured::decideMinutes,
        &core::DrillMeasured::recoverMinutes};
    for (int i = 0; i < 3; ++i)
        m_binder.optionalNumber(m_phases[i], QStringLiteral("phase%1").arg(i), phaseUndo[i],
                                [i](const D &d) { return d.measured.*kPhases[i]; },
                                [i](D &d, std::optional<double> v) { d.measured.*kPhases[i] = v; });
    m_binder.optionalNumber(m_dataLoss, QStringLiteral("dataLoss"), tr("Change data loss"),
                            [](const D &d) { return d.measured.dataLossSeconds; },
                            [](D &d, std::optional<double> v) { d.measured.dataLossSeconds = v; });
    connect(m_tier, &QComboBox::activated, this, &DrillEditor::chooseTier);
    connect(m_fillTargets, &QToolButton::clicked, this, [this] {
        m_tierOffer->hide();
        edit(tr("Fill typical targets"), {}, [](core::Drill &d) { d.targets = core::typicalTargets(d.tier); });
    });
    connect(m_phaseTimes, &PhaseTimesPanel::phasesEdited, this,
            [this](const PhaseTimesPanel::Phases &phases, int moment) {
                Q_UNUSED(moment); // time fields apply on Enter, so each is its own undo step
                edit(tr("Record phase times"), {}, [&](core::Drill &d) {
                    d.measured.detectMinutes = phases[0];
                    d.measured.decideMinutes = phases[1];
                    d.measured.recoverMinutes = phases[2];
                });
            });
    connect(m_phaseTimes, &PhaseTimesPanel::problem, this, [this](const QString &message) {
        if (message.isEmpty())
            m_problem->hide();
        else
            m_problem->showMessage(MessageBar::Level::Warning, message);
    });
}

void DrillEditor::chooseTier(int index)
{
    const auto tier = core::DrTier(m_tier->itemData(index).toInt());
    edit(tr("Change DR tier"), {}, [&](core::Drill &d) { d.tier = tier; });
    offerTypicalTargets();
}

void DrillEditor::offerTypicalTargets()
{
    const core::Drill *d = m_drill->project() ? m_drill->project()->find<core::Drill>(m_drillId) : nullptr;
    if (!d || m_drill->project()->isReadOnly() || d->targets == core::typicalTargets(d->tier)) {
        m_tierOffer->hide();
        return;
    }
    const core::DrillTargets typical = core::typicalTargets(d->tier);
    const QLocale locale;
    m_tierOffer->showMessage(MessageBar::Level::Information,
                             tr("%1 usually targets an RTO of %2 and an RPO of %3. Use these targets? "
                                "You can still edit them afterwards.")
                                 .arg(core::drTierName(d->tier), core::formatMinutes(typical.rtoMinutes, locale),
                                      core::formatSeconds(typical.rpoSeconds, locale)),
                             tr("Fill typical targets"), [this] {
                                 edit(tr("Fill typical targets"), {},
                                      [](core::Drill &d) { d.targets = core::typicalTargets(d.tier); });
                             });
}

void DrillEditor::refresh()
{
    const core::Drill *d = m_drill->project() ? m_drill->project()->find<core::Drill>(m_drillId) : nullptr;
    if (!d) {
        m_scroll->setEnabled(false);
        m_problem->showMessage(MessageBar::Level::Warning, tr("This drill is no longer in the project."));
        return;
    }
    m_scroll->setEnabled(true);
    m_updating = true;
    const QLocale locale;
    m_binder.refresh(*d);
    setWindowTitle(d->title.isEmpty() ? tr("Untitled drill") : d->title);
    selectData(m_tier, int(d->tier));
    m_tierSummary->setText(core::drTierSummary(d->tier, locale));
    m_phaseTimes->setMeasured(d->measured, d->date);
    const std::optional<double> rto = core::observedRtoMinutes(d->measured);
    m_observedRto->setText(rto ? tr("%1 (detect + decide + recover)").arg(core::formatMinutes(rto, locale))
                               : tr("needs all three phases"));
    m_fillTargets->setEnabled(!m_drill->project()->isReadOnly() && d->targets != core::typicalTargets(d->tier));
    if (m_tierOffer->isVisible() && d->targets == core::typicalTargets(d->tier))
        m_tierOffer->hide();
    m_banner->setDrill(*d);
    m_banner->setCadence(m_drill->project()->items<core::Drill>(), QDate::currentDate());
    m_expectedLoss->setDrillFigures(d->targets.rpoSeconds, core::observedRpoSeconds(d->measured),
                                    m_drill->project()->info().currency);
    m_updating = false;
}

void DrillEditor::updateReadOnly()
{
    const bool readOnly = !m_drill->project() || m_drill->project()->isReadOnly();
    m_binder.setEditable(!readOnly);
    m_tier->setEnabled(!readOnly);
    m_phaseTimes->setReadOnly(readOnly);
    m_timeline->setReadOnly(readOnly);
    m_findings->setReadOnly(readOnly);
    m_actions->setReadOnly(readOnly);
    if (readOnly)
        m_tierOffer->hide();
    refresh();
}

void DrillEditor::highlight(const QString &actionItemId)
{
    const int row = m_actionsModel->rowOf(actionItemId);
    if (row < 0)
        return;
    m_actions->selectRow(row);
    m_scroll->ensureWidgetVisible(m_actions);
}

} // namespace archbench::ui
