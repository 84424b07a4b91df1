#include "decisionhandle.h"

#include "core/project.h"
#include "ui/commands/itemcommands.h"

namespace archbench::ui {

DecisionHandle::DecisionHandle(ProjectDocument *document, const QString &decisionId,
                               QObject *parent)
    : ItemHandle<core::Decision>(document, decisionId, parent)
{
    using core::ItemKind;
    core::Project *project = document ? document->project() : nullptr;
    if (!project)
        return;
    connect(project, &core::Project::itemEdited, this, [this](const core::ItemChange &change) {
        if (change.kind == ItemKind::Decision && change.id != m_id
            && (change.parts & (core::ItemPart::Title | core::ItemPart::Record)))
            emit projectDecisionsChanged();
    });
    const auto other = [this](ItemKind kind, const QString &id) {
        if (kind == ItemKind::Decision && id != m_id)
            emit projectDecisionsChanged();
    };
    connect(project, &core::Project::itemInserted, this, other);
    connect(project, &core::Project::itemRemoved, this, other);
    connect(project, &core::Project::itemsReordered, this, [this](ItemKind kind) {
        if (kind == ItemKind::Decision)
            emit projectDecisionsChanged();
    });
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
