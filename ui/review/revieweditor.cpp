#include "revieweditor.h"
#include "ui/widgets/followfocus.h"
#include "ui/widgets/dates.h"

#include "core/review/lensloader.h"
#include "improvementplanview.h"
#include "milestonepanel.h"
#include "pillarsummarywidget.h"
#include "questionpanel.h"
#include "reviewnavigatormodel.h"
#include "wrappingitemdelegate.h"
#include "ui/commands/itemcommands.h"
#include "ui/charts/palette.h"
#include "ui/widgets/quiettabs.h"

#include <QAction>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace archbench::ui {

using core::Answer;
using core::Review;

namespace {
QString elided(const QString &text)
{
    return text.size() > 48 ? text.left(45) + QStringLiteral("…") : text;
}

} // namespace

ReviewEditor::ReviewEditor(const EditorContext &context, const QString &reviewId, QWidget *parent)
    : QWidget(parent), m_reviewId(reviewId),
      m_review(new ItemHandle<Review>(context.document, reviewId, this))
{
    setObjectName(QStringLiteral("reviewEditor"));
    const QString keyboardHelp = tr("Ctrl+Down / Ctrl+Up: next / previous question\n"
                                    "Alt+1…Alt+9: tick a practice, Alt+0: none of these\n"
                                    "Alt+B: not applicable, Alt+O: notes");

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageBar"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(8);
    m_message->setAutoFillBackground(true);
    {
        QPalette pal = m_message->palette();
        pal.setColor(QPalette::Window, palette::attention().lighter(170));
        pal.setColor(QPalette::WindowText, Qt::black);
        m_message->setPalette(pal);
    }
    m_message->hide();

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setPlaceholderText(tr("Which workload is reviewed?"));
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateDisplayFormat());
    m_lensLabel = new QLabel(this);
    m_lensLabel->setTextFormat(Qt::PlainText);
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    auto *header = new QHBoxLayout;
    header->addWidget(titleLabel);
    header->addWidget(m_title, 3);
    header->addSpacing(12);
    header->addWidget(dateLabel);
    header->addWidget(m_date);
    header->addSpacing(12);
    header->addWidget(m_lensLabel, 2);

    m_summary = new PillarSummaryWidget(this);

    m_navigatorModel = new ReviewNavigatorModel(this);
    m_navigator = new QTreeView(this);
    m_navigator->setObjectName(QStringLiteral("reviewNavigator"));
    m_navigator->setModel(m_navigatorModel);
    // lens questions tend to start alike ("How do you ..."): wrap rather than cut them off
    m_navigator->setWordWrap(true);
    m_navigator->setUniformRowHeights(false);
    m_navigator->setAllColumnsShowFocus(true);
    m_navigator->setIndentation(14);
    m_navigator->setItemDelegate(new WrappingItemDelegate(m_navigator, ReviewNavigatorModel::TitleColumn));
    m_navigator->header()->setStretchLastSection(false);
    m_navigator->header()->setSectionResizeMode(ReviewNavigatorModel::TitleColumn, QHeaderView::Stretch);
    m_navigator->header()->setSectionResizeMode(ReviewNavigatorModel::RiskColumn, QHeaderView::ResizeToContents);
    m_navigator->setToolTip(keyboardHelp);

    m_panel = new QuestionPanel(this);
    m_panel->setToolTip(keyboardHelp);
    auto *scroll = new QScrollArea(this);
    followFocus(scroll); // a field reached by its mnemonic scrolls into view
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_plan = new ImprovementPlanView(context.document, m_reviewId, this);
    m_milestones = new MilestonePanel(context.document, m_reviewId, this);
    // the answers page pairs the navigator with the question; the plan and the milestones are
    // wide tables and get the whole width
    auto *answers = new QSplitter(Qt::Horizontal, this);
    answers->addWidget(m_navigator);
    answers->addWidget(scroll);
    answers->setStretchFactor(0, 2);
    answers->setStretchFactor(1, 3);
    answers->setSizes({400, 600}); // applied in proportion once laid out
    answers->setChildrenCollapsible(false);
    m_navigator->setMinimumWidth(260);
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    keepTabsQuiet(m_pages);
    m_pages->addTab(answers, tr("&Answers"));
    m_pages->addTab(m_plan, tr("Improvement p&lan"));
    m_pages->addTab(m_milestones, tr("&Milestones"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(header);
    layout->addWidget(m_summary, 0, Qt::AlignLeft);
    layout->addWidget(m_pages, 1);

    m_next = new QAction(tr("Next Question"), this);
    m_next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Down)});
    m_next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previous = new QAction(tr("Previous Question"), this);
    m_previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Up)});
    m_previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_next);
    addAction(m_previous);
    connect(m_next, &QAction::triggered, this, &ReviewEditor::nextQuestion);
    connect(m_previous, &QAction::triggered, this, &ReviewEditor::previousQuestion);

    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showQuestion(m_navigatorModel->questionId(current)); });
    connect(m_panel, &QuestionPanel::choiceToggled, this, &ReviewEditor::toggleChoice);
    connect(m_panel, &QuestionPanel::notApplicableToggled, this, &ReviewEditor::setNotApplicable);
    connect(m_panel, &QuestionPanel::reasonChanged, this, &ReviewEditor::setReason);
    connect(m_panel, &QuestionPanel::notesEdited, this, &ReviewEditor::setNotes);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_review->edit(tr("Rename review"), [&](Review &review) { review.title = text; }, QStringLiteral("title"));
    });
    connect(m_date, &QDateEdit::userDateChanged, this, [this](const QDate &date) {
        m_review->edit(tr("Change review date"), [&](Review &review) { review.date = date; }, QStringLiteral("date"));
    });

    auto follow = [this](core::ItemKind kind, const QString &id) {
        if (kind == core::ItemKind::Review && id == m_reviewId)
            refresh();
        else if (kind == core::ItemKind::Lens && id == m_lensId) {
            reloadLens();
            refresh();
        }
    };
    connect(m_review->project(), &core::Project::itemChanged, this, follow);
    connect(m_review->project(), &core::Project::itemInserted, this, follow);
    connect(m_review->project(), &core::Project::itemRemoved, this, follow);
    connect(m_review->project(), &core::Project::readOnlyChanged, this, [this] { updateEditable(); });

    reloadLens();
    refresh();
    const QStringList order = m_navigatorModel->questionOrder();
    if (!order.isEmpty())
        selectQuestion(order.first());
}

