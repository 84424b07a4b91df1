#include "displaydate.h"

#include <QLocale>

namespace archbench::core {

QString dateDisplayFormat()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QStringLiteral("yyyy-MM-dd");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1StringView("yyyy")))
        format.replace(QLatin1StringView("yy"), QLatin1StringView("yyyy"));
    return format;
}

QString displayDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateDisplayFormat()) : QString();
}

QDate parseDisplayDate(const QString &text)
{
    const QString t = text.trimmed();
    const QLocale locale;
    for (const QDate &d : {locale.toDate(t, dateDisplayFormat()), QDate::fromString(t, Qt::ISODate),
                           locale.toDate(t, QLocale::ShortFormat), locale.toDate(t, QLocale::LongFormat)})
        if (d.isValid())
            return d;
    return {};
}

} // namespace archbench::core
