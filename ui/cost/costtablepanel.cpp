#include "costtablepanel.h"

#include "costcelldelegate.h"
#include "costtablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace archbench::ui {

namespace {
/// Enter commits a cell and moves down a row, as in a spreadsheet.
class CostTableView : public QTableView {
public:
    using QTableView::QTableView;

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override
    {
        QTableView::closeEditor(editor, hint == QAbstractItemDelegate::SubmitModelCache ? QAbstractItemDelegate::NoHint : hint);
        if (hint != QAbstractItemDelegate::SubmitModelCache || !model())
            return;
        const QModelIndex current = currentIndex();
        if (current.isValid() && current.row() + 1 < model()->rowCount())
            setCurrentIndex(model()->index(current.row() + 1, current.column()));
    }
};
} // namespace

CostTablePanel::CostTablePanel(const Texts &texts, QWidget *parent)
    : QWidget(parent), m_view(new CostTableView(this)), m_add(new QAction(texts.add, this)),
      m_remove(new QAction(texts.remove, this)), m_up(new QAction(texts.moveUp, this)),
      m_down(new QAction(texts.moveDown, this))
{
    m_view->setItemDelegate(new CostCellDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(true);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_remove->setShortcut(QKeySequence(Qt::Key_Delete));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_add, m_remove, m_up, m_down}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                                          action->shortcut().toString(QKeySequence::NativeText)));
        m_view->addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    connect(m_add, &QAction::triggered, this, &CostTablePanel::add);
    connect(m_remove, &QAction::triggered, this, &CostTablePanel::remove);
    connect(m_up, &QAction::triggered, this, [this] {
        if (currentRow() > 0)
            move(currentRow(), currentRow() - 1);
    });
    connect(m_down, &QAction::triggered, this, [this] {
        const int row = currentRow();
        if (m_model && row >= 0 && row + 1 < m_model->rowCount())
            move(row, row + 1);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
}

void CostTablePanel::setModel(CostTableModel *model)
{
    m_model = model;
    m_view->setModel(model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CostTablePanel::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &CostTablePanel::updateActions);
    updateActions();
}

void CostTablePanel::add()
{
    if (!m_model)
        return;
    const int row = currentRow();
    const int added = m_model->insertEntry(row < 0 ? m_model->rowCount() : row + 1);
    if (added < 0)
        return;
    m_view->setCurrentIndex(m_model->index(added, CostTableModel::kNameColumn));
    setCurrentRow(added);
}

void CostTablePanel::remove()
{
    const int row = currentRow();
    if (m_model && row >= 0 && m_model->removeEntry(row))
        setCurrentRow(std::min(row, m_model->rowCount() - 1));
}

void CostTablePanel::move(int from, int to)
{
    if (m_model && m_model->moveEntry(from, to))
        setCurrentRow(to);
}

int CostTablePanel::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CostTablePanel::setCurrentRow(int row)
{
    QAbstractItemModel *model = m_view->model();
    if (!model || row < 0 || row >= model->rowCount())
        return;
    const int column = std::max(0, m_view->currentIndex().column());
    m_view->setCurrentIndex(model->index(row, column));
    m_view->setFocus();
    updateActions();
}

void CostTablePanel::setEditable(bool editable)
{
    m_editable = editable;
    m_view->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                           | QAbstractItemView::AnyKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    updateActions();
}

void CostTablePanel::updateActions()
{
    const int row = currentRow();
    const int rows = m_view->model() ? m_view->model()->rowCount() : 0;
    m_add->setEnabled(m_editable);
    m_remove->setEnabled(m_editable && row >= 0);
    m_up->setEnabled(m_editable && row > 0);
    m_down->setEnabled(m_editable && row >= 0 && row + 1 < rows);
}

} // namespace archbench::ui
