#include "matrixpanel.h"
#include "ui/widgets/followfocus.h"

#include "ui/charts/palette.h"

#include "constraintsmodel.h"
#include "decisionhandle.h"
#include "matrixdelegate.h"
#include "matrixmodel.h"
#include "matrixview.h"

#include "core/decision/decisionmatrix.h"
#include "core/decision/scorereport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QUndoStack>
#include <QComboBox>
#include <QInputDialog>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace archbench::ui {

using core::DecisionMatrix;

namespace {
/// The narrowest the criterion, option and score boxes beside the grid get (at 100 %)
constexpr int kDetailsMinimumWidth = 150;

const core::Criterion *findCriterion(const core::Decision *d, const QString &id)
{
    if (d)
        for (const core::Criterion &c : d->criteria)
            if (c.id == id)
                return &c;
    return nullptr;
}
const core::Option *findOption(const core::Decision *d, const QString &id)
{
    if (d)
        for (const core::Option &o : d->options)
            if (o.id == id)
                return &o;
    return nullptr;
}
void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0); // show the start of a long text, not its end
}
} // namespace

MatrixPanel::MatrixPanel(DecisionHandle *handle, QWidget *parent)
    : QWidget(parent), m_handle(handle), m_model(new MatrixModel(handle, this)),
      m_view(new MatrixView(this)), m_constraints(new ConstraintsModel(handle, this)),
      m_constraintsView(new QTableView(this)), m_toolBar(new QToolBar(this))
{
    setObjectName(QStringLiteral("matrixPanel"));
    m_view->setMatrixModel(m_model);
    m_view->setAccessibleName(tr("Decision matrix"));
    connect(m_view, &MatrixView::message, this, &MatrixPanel::message);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildActions();

    // The grid and the boxes beside it share the width through a splitter: on a narrow
    // window (1280 x 720 at 150 % with the panels open) the grid keeps most of it and the boxes
    // scroll, or fold away entirely (drag the handle, or Editor Only in the View menu).
    auto *gridRow = new QSplitter(Qt::Horizontal, this);
    gridRow->setObjectName(QStringLiteral("matrixGridSplitter"));
    gridRow->setChildrenCollapsible(true);
    gridRow->addWidget(m_view);
    // The criterion, option and score boxes scroll when the window is short (a 1280 x 720
    // projector) rather than holding the whole window taller than the screen.
    auto *details = new QScrollArea(this);
    followFocus(details); // a field reached by its mnemonic scrolls into view
    details->setObjectName(QStringLiteral("matrixDetails"));
    details->setWidget(buildDetails());
    details->setWidgetResizable(true);
    details->setFrameShape(QFrame::NoFrame);
    details->setFocusPolicy(Qt::NoFocus);
    details->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // the column's own minimum and a vertical scroll bar: the boxes never scroll sideways
    details->setMinimumWidth(kDetailsMinimumWidth + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, details));
    gridRow->addWidget(details);
    gridRow->setStretchFactor(0, 3);
    gridRow->setStretchFactor(1, 2);
    gridRow->setCollapsible(0, false);
    gridRow->setSizes({700, 300}); // proportions: the grid 70 %, the boxes 30 %
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_toolBar);
    // whose scores the grid shows, when not the agreed ones: said above the grid in words
    m_layerBanner = new QLabel(top);
    m_layerBanner->setObjectName(QStringLiteral("layerBanner"));
    m_layerBanner->setTextFormat(Qt::PlainText);
    m_layerBanner->setWordWrap(true);
    m_layerBanner->setContentsMargins(8, 4, 8, 4);
    m_layerBanner->setAutoFillBackground(true);
    {
        QPalette banner = m_layerBanner->palette();
        QColor tint = palette::series(0);
        tint.setAlpha(40);
        banner.setColor(QPalette::Window, tint);
        m_layerBanner->setPalette(banner);
    }
    m_layerBanner->hide();
    topLayout->addWidget(m_layerBanner);
    topLayout->addWidget(gridRow, 1);

    auto *constraintsBox = new QGroupBox(tr("Hard con&straints: an option that fails one is eliminated"), this);
    auto *constraintsLayout = new QVBoxLayout(constraintsBox);
    m_constraintsView->setObjectName(QStringLiteral("constraintsView"));
    m_constraintsView->setModel(m_constraints);
    m_constraintsView->verticalHeader()->setVisible(false);
    m_constraintsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_constraintsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                       | QAbstractItemView::AnyKeyPressed);
    m_constraintsView->setTabKeyNavigation(false);
    const auto resizeConstraints = [this] {
        m_constraintsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < m_constraints->columnCount(); ++c)
            m_constraintsView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    };
    resizeConstraints();
    connect(m_constraints, &QAbstractItemModel::modelReset, m_constraintsView, resizeConstraints);
    m_constraintsView->installEventFilter(this); // Escape (outside a cell editor) back to the grid
    auto *constraintButtons = new QHBoxLayout;
    auto *addConstraintButton = new QPushButton(tr("Add constra&int"), constraintsBox);
    addConstraintButton->setObjectName(QStringLiteral("addConstraintButton"));
    auto *removeConstraintButton = new QPushButton(tr("Remove constraint"), constraintsBox);
    removeConstraintButton->setObjectName(QStringLiteral("removeConstraintButton"));
    removeConstraintButton->setToolTip(tr("Remove the selected constraint (Delete in the list)"));
    auto *removeConstraintKey = new QAction(m_constraintsView);
    removeConstraintKey->setShortcut(QKeySequence(Qt::Key_Delete));
    removeConstraintKey->setShortcutContext(Qt::WidgetShortcut);
    m_constraintsView->addAction(removeConstraintKey);
    connect(removeConstraintKey, &QAction::triggered, this, [this] {
        if (!m_handle->isReadOnly())
            removeConstraint();
    });
    connect(addConstraintButton, &QPushButton::clicked, this, &MatrixPanel::addConstraint);
    connect(removeConstraintButton, &QPushButton::clicked, this, &MatrixPanel::removeConstraint);
    constraintButtons->addWidget(addConstraintButton);
    constraintButtons->addWidget(removeConstraintButton);
    constraintButtons->addStretch();
    // a row and a half at least, not Qt's 70 px: at 150 % on a 1280 x 720 projector every
    // pixel of height goes to the grid (the splitter gives the list more when there is room)
    m_constraintsView->setMinimumHeight(m_constraintsView->horizontalHeader()->sizeHint().height() + 12);
    constraintsLayout->addWidget(m_constraintsView);
    constraintsLayout->addLayout(constraintButtons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(constraintsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({4000, 1}); // the grid first: the constraints start at their smallest
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MatrixPanel::syncDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MatrixPanel::syncDetails,
                Qt::UniqueConnection);
        syncDetails();
    });
    connect(handle, &DecisionHandle::changed, this, &MatrixPanel::syncDetails);
    connect(handle, &DecisionHandle::readOnlyChanged, this, &MatrixPanel::syncEnabled);
    if (m_model->criterionCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, m_model->optionCount() > 0 ? DecisionMatrix::kFirstOptionColumn
                                                                              : DecisionMatrix::kNameColumn));
    syncDetails();
    syncLayers();
    applyTabOrder();
}

