#pragma once
// Charts on paper: readable when printed in grey (issue 9, UI.md "never colour alone").

#include <QtCharts/QChart>

namespace archbench::ui {

/// Printed in grey, series of different colours can come out the same shade (vermilion and
/// bluish green, for instance). On paper every bar series therefore gets a fill pattern by
/// its position as well as its colour (solid, hatched, cross-hatched, dotted, ...; six kinds
/// before they repeat). A set that
/// already has a pattern (an eliminated option's hatching) keeps it. The legend markers
/// follow the sets, so the key reads the same way. Value labels are set black or white,
/// whichever has the higher contrast with the bar (a patterned bar counts as white).
void distinguishInGrey(QChart &chart);

/// Every font of the chart (title, legend, axes, value labels, added text items) set without
/// ligatures, so that text copied out of the PDF reads "fi", not U+FB01 (see PdfStyle).
void withoutLigatures(QChart &chart);

} // namespace archbench::ui
