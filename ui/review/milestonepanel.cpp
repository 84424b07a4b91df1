#include "milestonepanel.h"
#include "ui/widgets/dates.h"

#include "core/review/riskassessment.h"
#include "freezemilestonedialog.h"
#include "riskstyle.h"
#include "ui/commands/itemcommands.h"

#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace archbench::ui {

using core::Milestone;
using core::Review;
using core::RiskLevel;

namespace {
QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem *riskCell(RiskLevel risk)
{
    auto *item = cell(RiskStyle::word(risk));
    item->setIcon(RiskStyle::badge(risk));
    return item;
}

QTableWidgetItem *numberCell(int n)
{
    auto *item = cell(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setupTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(false);
}
} // namespace

MilestonePanel::MilestonePanel(ProjectDocument *document, const QString &reviewId, QWidget *parent)
    : QWidget(parent), m_project(document->project()), m_undoStack(document->undoStack()), m_reviewId(reviewId)
{
    m_milestones = new QTableWidget(this);
    m_milestones->setObjectName(QStringLiteral("milestoneTable"));
    setupTable(m_milestones, {tr("Milestone"), tr("Date"), RiskStyle::shortWord(RiskLevel::High),
                              RiskStyle::shortWord(RiskLevel::Medium), RiskStyle::shortWord(RiskLevel::Unanswered),
                              RiskStyle::shortWord(RiskLevel::Unrated)});
    m_milestones->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 6; ++c)
        m_milestones->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_milestones->horizontalHeaderItem(2)->setIcon(RiskStyle::badge(RiskLevel::High));
    m_milestones->horizontalHeaderItem(3)->setIcon(RiskStyle::badge(RiskLevel::Medium));
    m_milestones->horizontalHeaderItem(4)->setIcon(RiskStyle::badge(RiskLevel::Unanswered));
    m_milestones->horizontalHeaderItem(5)->setIcon(RiskStyle::badge(RiskLevel::Unrated));
    m_milestones->setColumnHidden(5, true); // only for a lens that can leave answers unrated

