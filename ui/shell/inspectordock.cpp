#include "inspectordock.h"

#include "itemproperties.h"
#include "itemtitles.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace archbench::ui {

InspectorDock::InspectorDock(Workbench *workbench, QWidget *parent)
    : QDockWidget(tr("Inspector"), parent), m_workbench(workbench), m_heading(new QLabel),
      m_placeholder(new QLabel), m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("inspectorDock"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_heading->setObjectName(QStringLiteral("inspectorHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(tr("Select an item in the Project tree to see its properties."));
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addWidget(m_heading);
    layout->addWidget(m_placeholder);
    layout->addLayout(m_form);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("inspectorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    setWidget(scroll);

    connect(workbench, &Workbench::projectChanged, this, &InspectorDock::setProject);
    connect(workbench, &Workbench::currentItemChanged, this, &InspectorDock::showItem);
    setProject(workbench->project());
}

void InspectorDock::setProject(core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_item = {};
    if (project) {
        // any item: the overview counts them, and an item's fields may name another (the
        // decision that supersedes it, a review's lens); a refresh with the same rows only
        // sets the labels' texts
        auto itemSignal = [this](core::ItemKind, const QString &) {
            if (m_item.isValid())
                refresh();
        };
        connect(project, &core::Project::itemChanged, this, itemSignal);
        connect(project, &core::Project::itemRemoved, this, itemSignal);
        connect(project, &core::Project::itemInserted, this, itemSignal);
        connect(project, &core::Project::infoChanged, this, &InspectorDock::refresh);
    }
    refresh();
}

void InspectorDock::showItem(const ItemRef &item)
{
    if (!item.isValid() || item == m_item)
        return;
    m_item = item;
    refresh();
}

QList<QPair<QString, QString>> InspectorDock::shownProperties() const
{
    QList<QPair<QString, QString>> out;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value)
            out.append({label->text(), value->text()});
    }
    return out;
}

void InspectorDock::refresh()
{
    const QList<ItemProperty> properties =
        m_project && m_item.isValid() ? itemProperties(*m_workbench, *m_project, m_item) : QList<ItemProperty>{};
    // the same properties (an edit of the item shown): new values in the labels there are, so
    // the dock keeps its layout and nothing else moves
    bool sameRows = !properties.isEmpty() && m_form->rowCount() == properties.size();
    for (int row = 0; sameRows && row < m_form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        sameRows = label && label->text() == properties[row].label;
    }
    if (sameRows) {
        const QString heading = m_item.overview ? projectDisplayName(*m_project, {}) : itemTitle(*m_project, m_item);
        if (m_heading->text() != heading)
            m_heading->setText(heading);
        for (int row = 0; row < m_form->rowCount(); ++row)
            if (auto *value = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
                value && value->text() != properties[row].value)
                value->setText(properties[row].value);
        return;
    }
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    if (properties.isEmpty()) {
        m_item = {};
        m_heading->hide();
        m_placeholder->setVisible(m_project != nullptr);
        return;
    }
    m_placeholder->hide();
    m_heading->setText(m_item.overview ? projectDisplayName(*m_project, {}) : itemTitle(*m_project, m_item));
    m_heading->show();
    for (const ItemProperty &p : properties) {
        auto *label = new QLabel(p.label);
        label->setTextFormat(Qt::PlainText);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(p.value);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setBuddy(value);
        m_form->addRow(label, value);
    }
}

} // namespace archbench::ui
