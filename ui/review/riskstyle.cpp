#include "riskstyle.h"

#include "ui/charts/palette.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <algorithm>

namespace archbench::ui {

using core::RiskLevel;

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::ui::RiskStyle)
};
} // namespace

QColor RiskStyle::color(RiskLevel risk)
{
    switch (risk) {
    case RiskLevel::High: return palette::failed();
    case RiskLevel::Medium: return palette::attention();
    case RiskLevel::None: return palette::passed();
    case RiskLevel::NotApplicable:
    case RiskLevel::Unanswered:
    case RiskLevel::Unrated: return palette::muted(); // told apart by the badge's "?" and the word
    }
    return {};
}

QString RiskStyle::word(RiskLevel risk)
{
    switch (risk) {
    case RiskLevel::High: return Text::tr("High risk");
    case RiskLevel::Medium: return Text::tr("Medium risk");
    case RiskLevel::None: return Text::tr("No risk");
    case RiskLevel::NotApplicable: return Text::tr("Not applicable");
    case RiskLevel::Unanswered: return Text::tr("Unanswered");
    case RiskLevel::Unrated: return Text::tr("Unrated");
    }
    return {};
}

QString RiskStyle::shortWord(RiskLevel risk)
{
    switch (risk) {
    case RiskLevel::High: return Text::tr("High");
    case RiskLevel::Medium: return Text::tr("Medium");
    case RiskLevel::None: return Text::tr("None");
    case RiskLevel::NotApplicable: return Text::tr("N/A");
    case RiskLevel::Unanswered: return Text::tr("Unanswered");
    case RiskLevel::Unrated: return Text::tr("Unrated");
    }
    return {};
}

Qt::BrushStyle RiskStyle::chartPattern(RiskLevel risk)
{
    // grey like unanswered, so dotted to tell the two apart on screen and on paper
    // not applicable: grey as well, hatched
    return risk == RiskLevel::Unrated ? Qt::Dense4Pattern : risk == RiskLevel::NotApplicable ? Qt::BDiagPattern : Qt::SolidPattern;
}

QIcon RiskStyle::badge(RiskLevel risk)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(risk));
    if (it != cache.cend())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal m = size * 0.15;
        const QRectF r(m, m, size - 2 * m, size - 2 * m);
        if (risk == RiskLevel::Unanswered) {
            // hollow ring: "nothing yet", distinct from the filled grey of not applicable
            p.setPen(QPen(color(risk), size * 0.14));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(r.adjusted(size * 0.07, size * 0.07, -size * 0.07, -size * 0.07));
        } else if (risk == RiskLevel::Unrated) {
            // grey disc with a question mark: answered, but the lens gives no risk
            p.setPen(Qt::NoPen);
            p.setBrush(color(risk));
            p.drawEllipse(r);
            QFont font;
            font.setBold(true);
            font.setPixelSize(std::max(6, int(r.height() * 0.8)));
            p.setFont(font);
            p.setPen(Qt::white);
            p.drawText(r, Qt::AlignCenter, QStringLiteral("?"));
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(color(risk));
            p.drawEllipse(r);
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(risk), icon);
    return icon;
}

QColor RiskStyle::color(core::RiskChange change)
{
    switch (change) {
    case core::RiskChange::Improved: return color(RiskLevel::None);
    case core::RiskChange::Regressed: return color(RiskLevel::High);
    case core::RiskChange::Changed: return color(RiskLevel::Unanswered);
    }
    return {};
}

QString RiskStyle::word(core::RiskChange change)
{
    switch (change) {
    case core::RiskChange::Improved: return Text::tr("Improved");
    case core::RiskChange::Regressed: return Text::tr("Regressed");
    case core::RiskChange::Changed: return Text::tr("Changed");
    }
    return {};
}

QString RiskStyle::workStatusWord(core::WorkStatus status)
{
    switch (status) {
    case core::WorkStatus::Open: return Text::tr("Open");
    case core::WorkStatus::InProgress: return Text::tr("In progress");
    case core::WorkStatus::Done: return Text::tr("Done");
    }
    return {};
}

QString RiskStyle::reasonWord(core::NotApplicableReason reason)
{
    switch (reason) {
    case core::NotApplicableReason::None: return Text::tr("(no reason given)");
    case core::NotApplicableReason::OutOfScope: return Text::tr("Out of scope");
    case core::NotApplicableReason::BusinessPriorities: return Text::tr("Business priorities");
    case core::NotApplicableReason::ArchitectureConstraints: return Text::tr("Architecture constraints");
    case core::NotApplicableReason::Other: return Text::tr("Other");
    }
    return {};
}

} // namespace archbench::ui
