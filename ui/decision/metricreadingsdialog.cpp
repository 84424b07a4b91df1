#include "metricreadingsdialog.h"

#include "core/decision/triggerstatus.h"
#include "core/project.h"
#include "ui/commands/itemcommands.h"
#include "ui/workbench.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace archbench::ui {

namespace {

/// A number as typed: the user's locale first, then the C form ("12000.5").
std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    double value = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

MetricReadingsDialog::MetricReadingsDialog(const core::ProjectData &data, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("metricReadingsDialog"));
    setWindowTitle(tr("Record Metric Readings"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Type what your monitoring shows now. Each value goes to every revisit trigger that "
                                "measures that metric; leave a field empty to keep what the triggers read."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const QLocale locale;
    const QList<core::MetricInUse> metrics = core::metricsInUse(data);
    for (const core::MetricInUse &m : metrics) {
        auto *field = new QLineEdit;
        field->setObjectName(QStringLiteral("metric_") + m.key);
        field->setAccessibleName(m.name);
        field->setPlaceholderText(m.current ? tr("now %1").arg(locale.toString(*m.current, 'g', 12))
                                            : m.triggers > 1 ? tr("the triggers read different values") : tr("no reading yet"));
        connect(field, &QLineEdit::textChanged, this, &MetricReadingsDialog::validate);
        const QString unit = m.unit.isEmpty() ? QString() : tr(" (%1)").arg(m.unit);
        const QString label = m.triggers == 1 ? tr("%1%2, 1 trigger:").arg(m.name, unit)
                                              : tr("%1%2, %3 triggers:").arg(m.name, unit).arg(m.triggers);
        form->addRow(label, field);
        m_fields.insert(m.key, field);
        m_names.insert(m.key, m.metric);
    }
    if (metrics.isEmpty()) {
        auto *none = new QLabel(tr("No revisit trigger of this project measures a metric. Give a trigger a metric, a "
                                   "comparator and a threshold in a decision's Revisit triggers table first."));
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addLayout(form);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("metricReadingsError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    validate();
}

core::MetricReadings MetricReadingsDialog::readings() const
{
    core::MetricReadings out;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (const auto value = parseNumber(it.value()->text()); value && !it.value()->text().trimmed().isEmpty())
            out.insert(m_names.value(it.key()), *value); // the name as written: applyMetrics normalises it
    return out;
}

void MetricReadingsDialog::validate()
{
    QStringList wrong;
    int filled = 0;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty())
            continue;
        ++filled;
        if (!parseNumber(text))
            wrong << it.value()->accessibleName();
    }
    m_error->setVisible(!wrong.isEmpty());
    m_error->setText(tr("Not a number: %1").arg(wrong.join(QStringLiteral(", "))));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(wrong.isEmpty() && filled > 0);
}

int recordMetricReadings(Workbench &workbench, const core::MetricReadings &readings)
{
    core::Project *project = workbench.project();
    if (!project || project->isReadOnly() || readings.isEmpty())
        return 0;
    const core::ProjectData before = project->data();
    core::ProjectData after = before;
    core::applyMetrics(after, readings);
    QList<core::Decision> changed;
    int triggers = 0, fired = 0;
    const QDate today = QDate::currentDate();
    for (qsizetype i = 0; i < after.decisions.size(); ++i) {
        if (after.decisions[i] == before.decisions[i])
            continue;
        changed << after.decisions[i];
        for (qsizetype t = 0; t < after.decisions[i].revisitTriggers.size(); ++t)
            if (after.decisions[i].revisitTriggers[t].currentValue != before.decisions[i].revisitTriggers[t].currentValue) {
                ++triggers;
                if (core::TriggerEvaluation::evaluate(after.decisions[i], after.decisions[i].revisitTriggers[t], today).state
                    == core::TriggerState::Fired)
                    ++fired;
            }
    }
    if (changed.isEmpty()) {
        workbench.showStatus(MetricReadingsDialog::tr("The triggers already read these values."));
        return 0;
    }
    QUndoStack *stack = workbench.undoStack();
    const QString text = MetricReadingsDialog::tr("Record metric readings");
    stack->beginMacro(text);
    for (const core::Decision &d : std::as_const(changed))
        commands::replaceItem(stack, project, d, text);
    stack->endMacro();
    workbench.showStatus(fired == 0 ? MetricReadingsDialog::tr("Recorded: %1 triggers updated, none fired.").arg(triggers)
                                    : MetricReadingsDialog::tr("Recorded: %1 triggers updated, %2 fired.").arg(triggers).arg(fired));
    return triggers;
}

void recordMetricReadingsInteractively(Workbench &workbench)
{
    core::Project *project = workbench.project();
    if (!project || project->isReadOnly())
        return;
    MetricReadingsDialog dialog(project->data(), workbench.window());
    if (dialog.exec() == QDialog::Accepted)
        recordMetricReadings(workbench, dialog.readings());
}

} // namespace archbench::ui
