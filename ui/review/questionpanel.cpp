#include "questionpanel.h"

#include "riskstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace archbench::ui {

using core::NotApplicableReason;

namespace {
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

void mute(QLabel *label)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    label->setPalette(pal);
}

/// Clicking a choice's title or help text toggles its check box, as a click on a check box
/// label would.
class ClickForwarder : public QObject {
public:
    ClickForwarder(QCheckBox *box, QObject *parent) : QObject(parent), m_box(box) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease
            && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton && m_box->isEnabled()) {
            m_box->click();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QCheckBox *m_box;
};
} // namespace

QuestionPanel::QuestionPanel(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_empty = plainLabel(this);
    m_empty->setText(tr("Choose a question in the navigator on the left."));
    m_empty->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_empty);

    m_content = new QWidget(this);
    outer->addWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(12, 8, 12, 8);

    auto *top = new QHBoxLayout;
    m_position = plainLabel(m_content);
    mute(m_position);
    m_riskIcon = new QLabel(m_content);
    m_riskBadge = new QLabel(m_content);
    m_riskBadge->setTextFormat(Qt::PlainText);
    m_riskBadge->setObjectName(QStringLiteral("riskBadge"));
    m_riskBadge->setToolTip(tr("Risk of this question, from the lens's rules"));
    top->addWidget(m_position, 1);
    top->addWidget(m_riskIcon);
    top->addWidget(m_riskBadge);
    layout->addLayout(top);

    m_title = plainLabel(m_content);
    layout->addWidget(m_title);
    m_description = plainLabel(m_content);
    layout->addWidget(m_description);

    m_practicesLabel = plainLabel(m_content);
    m_practicesLabel->setText(tr("Practices in place"));
    auto *practices = m_practicesLabel;
    layout->addSpacing(6);
    layout->addWidget(practices);

    m_choicesBox = new QWidget(m_content);
    m_choicesLayout = new QVBoxLayout(m_choicesBox);
    m_choicesLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choicesBox);

    auto *line = new QFrame(m_content);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    auto *naRow = new QHBoxLayout;
    m_notApplicable = new QCheckBox(tr("Not applica&ble to this workload"), m_content);
    m_reason = new QComboBox(m_content);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    for (NotApplicableReason reason : {NotApplicableReason::OutOfScope, NotApplicableReason::BusinessPriorities,
                                       NotApplicableReason::ArchitectureConstraints, NotApplicableReason::Other})
        m_reason->addItem(RiskStyle::reasonWord(reason), int(reason));
    auto *reasonLabel = new QLabel(tr("&Reason:"), m_content);
    reasonLabel->setBuddy(m_reason);
    naRow->addWidget(m_notApplicable);
    naRow->addStretch(1);
    layout->addLayout(naRow);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addSpacing(24);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason);
    reasonRow->addStretch(1);
    layout->addLayout(reasonRow);

    auto *notesLabel = new QLabel(tr("N&otes"), m_content);
    m_notesLabel = notesLabel;
    m_notes = new QPlainTextEdit(m_content);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What did the team say? Evidence, links, open points."));
    m_notes->setMinimumHeight(90);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);

    connect(m_notApplicable, &QCheckBox::toggled, this, [this](bool on) { emit notApplicableToggled(on); });
    connect(m_reason, &QComboBox::activated, this, [this](int index) {
        emit reasonChanged(NotApplicableReason(m_reason->itemData(index).toInt()));
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { emit notesEdited(m_notes->toPlainText()); });

    applyFonts();
    setQuestion(nullptr, nullptr, core::RiskLevel::Unanswered, {});
}

void QuestionPanel::applyFonts()
{
    // derived from the panel's font, so the presentation zoom scales them too
    if (!m_notesLabel)
        return; // still being built
    QFont bold = font();
    bold.setBold(true);
    QFont title = bold;
    title.setPointSizeF(bold.pointSizeF() * 1.25);
    m_title->setFont(title);
    m_riskBadge->setFont(bold);
    m_practicesLabel->setFont(bold);
    m_notesLabel->setFont(bold);
}

void QuestionPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

QCheckBox *QuestionPanel::choiceBox(const QString &choiceId) const
{
    const int i = int(m_choiceIds.indexOf(choiceId));
    return i < 0 ? nullptr : m_choiceBoxes.at(i);
}

QString QuestionPanel::riskText() const
{
    return m_riskBadge->text();
}

void QuestionPanel::focusFirstChoice()
{
    for (QCheckBox *box : std::as_const(m_choiceBoxes))
        if (box->isEnabled()) {
            box->setFocus(Qt::TabFocusReason);
            return;
        }
    m_notApplicable->setFocus(Qt::TabFocusReason);
}

