#include "ui/widgets/dates.h"
#include "ui/widgets/followfocus.h"
#include "ui/widgets/namecompleter.h"
#include "recordform.h"

#include "core/decision/decisionsections.h"

#include "decisionhandle.h"
#include "risksmodel.h"

#include "core/decision/decisionlifecycle.h"
#include "core/project.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QLocale>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace archbench::ui {

using core::Decision;
using core::DecisionLifecycle;
using core::DecisionStatus;
using core::DoorType;

namespace {
QString &textOf(Decision &d, const QString &name)
{
    if (name == QLatin1StringView("context")) return d.context;
    if (name == QLatin1StringView("problem")) return d.problem;
    if (name == QLatin1StringView("constraintsText")) return d.constraintsText;
    if (name == QLatin1StringView("tradeoffsText")) return d.tradeoffsText;
    if (name == QLatin1StringView("notes")) return d.notes;
    return d.recommendation;
}

QStringList splitList(const QString &text, QChar separator)
{
    QStringList out;
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

void setPlainTextKeepingCursor(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const QSignalBlocker block(edit);
    edit->setPlainText(text);
}
} // namespace

RecordForm::RecordForm(DecisionHandle *handle, QWidget *parent) : QWidget(parent), m_handle(handle)
{
    setObjectName(QStringLiteral("recordForm"));
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("recordColumns"));
    // side by side when both columns fit, one above the other when not (a laptop, a projector
    // at 1280 x 720 with the chart panels open): never a column cut off behind a scroll bar
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight, content);
    m_columns->addWidget(buildQuestions(), 1);
    m_columns->addWidget(buildRecord(), 1);
    auto *scroll = new QScrollArea(this);
    followFocus(scroll); // a field reached by its mnemonic scrolls into view
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // the record shows the title, the record fields and the options (the chosen one, the
    // summary), not the scores, weights or ballots
    connect(handle, &DecisionHandle::changed, this, [this](core::ItemParts parts) {
        if (parts & (core::ItemPart::Title | core::ItemPart::Record | core::ItemPart::Structure))
            sync();
    });
    connect(handle, &DecisionHandle::readOnlyChanged, this, &RecordForm::sync);
    connect(handle, &DecisionHandle::projectDecisionsChanged, this, &RecordForm::sync);
    sync();
}

void RecordForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    int needed = m_columns->spacing() + m_columns->contentsMargins().left() + m_columns->contentsMargins().right();
    for (int i = 0; i < m_columns->count(); ++i)
        if (QWidget *column = m_columns->itemAt(i)->widget())
            needed += column->minimumSizeHint().width();
    const auto direction = width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_columns->direction() != direction)
        m_columns->setDirection(direction);
}

QPlainTextEdit *RecordForm::addText(const QString &name, const QString &undoText, const QString &placeholder, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    m_texts << edit;
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, name, undoText] {
        if (m_syncing)
            return;
        const QString text = edit->toPlainText();
        m_handle->edit(undoText, [&](Decision &d) {
            textOf(d, name) = text;
            return true;
        }, name);
    });
    return edit;
}

QWidget *RecordForm::buildQuestions()
{
    auto *box = new QGroupBox(tr("Context and the five questions"));
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    const auto row = [&](const QString &label, QWidget *field) {
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        form->addRow(label, field);
    };
    row(tr("Conte&xt: what forces this decision now?"), addText(QStringLiteral("context"), tr("Edit context"), tr("Situation, forces, why now"), 4));
    row(tr("1. Prob&lem being solved"), addText(QStringLiteral("problem"), tr("Edit problem"), tr("The problem in one or two sentences"), 3));
    row(tr("2. Co&nstraints"), addText(QStringLiteral("constraintsText"), tr("Edit constraints"), tr("Limits any answer must respect: budget, deadlines, compliance, skills"), 3));
    m_optionsSummary = new QLabel(box);
    m_optionsSummary->setObjectName(QStringLiteral("optionsSummary"));
    m_optionsSummary->setTextFormat(Qt::PlainText);
    m_optionsSummary->setWordWrap(true);
    form->addRow(tr("3. Options (edited in the matrix; at least two, \"do nothing\" may be one)"), m_optionsSummary);
    row(tr("4. Trade-&offs"), addText(QStringLiteral("tradeoffsText"), tr("Edit trade-offs"), tr("What each option gains and gives up"), 3));
    row(tr("5. Recommendation and &why"), addText(QStringLiteral("recommendation"), tr("Edit recommendation"), tr("The choice, tied back to the constraints and trade-offs"), 4));
    return box;
}

