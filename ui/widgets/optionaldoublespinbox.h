#pragma once
// A QDoubleSpinBox that can also hold "no value" (a target not set, a phase not measured).
// "No value" sits just below zero and shows as a dash; clearing the text selects it, stepping
// up from it gives 0. Negative numbers cannot be typed. value() is the optional.

#include <QDoubleSpinBox>
#include <optional>

namespace archbench::ui {

class OptionalDoubleSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit OptionalDoubleSpinBox(QWidget *parent = nullptr);

    std::optional<double> optionalValue() const;
    /// Sets the value without emitting optionalValueChanged when it is unchanged.
    void setOptionalValue(std::optional<double> value);

    QValidator::State validate(QString &input, int &pos) const override;
    double valueFromText(const QString &text) const override;
    QString textFromValue(double value) const override;
    void stepBy(int steps) override;

signals:
    void optionalValueChanged(std::optional<double> value);

private:
    /// `text` without the prefix, the suffix and surrounding spaces.
    QString withoutAffixes(const QString &text) const;
    static constexpr double kNone = -1;
};

} // namespace archbench::ui
