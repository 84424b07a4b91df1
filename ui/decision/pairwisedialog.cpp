#include "pairwisedialog.h"

#include "decisionhandle.h"

#include "core/decision/ahp.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {

QString nameOf(const core::Decision &d, const QString &id)
{
    for (const core::Criterion &c : d.criteria)
        if (c.id == id)
            return c.name.isEmpty() ? id : c.name;
    return id;
}

/// The digit of a shifted digit key on US and German keyboards ("!" is Shift+1), 0 otherwise.
int shiftedDigit(int key)
{
    switch (key) {
    case Qt::Key_Exclam: return 1;
    case Qt::Key_At: case Qt::Key_QuoteDbl: return 2;
    case Qt::Key_NumberSign: case Qt::Key_section: return 3;
    case Qt::Key_Dollar: return 4;
    case Qt::Key_Percent: return 5;
    case Qt::Key_AsciiCircum: return 6;
    case Qt::Key_Ampersand: case Qt::Key_Slash: return 7;
    case Qt::Key_Asterisk: case Qt::Key_ParenLeft: return 8;
    case Qt::Key_ParenRight: return 9;
    default: return 0;
    }
}

} // namespace

PairwiseDialog::PairwiseDialog(DecisionHandle *handle, QWidget *parent)
    : QDialog(parent), m_handle(handle), m_who(new QComboBox(this)), m_question(new QLabel(this)),
      m_current(new QLabel(this)), m_table(new QTableWidget(0, 3, this)), m_result(new QLabel(this)),
      m_use(new QPushButton(tr("&Use these weights"), this))
{
    setObjectName(QStringLiteral("pairwiseDialog"));
    setWindowTitle(tr("Pairwise weights"));
    m_who->setObjectName(QStringLiteral("pairwiseParticipant"));
    m_who->addItem(tr("The group (one judgment for the room)"), QString());
    if (const core::Decision *d = handle->decision()) {
        QStringList people;
        for (const QStringList *list : {&d->participants, &d->consulted, &d->informed, &d->attendees})
            for (const QString &name : *list)
                if (!people.contains(name))
                    people << name;
        for (const QString &judge : core::Ahp::judges(*d))
            if (!judge.isEmpty() && !people.contains(judge))
                people << judge;
        for (const QString &name : std::as_const(people))
            m_who->addItem(name, name);
        for (int i = 0; i < d->criteria.size(); ++i)
            for (int k = i + 1; k < d->criteria.size(); ++k)
                m_pairs.append({d->criteria[i].id, d->criteria[k].id});
    }
    connect(m_who, &QComboBox::activated, this, [this] {
        sync();
        setFocus();
    });

    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_question->setFont(big);
    m_question->setObjectName(QStringLiteral("pairwiseQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_current->setObjectName(QStringLiteral("pairwiseCurrent"));
    m_current->setTextFormat(Qt::PlainText);
    m_current->setWordWrap(true);
    auto *keys = new QLabel(tr("Keys: 1 equal … 9 far more for the left one; Shift+1…9 the same for the right one; "
                               "Delete clears; arrows or PgUp/PgDn move between pairs; Esc closes."),
                            this);
    keys->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("pairwiseTable"));
    m_table->setHorizontalHeaderLabels({tr("Left"), tr("Right"), tr("Judgment")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setFocusPolicy(Qt::NoFocus); // the dialog takes the keys
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) {
        m_pair = row;
        sync();
    });
    m_result->setObjectName(QStringLiteral("pairwiseResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);

    m_use->setObjectName(QStringLiteral("useWeights"));
    m_use->setAutoDefault(false);
    connect(m_use, &QPushButton::clicked, this, [this] { useWeights(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_use, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Whose judgments"), m_who);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_question);
    layout->addWidget(m_current);
    layout->addWidget(keys);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(640, 560);

    connect(handle, &DecisionHandle::changed, this, &PairwiseDialog::sync);
    connect(handle, &DecisionHandle::removed, this, &QDialog::reject);
    setFocusPolicy(Qt::StrongFocus);
    sync();
}

QString PairwiseDialog::participant() const
{
    return m_who->currentData().toString();
}

void PairwiseDialog::setParticipant(const QString &name)
{
    const int i = m_who->findData(name);
    if (i >= 0)
        m_who->setCurrentIndex(i);
    sync();
}

void PairwiseDialog::judge(std::optional<double> value)
{
    if (m_pairs.isEmpty() || m_handle->isReadOnly())
        return;
    const auto [a, b] = m_pairs[m_pair];
    const QString who = participant();
    const core::Decision *d = m_handle->decision();
    if (!d)
        return;
    const QString text = value ? tr("Compare %1 with %2").arg(nameOf(*d, a), nameOf(*d, b))
                               : tr("Clear the comparison of %1 with %2").arg(nameOf(*d, a), nameOf(*d, b));
    m_handle->edit(text, [&](core::Decision &dd) {
        const auto after = core::Ahp::withJudgment(dd.pairwise, who, a, b, value);
        if (after == dd.pairwise)
            return false;
        dd.pairwise = after;
        return true;
    });
    if (value && m_pair + 1 < m_pairs.size())
        movePair(1);
    sync();
}

void PairwiseDialog::movePair(int delta)
{
    if (m_pairs.isEmpty())
        return;
    m_pair = std::clamp(m_pair + delta, 0, int(m_pairs.size()) - 1);
    sync();
}

bool PairwiseDialog::useWeights()
{
    const core::Decision *d = m_handle->decision();
    if (!d)
        return false;
    const core::AhpResult r = core::Ahp::compute(*d);
    if (!r.complete) {
        m_result->setText(tr("Compare every pair first: %n pair(s) still open.", nullptr, int(r.missing.size())));
        return false;
    }
    const QList<double> percent = core::Ahp::percentWeights(r);
    return m_handle->edit(tr("Use the pairwise weights"), [&](core::Decision &dd) {
        bool changed = false;
        for (core::Criterion &c : dd.criteria) {
            const qsizetype i = r.criteria.indexOf(c.id);
            if (i >= 0 && c.weight != percent[i]) {
                c.weight = percent[i];
                changed = true;
            }
        }
        return changed;
    });
}

void PairwiseDialog::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        const int digit = key - Qt::Key_0;
        judge(shift ? 1.0 / digit : double(digit));
        return;
    }
    if (const int digit = shift ? shiftedDigit(key) : 0) {
        judge(1.0 / digit);
        return;
    }
    switch (key) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace: judge(std::nullopt); return;
    case Qt::Key_Down:
    case Qt::Key_Right:
    case Qt::Key_PageDown: movePair(1); return;
    case Qt::Key_Up:
    case Qt::Key_Left:
    case Qt::Key_PageUp: movePair(-1); return;
    case Qt::Key_Home: movePair(-m_pair); return;
    case Qt::Key_End: movePair(int(m_pairs.size())); return;
    default: QDialog::keyPressEvent(event);
    }
}

void PairwiseDialog::sync()
{
    const core::Decision *d = m_handle->decision();
    if (!d)
        return;
    const QLocale locale;
    const QString who = participant();
    m_table->setRowCount(int(m_pairs.size()));
    for (int i = 0; i < m_pairs.size(); ++i) {
        const auto [a, b] = m_pairs[i];
        const auto value = core::Ahp::judgment(*d, who, a, b);
        const QStringList cells{nameOf(*d, a), nameOf(*d, b), value ? core::Ahp::formatJudgment(*value) : tr("—")};
        for (int c = 0; c < 3; ++c) {
            QTableWidgetItem *item = m_table->item(i, c);
            if (!item)
                m_table->setItem(i, c, item = new QTableWidgetItem);
            item->setText(cells[c]);
        }
    }
    if (m_pairs.isEmpty()) {
        m_question->setText(tr("Pairwise weights need at least two criteria."));
        m_current->clear();
    } else {
        const auto [a, b] = m_pairs[m_pair];
        m_table->selectRow(m_pair);
        m_question->setText(tr("Pair %1 of %2: which matters more, %3 or %4?")
                                .arg(m_pair + 1)
                                .arg(m_pairs.size())
                                .arg(nameOf(*d, a), nameOf(*d, b)));
        const auto value = core::Ahp::judgment(*d, who, a, b);
        if (!value)
            m_current->setText(tr("Not judged yet."));
        else if (qFuzzyCompare(*value, 1.0))
            m_current->setText(tr("Judged equally important."));
        else if (*value > 1)
            m_current->setText(tr("%1 matters %2 times as much as %3.").arg(nameOf(*d, a), core::Ahp::formatJudgment(*value), nameOf(*d, b)));
        else
            m_current->setText(tr("%1 matters %2 times as much as %3.").arg(nameOf(*d, b), core::Ahp::formatJudgment(1.0 / *value), nameOf(*d, a)));
    }

    const auto describe = [&](const core::AhpResult &r) {
        if (!r.complete)
            return tr("%n pair(s) still to compare.", nullptr, int(r.missing.size()));
        QStringList weights;
        for (qsizetype i = 0; i < r.criteria.size(); ++i)
            weights << tr("%1 %2 %").arg(nameOf(*d, r.criteria[i]), locale.toString(r.weights[i] * 100, 'f', 1));
        QString text = weights.join(QStringLiteral(" · ")) + QLatin1Char('\n')
            + tr("Consistency ratio %1 (λmax %2)").arg(locale.toString(r.consistencyRatio, 'f', 3),
                                                        locale.toString(r.lambdaMax, 'f', 3));
        if (!r.consistent() && r.mostInconsistent.size() == 3)
            text += QLatin1Char('\n') + tr("Above 0.10: the judgments of %1, %2 and %3 contradict each other most; revisit them.")
                                            .arg(nameOf(*d, r.mostInconsistent[0]), nameOf(*d, r.mostInconsistent[1]),
                                                 nameOf(*d, r.mostInconsistent[2]));
        return text;
    };
    const core::AhpResult own = core::Ahp::computeFor(*d, who);
    const core::AhpResult all = core::Ahp::compute(*d);
    QString text = (who.isEmpty() ? tr("The group's judgments: ") : tr("%1's judgments: ").arg(who)) + describe(own);
    if (core::Ahp::judges(*d).size() > 1)
        text += QStringLiteral("\n\n") + tr("Everyone combined (geometric mean): ") + describe(all);
    m_result->setText(text);
    m_use->setEnabled(all.complete && !m_handle->isReadOnly());
}

} // namespace archbench::ui
