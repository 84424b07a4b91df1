#pragma once
// A ballot file: one participant's form for one decision, filled in apart from the meeting
// (issue 16; docs/meeting.md "Ballots from files"). `archbench ballot export` writes it with the
// decision's options, criteria and scale and an empty value per cell; anyone fills it in
// Archbench or a text editor; `archbench ballot import` and File ▸ Import Ballots… bring it
// back as the participant's ballot.
//
//   { "format": "archbench-ballot", "version": 1, "project": "p1", "decision": "d1",
//     "title": "Primary database", "participant": "Sam Okafor", "submitted": null,
//     "scale": { "min": 1, "max": 5 },
//     "criteria": [ { "id": "c1", "name": "…", "description": "…", "weight": 30 } ],
//     "options":  [ { "id": "o1", "name": "…", "description": "…" } ],
//     "weights":  [ { "criterion": "c1", "weight": 40 } ],          (optional: own weights)
//     "scores":   [ { "option": "o1", "criterion": "c1", "value": null, "rationale": "" } ] }
//
// A null value is a cell left empty. Import never trusts the file: it is refused as a whole,
// with the reason and the JSON path, for another project or a decision the project does not
// have, unknown option or criterion ids, values outside the decision's scale, a cell scored
// twice, or two files from the same participant; a participant who already has a ballot is
// replaced only when the caller confirms.

#include "../expected.h"
#include "../model/projectdata.h"

#include <QCoreApplication>

namespace archbench::core::interchange {

inline constexpr int kBallotFormatVersion = 1;

struct BallotForm {
    QString project;
    QString decision;
    QString title;
    ScoreScale scale;
    QList<Criterion> criteria;
    QList<Option> options;
    /// The participant's answers: filled cells only (null values dropped).
    Ballot ballot;
};

struct BallotImportResult {
    ProjectData data;
    /// "Sam Okafor (Primary database)" for each ballot that replaced an earlier one.
    QStringList replaced;
    /// Participants who were not yet among the decision's people (added as consulted).
    QStringList addedPeople;
    int imported = 0;
};

class BallotFile {
    Q_DECLARE_TR_FUNCTIONS(archbench::core::interchange::BallotFile)
public:
    /// The form for `participant` on `decision`: prefilled with their ballot when they have one.
    static BallotForm formFor(const ProjectInfo &project, const Decision &decision, const QString &participant);
    static QByteArray toJson(const BallotForm &form);
    /// Parses a ballot file (format, types, spellings); ids and scale are checked on import.
    static Expected<BallotForm> fromJson(const QByteArray &json);
    /// fromJson of a file, refusing one that is not a ballot or too large; messages name no path
    /// (the caller adds it).
    static Expected<BallotForm> readFile(const QString &path);
    /// Writes `form` atomically (QSaveFile).
    static Expected<void> writeFile(const BallotForm &form, const QString &path);
    /// True when the first bytes of `path` look like a ballot file (for File ▸ Open).
    static bool looksLikeBallot(const QString &path);

    /// Checks `form` against the decision it names in `data` (see the header comment).
    static Expected<void> check(const ProjectData &data, const BallotForm &form);
    /// The participants of `forms` who already have a ballot on their decision in `data`, as
    /// "Sam Okafor (Primary database)".
    static QStringList existing(const ProjectData &data, const QList<BallotForm> &forms);
    /// Applies every form to a copy of `data`, or refuses them all. With `replace` false, a
    /// participant who already has a ballot is refused (the caller confirms, then passes true).
    /// `sources` names each form's file for the messages (same length as forms, or empty).
    static Expected<BallotImportResult> apply(const ProjectData &data, const QList<BallotForm> &forms, bool replace,
                                              const QStringList &sources = {});
};

} // namespace archbench::core::interchange
