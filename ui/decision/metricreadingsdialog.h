#pragma once
// Project ▸ Record Metric Readings… (issue 19 §4): the GUI side of `archbench set-metric`. One
// field per metric the project's revisit triggers measure (rps, monthly cost, …), with how
// many triggers read it and what they read now; the values typed are recorded in every
// trigger of that metric as one undoable step, and the status bar says which triggers fired.

#include "core/portfolio/portfolio.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace archbench::ui {

class Workbench;

class MetricReadingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit MetricReadingsDialog(const core::ProjectData &data, QWidget *parent = nullptr);

    /// The readings typed (blank fields leave a metric as it is), named as the triggers write them.
    core::MetricReadings readings() const;
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    bool isEmpty() const { return m_fields.isEmpty(); }

private:
    void validate();

    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QString> m_names; ///< key -> the metric as a trigger writes it
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/// Records `readings` in the open project as one undo step; the number of triggers changed
/// (0: nothing to do, or no project that can be edited).
int recordMetricReadings(Workbench &workbench, const core::MetricReadings &readings);
/// Shows the dialog for the open project and records what was typed.
void recordMetricReadingsInteractively(Workbench &workbench);

} // namespace archbench::ui