QWidget *RecordForm::buildRecord()
{
    auto *box = new QGroupBox(tr("Decision record"));
    auto *form = new QFormLayout(box);
    // a long label goes above its field when the column is narrow
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_doorType = new QComboBox(box);
    m_doorType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_doorType->setMinimumContentsLength(12);
    m_doorType->setObjectName(QStringLiteral("doorType"));
    for (const DoorType door : {DoorType::OneWay, DoorType::TwoWay, DoorType::Partial})
        m_doorType->addItem(core::doorTypeText(door), int(door));
    form->addRow(tr("&Door type"), m_doorType);
    connect(m_doorType, &QComboBox::activated, this, [this](int i) {
        const auto door = DoorType(m_doorType->itemData(i).toInt());
        m_handle->edit(tr("Change door type"), [&](Decision &d) {
            d.doorType = door;
            return true;
        });
    });

    m_status = new QComboBox(box);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(12);
    m_status->setObjectName(QStringLiteral("status"));
    for (const DecisionStatus status : {DecisionStatus::Proposed, DecisionStatus::Accepted, DecisionStatus::Superseded,
                                        DecisionStatus::Rejected, DecisionStatus::Deprecated})
        m_status->addItem(core::decisionStatusLabel(status), int(status));
    form->addRow(tr("&Status"), m_status);
    connect(m_status, &QComboBox::activated, this, [this](int i) {
        const auto status = DecisionStatus(m_status->itemData(i).toInt());
        const QString successor = m_successor->currentData().toString();
        m_handle->edit(tr("Change status"), [&](Decision &d) {
            d = DecisionLifecycle::withStatus(d, status, successor);
            return true;
        });
    });

    m_successor = new QComboBox(box);
    m_successor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_successor->setMinimumContentsLength(12);
    m_successor->setObjectName(QStringLiteral("successor"));
    form->addRow(tr("Superseded &by"), m_successor);
    connect(m_successor, &QComboBox::activated, this, [this](int i) {
        const QString successor = m_successor->itemData(i).toString();
        m_handle->edit(tr("Supersede decision"), [&](Decision &d) {
            d = DecisionLifecycle::supersede(d, successor);
            return true;
        });
    });
    m_successorProblem = new QLabel(box);
    m_successorProblem->setTextFormat(Qt::PlainText);
    m_successorProblem->setWordWrap(true);
    m_successorProblem->hide();
    form->addRow(QString(), m_successorProblem);
    m_supersedes = new QLabel(box);
    m_supersedes->setObjectName(QStringLiteral("supersedes"));
    m_supersedes->setTextFormat(Qt::PlainText);
    m_supersedes->setWordWrap(true);
    form->addRow(tr("Supersedes"), m_supersedes);

    m_date = new QDateEdit(box);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateDisplayFormat());
    form->addRow(tr("D&ate"), m_date);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_syncing)
            return;
        m_handle->edit(tr("Change date"), [&](Decision &d) {
            d.date = date;
            return true;
        }, QStringLiteral("date"));
    });

    // the people, by role: one comma-separated line each
    const auto people = [&](QLineEdit *&edit, const char *objectName, const QString &label, const QString &undoText,
                            QStringList Decision::*list) {
        edit = new QLineEdit(box);
        edit->setObjectName(QString::fromLatin1(objectName));
        edit->setPlaceholderText(tr("Comma-separated names"));
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        form->addRow(label, edit);
        completeNames(edit, [this] { return projectPeople(m_handle->project()); });
        connect(edit, &QLineEdit::textEdited, this, [this, undoText, list, objectName](const QString &text) {
            m_handle->edit(undoText, [&](Decision &d) {
                d.*list = splitList(text, QLatin1Char(','));
                return true;
            }, QString::fromLatin1(objectName));
        });
    };
    people(m_participants, "participants", tr("Dec&ision-makers"), tr("Edit decision-makers"), &Decision::participants);
    people(m_consulted, "consulted", tr("Cons&ulted"), tr("Edit consulted"), &Decision::consulted);
    people(m_informed, "informed", tr("Informed"), tr("Edit informed"), &Decision::informed);

    m_chosen = new QComboBox(box);
    m_chosen->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chosen->setMinimumContentsLength(12);
    m_chosen->setObjectName(QStringLiteral("chosenOption"));
    form->addRow(tr("&Chosen option"), m_chosen);
    connect(m_chosen, &QComboBox::activated, this, [this](int i) {
        const QString option = m_chosen->itemData(i).toString();
        m_handle->edit(tr("Choose option"), [&](Decision &d) {
            d.chosenOption = option;
            return true;
        });
    });

    // the matrix scale; a change that would strand a score outside it is refused
    m_scaleMin = new QSpinBox(box);
    m_scaleMin->setObjectName(QStringLiteral("scaleMin"));
    m_scaleMax = new QSpinBox(box);
    m_scaleMax->setObjectName(QStringLiteral("scaleMax"));
    for (QSpinBox *spin : {m_scaleMin, m_scaleMax}) {
        spin->setRange(0, 100);
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, &RecordForm::changeScale);
    }
    auto *scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scaleMin);
    scaleRow->addWidget(new QLabel(tr("to"), box));
    scaleRow->addWidget(m_scaleMax);
    scaleRow->addStretch();
    auto *scaleLabel = new QLabel(tr("Score scale"), box);
    scaleLabel->setBuddy(m_scaleMin);
    form->addRow(scaleLabel, scaleRow);
    m_scaleProblem = new QLabel(box);
    m_scaleProblem->setObjectName(QStringLiteral("scaleProblem"));
    m_scaleProblem->setTextFormat(Qt::PlainText);
    m_scaleProblem->setWordWrap(true);
    m_scaleProblem->hide();
    form->addRow(QString(), m_scaleProblem);

    m_tradeoffsAccepted = new QPlainTextEdit(box);
    m_tradeoffsAccepted->setObjectName(QStringLiteral("tradeoffsAccepted"));
    m_tradeoffsAccepted->setTabChangesFocus(true);
    m_tradeoffsAccepted->setPlaceholderText(tr("One per line: we give up X in exchange for Y"));
    m_tradeoffsAccepted->setFixedHeight(m_tradeoffsAccepted->fontMetrics().lineSpacing() * 4 + 14);
    form->addRow(tr("What we &give up (trade-offs accepted)"), m_tradeoffsAccepted);
    connect(m_tradeoffsAccepted, &QPlainTextEdit::textChanged, this, [this] {
        if (m_syncing)
            return;
        const QStringList lines = splitList(m_tradeoffsAccepted->toPlainText(), QLatin1Char('\n'));
        m_handle->edit(tr("Edit trade-offs accepted"), [&](Decision &d) {
            d.tradeoffsAccepted = lines;
            return true;
        }, QStringLiteral("tradeoffsAccepted"));
    });

    m_risks = new RisksModel(m_handle, this);
    m_risksView = new QTableView(box);
    m_risksView->setObjectName(QStringLiteral("risksView"));
    m_risksView->setModel(m_risks);
    m_risksView->verticalHeader()->setVisible(false);
    m_risksView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_risksView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_risksView->setWordWrap(true);
    m_risksView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::AnyKeyPressed);
    m_risksView->setMinimumHeight(120);
    m_addRisk = new QPushButton(tr("Add ris&k"), box);
    m_addRisk->setObjectName(QStringLiteral("addRisk"));
    m_removeRisk = new QPushButton(tr("Remove risk"), box);
    m_removeRisk->setObjectName(QStringLiteral("removeRisk"));
    connect(m_addRisk, &QPushButton::clicked, this, [this] {
        const int row = m_risks->addRisk(m_risksView->currentIndex().row());
        const QModelIndex index = m_risks->index(row, RisksModel::RiskColumn);
        if (!index.isValid())
            return;
        m_risksView->setCurrentIndex(index);
        m_risksView->setFocus();
        m_risksView->edit(index);
    });
    connect(m_removeRisk, &QPushButton::clicked, this, [this] {
        const int row = m_risksView->currentIndex().row();
        m_risks->removeRisk(row >= 0 ? row : m_risks->rowCount() - 1);
    });
    auto *riskButtons = new QHBoxLayout;
    riskButtons->addWidget(m_addRisk);
    riskButtons->addWidget(m_removeRisk);
    riskButtons->addStretch();
    auto *risks = new QVBoxLayout;
    risks->addWidget(m_risksView);
    risks->addLayout(riskButtons);
    // no mnemonic of its own: Alt+K is "Add risk", which also puts the keyboard in the list
    auto *risksLabel = new QLabel(tr("Risks and mitigations"), box);
    risksLabel->setBuddy(m_risksView);
    form->addRow(risksLabel, risks);

    QPlainTextEdit *notes = addText(QStringLiteral("notes"), tr("Edit notes"),
                                    tr("Links, background, and the sections of an imported ADR that have no field of their own"), 4);
    notes->setAccessibleName(tr("Notes and more information"));
    form->addRow(tr("Notes and more information"), notes);
    return box;
}

