#include "itemproperty.h"

#include "core/displaydate.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace archbench::ui::property {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::ItemProperties)
};
} // namespace

QString number(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString notSet()
{
    return Text::tr("not set");
}

QString date(const QDate &d)
{
    return d.isValid() ? core::displayDate(d) : notSet();
}

QString minutes(const std::optional<double> &v)
{
    return v ? Text::tr("%1 min").arg(number(*v)) : notSet();
}

QString seconds(const std::optional<double> &v)
{
    return v ? Text::tr("%1 s").arg(number(*v)) : notSet();
}

QString milliseconds(double v)
{
    return Text::tr("%1 ms").arg(number(v));
}

QString openOfTotal(int open, qsizetype total)
{
    return Text::tr("%1 open of %2").arg(open).arg(total);
}

} // namespace archbench::ui::property
