#include "dashboard.h"

#include "framingquestions.h"

#include <QCoreApplication>

namespace archbench::core {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("archbench::core::Dashboard", text, nullptr, n);
}

using Line = DashboardLine;

Line makeLine(Line::Topic topic, Line::Severity severity, const QString &text,
              ItemKind kind = ItemKind::Decision, const QString &itemId = {}, const QString &subId = {})
{
    return Line{topic, severity, text, kind, itemId, subId};
}

void decisionLines(const ProjectData &data, QList<Line> &out)
{
    if (data.decisions.isEmpty()) {
        out << makeLine(Line::Topic::Decisions, Line::Severity::Info, tr("No decisions recorded yet."));
        return;
    }
    QStringList parts;
    const QString firstOpen = [&] {
        for (const Decision &d : data.decisions)
            if (d.status == DecisionStatus::Proposed)
                return d.id;
        return data.decisions.first().id;
    }();
    for (const auto &[status, name] : EnumNames<DecisionStatus>::table) {
        Q_UNUSED(name);
        const auto n = std::count_if(data.decisions.cbegin(), data.decisions.cend(),
                                     [s = status](const Decision &d) { return d.status == s; });
        if (n == 0)
            continue;
        switch (status) {
        case DecisionStatus::Proposed: parts << tr("%n proposed", int(n)); break;
        case DecisionStatus::Accepted: parts << tr("%n accepted", int(n)); break;
        case DecisionStatus::Superseded: parts << tr("%n superseded", int(n)); break;
        case DecisionStatus::Rejected: parts << tr("%n rejected", int(n)); break;
        case DecisionStatus::Deprecated: parts << tr("%n deprecated", int(n)); break;
        }
    }
    out << makeLine(Line::Topic::Decisions, Line::Severity::Info,
                tr("Decisions: %1").arg(parts.join(QStringLiteral(", "))), ItemKind::Decision, firstOpen);
}

void framingLine(const ProjectData &data, QList<Line> &out)
{
    const int answered = answeredFramingCount(data.project.framing);
    const int total = int(framingQuestions().size());
    out << makeLine(Line::Topic::Framing, answered == total ? Line::Severity::Good : Line::Severity::Attention,
                tr("Framing: %1 of %2 questions answered").arg(answered).arg(total));
}

} // namespace

QList<DashboardLine> dashboardLines(const ProjectData &data, const QDate &today)
{
    Q_UNUSED(today);
    QList<Line> out;
    framingLine(data, out);
    decisionLines(data, out);
    return out;
}

} // namespace archbench::core