QPlainTextEdit *RecordForm::textField(const QString &name) const
{
    for (QPlainTextEdit *e : m_texts)
        if (e->objectName() == name)
            return e;
    return nullptr;
}

void RecordForm::focusField(const QString &name)
{
    QWidget *w = textField(name);
    if (!w)
        w = findChild<QWidget *>(name);
    if (w)
        w->setFocus(Qt::OtherFocusReason);
}

void RecordForm::changeScale()
{
    if (m_syncing)
        return;
    const core::Decision *d = m_handle->decision();
    if (!d)
        return;
    const double low = m_scaleMin->value();
    const double high = m_scaleMax->value();
    QString problem;
    if (low >= high)
        problem = tr("The lowest score must be below the highest.");
    for (const core::Score &s : d->scores)
        if (problem.isEmpty() && (s.value < low || s.value > high))
            problem = tr("A score of %1 is outside %2 to %3: change or clear it first.")
                          .arg(QLocale().toString(s.value), QLocale().toString(low), QLocale().toString(high));
    m_scaleProblem->setText(problem);
    m_scaleProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        sync(); // back to the scale in force
        return;
    }
    m_handle->edit(tr("Change score scale"), [&](Decision &dd) {
        dd.scale = core::ScoreScale{low, high};
        return true;
    });
}

