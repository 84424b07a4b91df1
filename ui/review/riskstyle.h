#pragma once
// One meaning, one colour (UI.md): the colour, the word and the badge icon of each question
// risk and each milestone change, used by the navigator, the summary, the plan, the compare
// view and the charts alike. Colour always travels with a word.

#include "core/review/lens.h"
#include "core/review/milestonecomparison.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace archbench::ui {

class RiskStyle {
public:
    static QColor color(core::RiskLevel risk);
    /// "High risk", "Medium risk", "No risk", "Not applicable", "Unanswered", "Unrated".
    static QString word(core::RiskLevel risk);
    /// Short form for tight columns: "High", "Medium", "None", "N/A", "Unanswered", "Unrated".
    static QString shortWord(core::RiskLevel risk);
    /// A round badge in the risk colour (cached per risk): filled; a hollow ring for
    /// unanswered; a grey disc with "?" for unrated (answered, but no rule of the lens matches).
    static QIcon badge(core::RiskLevel risk);
    /// Fill pattern of the risk in bar charts: dotted for unrated (grey as unanswered is),
    /// solid otherwise.
    static Qt::BrushStyle chartPattern(core::RiskLevel risk);

    static QColor color(core::RiskChange change);
    static QString word(core::RiskChange change);
    static QString workStatusWord(core::WorkStatus status);
    static QString reasonWord(core::NotApplicableReason reason);
};

} // namespace archbench::ui
