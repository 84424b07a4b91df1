#include "reviewreportcharts.h"

#include "core/review/reviewreport.h"
#include "riskcharts.h"

#include <QChart>

namespace archbench::ui {

namespace {
const core::Review *findReview(const core::ProjectData &data, const QString &reviewId)
{
    for (const core::Review &r : data.reviews)
        if (r.id == reviewId)
            return &r;
    return nullptr;
}
} // namespace

QChart *reviewPillarRiskChart(const core::ProjectData &data, const QString &reviewId)
{
    const core::Review *review = findReview(data, reviewId);
    if (!review)
        return nullptr;
    auto lens = core::ReviewReport::lensFor(data, *review);
    return lens ? createRiskChart(*review, *lens) : nullptr;
}

QChart *reviewRiskTrendChart(const core::ProjectData &data, const QString &reviewId)
{
    const core::Review *review = findReview(data, reviewId);
    if (!review || review->milestones.isEmpty())
        return nullptr;
    auto lens = core::ReviewReport::lensFor(data, *review);
    return lens ? createRiskTrendChart(*review, *lens) : nullptr;
}

} // namespace archbench::ui
