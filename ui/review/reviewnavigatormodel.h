#pragma once
// The pillar -> question tree of a review editor, with each question's risk as a badge and a
// word. Holds a copy of the lens and of the latest risk assessment; no rules of its own.
// Pillar rows are top level (internal id 0); question rows carry their pillar's index + 1.

#include "core/review/lens.h"
#include "core/review/riskassessment.h"

#include <QAbstractItemModel>

namespace archbench::ui {

class ReviewNavigatorModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, RiskColumn, ColumnCount };
    enum Role { QuestionIdRole = Qt::UserRole + 1, PillarIdRole, RiskRole };

    explicit ReviewNavigatorModel(QObject *parent = nullptr);

    /// Replaces the lens (resets the model) and the risks.
    void setLens(const core::Lens &lens, const core::RiskAssessment &risks);
    /// New risks for the same lens: only the badges and counts change.
    void setRisks(const core::RiskAssessment &risks);

    QModelIndex indexOfQuestion(const QString &questionId, int column = TitleColumn) const;
    QString questionId(const QModelIndex &index) const;
    /// Question ids in navigation order.
    QStringList questionOrder() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString pillarSummary(const core::PillarRisk &pillar) const;
    static core::RiskLevel worstRisk(const core::PillarRisk &pillar);

    core::Lens m_lens;
    core::RiskAssessment m_risks;
};

} // namespace archbench::ui
