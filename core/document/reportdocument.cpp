#include "reportdocument.h"

namespace archbench::core {

ReportText::ReportText(const QString &plain)
{
    if (!plain.isEmpty())
        runs.append(ReportRun{plain});
}

ReportText::ReportText(ReportRun run)
{
    if (!run.text.isEmpty())
        runs.append(std::move(run));
}

ReportText ReportText::strong(const QString &text)
{
    return ReportRun{text, ReportRun::Strong};
}

ReportText ReportText::emphasis(const QString &text)
{
    return ReportRun{text, ReportRun::Emphasis};
}

ReportText ReportText::code(const QString &text)
{
    return ReportRun{text, ReportRun::Code};
}

ReportText ReportText::toned(const QString &text, ReportTone tone, unsigned style)
{
    return ReportRun{text, style, tone};
}

ReportText ReportText::link(const QString &text, const QString &anchor)
{
    return ReportRun{text, ReportRun::Plain, ReportTone::Neutral, anchor};
}

ReportText ReportText::missing(const QString &note)
{
    return toned(note, ReportTone::Muted, ReportRun::Emphasis);
}

ReportText &ReportText::append(const ReportRun &run)
{
    if (!run.text.isEmpty())
        runs.append(run);
    return *this;
}

ReportText &ReportText::append(const ReportText &text)
{
    for (const ReportRun &run : text.runs)
        append(run);
    return *this;
}

ReportText &ReportText::append(const QString &plain)
{
    return append(ReportRun{plain});
}

QString ReportText::plainText() const
{
    QString out;
    for (const ReportRun &run : runs)
        out += run.text;
    return out;
}

bool ReportText::isEmpty() const
{
    for (const ReportRun &run : runs)
        if (!run.text.isEmpty())
            return false;
    return true;
}

} // namespace archbench::core
