#include "decisionhandle.h"

#include "core/project.h"
#include "ui/commands/itemcommands.h"

namespace archbench::ui {

DecisionHandle::DecisionHandle(core::Project *project, QUndoStack *undoStack, const QString &decisionId,
                               QObject *parent)
    : QObject(parent), m_project(project), m_undoStack(undoStack), m_id(decisionId)
{
    using core::ItemKind;
    connect(project, &core::Project::itemEdited, this, [this](const core::ItemChange &change) {
        if (change.kind != ItemKind::Decision)
            return;
        if (change.id == m_id)
            emit changed(change.parts);
        else if (change.parts & (core::ItemPart::Title | core::ItemPart::Record))
            emit projectDecisionsChanged();
    });
    connect(project, &core::Project::itemInserted, this, [this](ItemKind kind, const QString &id) {
        if (kind != ItemKind::Decision)
            return;
        if (id == m_id)
            emit changed(core::ItemPart::All); // an undone removal brought it back
        else
            emit projectDecisionsChanged();
    });
    connect(project, &core::Project::itemRemoved, this, [this](ItemKind kind, const QString &id) {
        if (kind != ItemKind::Decision)
            return;
        if (id == m_id)
            emit removed();
        else
            emit projectDecisionsChanged();
    });
    connect(project, &core::Project::itemsReordered, this, [this](ItemKind kind) {
        if (kind == ItemKind::Decision)
            emit projectDecisionsChanged();
    });
    connect(project, &core::Project::readOnlyChanged, this, &DecisionHandle::readOnlyChanged);
}

const core::Decision *DecisionHandle::decision() const
{
    return m_project ? m_project->find<core::Decision>(m_id) : nullptr;
}

bool DecisionHandle::isReadOnly() const
{
    return !m_project || m_project->isReadOnly();
}

bool DecisionHandle::edit(const QString &undoText, const std::function<bool(core::Decision &)> &change,
                          const QString &mergeKey)
{
    const core::Decision *current = decision();
    if (!current || isReadOnly())
        return false;
    core::Decision next = *current;
    if (!change(next))
        return false;
    return commands::replaceItem(m_undoStack, m_project.data(), next, undoText, mergeKey);
}

QStringList projectPeople(const core::Project *project)
{
    QStringList people;
    if (!project)
        return people;
    const auto add = [&](const QString &name) {
        if (!name.trimmed().isEmpty() && !people.contains(name.trimmed()))
            people << name.trimmed();
    };
    add(project->info().owner);
    for (const core::Decision &d : project->items<core::Decision>()) {
        for (const QStringList *list : {&d.participants, &d.consulted, &d.informed, &d.attendees})
            for (const QString &name : *list)
                add(name);
        for (const core::Ballot &b : d.ballots)
            add(b.participant);
        for (const core::Dissent &x : d.dissent)
            add(x.participant);
    }
    return people;
}

} // namespace archbench::ui
