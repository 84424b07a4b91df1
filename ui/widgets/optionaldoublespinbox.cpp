#include "optionaldoublespinbox.h"

#include <QLineEdit>

namespace archbench::ui {

OptionalDoubleSpinBox::OptionalDoubleSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setDecimals(1);
    setRange(kNone, 1e7);
    setSpecialValueText(QStringLiteral("\u2014"));
    setValue(kNone);
    setAccelerated(true);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(this, &QDoubleSpinBox::valueChanged, this,
            [this] { emit optionalValueChanged(optionalValue()); });
}

std::optional<double> OptionalDoubleSpinBox::optionalValue() const
{
    if (value() < 0)
        return std::nullopt;
    return value();
}

void OptionalDoubleSpinBox::setOptionalValue(std::optional<double> value)
{
    setValue(value ? *value : kNone);
}

QString OptionalDoubleSpinBox::withoutAffixes(const QString &text) const
{
    QString body = text;
    if (!prefix().isEmpty() && body.startsWith(prefix()))
        body.remove(0, prefix().size());
    if (!suffix().isEmpty() && body.endsWith(suffix()))
        body.chop(suffix().size());
    return body.trimmed();
}

QValidator::State OptionalDoubleSpinBox::validate(QString &input, int &pos) const
{
    const QString body = withoutAffixes(input);
    if (body.isEmpty() || body == specialValueText())
        return QValidator::Acceptable;
    if (body.startsWith(QLatin1Char('-')) || body.startsWith(QChar(0x2212)))
        return QValidator::Invalid;
    return QDoubleSpinBox::validate(input, pos);
}

double OptionalDoubleSpinBox::valueFromText(const QString &text) const
{
    const QString body = withoutAffixes(text);
    if (body.isEmpty() || body == specialValueText())
        return kNone;
    return QDoubleSpinBox::valueFromText(text);
}

QString OptionalDoubleSpinBox::textFromValue(double value) const
{
    // "15 min", "4.5 min": no trailing zeros, the locale's separators.
    QString text = locale().toString(value, 'f', decimals());
    const QString point = locale().decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

void OptionalDoubleSpinBox::stepBy(int steps)
{
    if (value() < 0 && steps > 0) {
        setValue(0);
        selectAll();
        return;
    }
    if (value() >= 0 && value() + steps * singleStep() < 0) {
        setValue(value() > 0 ? 0 : kNone);
        selectAll();
        return;
    }
    QDoubleSpinBox::stepBy(steps);
}

} // namespace archbench::ui