void ReviewEditor::reloadLens()
{
    const Review *review = m_review->project()->find<Review>(m_reviewId);
    m_lensId = review ? review->lens : QString();
    const core::LensRecord *record = m_review->project()->find<core::LensRecord>(m_lensId);
    m_lensOk = false;
    QString problem;
    if (!review) {
        problem = tr("This review no longer exists in the project.");
    } else if (!record) {
        problem = tr("The lens \"%1\" of this review is not in the project. Import the lens (File ▸ Import Lens…) "
                     "to answer its questions.").arg(m_lensId);
    } else {
        auto lens = core::LensLoader::fromRecord(*record);
        if (lens) {
            m_lens = *lens;
            m_lensOk = true;
        } else {
            problem = tr("The lens of this review cannot be used, so the review is shown read-only. %1")
                          .arg(lens.error().message);
        }
    }
    if (!m_lensOk)
        m_lens = core::Lens();
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_lensLabel->setText(m_lensOk ? tr("Lens: %1 · questions: %2").arg(m_lens.name).arg(m_lens.questionCount())
                                  : tr("Lens: unavailable"));
    m_lensLabel->setToolTip(m_lens.description);
    const QString current = m_currentQuestion;
    m_risks = review ? core::RiskAssessment::assess(m_lens, review->answers) : core::RiskAssessment();
    m_navigatorModel->setLens(m_lens, m_risks);
    m_navigator->expandAll();
    m_plan->setLens(m_lensOk ? &m_lens : nullptr);
    m_milestones->setLens(m_lensOk ? &m_lens : nullptr);
    m_currentQuestion.clear();
    if (!current.isEmpty() && m_lens.question(current))
        selectQuestion(current);
    updateEditable();
}

void ReviewEditor::refresh()
{
    const Review *review = m_review->project()->find<Review>(m_reviewId);
    if (!review) {
        reloadLens();
        return;
    }
    if (review->lens != m_lensId) {
        reloadLens();
        review = m_review->project()->find<Review>(m_reviewId);
    }
    m_risks = core::RiskAssessment::assess(m_lens, review->answers);
    m_navigatorModel->setRisks(m_risks);
    m_summary->setRisks(m_risks, m_lens.canLeaveUnrated());
    if (m_title->text() != review->title) {
        const QSignalBlocker block(m_title);
        m_title->setText(review->title);
    }
    if (m_date->date() != review->date) {
        const QSignalBlocker block(m_date);
        m_date->setDate(review->date.isValid() ? review->date : QDate::currentDate());
    }
    m_milestones->refresh();
    showQuestion(m_currentQuestion);
}

void ReviewEditor::showQuestion(const QString &questionId)
{
    m_currentQuestion = questionId;
    const core::LensQuestion *question = m_lens.question(questionId);
    const Review *review = m_review->project()->find<Review>(m_reviewId);
    if (!question || !review) {
        m_panel->setQuestion(nullptr, nullptr, core::RiskLevel::Unanswered, {});
        return;
    }
    const core::LensPillar *pillar = m_lens.pillarOf(questionId);
    int number = 0;
    for (int i = 0; i < pillar->questions.size(); ++i)
        if (pillar->questions.at(i).id == questionId)
            number = i + 1;
    const QString position = tr("%1 · question %2 of %3").arg(pillar->name).arg(number).arg(pillar->questions.size());
    m_panel->setQuestion(question, core::RiskAssessment::findAnswer(review->answers, questionId),
                         m_risks.riskOf(questionId), position);
}

