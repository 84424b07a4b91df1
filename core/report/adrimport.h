#pragma once
// Reading an ADR folder back into decisions (docs/reports.md, "Importing an ADR folder").
//
//   flavours   MADR 3/4 (YAML front matter), MADR 2 and log4brains (a "- Status:" list under
//              the title), Nygard as adr-tools writes it (`# N. Title`, `Date:`, `## Status`),
//              and the files AdrWriter writes (either shape, with an `archbench:` block)
//   one file   title, status, date, people by role, context and problem, drivers, options,
//              the matrix table, the chosen option, pros and cons, consequences, supersede
//              links; sections it does not know go to the decision's notes, headings included
//   the folder every *.md file directly in it (README/index/template files skipped); a file
//              it cannot read is listed with the reason and the rest still import; links
//              resolve by file name, "ADR-0005" or "5. Title"; nothing outside the folder is
//              read (symbolic links out of it and "../" links are refused)
//   sync       into a project: a record matches a decision by the id in its `archbench:`
//              block (same project), else by ADR number, else by title; a matched decision
//              takes what the file says and keeps what the file cannot say (scores of a
//              file without a matrix, say); nothing is ever duplicated
//
// Text is kept literally: Markdown escapes are undone, everything else (links, emphasis,
// HTML) stays as the characters the file holds. Front matter goes through yaml-cpp
// (docs/decisions/0003-adr-import-yaml-cpp.md).

#include "../expected.h"
#include "../model/projectdata.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace archbench::core {

/// Larger files are not read as ADRs.
inline constexpr qint64 kMaxAdrFileBytes = 4 * 1024 * 1024;

/// The ADR number a file name carries ("0005-use-postgres.md" -> 5); 0 for names without one
/// and for log4brains' date prefixes ("20201028-title.md").
int adrNumberFromFileName(const QString &fileName);

/// One file read into a decision.
struct AdrRecord {
    QString fileName;
    int number = 0;         ///< from the file name, the title ("5. Title") or the ids block; 0: none
    QString flavour;        ///< "madr", "madr-2", "nygard", "archbench"
    QString projectId;      ///< the project an Archbench-written file came from; empty otherwise
    /// The decision the file describes. Ids come from the `archbench:` block, else they are
    /// made from the file name ("adr-0005-use-postgres") and positions ("o1", "c1").
    Decision decision;
    /// What the file says about the matrix: a file without a table leaves a matched
    /// decision's criteria weights and scores alone.
    bool hasMatrix = false;
    bool hasIdsBlock = false;
    /// Raw supersede links as written (file names or "ADR-0005"), resolved by the folder.
    QStringList supersedes, supersededBy;
    QStringList warnings;   ///< what was read in a way the user should know about
};

/// Reads one ADR file. Refuses (with the reason) text that is not UTF-8, too large, or whose
/// front matter is not valid YAML.
Expected<AdrRecord> readAdrRecord(const QString &fileName, const QByteArray &bytes);

struct AdrProblem {
    QString file;
    QString reason;
};

struct AdrFolder {
    QString folder;
    QList<AdrRecord> records;  ///< in file name order, supersede links resolved to decision ids
    QList<AdrProblem> problems; ///< files not read, or links not followed, with the reason
};

/// Reads every ADR file in `folder`. Refuses only a folder it cannot list.
Expected<AdrFolder> readAdrFolder(const QString &folder);

/// What an import did to a project.
struct AdrSync {
    QStringList added;     ///< decision ids, in folder order
    QStringList updated;
    QStringList unchanged;
    QStringList changes;   ///< one line per changed field, in words
    QStringList records;   ///< per record of the folder, in its order: the project decision it is now
};

/// Brings the folder's decisions into `data`: matched ones updated, new ones appended.
AdrSync syncAdrFolder(ProjectData &data, const AdrFolder &folder);

/// A new project holding the folder's decisions (name from the folder).
ProjectData projectFromAdrFolder(const AdrFolder &folder);

} // namespace archbench::core