void MatrixPanel::applyTabOrder()
{
    const QList<QWidget *> chain{m_view,
                                 m_criterionName,
                                 m_criterionDescription,
                                 m_optionName,
                                 m_optionDescription,
                                 m_doNothing,
                                 m_rationale,
                                 m_constraintsView,
                                 findChild<QPushButton *>(QStringLiteral("addConstraintButton")),
                                 findChild<QPushButton *>(QStringLiteral("removeConstraintButton"))};
    for (int i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain[i], chain[i + 1]);
}

void MatrixPanel::buildActions()
{
    const auto make = [this](const char *name, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1StringView(name));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        }
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_toolBar->addAction(a);
        m_actions << a;
        return a;
    };
    make("addCriterion", tr("Add criterion"), QKeySequence(Qt::Key_Insert), [this] { addCriterion(); });
    make("removeCriterion", tr("Remove criterion"), QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { removeCriterion(); });
    make("moveCriterionUp", tr("Up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCriterion(-1); });
    make("moveCriterionDown", tr("Down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCriterion(1); });
    m_toolBar->addSeparator();
    make("addOption", tr("Add option"), QKeySequence(Qt::CTRL | Qt::Key_Insert), [this] { addOption(); });
    // translatable: a language whose File menu is on Alt+D (German "Datei") picks another key
    make("addDoNothing", tr("Add \"do nothing\""), QKeySequence(tr("Alt+D", "shortcut: add the \"do nothing\" option")),
         [this] { addDoNothingOption(); });
    make("removeOption", tr("Remove option"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), [this] { removeOption(); });
    make("moveOptionLeft", tr("Left"), QKeySequence(Qt::ALT | Qt::Key_Left), [this] { moveOption(-1); });
    make("moveOptionRight", tr("Right"), QKeySequence(Qt::ALT | Qt::Key_Right), [this] { moveOption(1); });
    m_toolBar->addSeparator();
    make("normaliseWeights", tr("Weights to 100"), QKeySequence(Qt::ALT | Qt::Key_N), [this] { normaliseWeights(); });
    QAction *paste = make("pasteBlock", tr("Paste block"), QKeySequence(), [this] {
        m_view->pasteText(QApplication::clipboard()->text());
    });
    paste->setToolTip(tr("Paste a tab-separated block from a spreadsheet at the current cell (Ctrl+V in the grid)"));
    m_toolBar->addSeparator();
    // Whose scores the grid shows: the agreed ones, the group's (after Reveal) or a ballot
    m_layerCombo = new QComboBox(m_toolBar);
    m_layerCombo->setObjectName(QStringLiteral("layerCombo"));
    m_layerCombo->setAccessibleName(tr("Scores shown"));
    m_layerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_layerCombo->setToolTip(tr("Whose scores the grid shows and takes: the agreed matrix, the group's (after "
                                "Reveal), or one participant's ballot (%1)")
                                 .arg(QKeySequence(Qt::CTRL | Qt::Key_B).toString(QKeySequence::NativeText)));
    // first on the bar: when a narrow window (150 % on a projector) folds the bar's end into
    // its » menu, whose scores are shown stays in sight; the commands have their keys
    QAction *first = m_toolBar->actions().value(0);
    m_toolBar->insertWidget(first, m_layerCombo);
    m_toolBar->insertSeparator(first);
    connect(m_layerCombo, &QComboBox::activated, this, [this](int index) { chooseLayer(index); });
    make("chooseBallot", tr("Choose ballot"), QKeySequence(Qt::CTRL | Qt::Key_B), [this] {
        m_layerCombo->setFocus(Qt::ShortcutFocusReason);
        m_layerCombo->showPopup();
    });
    m_toolBar->removeAction(action(QStringLiteral("chooseBallot"))); // the combo itself is on the toolbar
    QAction *reveal = make("revealBallots", tr("Reveal ballots"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R), [this] {
        m_model->setRevealed(!m_model->revealed());
        if (m_model->revealed() && m_model->group())
            m_model->setLayer(MatrixModel::Layer::Group);
    });
    reveal->setCheckable(true);
    make("adoptCell", tr("Adopt group value"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A), [this] {
        const int n = m_model->adopt(m_view->currentIndex(), {});
        emit message(n > 0 ? tr("The group's value is now the agreed score (Ctrl+Z undoes)")
                           : tr("Nothing to adopt here: reveal the ballots and pick a cell some ballot scored"));
    });
    connect(m_model, &MatrixModel::layerChanged, this, &MatrixPanel::syncLayers);
    connect(m_model, &MatrixModel::layerChanged, this, &MatrixPanel::syncDetails);
    // undo and redo show the room what changed: the cursor goes to the cell and it flashes
    if (const core::Decision *d = m_handle->decision())
        m_seen = *d;
    connect(m_handle, &DecisionHandle::changed, this, [this] {
        m_previous = m_seen;
        if (const core::Decision *d = m_handle->decision())
            m_seen = *d;
    });
    if (QUndoStack *stack = m_handle->undoStack()) {
        m_undoIndex = stack->index();
        m_nextCommand = stack->command(m_undoIndex);
        connect(stack, &QUndoStack::indexChanged, this, [this, stack](int index) {
            const bool undo = index < m_undoIndex;
            const bool redo = index == m_undoIndex + 1 && m_nextCommand && stack->command(index - 1) == m_nextCommand;
            m_undoIndex = index;
            m_nextCommand = stack->command(index);
            if (undo || redo)
                showChange();
        });
    }
    connect(m_handle, &DecisionHandle::changed, this, &MatrixPanel::syncLayers);
    action(QStringLiteral("normaliseWeights"))->setToolTip(
        tr("Scale the weights so they add up to 100, keeping their proportions (%1)")
            .arg(QKeySequence(Qt::ALT | Qt::Key_N).toString(QKeySequence::NativeText)));
}

void MatrixPanel::syncLayers()
{
    const core::Decision *d = m_handle->decision();
    QStringList people;
    if (d) {
        for (const QStringList *list : {&d->participants, &d->consulted, &d->informed, &d->attendees})
            for (const QString &name : *list)
                if (!name.trimmed().isEmpty() && !people.contains(name.trimmed()))
                    people << name.trimmed();
        for (const core::Ballot &b : d->ballots)
            if (!people.contains(b.participant))
                people << b.participant;
    }
    if (m_model->layer() == MatrixModel::Layer::Ballot && !people.contains(m_model->participant()))
        people << m_model->participant();
    // the entries: rebuilt only when they differ (a rebuilt combo resizes, and the bar with it)
    struct Entry {
        QString text;
        QString data;
    };
    QList<Entry> entries;
    entries << Entry{tr("Agreed scores"), QStringLiteral("agreed")};
    const int ballots = d ? int(d->ballots.size()) : 0;
    entries << Entry{m_model->revealed() ? tr("Group (%n ballot(s))", nullptr, ballots) : tr("Group (hidden until Reveal)"),
                     QStringLiteral("group")};
    for (const QString &name : std::as_const(people)) {
        bool has = false;
        if (d)
            for (const core::Ballot &b : d->ballots)
                has = has || b.participant == name;
        entries << Entry{has ? tr("%1's ballot").arg(name) : tr("%1's ballot (new)").arg(name), name};
    }
    entries << Entry{tr("Ballot for someone else…"), QStringLiteral("\n")};
    const QSignalBlocker block(m_layerCombo);
    bool same = m_layerCombo->count() == entries.size();
    for (int i = 0; same && i < entries.size(); ++i)
        same = m_layerCombo->itemText(i) == entries[i].text && m_layerCombo->itemData(i).toString() == entries[i].data;
    if (!same) {
        m_layerCombo->clear();
        for (const Entry &e : std::as_const(entries))
            m_layerCombo->addItem(e.text, e.data);
    }
    if (auto *items = qobject_cast<QStandardItemModel *>(m_layerCombo->model()))
        if (QStandardItem *group = items->item(1); group && group->isEnabled() != (m_model->revealed() && ballots > 0))
            group->setEnabled(m_model->revealed() && ballots > 0);
    switch (m_model->layer()) {
    case MatrixModel::Layer::Agreed: m_layerCombo->setCurrentIndex(0); break;
    case MatrixModel::Layer::Group: m_layerCombo->setCurrentIndex(1); break;
    case MatrixModel::Layer::Ballot: m_layerCombo->setCurrentIndex(m_layerCombo->findData(m_model->participant())); break;
    }
    switch (m_model->layer()) {
    case MatrixModel::Layer::Agreed: m_layerBanner->hide(); break;
    case MatrixModel::Layer::Ballot:
        m_layerBanner->setText(tr("Scoring %1: digits go to this ballot, weights typed are their own. The agreed "
                                  "scores are not touched (Ctrl+B: back to the agreed scores).")
                                   .arg(m_model->layerTitle()));
        m_layerBanner->show();
        break;
    case MatrixModel::Layer::Group:
        m_layerBanner->setText(tr("%1, read-only: each cell's tint and ↕ figure is how far the ballots lie apart. "
                                  "Ctrl+Alt+A adopts the current cell into the agreed scores.")
                                   .arg(m_model->layerTitle()));
        m_layerBanner->show();
        break;
    }
    if (QAction *reveal = action(QStringLiteral("revealBallots"))) {
        reveal->setChecked(m_model->revealed());
        reveal->setText(m_model->revealed() ? tr("Hide ballots") : tr("Reveal ballots"));
    }
    if (QAction *adopt = action(QStringLiteral("adoptCell")))
        adopt->setEnabled(m_model->revealed() && ballots > 0 && !m_handle->isReadOnly());
}

void MatrixPanel::showChange()
{
    const core::Decision &a = m_previous, &b = m_seen;
    if (a.id != b.id)
        return;
    QModelIndex cell;
    const auto scoreOf = [&](const core::Decision &d, const QString &option, const QString &criterion) -> std::optional<std::pair<double, QString>> {
        if (m_model->layer() == MatrixModel::Layer::Ballot) {
            for (const core::Ballot &ballot : d.ballots)
                if (ballot.participant == m_model->participant())
                    for (const core::Score &s : ballot.scores)
                        if (s.option == option && s.criterion == criterion)
                            return std::pair{s.value, s.rationale};
            return std::nullopt;
        }
        if (const core::Score *s = core::findScore(d, option, criterion))
            return std::pair{s->value, s->rationale};
        return std::nullopt;
    };
    // the weight the grid shows: on a ballot, the participant's own where they set one
    const auto weightOf = [&](const core::Decision &d, const core::Criterion &c) -> std::optional<double> {
        if (m_model->layer() == MatrixModel::Layer::Ballot)
            for (const core::Ballot &ballot : d.ballots)
                if (ballot.participant == m_model->participant())
                    for (const core::BallotWeight &w : ballot.weights)
                        if (w.criterion == c.id)
                            return w.weight;
        return std::nullopt;
    };
    for (int row = 0; row < m_model->criterionCount() && !cell.isValid(); ++row) {
        const QString criterion = m_model->criterionAt(row);
        const core::Criterion *ca = findCriterion(&a, criterion), *cb = findCriterion(&b, criterion);
        if (!ca || !cb || ca->name != cb->name || ca->weight != cb->weight || weightOf(a, *ca) != weightOf(b, *cb)) {
            cell = m_model->index(row, ca && cb && ca->name != cb->name ? DecisionMatrix::kNameColumn : DecisionMatrix::kWeightColumn);
            break;
        }
        for (int o = 0; o < m_model->optionCount(); ++o) {
            const QString option = m_model->optionAt(DecisionMatrix::kFirstOptionColumn + o);
            if (scoreOf(a, option, criterion) != scoreOf(b, option, criterion)) {
                cell = m_model->index(row, DecisionMatrix::kFirstOptionColumn + o);
                break;
            }
        }
    }
    if (!cell.isValid())
        return;
    m_view->setCurrentIndex(cell);
    m_view->scrollTo(cell);
    auto *delegate = qobject_cast<MatrixDelegate *>(m_view->itemDelegate());
    if (!delegate)
        return;
    delegate->setFlash(cell);
    m_view->viewport()->update();
    QTimer::singleShot(700, m_view, [this, delegate] {
        delegate->setFlash(QModelIndex());
        m_view->viewport()->update();
    });
}

void MatrixPanel::chooseLayer(int index)
{
    const QString key = m_layerCombo->itemData(index).toString();
    if (key == QStringLiteral("agreed"))
        m_model->setLayer(MatrixModel::Layer::Agreed);
    else if (key == QStringLiteral("group"))
        m_model->setLayer(MatrixModel::Layer::Group);
    else if (key == QStringLiteral("\n")) {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Ballot for someone else"), tr("Participant's name:"),
                                                   QLineEdit::Normal, {}, &ok).trimmed();
        if (ok && !name.isEmpty())
            m_model->setLayer(MatrixModel::Layer::Ballot, name);
    } else {
        m_model->setLayer(MatrixModel::Layer::Ballot, key);
    }
    syncLayers();
    // score right away: on a ballot, from the first cell it has not scored yet
    if (m_model->layer() == MatrixModel::Layer::Ballot)
        for (int row = 0, found = 0; row < m_model->criterionCount() && !found; ++row)
            for (int o = 0; o < m_model->optionCount() && !found; ++o) {
                const QModelIndex cell = m_model->index(row, DecisionMatrix::kFirstOptionColumn + o);
                if (cell.data(MatrixModel::MissingRole).toBool()) {
                    m_view->setCurrentIndex(cell);
                    m_view->scrollTo(cell);
                    found = 1;
                }
            }
    m_view->setFocus(Qt::OtherFocusReason);
}

QAction *MatrixPanel::action(const QString &name) const
{
    for (QAction *a : m_actions)
        if (a->objectName() == name)
            return a;
    return nullptr;
}

QWidget *MatrixPanel::buildDetails()
{
    auto *column = new QWidget(this);
    // narrow enough to sit beside the grid at 1280 x 720 with the panels open: a field whose
    // label leaves it too little room moves under its label (WrapLongRows), the texts wrap,
    // and the column does not scroll sideways
    column->setMinimumWidth(kDetailsMinimumWidth);
    column->setMaximumWidth(360);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);

    m_criterionBox = new QGroupBox(tr("Criterion"), column);
    auto *cForm = new QFormLayout(m_criterionBox);
    cForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_criterionName = new QLineEdit(m_criterionBox);
    m_criterionName->setObjectName(QStringLiteral("criterionName"));
    m_criterionDescription = new QLineEdit(m_criterionBox);
    m_criterionDescription->setObjectName(QStringLiteral("criterionDescription"));
    m_criterionDescription->setPlaceholderText(tr("What this criterion measures"));
    // the labels' mnemonics reach each field from anywhere on the page; none clashes with the
    // menu bar (F, E, V, P, H), the editor's tabs (M, R, T) or the matrix commands (Alt+D, Alt+N)
    cForm->addRow(tr("&Criterion name"), m_criterionName);
    cForm->addRow(tr("Wh&at it measures"), m_criterionDescription);

    m_optionBox = new QGroupBox(tr("Option"), column);
    auto *oForm = new QFormLayout(m_optionBox);
    oForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_optionName = new QLineEdit(m_optionBox);
    m_optionName->setObjectName(QStringLiteral("optionName"));
    m_optionDescription = new QLineEdit(m_optionBox);
    m_optionDescription->setObjectName(QStringLiteral("optionDescription"));
    m_optionDescription->setPlaceholderText(tr("What this option means in practice"));
    m_doNothing = new QCheckBox(tr("\"Do nothin&g\" option"), m_optionBox);
    m_doNothing->setObjectName(QStringLiteral("optionDoNothing"));
    oForm->addRow(tr("&Option name"), m_optionName);
    oForm->addRow(tr("&What it means"), m_optionDescription);
    oForm->addRow(m_doNothing);
    fitDetailFields();

    m_cellBox = new QGroupBox(tr("Score"), column);
    auto *sLayout = new QVBoxLayout(m_cellBox);
    m_cellLabel = new QLabel(m_cellBox);
    m_cellLabel->setObjectName(QStringLiteral("cellLabel"));
    m_cellLabel->setTextFormat(Qt::PlainText);
    m_cellLabel->setWordWrap(true);
    m_rationale = new QLineEdit(m_cellBox);
    m_rationale->setObjectName(QStringLiteral("rationale"));
    m_rationale->setAccessibleName(tr("Rationale"));
    sLayout->addWidget(m_cellLabel);
    auto *rationaleLabel = new QLabel(tr("Rationa&le (one line, shown as the cell's tooltip)"), m_cellBox);
    rationaleLabel->setWordWrap(true);
    rationaleLabel->setBuddy(m_rationale);
    sLayout->addWidget(rationaleLabel);
    sLayout->addWidget(m_rationale);

    // Return or Escape in a field beside the grid hands the keyboard back to the grid's cell
    for (QWidget *field : {static_cast<QWidget *>(m_criterionName), static_cast<QWidget *>(m_criterionDescription),
                           static_cast<QWidget *>(m_optionName), static_cast<QWidget *>(m_optionDescription),
                           static_cast<QWidget *>(m_doNothing), static_cast<QWidget *>(m_rationale)})
        field->installEventFilter(this);

    layout->addWidget(m_criterionBox);
    layout->addWidget(m_optionBox);
    layout->addWidget(m_cellBox);
    layout->addStretch();

    const auto editCriterion = [this](const QString &undo, const char *key, void (*apply)(core::Criterion &, const QString &)) {
        return [=, this](const QString &text) {
            const QString id = m_shownCriterion;
            m_handle->edit(undo, [&](core::Decision &d) {
                for (core::Criterion &c : d.criteria)
                    if (c.id == id) {
                        apply(c, text);
                        return true;
                    }
                return false;
            }, QLatin1StringView(key) + id);
        };
    };
    const auto editOption = [this](const QString &undo, const char *key, void (*apply)(core::Option &, const QString &)) {
        return [=, this](const QString &text) {
            const QString id = m_shownOption;
            m_handle->edit(undo, [&](core::Decision &d) {
                for (core::Option &o : d.options)
                    if (o.id == id) {
                        apply(o, text);
                        return true;
                    }
                return false;
            }, QLatin1StringView(key) + id);
        };
    };
    connect(m_criterionName, &QLineEdit::textEdited, this,
            editCriterion(tr("Rename criterion"), "criterion-name:", [](core::Criterion &c, const QString &t) { c.name = t; }));
    connect(m_criterionDescription, &QLineEdit::textEdited, this,
            editCriterion(tr("Describe criterion"), "criterion-description:",
                          [](core::Criterion &c, const QString &t) { c.description = t; }));
    connect(m_optionName, &QLineEdit::textEdited, this,
            editOption(tr("Rename option"), "option-name:", [](core::Option &o, const QString &t) { o.name = t; }));
    connect(m_optionDescription, &QLineEdit::textEdited, this,
            editOption(tr("Describe option"), "option-description:", [](core::Option &o, const QString &t) { o.description = t; }));
    connect(m_doNothing, &QCheckBox::clicked, this, [this](bool on) {
        const QString id = m_shownOption;
        m_handle->edit(on ? tr("Mark as \"do nothing\"") : tr("Unmark \"do nothing\""), [&](core::Decision &d) {
            for (core::Option &o : d.options)
                o.doNothing = o.id == id ? on : (on ? false : o.doNothing);
            return true;
        });
    });
    connect(m_rationale, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString option = m_shownOption;
        const QString criterion = m_shownCriterion;
        m_handle->edit(tr("Edit rationale"), [&](core::Decision &d) {
            return DecisionMatrix::setRationale(d, option, criterion, text);
        }, QStringLiteral("rationale:%1:%2").arg(option, criterion));
    });
    return column;
}

