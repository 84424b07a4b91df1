#pragma once
// What needs attention across many projects (issue 19): one row per project file of a folder
// (searched recursively) and the list of things that need someone's attention, each with its
// kind, the item it concerns and a sentence that says why.
//
// The figures are the project dashboard's own engines (trigger evaluation, decision-quality
// checks, risk assessment, drill verdicts and cadence, open action items), so the portfolio, a
// project's Overview and `archbench check` agree. Like them, nothing here reads the clock:
// "today" is always passed in.
//
// Reading: files are read in parallel, each read, summarised and dropped, so memory holds one
// project per worker plus the small rows. A file that cannot be read is listed with its reason
// and never stops the scan. A .json file counts as a project only when it says it is one
// (`"format": "archbench-project"`); any other JSON in a repository (package.json, a metrics
// export) is not a project and is passed over. Folders whose name starts with "." (.git) and
// node_modules are not searched; symbolic links to folders are not followed (no loops).

#include "core/expected.h"
#include "core/model/projectdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace archbench::core {

/// What an attention item is about; the names are those of `check --fail-on` and of the
/// `kind` field of `check --format json` (INTERCHANGE.md, version 2 additions).
enum class AttentionKind {
    Trigger, ///< a revisit trigger of a decision in force fired
    Due,     ///< a revisit trigger is due within 30 days
    Check,   ///< a decision-quality check failed
    Risk,    ///< a review question is at high risk
    Drill,   ///< the next drill is overdue
    Action,  ///< an open action item or improvement is overdue
    DrillFailed, ///< the latest drill missed its RTO or RPO target ("drill" in JSON; counts
                 ///< with --fail-on drills, not by default: it stays true until the next drill)
};

struct AttentionItem {
    AttentionKind kind = AttentionKind::Trigger;
    ItemKind itemKind = ItemKind::Decision; ///< what the item id names
    QString item;    ///< id of the decision, review, drill (never a list position)
    QString subId;   ///< the trigger, question, check or action item inside it, if any
    QString message; ///< the whole reason in words, naming the item by its title
    bool operator==(const AttentionItem &) const = default;
};

/// One review's high and medium risks in one pillar.
struct PillarRiskCount {
    QString pillar; ///< the pillar's name as the lens gives it
    int high = 0;
    int medium = 0;
    bool operator==(const PillarRiskCount &) const = default;
};

/// One measured drill: its date and how far inside (positive) or outside (negative) its RTO
/// target it recovered, in minutes.
struct DrillMargin {
    QString drill;
    QString title;
    QDate date;
    double rtoMarginMinutes = 0;
    bool operator==(const DrillMargin &) const = default;
};

struct PortfolioRow {
    QString source; ///< the file as found (a path under the scanned folder)
    QString id;
    QString name;
    QString owner;
    int accepted = 0;
    int proposed = 0;
    int firedTriggers = 0;
    int dueTriggers = 0;
    int highRisks = 0;
    int mediumRisks = 0;
    int failedChecks = 0;
    int overdueActions = 0;
    QString latestDrill;      ///< id of the latest dated drill; empty without one
    QString latestDrillTitle;
    QDate latestDrillDate;
    std::optional<bool> latestDrillPass; ///< nullopt: not measured against both targets
    QDate nextDrillDue;       ///< latest drill + 90 days; invalid without a dated drill
    bool drillOverdue = false;
    QList<AttentionItem> attention;
    QList<PillarRiskCount> pillarRisks; ///< summed over the project's reviews, in lens order
    QList<DrillMargin> drillMargins;    ///< measured drills, oldest first
    bool operator==(const PortfolioRow &) const = default;
};

struct PortfolioProblem {
    QString source;
    QString reason;
    bool operator==(const PortfolioProblem &) const = default;
};

struct Portfolio {
    QString root;                       ///< the folder (or file) scanned
    QDate today;
    QList<PortfolioRow> rows;           ///< in file-name order
    QList<PortfolioProblem> unreadable; ///< in file-name order
};

/// Current values of trigger metrics by name, e.g. {"rps": 12000}.
using MetricReadings = QHash<QString, double>;

class PortfolioScan {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::PortfolioScan)
public:
    /// "trigger", "due", "check", "risk", "drill", "action" (both drill kinds are "drill").
    static QString kindName(AttentionKind kind);
    static std::optional<AttentionKind> kindFromName(QStringView name);
    /// The kind's plural in words for people ("Fired triggers", ...).
    static QString kindTitle(AttentionKind kind);
    static QList<AttentionKind> allKinds();
    /// What `check` counts when --fail-on is not given: fired triggers, failed checks,
    /// overdue action items and overdue drills.
    static QList<AttentionKind> defaultFailOn();

    /// The row of one project, read as of `today`.
    static PortfolioRow summarise(const ProjectData &data, const QString &source, const QDate &today);

    /// The project files under `folder`, sorted by path (see the header comment for what is
    /// searched); `folder` may also be a single project file.
    static Expected<QStringList> findProjectFiles(const QString &folder);

    /// Reads and summarises every project under `folder` (or the one file) on `threads` workers
    /// (0: one per core). `metrics` set trigger readings for this scan only (applyMetrics).
    /// `progress` (optional) is called from the workers with (done, total).
    static Expected<Portfolio> scan(const QString &folder, const QDate &today, const MetricReadings &metrics = {},
                                    int threads = 0, const std::function<void(int, int)> &progress = {});
};

/// Sets the current value of every trigger whose metric is named in `readings`. Names match
/// without regard to case, unit and the difference between spaces, '_' and '-' ("monthly_cost"
/// reads "Monthly cost ($)"). Returns, per reading name, how many triggers it set.
QHash<QString, int> applyMetrics(ProjectData &data, const MetricReadings &readings);

/// One metric as the project's triggers name it: what a "record readings" form lists.
struct MetricInUse {
    QString key;      ///< metricKey(): what a reading's name must match
    QString metric;   ///< the metric as the first trigger writes it: a reading name that matches
    QString name;     ///< as the first trigger that measures it writes it ("Monthly cost ($)")
    QString unit;     ///< "$", "%", "ms" or empty
    int triggers = 0; ///< how many triggers measure it
    std::optional<double> current; ///< the value all of them read now; nullopt if none or they differ
    bool operator==(const MetricInUse &) const = default;
};

/// The metrics the triggers of `data` measure, in the order they first appear.
QList<MetricInUse> metricsInUse(const ProjectData &data);

/// The key applyMetrics matches on: the metric's name (its unit dropped), lower case, with
/// runs of spaces, '_' and '-' as one '_'.
QString metricKey(const QString &metric);

/// Reads a metrics file: one JSON object of names to finite numbers. Refusals name the file
/// and the field.
Expected<MetricReadings> readMetricsFile(const QString &path);

/// Parses "name=value" arguments (set-metric); refusals name the argument.
Expected<MetricReadings> parseMetricArguments(const QStringList &arguments);

} // namespace archbench::core
