#include "framingquestions.h"

#include <QCoreApplication>

namespace archbench::core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("archbench::core::FramingQuestions", text);
}
} // namespace

const QList<FramingQuestion> &framingQuestions()
{
    // Built on first use so the labels follow the installed translator.
    static const QList<FramingQuestion> all = {
        {"users", tr("Users"), tr("Who will use it, and what do they need to get done?"), &Framing::users},
        {"scale", tr("Scale"), tr("How much traffic today, at peak, and in two years?"), &Framing::scale},
        {"data", tr("Data"), tr("What data is kept, how much, how fast does it grow, how long is it kept?"), &Framing::data},
        {"latency", tr("Latency"), tr("How fast must it answer, and what does a slow answer cost?"), &Framing::latency},
        {"availability", tr("Availability"), tr("How much downtime can the business live with?"), &Framing::availability},
        {"budget", tr("Budget"), tr("What may it cost to build and to run each month?"), &Framing::budget},
        {"team", tr("Team"), tr("Who builds and operates it, and what do they know well?"), &Framing::team},
        {"timeline", tr("Timeline"), tr("When must it be live, and what dates cannot move?"), &Framing::timeline},
        {"integration", tr("Integration"), tr("Which systems does it talk to, and which talk to it?"), &Framing::integration},
        {"compliance", tr("Compliance"), tr("Which rules, audits or data-residency terms apply?"), &Framing::compliance},
        {"outOfScope", tr("Out of scope"), tr("What are we deliberately not solving here?"), &Framing::outOfScope},
        {"success", tr("Success"), tr("How will we know it worked?"), &Framing::success},
    };
    return all;
}

int answeredFramingCount(const Framing &framing)
{
    int n = 0;
    for (const FramingQuestion &q : framingQuestions())
        if (!(framing.*q.field).trimmed().isEmpty())
            ++n;
    return n;
}

} // namespace archbench::core