QString MatrixPanel::currentCriterion() const
{
    return m_model->criterionAt(m_view->currentIndex().row());
}

QString MatrixPanel::currentOption() const
{
    return m_model->optionAt(m_view->currentIndex().column());
}

void MatrixPanel::fitDetailFields()
{
    // a field keeps room for about a dozen characters; where its label leaves less, it goes
    // under the label (WrapLongRows)
    for (QLineEdit *field : {m_criterionName, m_criterionDescription, m_optionName, m_optionDescription})
        if (field) // a font change can reach the panel before its boxes are built
            field->setMinimumWidth(field->fontMetrics().averageCharWidth() * 12);
}

void MatrixPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) // the presentation zoom
        fitDetailFields();
}

bool MatrixPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        const bool back = key->key() == Qt::Key_Escape
                          || ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && watched != m_constraintsView);
        if (plain && back) {
            backToGrid();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MatrixPanel::backToGrid()
{
    if (!m_view->currentIndex().isValid() && m_model->criterionCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, DecisionMatrix::kNameColumn));
    m_view->scrollTo(m_view->currentIndex());
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void MatrixPanel::syncDetails()
{
    const core::Decision *d = m_handle->decision();
    m_shownCriterion = currentCriterion();
    m_shownOption = currentOption();
    const core::Criterion *c = findCriterion(d, m_shownCriterion);
    const core::Option *o = findOption(d, m_shownOption);
    setTextKeepingCursor(m_criterionName, c ? c->name : QString());
    setTextKeepingCursor(m_criterionDescription, c ? c->description : QString());
    setTextKeepingCursor(m_optionName, o ? o->name : QString());
    setTextKeepingCursor(m_optionDescription, o ? o->description : QString());
    m_doNothing->setChecked(o && o->doNothing);
    const core::Score *s = c && o ? core::findScore(*d, o->id, c->id) : nullptr;
    const QLocale locale;
    if (c && o && m_model->layer() != MatrixModel::Layer::Agreed) {
        // the layer the grid shows first, then the agreed score (what the rationale belongs to)
        const QModelIndex cell = m_view->currentIndex();
        const QString agreed = s ? core::ScoreReport::formatNumber(s->value, locale) : tr("missing");
        const QVariant value = cell.data(Qt::EditRole);
        const QString shown = value.isValid() ? core::ScoreReport::formatNumber(value.toDouble(), locale) : tr("missing");
        const QString detail = cell.data(Qt::ToolTipRole).toString();
        m_cellLabel->setText(m_model->layer() == MatrixModel::Layer::Group
                                 ? tr("%1 on %2, the group: %3 (%4). Agreed score: %5.")
                                       .arg(o->name, c->name, shown, detail, agreed)
                                 : tr("%1 on %2, %3: %4. Agreed score: %5.")
                                       .arg(o->name, c->name, m_model->layerTitle(), shown, agreed));
    } else if (c && o) {
        m_cellLabel->setText(s ? tr("%1 on %2: %3 (scale %4 to %5)")
                                     .arg(o->name, c->name, core::ScoreReport::formatNumber(s->value, locale),
                                          locale.toString(d->scale.min), locale.toString(d->scale.max))
                               : tr("%1 on %2: missing").arg(o->name, c->name));
    } else {
        m_cellLabel->setText(tr("Select a score cell."));
    }
    setTextKeepingCursor(m_rationale, s ? s->rationale : QString());
    m_rationale->setPlaceholderText(s ? tr("Why this score?") : tr("Score the cell first"));
    syncEnabled();
}

void MatrixPanel::syncEnabled()
{
    const bool writable = !m_handle->isReadOnly() && m_handle->decision();
    const core::Decision *d = m_handle->decision();
    const bool hasCriterion = !currentCriterion().isEmpty();
    const bool hasOption = !currentOption().isEmpty();
    const bool hasScore = d && hasCriterion && hasOption && core::findScore(*d, currentOption(), currentCriterion());
    m_criterionName->setReadOnly(!writable || !hasCriterion);
    m_criterionDescription->setReadOnly(!writable || !hasCriterion);
    m_optionName->setReadOnly(!writable || !hasOption);
    m_optionDescription->setReadOnly(!writable || !hasOption);
    m_doNothing->setEnabled(writable && hasOption);
    m_rationale->setReadOnly(!writable || !hasScore);
    const int row = m_view->currentIndex().row();
    const int optionIndex = m_view->currentIndex().column() - DecisionMatrix::kFirstOptionColumn;
    action(QStringLiteral("addCriterion"))->setEnabled(writable);
    action(QStringLiteral("addOption"))->setEnabled(writable);
    action(QStringLiteral("addDoNothing"))->setEnabled(
        writable && d && std::none_of(d->options.cbegin(), d->options.cend(), [](const core::Option &o) { return o.doNothing; }));
    action(QStringLiteral("removeCriterion"))->setEnabled(writable && hasCriterion);
    action(QStringLiteral("moveCriterionUp"))->setEnabled(writable && hasCriterion && row > 0);
    action(QStringLiteral("moveCriterionDown"))->setEnabled(writable && hasCriterion && row + 1 < m_model->criterionCount());
    action(QStringLiteral("removeOption"))->setEnabled(writable && hasOption);
    action(QStringLiteral("moveOptionLeft"))->setEnabled(writable && hasOption && optionIndex > 0);
    action(QStringLiteral("moveOptionRight"))->setEnabled(writable && hasOption && optionIndex + 1 < m_model->optionCount());
    action(QStringLiteral("normaliseWeights"))->setEnabled(writable && d && !d->criteria.isEmpty());
    action(QStringLiteral("pasteBlock"))->setEnabled(writable);
    findChild<QPushButton *>(QStringLiteral("addConstraintButton"))->setEnabled(writable);
    findChild<QPushButton *>(QStringLiteral("removeConstraintButton"))->setEnabled(writable && m_constraints->rowCount() > 0);
}

void MatrixPanel::addCriterion()
{
    const int row = m_view->currentIndex().row();
    const int at = row >= 0 && row < m_model->criterionCount() ? row + 1 : m_model->criterionCount();
    QString id;
    m_handle->edit(tr("Add criterion"), [&](core::Decision &d) {
        id = DecisionMatrix::addCriterion(d, tr("New criterion"), 10, at);
        return true;
    });
    if (!id.isEmpty()) {
        m_view->focusCell(id, {});
        m_view->setFocus();
        m_view->edit(m_view->currentIndex());
    }
}

void MatrixPanel::removeCriterion()
{
    const QString id = currentCriterion();
    const int column = m_view->currentIndex().column();
    const int row = m_view->currentIndex().row();
    if (!m_handle->edit(tr("Remove criterion"), [&](core::Decision &d) { return DecisionMatrix::removeCriterion(d, id); }))
        return;
    const int next = std::min(row, m_model->criterionCount() - 1);
    if (next >= 0)
        m_view->setCurrentIndex(m_model->index(next, std::max(0, column)));
}

void MatrixPanel::moveCriterion(int delta)
{
    const QString id = currentCriterion();
    const int to = m_view->currentIndex().row() + delta;
    const QString option = currentOption();
    const int column = m_view->currentIndex().column();
    if (m_handle->edit(delta < 0 ? tr("Move criterion up") : tr("Move criterion down"),
                       [&](core::Decision &d) { return DecisionMatrix::moveCriterion(d, id, to); }))
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(id), option.isEmpty() ? column : m_model->columnOf(option)));
}

