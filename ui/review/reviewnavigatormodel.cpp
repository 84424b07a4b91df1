#include "reviewnavigatormodel.h"

#include "riskstyle.h"

#include <QFont>

namespace archbench::ui {

using core::RiskLevel;

ReviewNavigatorModel::ReviewNavigatorModel(QObject *parent) : QAbstractItemModel(parent) {}

void ReviewNavigatorModel::setLens(const core::Lens &lens, const core::RiskAssessment &risks)
{
    beginResetModel();
    m_lens = lens;
    m_risks = risks;
    endResetModel();
}

void ReviewNavigatorModel::setRisks(const core::RiskAssessment &risks)
{
    m_risks = risks;
    for (int p = 0; p < m_lens.pillars.size(); ++p) {
        emit dataChanged(index(p, 0), index(p, ColumnCount - 1));
        const QModelIndex parent = index(p, 0);
        const int n = int(m_lens.pillars.at(p).questions.size());
        if (n > 0)
            emit dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
    }
}

QModelIndex ReviewNavigatorModel::indexOfQuestion(const QString &questionId, int column) const
{
    for (int p = 0; p < m_lens.pillars.size(); ++p) {
        const auto &questions = m_lens.pillars.at(p).questions;
        for (int q = 0; q < questions.size(); ++q)
            if (questions.at(q).id == questionId)
                return index(q, column, index(p, 0));
    }
    return {};
}

QString ReviewNavigatorModel::questionId(const QModelIndex &index) const
{
    return index.data(QuestionIdRole).toString();
}

QStringList ReviewNavigatorModel::questionOrder() const
{
    QStringList ids;
    for (const auto &pillar : m_lens.pillars)
        for (const auto &question : pillar.questions)
            ids.append(question.id);
    return ids;
}

QModelIndex ReviewNavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ReviewNavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int ReviewNavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_lens.pillars.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_lens.pillars.at(parent.row()).questions.size());
}

int ReviewNavigatorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ReviewNavigatorModel::pillarSummary(const core::PillarRisk &pillar) const
{
    // the most pressing figure only; the tooltip and the summary table have all of them
    if (pillar.counts.high)
        return tr("%1 high").arg(pillar.counts.high);
    if (pillar.counts.medium)
        return tr("%1 medium").arg(pillar.counts.medium);
    if (pillar.counts.unrated)
        return tr("%1 unrated").arg(pillar.counts.unrated);
    if (pillar.counts.unanswered)
        return tr("%1 unanswered").arg(pillar.counts.unanswered);
    return pillar.counts.none ? tr("No risk") : tr("N/A");
}

RiskLevel ReviewNavigatorModel::worstRisk(const core::PillarRisk &pillar)
{
    if (pillar.counts.high)
        return RiskLevel::High;
    if (pillar.counts.medium)
        return RiskLevel::Medium;
    if (pillar.counts.unrated)
        return RiskLevel::Unrated; // an unknown risk outranks a question not answered yet
    if (pillar.counts.unanswered)
        return RiskLevel::Unanswered;
    return pillar.counts.none ? RiskLevel::None : RiskLevel::NotApplicable;
}

QVariant ReviewNavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const core::LensPillar &pillar = m_lens.pillars.at(index.row());
        const core::PillarRisk *risk = index.row() < m_risks.pillars().size() ? &m_risks.pillars().at(index.row()) : nullptr;
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TitleColumn)
                return pillar.name;
            return risk ? pillarSummary(*risk) : QVariant();
        case Qt::ToolTipRole:
            if (!risk)
                return {};
        {
            QString tip = tr("%1: %2 high, %3 medium, %4 no risk, %5 not applicable, %6 unanswered")
                              .arg(pillar.name)
                              .arg(risk->counts.high)
                              .arg(risk->counts.medium)
                              .arg(risk->counts.none)
                              .arg(risk->counts.notApplicable)
                              .arg(risk->counts.unanswered);
            if (risk->counts.unrated)
                tip += tr(", %1 unrated (no rule of the lens matches the answer)").arg(risk->counts.unrated);
            return tip;
        }
        case PillarIdRole: return pillar.id;
        case Qt::DecorationRole:
            return index.column() == TitleColumn && risk ? RiskStyle::badge(worstRisk(*risk)) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default: return {};
        }
    }
    const core::LensPillar &pillar = m_lens.pillars.at(int(index.internalId()) - 1);
    const core::LensQuestion &question = pillar.questions.at(index.row());
    const RiskLevel risk = m_risks.riskOf(question.id);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TitleColumn ? question.title : RiskStyle::shortWord(risk);
    case Qt::DecorationRole:
        return index.column() == TitleColumn ? RiskStyle::badge(risk) : QVariant();
    case Qt::ToolTipRole: return tr("%1\n%2").arg(question.title, RiskStyle::word(risk));
    case QuestionIdRole: return question.id;
    case PillarIdRole: return pillar.id;
    case RiskRole: return int(risk);
    default: return {};
    }
}

QVariant ReviewNavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Question") : tr("Risk");
}

} // namespace archbench::ui
