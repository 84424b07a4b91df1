#include "matrixview.h"

#include "decisionhandle.h"
#include "matrixdelegate.h"
#include "matrixmodel.h"

#include "core/decision/decisionmatrix.h"
#include "core/decision/scorereport.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>
#include <QLocale>
#include <algorithm>

namespace archbench::ui {

using core::DecisionMatrix;

MatrixView::MatrixView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("matrixView"));
    setItemDelegate(new MatrixDelegate(this));
    setEditTriggers(DoubleClicked | EditKeyPressed | AnyKeyPressed);
    setSelectionMode(ExtendedSelection);
    setTabKeyNavigation(true);
    setWordWrap(true);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setMinimumSectionSize(90);
    setCornerButtonEnabled(false);
}

void MatrixView::setMatrixModel(MatrixModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = currentIndex();
        m_keepCriterion = m_model->criterionAt(current.row());
        m_keepOption = m_model->optionAt(current.column());
        m_keepColumn = current.column();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_keepCriterion);
        int column = m_keepOption.isEmpty() ? m_keepColumn : m_model->columnOf(m_keepOption);
        if (column < 0)
            column = std::min(m_keepColumn, m_model->columnCount() - 1);
        if (row >= 0 && column >= 0)
            selectionModel()->setCurrentIndex(m_model->index(row, column), QItemSelectionModel::ClearAndSelect);
        horizontalHeader()->setSectionResizeMode(DecisionMatrix::kNameColumn, QHeaderView::Interactive);
        resizeColumnsToContents();
        resizeRowsToContents();
    });
    resizeColumnsToContents();
}

void MatrixView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_model) {
        resizeColumnsToContents();
        resizeRowsToContents();
    }
}

void MatrixView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    // The first current cell is set while the view is still tiny, and scrolling it into view
    // then leaves the grid a few pixels to the right once it has its real size (row labels
    // read "eighted score"). Start at the left edge; scroll only if the cell is really hidden.
    horizontalScrollBar()->setValue(0);
    if (currentIndex().isValid())
        scrollTo(currentIndex());
}

void MatrixView::focusCell(const QString &criterionId, const QString &optionId)
{
    const int row = m_model->rowOf(criterionId);
    const int column = optionId.isEmpty() ? DecisionMatrix::kNameColumn : m_model->columnOf(optionId);
    if (row >= 0 && column >= 0)
        moveTo(row, column);
}

void MatrixView::moveTo(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    if (!index.isValid())
        return;
    // the moved-to cell alone is selected: a cell selected before columns were inserted would
    // otherwise stay selected, and its header section stayed bold beside the current one
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
}

bool MatrixView::moveNext(bool backwards)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return false;
    const int columns = m_model->columnCount();
    const int rows = m_model->rowCount();
    int row = current.row();
    int column = current.column() + (backwards ? -1 : 1);
    if (column >= columns) {
        column = 0;
        ++row;
    } else if (column < 0) {
        column = columns - 1;
        --row;
    }
    if (row < 0 || row >= rows)
        return false;
    moveTo(row, column);
    return true;
}

