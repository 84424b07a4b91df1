#include "decisioneditor.h"

#include "ui/charts/palette.h"
#include "ui/widgets/wrappedlinelist.h"
#include "ui/widgets/quiettabs.h"
#include "decisionhandle.h"
#include "matrixmodel.h"
#include "matrixpanel.h"
#include "matrixview.h"
#include "meetingpanel.h"
#include "recordform.h"
#include "sensitivitychart.h"
#include "triggersmodel.h"
#include "triggerspanel.h"

#include "core/decision/decisionanalysis.h"
#include "core/decision/decisionlifecycle.h"
#include "core/decision/decisionmatrix.h"
#include "core/decision/qualitycheck.h"
#include "core/decision/scorereport.h"
#include "core/project.h"

#include <QAction>
#include <QComboBox>
#include <QFocusEvent>
#include <QPlainTextEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {
constexpr int CheckIdRole = Qt::UserRole + 1;
}

core::DecisionAnalysisCache &DecisionEditor::analyses()
{
    ProjectDocument *document = m_handle->document();
    return document ? document->analyses() : m_ownAnalyses;
}

DecisionEditor::DecisionEditor(ProjectDocument *document, const QString &decisionId,
                               QWidget *parent)
    : QWidget(parent), m_handle(new DecisionHandle(document, decisionId, this)),
      m_title(new QLineEdit(this)), m_summary(new QLabel(this)), m_message(new QLabel(this)),
      m_checks(new WrappedLineList(this)), m_pages(new QTabWidget(this))
{
    setObjectName(QStringLiteral("decisionEditor"));
    keepTabsQuiet(m_pages);
    m_title->setObjectName(QStringLiteral("decisionTitle"));
    m_title->setAccessibleName(tr("Decision title"));
    m_title->setPlaceholderText(tr("What is being decided?"));
    updateTitleFont();
    m_title->setFrame(false);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_handle->edit(tr("Rename decision"), [&](core::Decision &d) {
            d.title = text;
            return true;
        }, QStringLiteral("title"));
    });

    m_summary->setObjectName(QStringLiteral("decisionSummary"));
    m_pages->setObjectName(QStringLiteral("decisionPages"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    // its own background: a new figure repaints the label, not the five ancestors behind it
    m_summary->setAutoFillBackground(true);

    m_message->setObjectName(QStringLiteral("messageBar"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAutoFillBackground(true);
    m_message->setContentsMargins(8, 4, 8, 4);
    QPalette bar = m_message->palette();
    QColor tint = palette::attention();
    tint.setAlpha(60);
    bar.setColor(QPalette::Window, tint);
    m_message->setPalette(bar);
    m_message->hide();

    m_checks->setObjectName(QStringLiteral("checksList"));
    m_checks->setAccessibleName(tr("Decision-quality checks"));
    m_checks->setFrameShape(QFrame::NoFrame);
    m_checks->setVisibleLines(4); // then it scrolls
    m_checks->setFocusPolicy(Qt::TabFocus);
    connect(m_checks, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        activateCheck(item->data(CheckIdRole).toString());
    });

    m_matrix = new MatrixPanel(m_handle, m_pages);
    m_record = new RecordForm(m_handle, m_pages);
    m_triggers = new TriggersPanel(m_handle, m_pages);
    m_pages->setObjectName(QStringLiteral("decisionPages"));
    m_pages->addTab(m_matrix, tr("&Matrix"));
    m_pages->addTab(m_record, tr("&Record"));
    m_pages->addTab(m_triggers, tr("Revisit &triggers"));
    m_meeting = new MeetingPanel(m_handle, m_matrix->model(), m_pages);
    m_pages->addTab(m_meeting, tr("Meeting"));
    m_pages->setTabToolTip(3, tr("Ballots, the group's view, pairwise weights and the minutes (%1)")
                                  .arg(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G).toString(QKeySequence::NativeText)));
    connect(m_meeting, &MeetingPanel::message, this, &DecisionEditor::showMessage);
    connect(m_meeting, &MeetingPanel::showCell, this, [this](const QString &option, const QString &criterion) {
        MatrixModel *model = m_matrix->model();
        if (model->layer() != MatrixModel::Layer::Group)
            model->setLayer(MatrixModel::Layer::Group);
        m_pages->setCurrentWidget(m_matrix);
        const QModelIndex cell = model->index(model->rowOf(criterion), model->columnOf(option));
        if (cell.isValid())
            m_matrix->view()->setCurrentIndex(cell);
        m_matrix->view()->setFocus(Qt::OtherFocusReason);
    });
    auto *meetingKey = new QAction(this);
    meetingKey->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G));
    meetingKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(meetingKey, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_meeting);
        m_meeting->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(meetingKey);
    // Escape from anywhere in the tab (a field, the record, the triggers, the meeting page)
    // brings the keyboard home to the matrix. An open cell editor or a list's popup takes its
    // own Escape first (it cancels there), so this never eats a cancel.
    auto *homeKey = new QAction(this);
    homeKey->setObjectName(QStringLiteral("actionBackToMatrix"));
    homeKey->setShortcut(QKeySequence(Qt::Key_Escape));
    homeKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(homeKey, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_matrix);
        m_matrix->backToGrid();
    });
    addAction(homeKey);
    connect(m_matrix, &MatrixPanel::message, this, &DecisionEditor::showMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(m_checks);
    layout->addWidget(m_pages, 1);

    setTabOrder(m_title, m_matrix->view());
    m_matrix->applyTabOrder(); // the details follow the grid again, not the checks list
    connect(m_pages, &QTabWidget::currentChanged, this, [this] { m_focusTarget.clear(); });

    connect(m_handle, &DecisionHandle::changed, this, [this] {
        m_transientMessage.clear();
        sync();
    });
    connect(m_handle, &DecisionHandle::removed, this, &DecisionEditor::sync);
    connect(m_handle, &DecisionHandle::readOnlyChanged, this, &DecisionEditor::sync);
    sync();
}

