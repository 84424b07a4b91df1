#pragma once
// Money as people read it: the project currency's symbol, thousands separators, cents only
// where they matter (below 1,000 and not a whole amount): "$1,400", "$1.18", "1.400 €".
// Loads get thousands separators and at most the decimals that carry meaning.

#include <QLocale>
#include <QString>

namespace archbench::core::cost {

/// The symbol for an ISO 4217 code ("USD" -> "$"); the code itself when none is known.
QString currencySymbol(const QString &isoCode);

/// `amount` in `isoCode` formatted for `locale`.
QString formatMoney(double amount, const QString &isoCode, const QLocale &locale = QLocale());

/// Number of decimals formatMoney uses for `amount` (0 or 2).
int moneyDecimals(double amount);

/// A small unit price in plain decimals as price lists print it ("$0.0000166667"), up to
/// ten decimals, trailing zeros dropped.
QString formatUnitPrice(double amount, const QString &isoCode, const QLocale &locale = QLocale());

/// A load or other quantity: one decimal from 10 up, two below, trailing zeros dropped
/// ("107.1", "6,000", "2.5").
QString formatQuantity(double value, const QLocale &locale = QLocale());

} // namespace archbench::core::cost
