#include "requirementspanel.h"

#include "requirementsmodel.h"

#include "core/project.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {

/// Edits the kind column with a combo box of the requirement kinds.
class KindDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (int k = 0; k <= int(core::RequirementKind::Cost); ++k)
            combo->addItem(RequirementsModel::kindLabel(k), k);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

RequirementsPanel::RequirementsPanel(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), m_project(document->project())
{
    m_model = new RequirementsModel(document, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RequirementsModel::KindRole);
    m_proxy->setFilterKeyColumn(RequirementsModel::KindColumn);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("requirementKindFilter"));
    m_filter->addItem(tr("All kinds"), QString());
    m_filter->addItem(tr("Non-functional only"), QStringLiteral("nfr"));
    for (int k = 0; k <= int(core::RequirementKind::Cost); ++k)
        m_filter->addItem(RequirementsModel::kindLabel(k), core::enumToString(core::RequirementKind(k)));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = m_filter->currentData().toString();
        if (kind.isEmpty())
            m_proxy->setFilterRegularExpression(QString());
        else if (kind == QLatin1StringView("nfr"))
            m_proxy->setFilterRegularExpression(QStringLiteral("^(?!functional$)"));
        else
            m_proxy->setFilterRegularExpression(QLatin1Char('^') + kind + QLatin1Char('$'));
    });

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("requirementsView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(RequirementsModel::KindColumn, new KindDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(RequirementsModel::TextColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(RequirementsModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->setWordWrap(true);
    m_view->setMinimumHeight(180);

    auto makeButton = [this](const QString &text, const QString &tip, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        return button;
    };
    m_add = makeButton(tr("Add"), tr("Add a requirement"), QKeySequence(Qt::Key_Insert), [this] { addRequirement(); });
    m_remove = makeButton(tr("Remove"), tr("Remove the selected requirement"), QKeySequence(Qt::Key_Delete), [this] { removeCurrent(); });
    m_up = makeButton(tr("Move up"), tr("Move the selected requirement up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrent(-1); });
    m_down = makeButton(tr("Move down"), tr("Move the selected requirement down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(1); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter);
    bar->addStretch();
    for (QToolButton *b : {m_add, m_remove, m_up, m_down})
        bar->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RequirementsPanel::updateButtons);
    connect(document->project(), &core::Project::readOnlyChanged, this, &RequirementsPanel::updateButtons);
    connect(document->project(), &core::Project::infoChanged, this, &RequirementsPanel::updateButtons);
    updateButtons();
}

int RequirementsPanel::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void RequirementsPanel::selectSourceRow(int row, int column)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void RequirementsPanel::addRequirement()
{
    m_filter->setCurrentIndex(0); // a new requirement must be visible
    const int row = m_model->addRequirement(currentSourceRow());
    if (row >= 0) {
        selectSourceRow(row);
        m_view->edit(m_view->currentIndex());
    }
}

void RequirementsPanel::removeCurrent()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    m_model->removeRequirement(row);
    if (m_model->rowCount() > 0)
        selectSourceRow(std::min(row, m_model->rowCount() - 1));
}

void RequirementsPanel::moveCurrent(int delta)
{
    const int row = currentSourceRow();
    const int column = m_view->currentIndex().column();
    if (row < 0)
        return;
    m_model->moveRequirement(row, delta);
    selectSourceRow(std::clamp(row + delta, 0, m_model->rowCount() - 1), column);
}

void RequirementsPanel::updateButtons()
{
    const bool editable = !m_project->isReadOnly();
    const int row = currentSourceRow();
    m_add->defaultAction()->setEnabled(editable);
    m_remove->defaultAction()->setEnabled(editable && row >= 0);
    m_up->defaultAction()->setEnabled(editable && row > 0);
    m_down->defaultAction()->setEnabled(editable && row >= 0 && row < m_model->rowCount() - 1);
}

} // namespace archbench::ui