void ReviewEditor::selectQuestion(const QString &questionId)
{
    const QModelIndex index = m_navigatorModel->indexOfQuestion(questionId);
    if (!index.isValid())
        return;
    m_navigator->setCurrentIndex(index);
    m_navigator->scrollTo(index);
    if (m_currentQuestion != questionId)
        showQuestion(questionId);
}

void ReviewEditor::nextQuestion()
{
    moveQuestion(+1);
}

void ReviewEditor::previousQuestion()
{
    moveQuestion(-1);
}

void ReviewEditor::moveQuestion(int step)
{
    const QStringList order = m_navigatorModel->questionOrder();
    if (order.isEmpty())
        return;
    int i = int(order.indexOf(m_currentQuestion));
    i = i < 0 ? (step > 0 ? 0 : int(order.size()) - 1) : std::clamp(i + step, 0, int(order.size()) - 1);
    const bool focusInPanel = m_panel->isAncestorOf(focusWidget());
    m_pages->setCurrentIndex(0);
    selectQuestion(order.at(i));
    if (focusInPanel)
        m_panel->focusFirstChoice();
}

void ReviewEditor::highlight(const QString &id)
{
    if (m_lens.question(id)) {
        m_pages->setCurrentIndex(0);
        selectQuestion(id);
        return;
    }
    m_pages->setCurrentWidget(m_plan);
    m_plan->selectImprovement(id);
}

void ReviewEditor::updateEditable()
{
    const bool editable = m_lensOk && !m_review->project()->isReadOnly();
    m_panel->setEditable(editable);
    m_title->setReadOnly(m_review->project()->isReadOnly());
    m_date->setReadOnly(m_review->project()->isReadOnly());
}

void ReviewEditor::editAnswer(const QString &questionId, const std::function<void(Answer &)> &change,
                              const QString &text, const QString &mergeKey)
{
    if (!m_review->item() || m_review->isReadOnly() || !m_lensOk || !m_lens.question(questionId))
        return;
    const bool edited = m_review->edit(text, [&](Review &review) {
        auto it = std::find_if(review.answers.begin(), review.answers.end(),
                               [&questionId](const Answer &a) { return a.question == questionId; });
        if (it == review.answers.end()) {
            Answer fresh;
            fresh.question = questionId;
            review.answers.append(fresh);
            it = review.answers.end() - 1;
        }
        change(*it);
        // an answer that says nothing is left out of the file
        Answer empty;
        empty.question = questionId;
        if (*it == empty)
            review.answers.erase(it);
    }, mergeKey);
    if (!edited)
        showQuestion(m_currentQuestion); // refused or unchanged: put the widgets back
}

void ReviewEditor::toggleChoice(const QString &choiceId, bool ticked)
{
    const core::LensQuestion *question = m_lens.question(m_currentQuestion);
    const core::LensChoice *choice = question ? question->choice(choiceId) : nullptr;
    if (!choice)
        return;
    const QString noneId = question->noneOfTheseId();
    editAnswer(question->id, [&](Answer &answer) {
        QStringList selected = answer.selected;
        if (!ticked) {
            selected.removeAll(choiceId);
        } else if (choice->isNoneOfThese()) {
            selected = {choiceId};
        } else {
            selected.removeAll(noneId);
            selected.append(choiceId);
        }
        // keep the lens's order so the file does not depend on the order of clicks
        QStringList ordered;
        for (const core::LensChoice &c : question->choices)
            if (selected.contains(c.id))
                ordered.append(c.id);
        answer.selected = ordered;
    }, ticked ? tr("Tick \"%1\"").arg(elided(choice->title)) : tr("Untick \"%1\"").arg(elided(choice->title)));
}

void ReviewEditor::setNotApplicable(bool notApplicable)
{
    editAnswer(m_currentQuestion, [&](Answer &answer) {
        answer.notApplicable = notApplicable;
        if (!notApplicable)
            answer.notApplicableReason = core::NotApplicableReason::None;
        else if (answer.notApplicableReason == core::NotApplicableReason::None)
            answer.notApplicableReason = core::NotApplicableReason::OutOfScope;
    }, notApplicable ? tr("Mark question not applicable") : tr("Mark question applicable"));
}

void ReviewEditor::setReason(core::NotApplicableReason reason)
{
    editAnswer(m_currentQuestion, [&](Answer &answer) { answer.notApplicableReason = reason; },
               tr("Change not-applicable reason"));
}

void ReviewEditor::setNotes(const QString &notes)
{
    editAnswer(m_currentQuestion, [&](Answer &answer) { answer.notes = notes; }, tr("Edit notes"),
               QStringLiteral("notes:") + m_currentQuestion);
}

} // namespace archbench::ui