void MatrixView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || state() == EditingState) {
        QTableView::keyPressEvent(event);
        return;
    }
    const QModelIndex current = currentIndex();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();

    if (key >= Qt::Key_0 && key <= Qt::Key_9 && mods == Qt::NoModifier && m_model->isScoreCell(current)) {
        if (m_model->handle()->isReadOnly()) {
            emit message(tr("The project is read-only: scores cannot be changed."));
            return;
        }
        const int digit = key - Qt::Key_0;
        const core::Decision *d = m_model->handle()->decision();
        if (!d || !DecisionMatrix::inScale(*d, digit)) {
            const QLocale locale;
            emit message(tr("%1 is outside the scale %2 to %3.")
                             .arg(digit)
                             .arg(locale.toString(d ? d->scale.min : 0), locale.toString(d ? d->scale.max : 0)));
            return;
        }
        const int row = current.row();
        const int column = current.column();
        if (m_model->setScore(current, double(digit))) {
            // next cell in reading order among the scores: right, then the next criterion
            if (column + 1 < m_model->columnCount())
                moveTo(row, column + 1);
            else if (row + 1 < m_model->criterionCount())
                moveTo(row + 1, DecisionMatrix::kFirstOptionColumn);
            else
                moveTo(row, column);
        }
        return;
    }
    // Ctrl+Home / Ctrl+End: the first and the last score, not the name column (typing there
    // would rename the criterion; a meeting scores)
    if ((key == Qt::Key_Home || key == Qt::Key_End) && mods == Qt::ControlModifier && m_model->criterionCount() > 0
        && m_model->optionCount() > 0) {
        if (key == Qt::Key_Home)
            moveTo(0, DecisionMatrix::kFirstOptionColumn);
        else
            moveTo(m_model->criterionCount() - 1, DecisionMatrix::kFirstOptionColumn + m_model->optionCount() - 1);
        return;
    }
    if ((key == Qt::Key_Tab || key == Qt::Key_Backtab) && (mods & ~Qt::ShiftModifier) == Qt::NoModifier) {
        // past the last cell (or before the first) the keyboard leaves the grid: ignoring the
        // key lets focusNextPrevChild() move on along the normal focus chain
        if (!moveNext(key == Qt::Key_Backtab || (mods & Qt::ShiftModifier)))
            event->ignore();
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && mods == Qt::NoModifier) {
        if (current.row() + 1 < m_model->rowCount())
            moveTo(current.row() + 1, current.column());
        return;
    }
    if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && mods == Qt::NoModifier) {
        if (m_model->handle()->isReadOnly()) {
            emit message(tr("The project is read-only: nothing can be cleared."));
            return;
        }
        QModelIndexList cells = selectionModel()->selectedIndexes();
        if (cells.isEmpty() && current.isValid())
            cells << current;
        m_model->clear(cells);
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        pasteText(QApplication::clipboard()->text());
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectionText());
        return;
    }
    // Digits in the weight column start editing with that digit (AnyKeyPressed), as do letters
    // in the name column; keys that would start an editor in read-only cells do nothing.
    QTableView::keyPressEvent(event);
}

void MatrixView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    const QModelIndex current = currentIndex();
    switch (hint) {
    case QAbstractItemDelegate::EditNextItem: moveNext(false); break;
    case QAbstractItemDelegate::EditPreviousItem: moveNext(true); break;
    case QAbstractItemDelegate::SubmitModelCache:
        if (current.row() + 1 < m_model->rowCount())
            moveTo(current.row() + 1, current.column());
        break;
    default: break;
    }
}

bool MatrixView::pasteText(const QString &text)
{
    DecisionHandle *handle = m_model->handle();
    if (handle->isReadOnly()) {
        emit message(tr("The project is read-only: nothing can be pasted."));
        return false;
    }
    const QModelIndex current = currentIndex();
    if (!current.isValid() || m_model->rowKind(current.row()) != MatrixModel::CriterionRow) {
        emit message(tr("Select a criterion cell to paste into."));
        return false;
    }
    QString problem;
    const bool changed = handle->edit(tr("Paste into the matrix"), [&](core::Decision &d) {
        auto pasted = DecisionMatrix::paste(d, text, current.row(), current.column());
        if (!pasted.ok()) {
            problem = pasted.error().message;
            return false;
        }
        d = *pasted;
        return true;
    });
    if (!problem.isEmpty())
        emit message(problem);
    return changed;
}

QString MatrixView::selectionText() const
{
    QModelIndexList cells = selectionModel()->selectedIndexes();
    if (cells.isEmpty() && currentIndex().isValid())
        cells << currentIndex();
    if (cells.isEmpty())
        return {};
    std::sort(cells.begin(), cells.end());
    int top = cells.first().row(), bottom = top, left = cells.first().column(), right = left;
    for (const QModelIndex &i : std::as_const(cells)) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList row;
        for (int c = left; c <= right; ++c) {
            const QModelIndex i = m_model->index(r, c);
            if (!cells.contains(i) || i.data(MatrixModel::MissingRole).toBool())
                row << QString();
            else
                row << i.data(Qt::DisplayRole).toString();
        }
        lines << row.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace archbench::ui
