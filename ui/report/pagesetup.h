#pragma once
// Paper sizes for printed reports: Letter where it is the custom (the United States and
// Canada, by QLocale territory), A4 everywhere else; the user can always choose.

#include <QLocale>
#include <QPageSize>
#include <optional>

namespace archbench::ui {

/// Letter for territories US and CA, A4 otherwise.
QPageSize::PageSizeId defaultPageSize(const QLocale &locale = QLocale::system());
/// "a4" / "letter" (any case); nullopt otherwise.
std::optional<QPageSize::PageSizeId> pageSizeFromString(QStringView text);
/// "a4" / "letter": the spelling pageSizeFromString reads (for settings).
QString pageSizeKey(QPageSize::PageSizeId id);

} // namespace archbench::ui