void MatrixPanel::addOption()
{
    const int column = m_view->currentIndex().column();
    const int optionIndex = column - DecisionMatrix::kFirstOptionColumn;
    const int at = optionIndex >= 0 && optionIndex < m_model->optionCount() ? optionIndex + 1 : m_model->optionCount();
    QString id;
    m_handle->edit(tr("Add option"), [&](core::Decision &d) {
        id = DecisionMatrix::addOption(d, tr("Option %1").arg(d.options.size() + 1), at);
        return true;
    });
    if (id.isEmpty())
        return;
    const QString criterion = currentCriterion().isEmpty() && m_model->criterionCount() > 0 ? m_model->criterionAt(0)
                                                                                             : currentCriterion();
    if (!criterion.isEmpty())
        m_view->focusCell(criterion, id);
    m_optionName->setFocus();
    m_optionName->selectAll();
}

void MatrixPanel::addDoNothingOption()
{
    QString id;
    m_handle->edit(tr("Add \"do nothing\" option"), [&](core::Decision &d) {
        id = DecisionMatrix::addDoNothingOption(d);
        return !id.isEmpty();
    });
    if (id.isEmpty()) {
        emit message(tr("This decision already has a \"do nothing\" option."));
        return;
    }
    if (m_model->criterionCount() > 0)
        m_view->focusCell(currentCriterion().isEmpty() ? m_model->criterionAt(0) : currentCriterion(), id);
    // like any new option, its name has the keyboard: typing names it, Return goes to its cell
    m_optionName->setFocus();
    m_optionName->selectAll();
}