    m_freeze = new QPushButton(tr("Free&ze milestone…"), this);
    m_freeze->setToolTip(tr("Keep a copy of the current answers under a name and a date"));
    m_delete = new QPushButton(tr("Delete milesto&ne"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_freeze);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    auto *compareBox = new QGroupBox(tr("Compare: which questions got better or worse?"), this);
    m_from = new QComboBox(compareBox);
    m_from->setObjectName(QStringLiteral("compareFrom"));
    m_to = new QComboBox(compareBox);
    m_to->setObjectName(QStringLiteral("compareTo"));
    for (QComboBox *combo : {m_from, m_to}) {
        // long milestone names must not widen the whole editor
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    auto *fromLabel = new QLabel(tr("Fr&om:"), compareBox);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&With:"), compareBox);
    toLabel->setBuddy(m_to);
    auto *pick = new QHBoxLayout;
    pick->addWidget(fromLabel);
    pick->addWidget(m_from, 1);
    pick->addWidget(toLabel);
    pick->addWidget(m_to, 1);
    m_changeTable = new QTableWidget(compareBox);
    m_changeTable->setObjectName(QStringLiteral("changeTable"));
    setupTable(m_changeTable, {tr("Change"), tr("Pillar"), tr("Question"), tr("Before"), tr("After")});
    m_changeTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int c : {0, 1, 3, 4})
        m_changeTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_changeTable->setWordWrap(true);
    m_changeTable->viewport()->installEventFilter(this); // row heights follow the wrapped text
    m_summary = new QLabel(compareBox);
    m_summary->setTextFormat(Qt::PlainText);
    auto *compareLayout = new QVBoxLayout(compareBox);
    compareLayout->addLayout(pick);
    compareLayout->addWidget(m_summary);
    compareLayout->addWidget(m_changeTable, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_milestones, 1);
    layout->addWidget(compareBox, 2);

    connect(m_freeze, &QPushButton::clicked, this, [this] { askAndFreeze(); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelectedMilestone(); });
    connect(m_milestones, &QTableWidget::itemSelectionChanged, this, [this] { updateEnabled(); });
    connect(m_from, &QComboBox::currentIndexChanged, this, [this] { runCompare(); });
    connect(m_to, &QComboBox::currentIndexChanged, this, [this] { runCompare(); });
    connect(m_project, &core::Project::readOnlyChanged, this, [this] { updateEnabled(); });
    refresh();
}

void MilestonePanel::setLens(const core::Lens *lens)
{
    m_lens = lens;
    refresh();
}

void MilestonePanel::refresh()
{
    const Review *review = m_project->find<Review>(m_reviewId);
    const QList<Milestone> milestones = review ? review->milestones : QList<Milestone>();
    const QString selected = m_milestones->currentRow() >= 0 && m_milestones->item(m_milestones->currentRow(), 0)
                                 ? m_milestones->item(m_milestones->currentRow(), 0)->data(Qt::UserRole).toString()
                                 : QString();
    m_milestones->setColumnHidden(5, !(m_lens && m_lens->canLeaveUnrated()));
    {
        const QSignalBlocker block(m_milestones);
        m_milestones->setRowCount(int(milestones.size()));
        for (int r = 0; r < milestones.size(); ++r) {
            const Milestone &m = milestones.at(r);
            auto *name = cell(m.name);
            name->setData(Qt::UserRole, m.id);
            m_milestones->setItem(r, 0, name);
            m_milestones->setItem(r, 1, cell(displayDate(m.date)));
            if (m_lens) {
                const core::RiskCounts counts = core::RiskAssessment::assess(*m_lens, m.answers).totals();
                m_milestones->setItem(r, 2, numberCell(counts.high));
                m_milestones->setItem(r, 3, numberCell(counts.medium));
                m_milestones->setItem(r, 4, numberCell(counts.unanswered));
                m_milestones->setItem(r, 5, numberCell(counts.unrated));
            }
            if (m.id == selected)
                m_milestones->selectRow(r);
        }
    }
    fillCombos();
    updateEnabled();
}

void MilestonePanel::fillCombos()
{
    const Review *review = m_project->find<Review>(m_reviewId);
    const QList<Milestone> milestones = review ? review->milestones : QList<Milestone>();
    const QString from = m_from->currentData().toString();
    const QString to = m_to->currentIndex() >= 0 ? m_to->currentData().toString() : QStringLiteral("\x01");
    {
        const QSignalBlocker b1(m_from);
        const QSignalBlocker b2(m_to);
        m_from->clear();
        m_to->clear();
        for (const Milestone &m : milestones) {
            const QString label = tr("%1 (%2)").arg(m.name, displayDate(m.date));
            m_from->addItem(label, m.id);
            m_to->addItem(label, m.id);
        }
        m_to->addItem(tr("Now (current answers)"), QString());
        // keep the user's choice; default: the latest milestone against now
        const int fromIndex = m_from->findData(from);
        m_from->setCurrentIndex(fromIndex >= 0 ? fromIndex : int(milestones.size()) - 1);
        const int toIndex = m_to->findData(to);
        m_to->setCurrentIndex(toIndex >= 0 ? toIndex : m_to->count() - 1);
    }
    runCompare();
}

QList<core::Answer> MilestonePanel::answersOf(const QString &milestoneId, bool *found) const
{
    *found = false;
    const Review *review = m_project->find<Review>(m_reviewId);
    if (!review)
        return {};
    if (milestoneId.isEmpty()) {
        *found = true;
        return review->answers;
    }
    for (const Milestone &m : review->milestones)
        if (m.id == milestoneId) {
            *found = true;
            return m.answers;
        }
    return {};
}

void MilestonePanel::compare(const QString &fromId, const QString &toId)
{
    const QSignalBlocker b1(m_from);
    const QSignalBlocker b2(m_to);
    m_from->setCurrentIndex(m_from->findData(fromId));
    m_to->setCurrentIndex(m_to->findData(toId));
    runCompare();
}

void MilestonePanel::runCompare()
{
    m_changes.clear();
    m_changeTable->setRowCount(0);
    bool fromFound = false;
    bool toFound = false;
    const QList<core::Answer> before = answersOf(m_from->currentData().toString(), &fromFound);
    const QList<core::Answer> after = answersOf(m_to->currentData().toString(), &toFound);
    if (!m_lens || m_from->currentIndex() < 0 || !fromFound || !toFound) {
        m_summary->setText(m_from->count() == 0 ? tr("Freeze a milestone first; then compare it with later answers.")
                                                : QString());
        return;
    }
    m_changes = core::MilestoneComparison::compare(*m_lens, before, after);
    int improved = 0;
    int regressed = 0;
    m_changeTable->setRowCount(int(m_changes.size()));
    for (int r = 0; r < m_changes.size(); ++r) {
        const core::QuestionRiskChange &c = m_changes.at(r);
        improved += c.change == core::RiskChange::Improved;
        regressed += c.change == core::RiskChange::Regressed;
        auto *change = cell(RiskStyle::word(c.change));
        if (c.change != core::RiskChange::Changed) // grey text would be hard to read on a projector
            change->setForeground(RiskStyle::color(c.change));
        QFont bold = m_changeTable->font();
        bold.setBold(true);
        change->setFont(bold);
        m_changeTable->setItem(r, 0, change);
        const core::LensPillar *pillar = m_lens->pillarOf(c.question);
        m_changeTable->setItem(r, 1, cell(pillar ? pillar->name : c.pillar));
        const core::LensQuestion *question = m_lens->question(c.question);
        auto *title = cell(question ? question->title : c.question);
        title->setToolTip(title->text());
        m_changeTable->setItem(r, 2, title);
        m_changeTable->setItem(r, 3, riskCell(c.before));
        m_changeTable->setItem(r, 4, riskCell(c.after));
    }
    m_changeTable->resizeRowsToContents();
    m_summary->setText(m_changes.isEmpty()
                           ? tr("No question changed its risk.")
                           : tr("%1 improved, %2 regressed, %3 otherwise changed.")
                                 .arg(improved)
                                 .arg(regressed)
                                 .arg(m_changes.size() - improved - regressed));
}

void MilestonePanel::askAndFreeze()
{
    const Review *review = m_project->find<Review>(m_reviewId);
    if (!review)
        return;
    FreezeMilestoneDialog dialog(tr("Milestone %1").arg(review->milestones.size() + 1), QDate::currentDate(), this);
    if (dialog.exec() == QDialog::Accepted)
        freezeMilestone(dialog.name(), dialog.date());
}

bool MilestonePanel::freezeMilestone(const QString &name, const QDate &date)
{
    const Review *current = m_project->find<Review>(m_reviewId);
    if (!current || name.trimmed().isEmpty() || !date.isValid())
        return false;
    Review review = *current;
    review.milestones.append(core::MilestoneComparison::freeze(review, core::Project::newId(), name.trimmed(), date));
    return commands::replaceItem(m_undoStack, m_project, review, tr("Freeze milestone \"%1\"").arg(name.trimmed()));
}

bool MilestonePanel::deleteSelectedMilestone()
{
    const Review *current = m_project->find<Review>(m_reviewId);
    const int row = m_milestones->currentRow();
    if (!current || row < 0 || row >= current->milestones.size())
        return false;
    Review review = *current;
    const QString name = review.milestones.at(row).name;
    review.milestones.removeAt(row);
    return commands::replaceItem(m_undoStack, m_project, review, tr("Delete milestone \"%1\"").arg(name));
}

bool MilestonePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_changeTable->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(m_changeTable, &QTableWidget::resizeRowsToContents, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void MilestonePanel::updateEnabled()
{
    const bool editable = !m_project->isReadOnly() && m_project->find<Review>(m_reviewId);
    m_freeze->setEnabled(editable);
    m_delete->setEnabled(editable && m_milestones->currentRow() >= 0 && !m_milestones->selectedItems().isEmpty());
}

} // namespace archbench::ui
