#include "drillsreport.h"

#include "drillcadence.h"
#include "drilltexts.h"
#include "drillverdict.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace archbench::core {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::DrillsReport)
};

QJsonValue number(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue boolean(std::optional<bool> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString verdictWord(const TargetVerdict &verdict)
{
    if (!verdict.pass)
        return Text::tr("not measured");
    return *verdict.pass ? Text::tr("met") : Text::tr("missed");
}

QString elide(const QString &text, int width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

/// Left-aligns text columns and right-aligns number columns, two spaces apart.
QString alignedTable(const QList<QStringList> &rows, const QList<bool> &rightAligned)
{
    QList<qsizetype> widths(rightAligned.size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += rightAligned[c] ? row[c].rightJustified(widths[c])
                                    : row[c].leftJustified(widths[c]);
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}
} // namespace

QJsonObject drillsReportJson(const ProjectData &data)
{
    QJsonArray drills;
    for (const Drill &drill : data.drills) {
        const DrillVerdict verdict = evaluateDrill(drill);
        QJsonObject entry;
        entry.insert(QStringLiteral("id"), drill.id);
        entry.insert(QStringLiteral("observedRtoMinutes"), number(verdict.rto.observed));
        entry.insert(QStringLiteral("rtoPass"), boolean(verdict.rto.pass));
        entry.insert(QStringLiteral("rtoMarginMinutes"), number(verdict.rto.margin));
        entry.insert(QStringLiteral("observedRpoSeconds"), number(verdict.rpo.observed));
        entry.insert(QStringLiteral("rpoPass"), boolean(verdict.rpo.pass));
        entry.insert(QStringLiteral("rpoMarginSeconds"), number(verdict.rpo.margin));
        entry.insert(QStringLiteral("openActionItems"), verdict.openActionItems);
        drills.append(entry);
    }
    QJsonObject report;
    report.insert(QStringLiteral("drills"), drills);
    const std::optional<QDate> due = nextDrillDue(data.drills);
    report.insert(QStringLiteral("nextDrillDue"),
                  due ? QJsonValue(due->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
    return report;
}

QString drillsReportText(const ProjectData &data, const QDate &reference, const QLocale &locale)
{
    if (data.drills.isEmpty())
        return Text::tr("No drills recorded.\n");

    QList<QStringList> rows;
    rows << QStringList{Text::tr("Drill"), Text::tr("Date"), Text::tr("Observed RTO"), Text::tr("Target"), Text::tr("Margin"),
                        Text::tr("RTO"), Text::tr("Data loss"), Text::tr("Target"), Text::tr("Margin"), Text::tr("RPO"),
                        Text::tr("Open actions")};
    for (const Drill &drill : data.drills) {
        const DrillVerdict v = evaluateDrill(drill);
        const QString title = drill.title.isEmpty() ? drill.id : drill.title;
        rows << QStringList{elide(title.simplified(), 40),
                            drill.date.isValid() ? drill.date.toString(Qt::ISODate) : QStringLiteral("\u2014"),
                            formatMinutes(v.rto.observed, locale),
                            formatMinutes(v.rto.target, locale),
                            formatMarginMinutes(v.rto.margin, locale),
                            verdictWord(v.rto),
                            formatSeconds(v.rpo.observed, locale),
                            formatSeconds(v.rpo.target, locale),
                            formatMarginSeconds(v.rpo.margin, locale),
                            verdictWord(v.rpo),
                            locale.toString(v.openActionItems)};
    }
    QString out = alignedTable(rows, {false, false, true, true, true, false, true, true, true,
                                      false, true});

    const DrillCadence cadence = drillCadence(data.drills, reference);
    out += QLatin1Char('\n');
    if (!cadence.nextDue) {
        out += Text::tr("Next drill due: no dated drill yet.\n");
        return out;
    }
    const QString date = cadence.nextDue->toString(Qt::ISODate);
    const qint64 days = cadence.daysUntilDue;
    if (cadence.state == DueState::Overdue)
        out += (days == -1 ? Text::tr("Next drill due: %1 (OVERDUE by %2 day)\n")
                           : Text::tr("Next drill due: %1 (OVERDUE by %2 days)\n"))
                   .arg(date, locale.toString(-days));
    else if (days == 0)
        out += Text::tr("Next drill due: %1 (today)\n").arg(date);
    else
        out += (days == 1 ? Text::tr("Next drill due: %1 (in %2 day)\n")
                          : Text::tr("Next drill due: %1 (in %2 days)\n"))
                   .arg(date, locale.toString(days));
    return out;
}

} // namespace archbench::core