void MatrixPanel::removeOption()
{
    const QString id = currentOption();
    const int row = m_view->currentIndex().row();
    const int column = m_view->currentIndex().column();
    if (!m_handle->edit(tr("Remove option"), [&](core::Decision &d) { return DecisionMatrix::removeOption(d, id); }))
        return;
    m_view->setCurrentIndex(m_model->index(std::max(0, row), std::min(column, m_model->columnCount() - 1)));
}

void MatrixPanel::moveOption(int delta)
{
    const QString id = currentOption();
    const QString criterion = currentCriterion();
    const int row = m_view->currentIndex().row();
    const int to = m_view->currentIndex().column() - DecisionMatrix::kFirstOptionColumn + delta;
    if (m_handle->edit(delta < 0 ? tr("Move option left") : tr("Move option right"),
                       [&](core::Decision &d) { return DecisionMatrix::moveOption(d, id, to); }))
        m_view->setCurrentIndex(m_model->index(criterion.isEmpty() ? row : m_model->rowOf(criterion), m_model->columnOf(id)));
}

void MatrixPanel::normaliseWeights()
{
    m_handle->edit(tr("Normalise weights to 100"), [](core::Decision &d) { return DecisionMatrix::normaliseWeights(d); });
}

void MatrixPanel::addConstraint()
{
    const int row = m_constraints->addConstraint(m_constraintsView->currentIndex().row());
    const QModelIndex index = m_constraints->index(row, 0);
    if (!index.isValid())
        return;
    m_constraintsView->setCurrentIndex(index);
    m_constraintsView->setFocus();
    m_constraintsView->edit(index);
}

void MatrixPanel::removeConstraint()
{
    const int row = m_constraintsView->currentIndex().row();
    m_constraints->removeConstraint(row >= 0 ? row : m_constraints->rowCount() - 1);
}

} // namespace archbench::ui
