#include "drilllistsection.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {
constexpr auto kEditTriggers = QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked;
}

DrillListSection::DrillListSection(const QString &title, QAbstractItemModel *model,
                                   const QString &addText, const QString &removeText,
                                   QWidget *parent)
    : QGroupBox(title, parent), m_view(new QTableView(this)), m_add(new QPushButton(addText, this)),
      m_remove(new QPushButton(removeText, this)), m_buttons(new QHBoxLayout)
{
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(kEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside (reading order)
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5
                             + m_view->horizontalHeader()->sizeHint().height());

    auto *insert = new QAction(addText, m_view);
    insert->setShortcut(QKeySequence(Qt::Key_Insert));
    insert->setShortcutContext(Qt::WidgetShortcut);
    connect(insert, &QAction::triggered, this, [this] {
        if (!m_readOnly)
            emit addRequested();
    });
    auto *remove = new QAction(removeText, m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] {
        if (!m_readOnly && !selectedRows().isEmpty())
            emit removeRequested(selectedRows());
    });
    m_view->addAction(insert);
    m_view->addAction(remove);

    m_add->setToolTip(tr("%1 (Insert)").arg(addText).remove(QLatin1Char('&')));
    m_remove->setToolTip(tr("%1 (Delete)").arg(removeText).remove(QLatin1Char('&')));
    connect(m_add, &QPushButton::clicked, this, &DrillListSection::addRequested);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!selectedRows().isEmpty())
            emit removeRequested(selectedRows());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DrillListSection::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &DrillListSection::updateButtons);
    // Rows grow with wrapped text.
    auto fitRows = [this] { m_view->resizeRowsToContents(); };
    connect(model, &QAbstractItemModel::modelReset, m_view, fitRows);
    connect(model, &QAbstractItemModel::dataChanged, m_view, fitRows);

    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_remove);
    m_buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_buttons);
    updateButtons();
}

void DrillListSection::addExtraButton(QPushButton *button)
{
    m_extra.append(button);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    button->setEnabled(!m_readOnly);
}

void DrillListSection::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : kEditTriggers);
    for (QPushButton *b : std::as_const(m_extra))
        b->setEnabled(!readOnly);
    updateButtons();
}

void DrillListSection::updateButtons()
{
    m_add->setEnabled(!m_readOnly);
    m_remove->setEnabled(!m_readOnly && !selectedRows().isEmpty());
}

QList<int> DrillListSection::selectedRows() const
{
    QList<int> rows;
    if (!m_view->selectionModel())
        return rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    return rows;
}

void DrillListSection::selectRow(int row, int editColumn)
{
    QAbstractItemModel *model = m_view->model();
    if (row < 0 || row >= model->rowCount())
        return;
    const QModelIndex index = model->index(row, std::max(0, editColumn));
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
    if (editColumn >= 0 && !m_readOnly)
        m_view->edit(index);
}

} // namespace archbench::ui