QString DecisionEditor::decisionId() const
{
    return m_handle->id();
}

void DecisionEditor::setReferenceDate(const QDate &today)
{
    m_triggers->model()->setReferenceDate(today);
    sync();
}

void DecisionEditor::showMessage(const QString &text)
{
    m_transientMessage = text;
    sync();
}

void DecisionEditor::sync()
{
    const core::Decision *d = m_handle->decision();
    if (d && m_title->text() != d->title)
        m_title->setText(d->title);
    m_title->setReadOnly(!d || m_handle->isReadOnly());
    QStringList messages;
    if (!d)
        messages << tr("This decision was removed. Undo (Ctrl+Z) brings it back.");
    else if (m_handle->isReadOnly())
        messages << tr("The project is open read-only: nothing here can be changed.");
    if (!m_transientMessage.isEmpty())
        messages << m_transientMessage;
    m_message->setText(messages.join(QLatin1Char('\n')));
    m_message->setVisible(!messages.isEmpty());
    syncSummary();
    syncChecks();

    int fired = 0;
    if (d)
        for (const core::RevisitTrigger &t : d->revisitTriggers)
            if (core::TriggerEvaluation::evaluate(*d, t, m_triggers->model()->referenceDate()).state
                == core::TriggerState::Fired)
                ++fired;
    // setTabText lays out and repaints the whole tab widget even for the same text
    const QString triggersTab = fired > 0 ? tr("Revisit &triggers (%1 fired)").arg(fired) : tr("Revisit &triggers");
    if (m_pages->tabText(2) != triggersTab)
        m_pages->setTabText(2, triggersTab);
}

void DecisionEditor::syncSummary()
{
    const core::Decision *d = m_handle->decision();
    if (!d) {
        m_summary->clear();
        m_summarised.reset();
        return;
    }
    // the robustness draws are the expensive part: only redo them when the matrix changed
    if (m_summarised && core::DecisionMatrix::sameMatrix(*m_summarised, *d))
        return;
    m_summarised = *d;
    const core::DecisionAnalysis &a = analyses().analysis(*d);
    const QLocale locale;
    const core::OptionScore *leader = a.scores.find(a.scores.leader());
    const QStringList leaders = a.scores.leaders();
    QString text;
    if (!leader) {
        text = d->options.size() < 2 ? tr("No leader yet: add options and criteria, then score them.")
                                     : tr("No leader yet: every option is incomplete or eliminated.");
    } else if (leaders.size() > 1) {
        // a shared rank 1 is no lead: the robustness figure would only measure the tie-break
        QStringList names;
        for (const QString &id : leaders)
            names << a.scores.find(id)->name;
        text = tr("No clear leader: %1 tie for first place with %2.")
                   .arg(nameList(names), locale.toString(*leader->weighted, 'f', 2));
    } else if (a.robustness) {
        text = tr("Leader: %1 with %2, first under %3 of weightings.")
                   .arg(leader->name, locale.toString(*leader->weighted, 'f', 2),
                        core::ScoreReport::formatShare(*a.robustness, locale));
    } else {
        text = tr("Leader: %1 with %2, the only option still ranked.")
                   .arg(leader->name, locale.toString(*leader->weighted, 'f', 2));
    }
    int incomplete = 0;
    for (const core::OptionScore &os : a.scores.options())
        if (!os.complete && !os.eliminated)
            ++incomplete;
    if (incomplete > 0)
        text += QLatin1Char(' ') + tr("Incomplete options: %1.").arg(incomplete);
    m_summary->setText(text);
}

