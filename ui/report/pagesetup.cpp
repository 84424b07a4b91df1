#include "pagesetup.h"

namespace archbench::ui {

QPageSize::PageSizeId defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

std::optional<QPageSize::PageSizeId> pageSizeFromString(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1StringView("a4"))
        return QPageSize::A4;
    if (t == QLatin1StringView("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

QString pageSizeKey(QPageSize::PageSizeId id)
{
    return id == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

} // namespace archbench::ui