void QuestionPanel::rebuildChoices(const core::LensQuestion &question)
{
    qDeleteAll(m_choicesBox->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_choiceBoxes.clear();
    m_helpLabels.clear();
    m_choiceIds.clear();
    while (QLayoutItem *item = m_choicesLayout->takeAt(0))
        delete item;

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(6);
    m_choicesLayout->addLayout(grid);
    int practice = 0;
    int row = 0;
    for (const core::LensChoice &choice : question.choices) {
        const bool none = choice.isNoneOfThese();
        // Alt+1..Alt+9 for practices, Alt+0 for "None of these"
        const QString number = none ? QStringLiteral("0") : QString::number(++practice);
        auto *box = new QCheckBox(practice <= 9 || none ? QStringLiteral("&") + number : number, m_choicesBox);
        box->setObjectName(QStringLiteral("choice:") + choice.id);
        box->setAccessibleName(choice.title);
        box->setToolTip(none ? tr("Alt+0: none of the practices is in place (clears the others)")
                             : tr("Alt+%1 or Space: tick or untick this practice").arg(number));
        auto *title = plainLabel(m_choicesBox);
        title->setText(choice.title);
        if (none) {
            QFont f = title->font();
            f.setItalic(true);
            title->setFont(f);
        }
        auto *forwarder = new ClickForwarder(box, box);
        title->installEventFilter(forwarder);
        grid->addWidget(box, row, 0, Qt::AlignTop);
        grid->addWidget(title, row, 1);
        ++row;
        const QString help = choice.helpfulResource.displayText.trimmed().isEmpty()
                                 ? choice.description.trimmed()
                                 : choice.helpfulResource.displayText.trimmed();
        QLabel *helpLabel = nullptr;
        if (!help.isEmpty()) {
            helpLabel = plainLabel(m_choicesBox);
            helpLabel->setText(help);
            mute(helpLabel);
            helpLabel->installEventFilter(forwarder);
            grid->addWidget(helpLabel, row++, 1);
        }
        grid->setRowMinimumHeight(row, 4);
        ++row;
        const QString id = choice.id;
        connect(box, &QCheckBox::clicked, this, [this, id](bool on) { emit choiceToggled(id, on); });
        m_choiceBoxes.append(box);
        m_helpLabels.append(helpLabel);
        m_choiceIds.append(id);
    }
    // show the new rows now rather than on the next event loop turn, so a click or a key
    // right after switching questions reaches them
    for (QWidget *w : m_choicesBox->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        w->setVisible(true);
    // tab order follows reading order: choices, not applicable, reason, notes
    QWidget *previous = nullptr;
    for (QCheckBox *box : std::as_const(m_choiceBoxes)) {
        if (previous)
            setTabOrder(previous, box);
        previous = box;
    }
    if (previous)
        setTabOrder(previous, m_notApplicable);
    setTabOrder(m_notApplicable, m_reason);
    setTabOrder(m_reason, m_notes);
}

void QuestionPanel::setQuestion(const core::LensQuestion *question, const core::Answer *answer,
                                core::RiskLevel risk, const QString &position)
{
    m_empty->setVisible(!question);
    m_content->setVisible(question);
    if (!question) {
        m_questionId.clear();
        return;
    }
    if (question->id != m_questionId || m_choiceIds.size() != question->choices.size()) {
        m_questionId = question->id;
        rebuildChoices(*question);
    }
    m_position->setText(position);
    // colour + word: the badge icon sits in front of the word
    const int iconSize = m_riskBadge->fontMetrics().height();
    m_riskIcon->setPixmap(RiskStyle::badge(risk).pixmap(iconSize, iconSize));
    m_riskBadge->setText(RiskStyle::word(risk));
    m_riskBadge->setToolTip(risk == core::RiskLevel::Unrated
                                ? tr("Answered, but no risk rule of the lens matches the practices ticked, so the lens "
                                     "gives no risk: judge it yourself")
                                : tr("Risk of this question, from the lens's rules"));
    m_title->setText(question->title);
    m_description->setText(question->description);
    m_description->setVisible(!question->description.trimmed().isEmpty());

    const QStringList selected = answer ? answer->selected : QStringList();
    const bool noneTicked = selected.contains(question->noneOfTheseId()) && !question->noneOfTheseId().isEmpty();
    for (int i = 0; i < m_choiceBoxes.size(); ++i) {
        const QSignalBlocker block(m_choiceBoxes.at(i));
        const bool isNone = m_choiceIds.at(i) == question->noneOfTheseId();
        m_choiceBoxes.at(i)->setChecked(noneTicked ? isNone : selected.contains(m_choiceIds.at(i)));
    }
    m_isNotApplicable = answer && answer->notApplicable;
    {
        const QSignalBlocker block(m_notApplicable);
        m_notApplicable->setChecked(m_isNotApplicable);
    }
    {
        const QSignalBlocker block(m_reason);
        const NotApplicableReason reason = answer ? answer->notApplicableReason : NotApplicableReason::None;
        m_reason->setCurrentIndex(m_reason->findData(int(reason)));
    }
    const QString notes = answer ? answer->notes : QString();
    if (m_notes->toPlainText() != notes) {
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(notes);
    }
    updateEnabled();
}

void QuestionPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateEnabled();
}

void QuestionPanel::updateEnabled()
{
    for (QCheckBox *box : std::as_const(m_choiceBoxes))
        box->setEnabled(m_editable && !m_isNotApplicable);
    for (QLabel *help : std::as_const(m_helpLabels))
        if (help)
            help->setEnabled(m_editable && !m_isNotApplicable);
    m_notApplicable->setEnabled(m_editable);
    m_reason->setEnabled(m_editable && m_isNotApplicable);
    m_notes->setReadOnly(!m_editable);
}

} // namespace archbench::ui
