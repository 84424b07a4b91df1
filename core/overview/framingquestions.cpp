#include "framingquestions.h"

#include <QCoreApplication>

namespace archbench::core {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::FramingQuestions)
};
} // namespace

const QList<FramingQuestion> &framingQuestions()
{
    // Built on first use so the labels follow the installed translator.
    static const QList<FramingQuestion> all = {
        {"users", Text::tr("Users"), Text::tr("Who will use it, and what do they need to get done?"), &Framing::users},
        {"scale", Text::tr("Scale"), Text::tr("How much traffic today, at peak, and in two years?"), &Framing::scale},
        {"data", Text::tr("Data"), Text::tr("What data is kept, how much, how fast does it grow, how long is it kept?"), &Framing::data},
        {"latency", Text::tr("Latency"), Text::tr("How fast must it answer, and what does a slow answer cost?"), &Framing::latency},
        {"availability", Text::tr("Availability"), Text::tr("How much downtime can the business live with?"), &Framing::availability},
        {"budget", Text::tr("Budget"), Text::tr("What may it cost to build and to run each month?"), &Framing::budget},
        {"team", Text::tr("Team"), Text::tr("Who builds and operates it, and what do they know well?"), &Framing::team},
        {"timeline", Text::tr("Timeline"), Text::tr("When must it be live, and what dates cannot move?"), &Framing::timeline},
        {"integration", Text::tr("Integration"), Text::tr("Which systems does it talk to, and which talk to it?"), &Framing::integration},
        {"compliance", Text::tr("Compliance"), Text::tr("Which rules, audits or data-residency terms apply?"), &Framing::compliance},
        {"outOfScope", Text::tr("Out of scope"), Text::tr("What are we deliberately not solving here?"), &Framing::outOfScope},
        {"success", Text::tr("Success"), Text::tr("How will we know it worked?"), &Framing::success},
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
