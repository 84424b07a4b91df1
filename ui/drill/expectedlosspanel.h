#pragma once
// The expected-loss helper of the drill editor: transactions per second, value per
// transaction and years between disasters give the expected annual loss at the drill's RPO
// target and at the data loss it observed (core/drill/expectedloss.h), compared with the
// yearly cost of an option that would remove the loss. The inputs are not project data: they
// are remembered between sessions in QSettings (group "drills/expectedLoss").

#include <QGroupBox>
#include <optional>

class QDoubleSpinBox;
class QLabel;

namespace archbench::ui {

class ExpectedLossPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ExpectedLossPanel(QWidget *parent = nullptr);

    /// The drill's RPO target and observed data loss (seconds) and the project currency.
    void setDrillFigures(std::optional<double> rpoTargetSeconds,
                         std::optional<double> observedLossSeconds, const QString &currency);

    QDoubleSpinBox *transactionsPerSecondEdit() const { return m_tps; }
    QDoubleSpinBox *valuePerTransactionEdit() const { return m_value; }
    QDoubleSpinBox *yearsBetweenDisastersEdit() const { return m_years; }
    QDoubleSpinBox *optionYearlyCostEdit() const { return m_optionCost; }
    QString targetLossText() const;
    QString observedLossText() const;
    QString comparisonText() const;

private:
    void update();
    void remember() const;

    QDoubleSpinBox *m_tps;
    QDoubleSpinBox *m_value;
    QDoubleSpinBox *m_years;
    QDoubleSpinBox *m_optionCost;
    QLabel *m_targetLossLabel;
    QLabel *m_observedLossLabel;
    QLabel *m_comparison;
    std::optional<double> m_rpoTarget;
    std::optional<double> m_observedLoss;
    QString m_currency = QStringLiteral("USD");
};

} // namespace archbench::ui