void DecisionEditor::syncChecks()
{
    const core::Decision *d = m_handle->decision();
    if (!d) {
        m_checks->clear();
        m_shownChecks.clear();
        m_checks->hide();
        return;
    }
    m_checks->show();
    const QList<core::QualityCheck> failed
        = core::QualityChecks::failed(*d, m_triggers->model()->referenceDate(), analyses());
    // The list as it should read: one line per failed check, or the one line that all passed.
    QStringList lines;
    if (failed.isEmpty())
        lines << (core::DecisionLifecycle::isActive(*d) ? tr("Passed: every decision-quality check")
                                                        : tr("No checks: this decision is no longer in force"));
    for (const core::QualityCheck &c : failed)
        lines << c.id + QChar(0x1f) + tr("Check: %1. %2").arg(c.title, c.reason);
    // Most edits leave the checks as they were: the list, its selection and its scroll position
    // stay, and nothing is laid out or repainted.
    if (lines == m_shownChecks)
        return;
    const auto id = [](const QString &line) { return line.section(QChar(0x1f), 0, 0); };
    if (lines.size() == m_shownChecks.size() && m_checks->count() == lines.size() && !failed.isEmpty()
        && std::equal(lines.cbegin(), lines.cend(), m_shownChecks.cbegin(),
                      [&](const QString &a, const QString &b) { return id(a) == id(b); })) {
        // the same checks with new figures ("first under only 25 % of weightings"): new
        // texts in the lines that changed; the list lays out only those lines' text again
        for (int i = 0; i < failed.size(); ++i)
            if (lines[i] != m_shownChecks[i])
                m_checks->setLineText(i, tr("Check: %1. %2").arg(failed[i].title, failed[i].reason));
        m_shownChecks = lines;
        return;
    }
    m_shownChecks = lines;
    m_checks->clear();
    if (failed.isEmpty()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), lines.first(), m_checks);
        item->setForeground(palette::passed().darker(120));
    }
    for (const core::QualityCheck &c : failed) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                         tr("Check: %1. %2").arg(c.title, c.reason), m_checks);
        item->setData(CheckIdRole, c.id);
        item->setToolTip(tr("Enter or double-click to go to the part of the decision this is about."));
    }
    m_checks->fitHeight(); // as tall as its lines (up to four), starting at the first
    m_checks->scrollToTop();
}

void DecisionEditor::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    QWidget *target = m_focusTarget;
    if (!target || !m_pages->currentWidget()->isAncestorOf(target)) {
        if (m_pages->currentWidget() == m_matrix)
            target = m_matrix->view();
        else if (m_pages->currentWidget() == m_triggers)
            target = m_triggers->view();
        else
            target = m_record->textField(QStringLiteral("context"));
    }
    target->setFocus(event->reason());
}

void DecisionEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateTitleFont();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::StyleChange) { // the checks' colours, icons and height follow
        m_shownChecks.clear();
        syncChecks();
    }
}

void DecisionEditor::updateTitleFont()
{
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
}

void DecisionEditor::focusTarget(QWidget *widget)
{
    m_focusTarget = widget;
    widget->setFocus(Qt::OtherFocusReason);
}

void DecisionEditor::activateCheck(const QString &checkId)
{
    using core::QualityChecks;
    if (checkId.isEmpty())
        return;
    if (checkId == QualityChecks::kNoRevisitTrigger || checkId == QualityChecks::kTwoWayWithoutTimeBox
        || checkId == QualityChecks::kAcceptedTriggersFired) {
        m_pages->setCurrentWidget(m_triggers);
        focusTarget(m_triggers->view());
    } else if (checkId == QualityChecks::kOneWayWithoutTradeoffs) {
        m_pages->setCurrentWidget(m_record);
        focusTarget(m_record->tradeoffsAccepted());
    } else if (checkId == QualityChecks::kAcceptedWithoutChoice) {
        m_pages->setCurrentWidget(m_record);
        focusTarget(m_record->chosenOption());
    } else if (checkId == QualityChecks::kWeightsAllZero) {
        m_pages->setCurrentWidget(m_matrix);
        MatrixView *view = m_matrix->view();
        if (m_matrix->model()->criterionCount() > 0)
            view->setCurrentIndex(m_matrix->model()->index(0, core::DecisionMatrix::kWeightColumn));
        focusTarget(view);
    } else {
        m_pages->setCurrentWidget(m_matrix);
        focusTarget(m_matrix->view());
    }
}

void DecisionEditor::highlight(const QString &id)
{
    if (id.isEmpty())
        return;
    if (id.startsWith(QLatin1StringView("check:"))) {
        const QString check = id.mid(6);
        for (int i = 0; i < m_checks->count(); ++i)
            if (m_checks->item(i)->data(CheckIdRole).toString() == check)
                m_checks->setCurrentRow(i);
        activateCheck(check);
        return;
    }
    if (m_triggers->selectTrigger(id)) {
        m_pages->setCurrentWidget(m_triggers);
        focusTarget(m_triggers->view());
        return;
    }
    MatrixModel *model = m_matrix->model();
    if (model->rowOf(id) >= 0) {
        m_pages->setCurrentWidget(m_matrix);
        m_matrix->view()->focusCell(id, {});
        focusTarget(m_matrix->view());
    } else if (model->columnOf(id) >= 0 && model->criterionCount() > 0) {
        m_pages->setCurrentWidget(m_matrix);
        m_matrix->view()->focusCell(model->criterionAt(0), id);
        focusTarget(m_matrix->view());
    }
}

} // namespace archbench::ui
