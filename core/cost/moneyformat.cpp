#include "moneyformat.h"

#include <cmath>

namespace archbench::core::cost {

QString currencySymbol(const QString &isoCode)
{
    static const struct {
        const char16_t *code;
        const char16_t *symbol;
    } known[] = {
        {u"USD", u"$"}, {u"EUR", u"€"}, {u"GBP", u"£"}, {u"JPY", u"¥"}, {u"CNY", u"¥"},
        {u"INR", u"₹"}, {u"KRW", u"₩"}, {u"BRL", u"R$"}, {u"CAD", u"CA$"}, {u"AUD", u"A$"},
        {u"CHF", u"CHF"}, {u"SEK", u"kr"}, {u"NOK", u"kr"}, {u"DKK", u"kr"}, {u"PLN", u"zł"},
    };
    const QString code = isoCode.trimmed().toUpper();
    for (const auto &entry : known)
        if (code == QStringView(entry.code))
            return QString::fromUtf16(entry.symbol);
    return code.isEmpty() ? QStringLiteral("$") : code;
}

int moneyDecimals(double amount)
{
    const double magnitude = std::abs(amount);
    if (magnitude >= 1000)
        return 0;
    const double cents = std::round(magnitude * 100);
    return std::fmod(cents, 100.0) == 0 ? 0 : 2;
}

QString formatMoney(double amount, const QString &isoCode, const QLocale &locale)
{
    // The C locale (no locale configured) would put the symbol after the amount ("200$");
    // read it as plain English instead.
    const QLocale effective = locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    return effective.toCurrencyString(amount, currencySymbol(isoCode), moneyDecimals(amount));
}

QString formatUnitPrice(double amount, const QString &isoCode, const QLocale &locale)
{
    const QLocale effective = locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    QString digits = effective.toString(amount, 'f', 10);
    while (digits.endsWith(effective.zeroDigit()))
        digits.chop(effective.zeroDigit().size());
    if (digits.endsWith(effective.decimalPoint()))
        digits.chop(effective.decimalPoint().size());
    return currencySymbol(isoCode) + digits;
}

QString formatQuantity(double value, const QLocale &locale)
{
    const double scale = std::abs(value) >= 10 ? 10.0 : 100.0;
    const double rounded = std::round(value * scale) / scale;
    // As for money: the C locale (no locale configured, or a test) reads as plain English, so
    // "20,000 rps" is grouped the same whether the process or only QLocale::setDefault chose C.
    const QLocale effective = locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    return effective.toString(rounded == 0 ? 0.0 : rounded, 'f', QLocale::FloatingPointShortest);
}

} // namespace archbench::core::cost
