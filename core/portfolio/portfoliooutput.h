#pragma once
// The outputs of `archbench portfolio` and `archbench check` (INTERCHANGE.md, version 2
// additions), kept in core so that each format is tested without a process:
//
// - portfolio: a text table, or JSON `{ "projects": [...], "unreadable": [...] }`;
// - check: text, JSON `{ "attention": [...], "unreadable": [...] }`, GitHub workflow commands
//   (`::warning file=PATH,line=N,title=…::message`, one per item; `::error` for an unreadable
//   file) or JUnit XML (a test suite per project, a test case per kind that counts, a failure
//   listing the items; an unreadable file is a suite with an error).
//
// Only the kinds `failOn` names are reported by check: what it prints is exactly what makes it
// fail, so a pipeline log never shows a warning that did not count.

#include "portfolio.h"

#include <QByteArray>
#include <QCoreApplication>

namespace archbench::core {

enum class CheckFormat { Text, Json, GitHub, JUnit };

class PortfolioOutput {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::PortfolioOutput)
public:
    static std::optional<CheckFormat> formatFromName(QStringView name);

    static QByteArray portfolioJson(const Portfolio &portfolio);
    static QString portfolioText(const Portfolio &portfolio);

    /// The items of `row` whose kind is in `failOn`, in the row's order.
    static QList<AttentionItem> counted(const PortfolioRow &row, const QList<AttentionKind> &failOn);
    /// 0 nothing counted, 1 something did, 2 a file was unreadable (that wins).
    static int checkExitCode(const Portfolio &portfolio, const QList<AttentionKind> &failOn);
    static QByteArray check(const Portfolio &portfolio, const QList<AttentionKind> &failOn, CheckFormat format);

    /// Parses a --fail-on list ("triggers,due,checks"); a refusal names the unknown word.
    static Expected<QList<AttentionKind>> parseFailOn(const QString &list);

    /// The 1-based line of a JSON project file where `"id": "ID"` first appears at or after line
    /// `from`; 0 if not found.
    static int lineOfId(const QString &jsonPath, const QString &id, int from = 1);
};

} // namespace archbench::core
