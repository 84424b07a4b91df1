#include "ballotformdialog.h"

#include "core/decision/decisionmatrix.h"

#include <QAction>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace archbench::ui {

using core::interchange::BallotFile;
using core::interchange::BallotForm;

namespace {
constexpr int kWeightColumn = 0;
constexpr int kFirstOption = 1;
}

BallotFormDialog::BallotFormDialog(const QString &path, const BallotForm &form, QWidget *parent)
    : QDialog(parent), m_path(path), m_form(form), m_participant(new QLineEdit(form.ballot.participant, this)),
      m_table(new QTableWidget(int(form.criteria.size()), kFirstOption + int(form.options.size()), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("ballotForm"));
    setWindowTitle(tr("Ballot: %1").arg(form.title.isEmpty() ? form.decision : form.title));
    const QLocale locale;
    auto *intro = new QLabel(tr("Score each option on each criterion from %1 (worst) to %2 (best); leave a cell empty to "
                                "leave it to the group. A weight of your own is optional. Save (Ctrl+S) and send the file back.")
                                 .arg(locale.toString(form.scale.min), locale.toString(form.scale.max)),
                             this);
    intro->setWordWrap(true);
    m_participant->setObjectName(QStringLiteral("ballotParticipant"));
    QStringList header{tr("Your weight")};
    for (const core::Option &o : form.options)
        header << o.name;
    m_table->setHorizontalHeaderLabels(header);
    QStringList rows;
    for (const core::Criterion &c : form.criteria)
        rows << c.name;
    m_table->setVerticalHeaderLabels(rows);
    for (int r = 0; r < form.criteria.size(); ++r) {
        const core::Criterion &c = form.criteria[r];
        m_table->verticalHeaderItem(r)->setToolTip(c.description);
        auto *weight = new QTableWidgetItem;
        weight->setToolTip(tr("The decision's weight is %1").arg(locale.toString(c.weight)));
        for (const core::BallotWeight &w : form.ballot.weights)
            if (w.criterion == c.id)
                weight->setText(locale.toString(w.weight));
        m_table->setItem(r, kWeightColumn, weight);
        for (int o = 0; o < form.options.size(); ++o) {
            auto *cell = new QTableWidgetItem;
            cell->setTextAlignment(Qt::AlignCenter);
            for (const core::Score &s : form.ballot.scores)
                if (s.option == form.options[o].id && s.criterion == c.id) {
                    cell->setText(locale.toString(s.value));
                    cell->setToolTip(s.rationale);
                }
            m_table->setItem(r, kFirstOption + o, cell);
        }
    }
    m_table->setObjectName(QStringLiteral("ballotTable"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    if (!form.criteria.isEmpty() && !form.options.isEmpty())
        m_table->setCurrentCell(0, kFirstOption);
    auto *clear = new QAction(m_table);
    clear->setShortcut(QKeySequence::Delete);
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, this, [this] {
        for (QTableWidgetItem *item : m_table->selectedItems())
            item->setText(QString());
    });
    m_table->addAction(clear);

    m_message->setObjectName(QStringLiteral("ballotMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form_ = new QFormLayout;
    form_->addRow(tr("&Your name"), m_participant);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form_);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 480);
}

core::Expected<BallotForm> BallotFormDialog::formFromTable() const
{
    BallotForm form = m_form;
    form.ballot.participant = m_participant->text().trimmed();
    if (form.ballot.participant.isEmpty())
        return core::makeError(core::ErrorCode::Invalid, tr("Type your name first."));
    form.ballot.weights.clear();
    QList<core::Score> scores;
    for (int r = 0; r < form.criteria.size(); ++r) {
        const core::Criterion &c = form.criteria[r];
        const QString weightText = m_table->item(r, kWeightColumn)->text().trimmed();
        if (!weightText.isEmpty()) {
            const auto w = core::DecisionMatrix::parseNumber(weightText);
            if (!w || *w < 0)
                return core::makeError(core::ErrorCode::Invalid, tr("Your weight for %1: \"%2\" is not a number of at least 0.").arg(c.name, weightText));
            form.ballot.weights << core::BallotWeight{c.id, *w};
        }
        for (int o = 0; o < form.options.size(); ++o) {
            const QString text = m_table->item(r, kFirstOption + o)->text().trimmed();
            if (text.isEmpty())
                continue;
            const auto v = core::DecisionMatrix::parseNumber(text);
            if (!v || *v < form.scale.min || *v > form.scale.max)
                return core::makeError(core::ErrorCode::Invalid, tr("%1 × %2: \"%3\" is not a score from %4 to %5.")
                                                                    .arg(form.options[o].name, c.name, text)
                                                                    .arg(form.scale.min)
                                                                    .arg(form.scale.max));
            QString rationale;
            for (const core::Score &s : m_form.ballot.scores)
                if (s.option == form.options[o].id && s.criterion == c.id)
                    rationale = s.rationale;
            scores << core::Score{form.options[o].id, c.id, *v, rationale};
        }
    }
    form.ballot.scores = scores;
    return form;
}

bool BallotFormDialog::save()
{
    auto form = formFromTable();
    if (!form) {
        m_message->setText(tr("Not saved. %1").arg(form.error().message));
        return false;
    }
    form->ballot.submitted = QDateTime::currentDateTimeUtc();
    if (auto written = BallotFile::writeFile(*form, m_path); !written) {
        m_message->setText(tr("Not saved: %1").arg(written.error().message));
        return false;
    }
    m_form = *form;
    m_message->setText(tr("Saved %1 (%n score(s)). Send it to the facilitator.", nullptr, int(form->ballot.scores.size()))
                           .arg(QDir::toNativeSeparators(m_path)));
    return true;
}

BallotFormDialog *BallotFormDialog::openIfBallot(const QString &path, QWidget *parent, bool *handled)
{
    *handled = BallotFile::looksLikeBallot(path);
    if (!*handled)
        return nullptr;
    auto form = BallotFile::readFile(path);
    if (!form) {
        QMessageBox::warning(parent, tr("Ballot"), tr("%1 cannot be opened as a ballot: %2")
                                                      .arg(QDir::toNativeSeparators(path), form.error().message));
        return nullptr;
    }
    auto *dialog = new BallotFormDialog(path, *form, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace archbench::ui
