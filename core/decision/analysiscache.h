#pragma once
// Remembers each decision's DecisionAnalysis until its matrix changes. The robustness draws
// are the expensive part of an analysis (about 3 ms for 12 criteria × 6 options), and the
// views that show decision-quality checks (Checks dock, Overview, status bar) recompute them
// for every decision after every edit; with a cache only the decision whose matrix changed
// is analysed again. Keyed by decision id; an entry is reused only while
// DecisionMatrix::sameMatrix holds, so a cached figure is always the one analyse() would give.
// Not thread-safe; one per owner.

#include "decisionanalysis.h"

#include <QHash>

namespace archbench::core {

class DecisionAnalysisCache {
public:
    /// The analysis of `decision`, computed now if its matrix is new or changed.
    const DecisionAnalysis &analysis(const Decision &decision);
    /// Forgets the decisions not in `decisions` (deleted ones).
    void retainOnly(const QList<Decision> &decisions);
    void clear() { m_entries.clear(); }
    int size() const { return int(m_entries.size()); }
    /// How many analyses were computed (not served from the cache); for tests.
    int computed() const { return m_computed; }

private:
    struct Entry {
        Decision matrix; ///< the decision as analysed (its lists are shared, not copied)
        DecisionAnalysis analysis;
    };
    QHash<QString, Entry> m_entries;
    int m_computed = 0;
};

} // namespace archbench::core
