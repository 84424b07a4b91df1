#include "reviewreport.h"

#include "lensloader.h"
#include "riskassessment.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace archbench::core {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(archbench::core::ReviewReport)
};

QString pad(const QString &text, int width, bool right)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}
} // namespace

Expected<Lens> ReviewReport::lensFor(const ProjectData &data, const Review &review)
{
    const QString place = Text::tr("review \"%1\" (%2)").arg(review.title, review.id);
    for (const LensRecord &record : data.lenses) {
        if (record.id != review.lens)
            continue;
        auto lens = LensLoader::fromRecord(record);
        if (!lens)
            return makeError(ErrorCode::Invalid, place + QStringLiteral(": ") + lens.error().message);
        return lens;
    }
    return makeError(ErrorCode::Invalid, Text::tr("%1: lens \"%2\" is not in the project").arg(place, review.lens));
}

Expected<QJsonObject> ReviewReport::toJson(const ProjectData &data)
{
    QJsonArray reviews;
    for (const Review &review : data.reviews) {
        auto lens = lensFor(data, review);
        if (!lens)
            return lens.error();
        const RiskAssessment risks = RiskAssessment::assess(*lens, review.answers);
        QJsonArray pillars;
        for (const PillarRisk &p : risks.pillars()) {
            pillars.append(QJsonObject{
                {QStringLiteral("id"), p.id},
                {QStringLiteral("name"), p.name},
                {QStringLiteral("high"), p.counts.high},
                {QStringLiteral("medium"), p.counts.medium},
                {QStringLiteral("none"), p.counts.none},
                {QStringLiteral("notApplicable"), p.counts.notApplicable},
                {QStringLiteral("unanswered"), p.counts.unanswered},
                {QStringLiteral("unrated"), p.counts.unrated},
            });
        }
        QJsonArray questions;
        for (const QuestionRisk &q : risks.questions()) {
            questions.append(QJsonObject{
                {QStringLiteral("id"), q.question},
                {QStringLiteral("pillar"), q.pillar},
                {QStringLiteral("risk"), riskToString(q.risk)},
            });
        }
        reviews.append(QJsonObject{
            {QStringLiteral("id"), review.id},
            {QStringLiteral("title"), review.title},
            {QStringLiteral("pillars"), pillars},
            {QStringLiteral("questions"), questions},
        });
    }
    return QJsonObject{{QStringLiteral("reviews"), reviews}};
}

Expected<QString> ReviewReport::toText(const ProjectData &data)
{
    QString out;
    if (data.reviews.isEmpty())
        return Text::tr("The project has no reviews.\n");
    for (const Review &review : data.reviews) {
        auto lens = lensFor(data, review);
        if (!lens)
            return lens.error();
        const RiskAssessment risks = RiskAssessment::assess(*lens, review.answers);
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += Text::tr("%1 (%2), lens: %3\n").arg(review.title, review.id, lens->name);

        // the Unrated column only for a lens that can leave an answer unrated
        const bool unrated = lens->canLeaveUnrated();
        QStringList headers = {Text::tr("Pillar"), Text::tr("High"), Text::tr("Medium"), Text::tr("None"),
                               Text::tr("N/A"), Text::tr("Unanswered")};
        if (unrated)
            headers << Text::tr("Unrated");
        QList<QStringList> rows;
        auto row = [unrated](const QString &name, const RiskCounts &c) {
            QStringList cells{name, QString::number(c.high), QString::number(c.medium),
                              QString::number(c.none), QString::number(c.notApplicable),
                              QString::number(c.unanswered)};
            if (unrated)
                cells << QString::number(c.unrated);
            return cells;
        };
        for (const PillarRisk &p : risks.pillars())
            rows.append(row(p.name, p.counts));
        rows.append(row(Text::tr("Total"), risks.totals()));

        QList<int> widths;
        for (const QString &h : headers)
            widths.append(int(h.size()));
        for (const QStringList &r : std::as_const(rows))
            for (int c = 0; c < r.size(); ++c)
                widths[c] = std::max(widths[c], int(r[c].size()));
        auto line = [&](const QStringList &cells) {
            QStringList padded;
            for (int c = 0; c < cells.size(); ++c)
                padded.append(pad(cells[c], widths[c], c > 0));
            return padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
        };
        out += line(headers);
        for (const QStringList &r : std::as_const(rows))
            out += line(r);

        for (RiskLevel level : {RiskLevel::High, RiskLevel::Medium, RiskLevel::Unrated}) {
            QList<const QuestionRisk *> listed;
            int idWidth = 0;
            for (const QuestionRisk &q : risks.questions())
                if (q.risk == level) {
                    listed.append(&q);
                    idWidth = std::max(idWidth, int(q.question.size()));
                }
            if (listed.isEmpty())
                continue;
            QStringList lines;
            for (const QuestionRisk *q : std::as_const(listed))
                lines.append(QStringLiteral("  %1  %2").arg(q->question.leftJustified(idWidth), lens->question(q->question)->title));
            out += level == RiskLevel::High     ? Text::tr("High risk:\n")
                   : level == RiskLevel::Medium ? Text::tr("Medium risk:\n")
                                                : Text::tr("Unrated (answered, but no rule of the lens matches):\n");
            out += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace archbench::core
