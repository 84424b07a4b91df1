#include "analysiscache.h"

#include "decisionmatrix.h"

#include <QSet>

namespace archbench::core {

const DecisionAnalysis &DecisionAnalysisCache::analysis(const Decision &decision)
{
    auto it = m_entries.find(decision.id);
    if (it != m_entries.end() && DecisionMatrix::sameMatrix(it->matrix, decision)) {
        it->analysis.title = decision.title;
        return it->analysis;
    }
    ++m_computed;
    Entry entry{decision, DecisionAnalysis::analyse(decision)};
    if (it != m_entries.end()) {
        *it = std::move(entry);
        return it->analysis;
    }
    return m_entries.insert(decision.id, std::move(entry))->analysis;
}

const QList<QualityCheck> *DecisionAnalysisCache::checks(const Decision &decision, const QDate &today) const
{
    const auto it = m_checks.constFind(decision.id);
    // lists shared with the checked copy compare in constant time
    if (it == m_checks.cend() || it->today != today || !(it->decision == decision))
        return nullptr;
    return &it->failed;
}

void DecisionAnalysisCache::keepChecks(const Decision &decision, const QDate &today, const QList<QualityCheck> &checks)
{
    m_checks.insert(decision.id, Checked{decision, today, checks});
}

void DecisionAnalysisCache::retainOnly(const QList<Decision> &decisions)
{
    if (m_entries.isEmpty() && m_checks.isEmpty())
        return;
    // The views call this on every refresh: go through the ids only when the decisions are
    // fewer or more than last time, or when there are more entries than decisions. A decision
    // deleted and another added in between leaves an entry that nothing matches (entries are
    // reused only for an equal decision) until the next change in number.
    const qsizetype count = decisions.size();
    if (count == m_retainedFor && m_entries.size() <= count && m_checks.size() <= count)
        return;
    m_retainedFor = count;
    QSet<QString> ids;
    for (const Decision &d : decisions)
        ids.insert(d.id);
    m_entries.removeIf([&](const QHash<QString, Entry>::iterator &it) { return !ids.contains(it.key()); });
    m_checks.removeIf([&](const QHash<QString, Checked>::iterator &it) { return !ids.contains(it.key()); });
}

} // namespace archbench::core
