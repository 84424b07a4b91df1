#include "expectedlosspanel.h"

#include "core/drill/drilltexts.h"
#include "core/drill/expectedloss.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace archbench::ui {

namespace {
const QString kGroup = QStringLiteral("drills/expectedLoss");

QDoubleSpinBox *makeSpin(QWidget *parent, double max, int decimals, double value)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, max);
    spin->setDecimals(decimals);
    spin->setValue(value);
    spin->setGroupSeparatorShown(true);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spin->setMaximumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 22);
    return spin;
}

QLabel *makeResult(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

ExpectedLossPanel::ExpectedLossPanel(QWidget *parent)
    : QGroupBox(tr("Expected annual loss"), parent)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    m_tps = makeSpin(this, 1e9, 0, settings.value(QStringLiteral("transactionsPerSecond"), 100.0).toDouble());
    m_value = makeSpin(this, 1e9, 2, settings.value(QStringLiteral("valuePerTransaction"), 50.0).toDouble());
    m_years = makeSpin(this, 1000, 1, settings.value(QStringLiteral("yearsBetweenDisasters"), 2.5).toDouble());
    m_years->setMinimum(0.1);
    m_optionCost = makeSpin(this, 1e12, 0, settings.value(QStringLiteral("optionYearlyCost"), 0.0).toDouble());
    m_optionCost->setSpecialValueText(tr("not known"));
    settings.endGroup();

    m_tps->setSuffix(tr(" TPS"));
    m_years->setSuffix(tr(" years"));
    m_tps->setToolTip(tr("Write transactions per second at the time a disaster strikes"));
    m_value->setToolTip(tr("What one lost transaction costs the business"));
    m_years->setToolTip(tr("How often a disaster that triggers failover happens, e.g. once every 2.5 years"));
    m_optionCost->setToolTip(tr("Yearly cost of the option that removes the loss, e.g. synchronous replication"));

    m_targetLossLabel = makeResult(this);
    m_observedLossLabel = makeResult(this);
    m_comparison = makeResult(this);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Transactions per second:"), m_tps);
    form->addRow(tr("Value per transaction:"), m_value);
    form->addRow(tr("Years between disasters:"), m_years);
    form->addRow(tr("Yearly cost to remove the loss:"), m_optionCost);
    form->addRow(tr("At the RPO target:"), m_targetLossLabel);
    form->addRow(tr("At the observed loss:"), m_observedLossLabel);
    form->addRow(m_comparison);

    for (QDoubleSpinBox *spin : {m_tps, m_value, m_years, m_optionCost})
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
            remember();
            update();
        });
    update();
}

void ExpectedLossPanel::setDrillFigures(std::optional<double> rpoTargetSeconds,
                                        std::optional<double> observedLossSeconds,
                                        const QString &currency)
{
    m_rpoTarget = rpoTargetSeconds;
    m_observedLoss = observedLossSeconds;
    m_currency = currency;
    update();
}

void ExpectedLossPanel::remember() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("transactionsPerSecond"), m_tps->value());
    settings.setValue(QStringLiteral("valuePerTransaction"), m_value->value());
    settings.setValue(QStringLiteral("yearsBetweenDisasters"), m_years->value());
    settings.setValue(QStringLiteral("optionYearlyCost"), m_optionCost->value());
}

void ExpectedLossPanel::update()
{
    const QLocale locale;
    m_value->setPrefix(core::currencySymbol(m_currency));
    m_optionCost->setPrefix(core::currencySymbol(m_currency));
    const core::ExpectedLossInputs inputs{m_tps->value(), m_value->value(), m_years->value()};

    auto annualLoss = [&](std::optional<double> rpo) -> std::optional<double> {
        if (!rpo)
            return std::nullopt;
        const core::Expected<double> annual = core::expectedAnnualLoss(inputs, *rpo);
        if (!annual)
            return std::nullopt;
        return *annual;
    };
    auto sentence = [&](std::optional<double> rpo, std::optional<double> annual, const QString &missing) {
        if (!rpo)
            return missing;
        if (!annual)
            return tr("cannot be computed: check the inputs");
        const double perDisaster = *annual * inputs.yearsBetweenDisasters;
        return tr("%1 a year (%2 of writes lost, %3 per disaster)")
            .arg(core::formatMoney(*annual, m_currency, locale),
                 core::formatSeconds(rpo, locale),
                 core::formatMoney(perDisaster, m_currency, locale));
    };

    const std::optional<double> atTarget = annualLoss(m_rpoTarget);
    const std::optional<double> atObserved = annualLoss(m_observedLoss);
    m_targetLossLabel->setText(sentence(m_rpoTarget, atTarget, tr("no RPO target set")));
    m_observedLossLabel->setText(sentence(m_observedLoss, atObserved, tr("data loss not measured")));

    // Compare the option with the loss the drill actually showed, else with the target's.
    const std::optional<double> reference = atObserved ? atObserved : atTarget;
    const QString basis = atObserved ? tr("the observed loss") : tr("the loss at the RPO target");
    if (m_optionCost->value() <= 0 || !reference) {
        m_comparison->setText(tr("Enter the yearly cost of removing the loss to compare it with the expected loss."));
        return;
    }
    const core::Expected<core::LossComparison> c = core::compareWithOption(*reference, m_optionCost->value());
    if (!c) {
        m_comparison->setText(c.error().message);
        return;
    }
    const QString cost = core::formatMoney(c->optionYearlyCost, m_currency, locale);
    if (c->optionPaysOff())
        m_comparison->setText(tr("Removing the loss for %1 a year pays for itself: it saves %2 a year more "
                                 "than it costs, judged by %3.")
                                  .arg(cost, core::formatMoney(c->netYearlyBenefit, m_currency, locale), basis));
    else if (c->costToLossRatio)
        m_comparison->setText(tr("Removing the loss costs %1 a year, %2\u00d7 %3: not worth it on lost "
                                 "transactions alone (compliance may still require it).")
                                  .arg(cost, core::formatPlainNumber(*c->costToLossRatio, locale), basis));
    else
        m_comparison->setText(tr("Removing the loss costs %1 a year and there is no expected loss to remove.")
                                  .arg(cost));
}

QString ExpectedLossPanel::targetLossText() const { return m_targetLossLabel->text(); }
QString ExpectedLossPanel::observedLossText() const { return m_observedLossLabel->text(); }
QString ExpectedLossPanel::comparisonText() const { return m_comparison->text(); }

} // namespace archbench::ui
