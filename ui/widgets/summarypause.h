#pragma once
// How long the project-wide summaries (the Overview's dashboard, the status bar's attention
// count) wait after the last edit before they look at the whole project again. Each key of a
// score or a text stays one item's work (the editor, the chart, the per-item lists); the
// summaries follow once the typing pauses, a quarter of a second later, and a run of keys
// costs them one refresh (docs/PERFORMANCE.md, the UI work after one edit).

namespace archbench::ui {

inline constexpr int kSummaryPauseMs = 250;

} // namespace archbench::ui
