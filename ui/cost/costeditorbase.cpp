#include "costeditorbase.h"
#include "costtablemodel.h"

#include "ui/widgets/messagebar.h"
#include "ui/widgets/optionaldoublespinbox.h"

#include "core/cost/costvalidation.h"
#include "core/cost/moneyformat.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace archbench::ui {

namespace {

/// The label of a field as the editor shows it, from its interchange name.
QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "Title")},
        {QStringLiteral("baselineLatencyMs"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "Baseline p99")},
        {QStringLiteral("targetLatencyMs"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "Target p99")},
        {QStringLiteral("monthlyRevenue"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "Monthly revenue")},
        {QStringLiteral("conversionGainPer100ms"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "Conversion gain per 100 ms")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "name")},
        {QStringLiteral("monthlyCost"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "added monthly cost")},
        {QStringLiteral("latencyAfterMs"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "p99 after")},
        {QStringLiteral("loadUnit"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "Load unit")},
        {QStringLiteral("loadRange.from"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "Load from")},
        {QStringLiteral("loadRange.to"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "Load to")},
        {QStringLiteral("pricePerMillionRequests"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "price per million requests")},
        {QStringLiteral("avgDurationMs"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "duration")},
        {QStringLiteral("memoryGb"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "memory")},
        {QStringLiteral("pricePerGbSecond"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "price per GB-second")},
        {QStringLiteral("capacityPerInstance"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "capacity per instance")},
        {QStringLiteral("pricePerInstanceMonthly"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "price per instance")},
        {QStringLiteral("minInstances"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "minimum instances")},
        {QStringLiteral("reservedDiscountPercent"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "reserved discount")},
        {QStringLiteral("fixedMonthly"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "fixed monthly cost")},
        {QStringLiteral("onDemandMonthly"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "On-demand cost a month")},
        {QStringLiteral("oneYearDiscountPercent"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "1-year reservation discount")},
        {QStringLiteral("threeYearDiscountPercent"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "3-year reservation discount")},
        {QStringLiteral("savingsPlanDiscountPercent"), QT_TRANSLATE_NOOP("archbench::ui::CostEditorBase", "Savings plan discount")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : QCoreApplication::translate("archbench::ui::CostEditorBase", *it);
}

/// "steps[2].latencyAfterMs must be positive" -> "Step 3 (Faster volumes), p99 after: must be
/// positive (steps[2].latencyAfterMs)". The path stays at the end, as the command line says it.
QString readableProblem(const QString &message, const core::CostModel &model)
{
    const qsizetype space = message.indexOf(QLatin1Char(' '));
    if (space < 0)
        return message;
    const QString path = message.left(space);
    const QString reason = message.mid(space + 1);
    static const QRegularExpression item(QStringLiteral("^(steps|options)\\[(\\d+)\\]\\.(\\w+)$"));
    QString where;
    if (const auto m = item.match(path); m.hasMatch()) {
        const int i = m.captured(2).toInt();
        const bool step = m.captured(1) == QLatin1String("steps");
        const QString name = step ? (i < model.steps.size() ? model.steps[i].name : QString())
                                  : (i < model.options.size() ? model.options[i].name : QString());
        const QString what = step ? QCoreApplication::translate("archbench::ui::CostEditorBase", "Step %1").arg(i + 1)
                                  : QCoreApplication::translate("archbench::ui::CostEditorBase", "Option %1").arg(i + 1);
        where = name.trimmed().isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, name);
        where += QStringLiteral(", ") + fieldLabel(m.captured(3));
    } else {
        where = fieldLabel(path);
    }
    return QStringLiteral("%1: %2 (%3)").arg(where, reason, path);
}

} // namespace

CostEditorBase::CostEditorBase(const EditorContext &context, const QString &modelId, QWidget *parent)
    : QWidget(parent), m_context(context), m_modelId(modelId),
      m_item(new ItemHandle<core::CostModel>(context.document, modelId, this)),
      m_binder([this] { return model(); },
               [this](const core::CostModel &after, const QString &undoText, const QString &field) {
                   return apply(after, undoText, field);
               }),
      m_messageBar(new MessageBar(this)),
      m_title(nullptr), m_content(new QVBoxLayout), m_fields(new QFormLayout)
{
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_messageBar);

    m_fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_title = bindText(QStringLiteral("title"), tr("Rename cost model"),
                       [](const core::CostModel &m) { return m.title; },
                       [](core::CostModel &m, const QString &v) { m.title = v; });
    m_title->setObjectName(QStringLiteral("title"));
    m_fields->addRow(tr("&Title:"), m_title);
    m_content->addLayout(m_fields);
    outer->addLayout(m_content, 1);

    connect(m_item, &ItemHandleBase::changed, this, &CostEditorBase::refreshAll);
    connect(m_item, &ItemHandleBase::readOnlyChanged, this, &CostEditorBase::updateEditable);
    if (project())
        connect(project(), &core::Project::infoChanged, this, &CostEditorBase::refreshAll);
}

