#pragma once
// The consolidated report of a portfolio (issue 19 §5), for `archbench export FOLDER`: a
// summary table of every project (each name links to the project's section), then per
// project what needs attention, grouped by kind, then the files that could not be read.
// The same document model as a project's report, so Markdown and PDF (with outline and
// links) come from the same writers.

#include "core/portfolio/portfolio.h"
#include "core/document/reportdocument.h"

#include <QCoreApplication>

namespace archbench::core {

class PortfolioReport {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::PortfolioReport)
public:
    /// `generated` is the report's date and the portfolio's "today" (portfolio.today).
    static Report build(const Portfolio &portfolio);
    /// The anchor of the section of `portfolio.rows[index]`.
    static QString projectAnchor(int index);
};

} // namespace archbench::core
