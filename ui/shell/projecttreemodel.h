#pragma once
// The Project tree: an "Overview" row and one group per kind (decisions, reviews, drills,
// cost models) with its count, each holding the items in project order. Follows the Project's
// signals row by row, so views keep selection and expansion across edits.
//
//   Overview
//   Decisions (3)      <- group row: internalId 0, row = group
//     Database for orders  <- item row: internalId = its group's row
//
// Invariant: m_ids[g] mirrors the ids of group g's kind in the project, in order.

#include "kindui.h"
#include "ui/workbench.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <array>

namespace archbench::ui {

class ProjectTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, IsGroupRole };
    /// Row 0 is the overview; then one group per kind the tree lists (kindui.h), in order.
    static constexpr int OverviewRow = 0;
    static constexpr int RowCount = 1 + kTreeKindCount;

    explicit ProjectTreeModel(QObject *parent = nullptr);

    void setProject(core::Project *project);
    core::Project *project() const { return m_project; }

    /// The item a row stands for; invalid for group rows.
    ItemRef itemRef(const QModelIndex &index) const;
    /// The row of an item (the Overview row for the overview); invalid when unknown.
    QModelIndex indexOf(const ItemRef &item) const;
    QModelIndex groupIndex(core::ItemKind kind) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    static int groupOf(core::ItemKind kind);
    static core::ItemKind kindOf(int group);
    QStringList projectIds(core::ItemKind kind) const;
    void rebuild();
    void onInserted(core::ItemKind kind, const QString &id);
    void onRemoved(core::ItemKind kind, const QString &id);
    void onChanged(core::ItemKind kind, const QString &id);
    void onReordered(core::ItemKind kind);
    void groupCountChanged(int group);

    QPointer<core::Project> m_project;
    std::array<QStringList, RowCount> m_ids;
    /// The title each changed item had at its last change, by kind and id (two kinds may
    /// use one id): a change that keeps the title (a score, a note) repaints no row.
    QHash<std::pair<int, QString>, QString> m_titles;
};

} // namespace archbench::ui
