#include "meetingpanel.h"
#include "ui/widgets/followfocus.h"
#include "ui/widgets/namecompleter.h"

#include "decisionhandle.h"
#include "matrixmodel.h"
#include "pairwisedialog.h"

#include "core/decision/ahp.h"
#include "core/decision/groupscore.h"
#include "core/decision/scorereport.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {

constexpr int OptionRole = Qt::UserRole + 1;
constexpr int CriterionRole = Qt::UserRole + 2;

QString nameOf(const QList<core::Option> &list, const QString &id)
{
    for (const core::Option &o : list)
        if (o.id == id)
            return o.name;
    return id;
}

QString nameOf(const QList<core::Criterion> &list, const QString &id)
{
    for (const core::Criterion &c : list)
        if (c.id == id)
            return c.name;
    return id;
}

QStringList names(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

MeetingPanel::MeetingPanel(DecisionHandle *handle, MatrixModel *matrix, QWidget *parent)
    : QWidget(parent), m_handle(handle), m_matrix(matrix), m_status(new QLabel(this)),
      m_reveal(new QPushButton(this)), m_aggregation(new QComboBox(this)), m_contested(new QListWidget(this)),
      m_leaders(new QLabel(this)), m_rationale(new QLineEdit(this)), m_adopt(new QPushButton(tr("&Adopt group scores"), this)),
      m_attendees(new QLineEdit(this)), m_dissent(new QTableWidget(0, 2, this)), m_ahp(new QLabel(this))
{
    setObjectName(QStringLiteral("meetingPanel"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);

    // --- ballots: status, reveal
    auto *ballots = new QGroupBox(tr("Ballots"), content);
    auto *ballotsLayout = new QVBoxLayout(ballots);
    m_status->setObjectName(QStringLiteral("ballotStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        m_matrix->setRevealed(!m_matrix->revealed());
        sync();
    });
    auto *revealRow = new QHBoxLayout;
    revealRow->addWidget(m_reveal);
    revealRow->addStretch();
    ballotsLayout->addWidget(m_status);
    ballotsLayout->addLayout(revealRow);
    layout->addWidget(ballots);

    // --- after reveal: aggregation, discuss first, leaders, adopt
    m_revealedPart = new QGroupBox(tr("Where the room stands"), content);
    auto *revealed = new QFormLayout(m_revealedPart);
    m_aggregation->setObjectName(QStringLiteral("aggregationCombo"));
    m_aggregation->addItem(tr("Mean"), int(core::Aggregation::Mean));
    m_aggregation->addItem(tr("Median"), int(core::Aggregation::Median));
    m_aggregation->addItem(tr("Geometric mean"), int(core::Aggregation::GeometricMean));
    revealed->addRow(tr("Combine ballots b&y"), m_aggregation);
    connect(m_aggregation, &QComboBox::activated, this, [this](int i) {
        const auto how = core::Aggregation(m_aggregation->itemData(i).toInt());
        m_handle->edit(tr("Combine ballots by %1").arg(m_aggregation->itemText(i).toLower()), [&](core::Decision &d) {
            if (d.aggregation == how)
                return false;
            d.aggregation = how;
            return true;
        });
    });
    m_contested->setObjectName(QStringLiteral("contestedList"));
    m_contested->setAccessibleName(tr("Discuss first: the most contested cells"));
    m_contested->setMaximumHeight(140);
    auto *contestedLabel = new QLabel(tr("Dis&cuss first"), m_revealedPart);
    contestedLabel->setBuddy(m_contested);
    revealed->addRow(contestedLabel, m_contested);
    connect(m_contested, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit showCell(item->data(OptionRole).toString(), item->data(CriterionRole).toString());
    });
    m_leaders->setObjectName(QStringLiteral("participantLeaders"));
    m_leaders->setWordWrap(true);
    m_leaders->setTextFormat(Qt::PlainText);
    revealed->addRow(tr("Each one's leader"), m_leaders);
    m_rationale->setObjectName(QStringLiteral("adoptRationale"));
    m_rationale->setPlaceholderText(tr("Why the room takes the group's values (kept as each cell's rationale)"));
    revealed->addRow(tr("Rationa&le"), m_rationale);
    m_adopt->setObjectName(QStringLiteral("adoptButton"));
    m_adopt->setToolTip(tr("Copy the group's values into the agreed scores, which the ADR reports (Ctrl+Z undoes). "
                           "Ctrl+Alt+A in the matrix adopts one cell."));
    connect(m_adopt, &QPushButton::clicked, this, [this] {
        const int n = adoptGroup();
        emit message(n > 0 ? tr("%n agreed score(s) now hold the group's values (Ctrl+Z undoes)", nullptr, n)
                           : tr("The agreed scores already hold the group's values"));
    });
    revealed->addRow(QString(), m_adopt);
    layout->addWidget(m_revealedPart);

    // --- pairwise weights
    auto *pairwise = new QGroupBox(tr("Pairwise weights"), content);
    auto *pairwiseLayout = new QHBoxLayout(pairwise);
    m_ahp->setObjectName(QStringLiteral("ahpSummary"));
    m_ahp->setWordWrap(true);
    m_ahp->setTextFormat(Qt::PlainText);
    auto *compare = new QPushButton(tr("Compare criteria in pairs (wei&ghts)…"), pairwise);
    compare->setObjectName(QStringLiteral("pairwiseButton"));
    connect(compare, &QPushButton::clicked, this, &MeetingPanel::openPairwise);
    pairwiseLayout->addWidget(m_ahp, 1);
    pairwiseLayout->addWidget(compare);
    layout->addWidget(pairwise);

    // --- minutes: attendees, dissent
    auto *minutes = new QGroupBox(tr("Minutes"), content);
    auto *minutesLayout = new QFormLayout(minutes);
    m_attendees->setObjectName(QStringLiteral("attendees"));
    m_attendees->setPlaceholderText(tr("Comma-separated names"));
    completeNames(m_attendees, [this] { return projectPeople(m_handle->project()); });
    minutesLayout->addRow(tr("&Who attended"), m_attendees);
    connect(m_attendees, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_handle->edit(tr("Edit attendees"), [&](core::Decision &d) {
            d.attendees = names(text);
            return true;
        }, QStringLiteral("attendees"));
    });
    m_dissent->setObjectName(QStringLiteral("dissentTable"));
    m_dissent->setHorizontalHeaderLabels({tr("Who"), tr("Dissent")});
    m_dissent->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_dissent->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_dissent->verticalHeader()->setVisible(false);
    m_dissent->setTabKeyNavigation(false);
    m_dissent->setMinimumHeight(90);
    m_dissent->setAccessibleName(tr("Named dissent"));
    connect(m_dissent, &QTableWidget::itemChanged, this, [this] {
        if (!m_syncing)
            writeDissent();
    });
    auto *dissentLabel = new QLabel(tr("&Dissent"), minutes);
    dissentLabel->setBuddy(m_dissent);
    auto *dissentButtons = new QHBoxLayout;
    auto *addDissent = new QPushButton(tr("Add di&ssent"), minutes);
    addDissent->setObjectName(QStringLiteral("addDissent"));
    auto *removeDissent = new QPushButton(tr("Remove dissent"), minutes);
    removeDissent->setObjectName(QStringLiteral("removeDissent"));
    connect(addDissent, &QPushButton::clicked, this, [this] {
        m_handle->edit(tr("Add dissent"), [](core::Decision &d) {
            d.dissent << core::Dissent{};
            return true;
        });
        const int row = m_dissent->rowCount() - 1;
        if (row >= 0) {
            m_dissent->setCurrentCell(row, 0);
            m_dissent->setFocus();
            m_dissent->editItem(m_dissent->item(row, 0));
        }
    });
    connect(removeDissent, &QPushButton::clicked, this, [this] {
        const int row = m_dissent->currentRow();
        m_handle->edit(tr("Remove dissent"), [&](core::Decision &d) {
            if (row < 0 || row >= d.dissent.size())
                return false;
            d.dissent.removeAt(row);
            return true;
        });
    });
    dissentButtons->addWidget(addDissent);
    dissentButtons->addWidget(removeDissent);
    dissentButtons->addStretch();
    auto *dissentColumn = new QVBoxLayout;
    dissentColumn->addWidget(m_dissent);
    dissentColumn->addLayout(dissentButtons);
    minutesLayout->addRow(dissentLabel, dissentColumn);
    layout->addWidget(minutes);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    followFocus(scroll); // a field reached by its mnemonic scrolls into view
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(handle, &DecisionHandle::changed, this, &MeetingPanel::sync);
    connect(handle, &DecisionHandle::readOnlyChanged, this, &MeetingPanel::sync);
    connect(matrix, &MatrixModel::layerChanged, this, &MeetingPanel::sync);
    sync();
}

