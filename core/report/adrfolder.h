#pragma once
// Writing a project's decisions into an ADR folder (docs/decisions, doc/adr, …) that other
// tools and people write into too, keeping every decision's number for life:
//
//   folder scan: NNNN-*.md files; a file is this project's record of decision X when its ids
//                (MADR front matter `archbench:` block, or the Nygard closing comment) say so;
//                every other numbered file is someone else's and is never touched
//   numbering:   the decision's stored adrNumber; else the number of its record already in
//                the folder; else a new one above every number the project ever gave
//                (lastAdrNumber) and every number in the folder, in project order
//   writing:     every file atomically; a decision whose title changed replaces its old file
//                (same number) instead of adding a second one; a decision imported from
//                another tool's file (adrimport.h) keeps that file's name
//
// Nothing is written when a decision's number is held by a file that is not its record.

#include "adrwriter.h"

#include "../expected.h"
#include "../model/projectdata.h"

#include <QStringList>
#include <utility>

namespace archbench::core {

/// The file name of an ADR: its number in four digits and the title as a slug
/// ("0001-primary-database-for-orders.md"); the id stands in for a title with no letters or
/// digits.
QString adrFileName(int number, const Decision &decision);

struct AdrExport {
    QStringList written;                     ///< paths, in project order
    QStringList unchanged;                   ///< other tools' records that still say what the decision holds: not rewritten
    QStringList removed;                     ///< old files of renamed decisions
    QList<std::pair<QString, int>> assigned; ///< decision id -> the number it got in this export
    int lastAdrNumber = 0;                   ///< the project's highest number after the export
};

/// Writes every decision of `data` into `folder` (created if needed). Refusals name the file
/// and the decision.
Expected<AdrExport> exportAdrFolder(const ProjectData &data, const QString &folder, AdrFlavour flavour = AdrFlavour::Madr);

/// The shape of the numbered records already in `folder`: Nygard when most of them open with
/// adr-tools' "# N. Title" line, else (and for an empty or missing folder) MADR.
AdrFlavour folderAdrFlavour(const QString &folder);

/// Records the numbers an export gave (`assigned`, `lastAdrNumber`) in `data`, so that they
/// are kept in the project.
void keepAdrNumbers(ProjectData &data, const AdrExport &result);

} // namespace archbench::core