CostEditorBase::~CostEditorBase()
{
    // Closing the tab may still commit an open cell editor; that edit lands in the project,
    // but this half-destroyed editor must not hear of it.
    disconnect(m_item, nullptr, this, nullptr);
    if (project())
        disconnect(project(), nullptr, this, nullptr);
    for (QObject *child : findChildren<QWidget *>())
        child->removeEventFilter(this);
}

const core::CostModel *CostEditorBase::model() const
{
    return m_item->item();
}

QString CostEditorBase::currency() const
{
    return project() ? project()->info().currency : QStringLiteral("USD");
}

bool CostEditorBase::isEditable() const
{
    return !m_item->isReadOnly() && model();
}

QString CostEditorBase::problem() const
{
    return m_messageBar->isHidden() ? QString() : m_messageBar->text();
}

bool CostEditorBase::apply(const core::CostModel &after, const QString &undoText, const QString &field)
{
    if (!isEditable())
        return false;
    const QString key = field.isEmpty() ? QString() : field + QLatin1Char('#') + QString::number(m_visit);
    return m_item->replace(after, undoText, key);
}

void CostEditorBase::watchFocus(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool CostEditorBase::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        ++m_visit; // a new visit to a field starts a new undo step
    return QWidget::eventFilter(watched, event);
}

namespace {
/// The cost forms' number fields: wide enough for large amounts, with group separators, and
/// tracking every key (each edit merges into one undo step per visit to the field).
void styleAmount(QAbstractSpinBox *spin, const QString &field)
{
    spin->setObjectName(field);
    spin->setGroupSeparatorShown(true);
    spin->setKeyboardTracking(true);
    spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("$000,000,000.00")) + 24);
}
} // namespace

QDoubleSpinBox *CostEditorBase::bindNumber(const QString &field, const QString &undoText, Getter get, Setter set)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setMinimum(0);
    spin->setMaximum(1e12);
    spin->setAccelerated(true);
    styleAmount(spin, field);
    watchFocus(spin);
    m_binder.number(spin, field, undoText, std::move(get), std::move(set));
    return spin;
}

OptionalDoubleSpinBox *CostEditorBase::bindOptionalNumber(
    const QString &field, const QString &undoText, std::function<std::optional<double>(const core::CostModel &)> get,
    std::function<void(core::CostModel &, std::optional<double>)> set)
{
    auto *spin = new OptionalDoubleSpinBox(this);
    spin->setMaximum(1e12);
    spin->setAlignment(Qt::AlignLeft | Qt::AlignVCenter); // as the other numbers of the form
    styleAmount(spin, field);
    watchFocus(spin);
    m_binder.optionalNumber(spin, field, undoText, std::move(get), std::move(set));
    return spin;
}

QLineEdit *CostEditorBase::bindText(const QString &field, const QString &undoText,
                                    std::function<QString(const core::CostModel &)> get,
                                    std::function<void(core::CostModel &, const QString &)> set)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(field);
    watchFocus(edit);
    m_binder.text(edit, field, undoText, std::move(get), std::move(set));
    return edit;
}

QCheckBox *CostEditorBase::bindCheck(const QString &field, const QString &text, const QString &undoText,
                                     std::function<bool(const core::CostModel &)> get,
                                     std::function<void(core::CostModel &, bool)> set)
{
    auto *box = new QCheckBox(text, this);
    box->setObjectName(field);
    m_binder.check(box, undoText, std::move(get), std::move(set));
    return box;
}

void CostEditorBase::addFieldRow(const QString &label, QWidget *buddy, QLayout *fields)
{
    auto *text = new QLabel(label, this);
    text->setBuddy(buddy);
    if (auto *row = qobject_cast<QBoxLayout *>(fields))
        row->addStretch(1);
    m_fields->addRow(text, fields);
}

void CostEditorBase::initialize()
{
    refreshAll();
    updateEditable();
}

void CostEditorBase::refreshAll()
{
    const core::CostModel *current = model();
    if (!current)
        return;
    m_binder.refresh(*current);
    const auto valid = core::cost::validateCostModel(*current);
    if (valid.ok()) {
        m_messageBar->dismiss();
    } else {
        m_messageBar->showMessage(MessageBar::Level::Warning,
                                  tr("The figures cannot be computed. %1. Correct this input and the figures and "
                                     "the chart come back.")
                                      .arg(readableProblem(valid.error().message, *current)));
    }
    refresh();
}

CostTablePanel *CostEditorBase::addTable(CostTableModel *model, const QString &objectName, const CostTablePanel::Texts &texts)
{
    auto *panel = new CostTablePanel(texts, this);
    panel->setModel(model);
    panel->view()->setObjectName(objectName);
    m_content->addWidget(panel, 1);
    m_tables << panel;
    return panel;
}

QLabel *CostEditorBase::addSummary()
{
    auto *summary = new QLabel(this);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    summary->setObjectName(QStringLiteral("summary"));
    m_content->addWidget(summary);
    return summary;
}

void CostEditorBase::updateEditable()
{
    const bool editable = isEditable();
    m_binder.setEditable(editable);
    for (CostTablePanel *table : std::as_const(m_tables))
        table->setEditable(editable);
    setEditable(editable);
}

} // namespace archbench::ui