void RecordForm::syncLists()
{
    const core::Decision *d = m_handle->decision();
    const core::ProjectData &data = m_handle->project()->data();
    // successors: every decision that may supersede this one (no loops), by title
    m_successor->clear();
    m_successor->addItem(tr("(not chosen)"), QString());
    if (d) {
        for (const QString &id : DecisionLifecycle::possibleSuccessors(data, d->id))
            if (const core::Decision *s = m_handle->project()->find<core::Decision>(id))
                m_successor->addItem(s->title.isEmpty() ? tr("(untitled decision)") : s->title, id);
        if (!d->supersededBy.isEmpty() && m_successor->findData(d->supersededBy) < 0) {
            const core::Decision *s = m_handle->project()->find<core::Decision>(d->supersededBy);
            m_successor->addItem(s ? s->title : d->supersededBy, d->supersededBy);
        }
        m_successor->setCurrentIndex(std::max(0, m_successor->findData(d->supersededBy)));
    }
    m_chosen->clear();
    m_chosen->addItem(tr("(none yet)"), QString());
    if (d) {
        for (const core::Option &o : d->options)
            m_chosen->addItem(o.name, o.id);
        m_chosen->setCurrentIndex(std::max(0, m_chosen->findData(d->chosenOption)));
    }
}

void RecordForm::sync()
{
    const core::Decision *d = m_handle->decision();
    const bool writable = d && !m_handle->isReadOnly();
    m_syncing = true;
    syncLists();
    if (d) {
        Decision copy = *d;
        for (QPlainTextEdit *e : std::as_const(m_texts))
            setPlainTextKeepingCursor(e, textOf(copy, e->objectName()));
        m_doorType->setCurrentIndex(m_doorType->findData(int(d->doorType)));
        m_scaleMin->setValue(int(d->scale.min));
        m_scaleMax->setValue(int(d->scale.max));
        m_status->setCurrentIndex(m_status->findData(int(d->status)));
        if (m_date->date() != d->date)
            m_date->setDate(d->date.isValid() ? d->date : QDate::currentDate());
        const std::pair<QLineEdit *, const QStringList *> lists[] = {
            {m_participants, &d->participants}, {m_consulted, &d->consulted}, {m_informed, &d->informed}};
        for (const auto &[edit, names] : lists)
            if (splitList(edit->text(), QLatin1Char(',')) != *names)
                edit->setText(names->join(QStringLiteral(", ")));
        if (splitList(m_tradeoffsAccepted->toPlainText(), QLatin1Char('\n')) != d->tradeoffsAccepted)
            setPlainTextKeepingCursor(m_tradeoffsAccepted, d->tradeoffsAccepted.join(QLatin1Char('\n')));
        QStringList names;
        for (const core::Option &o : d->options)
            names << (o.doNothing ? tr("%1 (do nothing)").arg(o.name) : o.name);
        m_optionsSummary->setText(names.isEmpty() ? tr("No options yet.") : names.join(QStringLiteral(" · ")));
        QStringList older;
        for (const QString &id : DecisionLifecycle::supersededDecisions(m_handle->project()->data(), d->id))
            if (const core::Decision *o = m_handle->project()->find<core::Decision>(id))
                older << o->title;
        m_supersedes->setText(older.isEmpty() ? tr("nothing") : older.join(QStringLiteral(", ")));
        const bool superseded = d->status == DecisionStatus::Superseded;
        m_successor->setEnabled(writable && superseded);
        m_successorProblem->setVisible(superseded && d->supersededBy.isEmpty());
        m_successorProblem->setText(tr("Pick the decision that replaces this one."));
    }
    m_syncing = false;
    for (QPlainTextEdit *e : std::as_const(m_texts))
        e->setReadOnly(!writable);
    m_tradeoffsAccepted->setReadOnly(!writable);
    m_participants->setReadOnly(!writable);
    m_consulted->setReadOnly(!writable);
    m_informed->setReadOnly(!writable);
    m_doorType->setEnabled(writable);
    m_status->setEnabled(writable);
    m_date->setReadOnly(!writable);
    m_chosen->setEnabled(writable);
    m_scaleMin->setReadOnly(!writable);
    m_scaleMax->setReadOnly(!writable);
    m_addRisk->setEnabled(writable);
    m_removeRisk->setEnabled(writable && m_risks->rowCount() > 0);
}

} // namespace archbench::ui