int MeetingPanel::adoptGroup()
{
    return m_matrix->adopt(QModelIndex(), m_rationale->text());
}

void MeetingPanel::openPairwise()
{
    auto *dialog = new PairwiseDialog(m_handle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MeetingPanel::sync()
{
    const core::Decision *d = m_handle->decision();
    const bool writable = d && !m_handle->isReadOnly();
    const QLocale locale;
    if (!d)
        return;
    QStringList who;
    for (const core::Ballot &b : d->ballots)
        who << b.participant;
    const bool revealed = m_matrix->revealed();
    if (d->ballots.isEmpty())
        m_status->setText(tr("No ballots yet. Score in the room: choose a participant's ballot above the matrix (Ctrl+B) "
                             "and type digits. Or send forms: File ▸ Import Ballots… brings filled ones back."));
    else if (!revealed)
        m_status->setText(tr("%n ballot(s) handed in (%1). They stay hidden until you reveal them, so that early "
                             "voices do not anchor the room.", nullptr, int(d->ballots.size()))
                              .arg(who.join(QStringLiteral(", "))));
    else
        m_status->setText(tr("%n ballot(s) revealed: %1.", nullptr, int(d->ballots.size())).arg(who.join(QStringLiteral(", "))));
    m_reveal->setText(revealed ? tr("Hide ballots") : tr("Reveal ballots"));
    // QAbstractButton::setText resets the shortcut to the text's mnemonic: set the key again
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_reveal->setToolTip(tr("Show the group matrix and where the room disagrees (%1)")
                             .arg(m_reveal->shortcut().toString(QKeySequence::NativeText)));
    m_reveal->setEnabled(!d->ballots.isEmpty() || revealed);
    m_revealedPart->setVisible(revealed && !d->ballots.isEmpty());
    m_aggregation->setCurrentIndex(m_aggregation->findData(int(d->aggregation)));
    m_aggregation->setEnabled(writable);
    m_adopt->setEnabled(writable);
    m_rationale->setReadOnly(!writable);

    if (const core::GroupScore *g = m_matrix->group(); g && revealed) {
        const QString current = m_contested->currentItem() ? m_contested->currentItem()->text() : QString();
        m_contested->clear();
        for (const core::CellSpread &s : g->contested(5)) {
            auto *item = new QListWidgetItem(tr("%1 × %2: %3 to %4 (spread %5)")
                                                 .arg(nameOf(d->options, s.option), nameOf(d->criteria, s.criterion),
                                                      locale.toString(s.min), locale.toString(s.max),
                                                      locale.toString(s.spread)),
                                             m_contested);
            item->setData(OptionRole, s.option);
            item->setData(CriterionRole, s.criterion);
            if (item->text() == current)
                m_contested->setCurrentItem(item);
        }
        if (g->spreads().isEmpty())
            new QListWidgetItem(tr("No cell has two ballots yet"), m_contested);
        QStringList lines;
        const QString sentence = g->agreementSentence();
        if (!sentence.isEmpty())
            lines << sentence;
        for (const core::ParticipantLeader &l : g->participantLeaders())
            lines << tr("%1: %2").arg(l.participant, l.leader.isEmpty() ? tr("no single leader (a tie)")
                                                                        : nameOf(d->options, l.leader));
        const QStringList overturning = g->weightsOverturning();
        if (!g->scores().leader().isEmpty())
            lines << (overturning.isEmpty()
                          ? tr("The group's leader stays first under every participant's own weights.")
                          : tr("Under the own weights of %1 another option leads or ties.").arg(overturning.join(QStringLiteral(", "))));
        m_leaders->setText(lines.join(QLatin1Char('\n')));
    }

    if (d->pairwise.isEmpty()) {
        m_ahp->setText(tr("No pairwise judgments: weights are typed in the matrix."));
    } else {
        const core::AhpResult r = core::Ahp::compute(*d);
        if (!r.complete)
            m_ahp->setText(tr("%n pair(s) of criteria still to compare.", nullptr, int(r.missing.size())));
        else if (r.consistent())
            m_ahp->setText(tr("Consistency ratio %1: consistent enough.").arg(locale.toString(r.consistencyRatio, 'f', 3)));
        else
            m_ahp->setText(tr("Consistency ratio %1, above 0.10: revisit %2.")
                               .arg(locale.toString(r.consistencyRatio, 'f', 3))
                               .arg(QStringList{nameOf(d->criteria, r.mostInconsistent.value(0)),
                                                nameOf(d->criteria, r.mostInconsistent.value(1)),
                                                nameOf(d->criteria, r.mostInconsistent.value(2))}
                                        .join(QStringLiteral(" / "))));
    }

    const QString attendees = d->attendees.join(QStringLiteral(", "));
    if (!m_attendees->hasFocus() && m_attendees->text() != attendees)
        m_attendees->setText(attendees);
    m_attendees->setReadOnly(!writable);
    syncDissent();
}

void MeetingPanel::syncDissent()
{
    const core::Decision *d = m_handle->decision();
    if (!d)
        return;
    m_syncing = true;
    const int row = m_dissent->currentRow(), column = m_dissent->currentColumn();
    m_dissent->setRowCount(int(d->dissent.size()));
    for (int i = 0; i < d->dissent.size(); ++i) {
        for (int c = 0; c < 2; ++c) {
            const QString text = c == 0 ? d->dissent[i].participant : d->dissent[i].text;
            QTableWidgetItem *item = m_dissent->item(i, c);
            if (!item)
                m_dissent->setItem(i, c, item = new QTableWidgetItem);
            if (item->text() != text)
                item->setText(text);
            item->setFlags(m_handle->isReadOnly() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                                  : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        }
    }
    if (row >= 0 && row < m_dissent->rowCount())
        m_dissent->setCurrentCell(row, column);
    m_syncing = false;
}

void MeetingPanel::writeDissent()
{
    QList<core::Dissent> list;
    for (int i = 0; i < m_dissent->rowCount(); ++i)
        list << core::Dissent{m_dissent->item(i, 0) ? m_dissent->item(i, 0)->text().trimmed() : QString(),
                              m_dissent->item(i, 1) ? m_dissent->item(i, 1)->text().trimmed() : QString()};
    m_handle->edit(tr("Edit dissent"), [&](core::Decision &d) {
        if (d.dissent == list)
            return false;
        d.dissent = list;
        return true;
    });
}

} // namespace archbench::ui
