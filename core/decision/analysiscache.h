#pragma once
// Remembers each decision's DecisionAnalysis until its matrix changes. The robustness draws
// are the expensive part of an analysis (about 3 ms for 12 criteria × 6 options), and the
// views that show decision-quality checks (Checks dock, Overview, status bar) recompute them
// for every decision after every edit; with a cache only the decision whose matrix changed
// is analysed again. Keyed by decision id; an entry is reused only while
// DecisionMatrix::sameMatrix holds, so a cached figure is always the one analyse() would give.
// The failed decision-quality checks are remembered too, while the whole decision and the day
// are the same (a score typed in one decision re-checks that one, not the other 499).
// Not thread-safe; one per owner.

#include "decisionanalysis.h"
#include "qualitycheck.h"

#include <QHash>

namespace archbench::core {

class DecisionAnalysisCache {
public:
    /// The analysis of `decision`, computed now if its matrix is new or changed.
    const DecisionAnalysis &analysis(const Decision &decision);
    /// The failed checks remembered for `decision` on `today`, or null when it changed since.
    const QList<QualityCheck> *checks(const Decision &decision, const QDate &today) const;
    /// Remembers the failed checks of `decision` on `today`.
    void keepChecks(const Decision &decision, const QDate &today, const QList<QualityCheck> &checks);
    /// Forgets decision `id` (deleted).
    void forget(const QString &id)
    {
        m_entries.remove(id);
        m_checks.remove(id);
    }
    /// Forgets the decisions not in `decisions` (deleted ones), when their number changed
    /// since the last call or entries outnumber them; otherwise returns at once.
    void retainOnly(const QList<Decision> &decisions);
    void clear()
    {
        m_entries.clear();
        m_checks.clear();
        m_retainedFor = -1;
    }
    int size() const { return int(m_entries.size()); }
    /// How many analyses were computed (not served from the cache); for tests.
    int computed() const { return m_computed; }

private:
    struct Entry {
        Decision matrix; ///< the decision as analysed (its lists are shared, not copied)
        DecisionAnalysis analysis;
    };
    struct Checked {
        Decision decision; ///< the decision as checked (shares its lists)
        QDate today;
        QList<QualityCheck> failed;
    };
    QHash<QString, Entry> m_entries;
    QHash<QString, Checked> m_checks;
    int m_computed = 0;
    qsizetype m_retainedFor = -1; ///< the number of decisions retainOnly last went through
};

} // namespace archbench::core
