// Review rows (answers with their selected choices, improvements, milestones with their own
// answers) and lens rows (the custom-lens definition kept as compact JSON text).
#include "rowsupport.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace archbench::core::storage::rows {

namespace {

Expected<void> readAnswerRow(SqliteStatement &row, int firstColumn, const char *table, Answer &answer)
{
    answer.question = row.text(firstColumn);
    answer.notApplicable = row.integer(firstColumn + 1) != 0;
    auto reason = parseEnum<NotApplicableReason>(row.text(firstColumn + 2), table, "not_applicable_reason");
    if (!reason)
        return reason.error();
    answer.notApplicableReason = *reason;
    answer.notes = row.text(firstColumn + 3);
    return {};
}

} // namespace

Expected<void> insertItem(SqliteConnection &db, const Review &w, int position)
{
    AB_STATEMENT(review, "INSERT INTO review (id, position, title, lens_id, date) VALUES (?1, ?2, ?3, ?4, ?5)");
    AB_TRY(review.run({w.id, position, w.title, w.lens, w.date}));

    AB_STATEMENT(answer, "INSERT INTO review_answer (review_id, position, question, not_applicable, "
                         "not_applicable_reason, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    AB_STATEMENT(choice, "INSERT INTO review_answer_choice (review_id, answer_position, position, choice) "
                         "VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < w.answers.size(); ++i) {
        const Answer &a = w.answers[i];
        AB_TRY(answer.run({w.id, i, a.question, a.notApplicable, enumToString(a.notApplicableReason), a.notes}));
        for (int j = 0; j < a.selected.size(); ++j)
            AB_TRY(choice.run({w.id, i, j, a.selected[j]}));
    }

    AB_STATEMENT(improvement, "INSERT INTO review_improvement (review_id, position, id, question, text, owner, "
                              "due, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (int i = 0; i < w.improvements.size(); ++i) {
        const Improvement &m = w.improvements[i];
        AB_TRY(improvement.run({w.id, i, m.id, m.question, m.text, m.owner, m.due, enumToString(m.status)}));
    }

    AB_STATEMENT(milestone, "INSERT INTO review_milestone (review_id, position, id, name, date) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)");
    AB_STATEMENT(milestoneAnswer, "INSERT INTO review_milestone_answer (review_id, milestone_position, position, "
                                  "question, not_applicable, not_applicable_reason, notes) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    AB_STATEMENT(milestoneChoice, "INSERT INTO review_milestone_answer_choice (review_id, milestone_position, "
                                  "answer_position, position, choice) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (int i = 0; i < w.milestones.size(); ++i) {
        const Milestone &m = w.milestones[i];
        AB_TRY(milestone.run({w.id, i, m.id, m.name, m.date}));
        for (int j = 0; j < m.answers.size(); ++j) {
            const Answer &a = m.answers[j];
            AB_TRY(milestoneAnswer.run(
                {w.id, i, j, a.question, a.notApplicable, enumToString(a.notApplicableReason), a.notes}));
            for (int k = 0; k < a.selected.size(); ++k)
                AB_TRY(milestoneChoice.run({w.id, i, j, k, a.selected[k]}));
        }
    }
    return {};
}

Expected<void> readItems(SqliteConnection &db, QList<Review> &out)
{
    AB_STATEMENT(reviews, "SELECT id, title, lens_id, date FROM review ORDER BY position, id");
    AB_TRY(forEachRow(reviews, [&]() -> Expected<void> {
        Review w;
        w.id = reviews.text(0);
        w.title = reviews.text(1);
        w.lens = reviews.text(2);
        if (!reviews.date(3, w.date))
            return badDate("review", "date");
        out.append(std::move(w));
        return {};
    }));
    const QHash<QString, int> index = indexById(out);

    PositionIndex answerAt;
    AB_STATEMENT(answers, "SELECT review_id, position, question, not_applicable, not_applicable_reason, notes "
                          "FROM review_answer ORDER BY review_id, position");
    AB_TRY(forEachRow(answers, [&]() -> Expected<void> {
        const auto w = index.constFind(answers.text(0));
        if (w == index.constEnd())
            return orphan("review_answer");
        Answer a;
        AB_TRY(readAnswerRow(answers, 2, "review_answer", a));
        answerAt.insert({*w, answers.integer(1)}, int(out[*w].answers.size()));
        out[*w].answers.append(std::move(a));
        return {};
    }));

    AB_STATEMENT(choices, "SELECT review_id, answer_position, choice FROM review_answer_choice "
                          "ORDER BY review_id, answer_position, position");
    AB_TRY(forEachRow(choices, [&]() -> Expected<void> {
        const auto w = index.constFind(choices.text(0));
        if (w == index.constEnd())
            return orphan("review_answer_choice");
        const auto a = answerAt.constFind({*w, choices.integer(1)});
        if (a == answerAt.constEnd())
            return orphan("review_answer_choice");
        out[*w].answers[*a].selected.append(choices.text(2));
        return {};
    }));

    AB_STATEMENT(improvements, "SELECT review_id, id, question, text, owner, due, status FROM review_improvement "
                               "ORDER BY review_id, position");
    AB_TRY(forEachRow(improvements, [&]() -> Expected<void> {
        const auto w = index.constFind(improvements.text(0));
        if (w == index.constEnd())
            return orphan("review_improvement");
        Improvement m;
        m.id = improvements.text(1);
        m.question = improvements.text(2);
        m.text = improvements.text(3);
        m.owner = improvements.text(4);
        if (!improvements.date(5, m.due))
            return badDate("review_improvement", "due");
        auto status = parseEnum<WorkStatus>(improvements.text(6), "review_improvement", "status");
        if (!status)
            return status.error();
        m.status = *status;
        out[*w].improvements.append(std::move(m));
        return {};
    }));

    PositionIndex milestoneAt;
    AB_STATEMENT(milestones, "SELECT review_id, position, id, name, date FROM review_milestone "
                             "ORDER BY review_id, position");
    AB_TRY(forEachRow(milestones, [&]() -> Expected<void> {
        const auto w = index.constFind(milestones.text(0));
        if (w == index.constEnd())
            return orphan("review_milestone");
        Milestone m;
        m.id = milestones.text(2);
        m.name = milestones.text(3);
        if (!milestones.date(4, m.date))
            return badDate("review_milestone", "date");
        milestoneAt.insert({*w, milestones.integer(1)}, int(out[*w].milestones.size()));
        out[*w].milestones.append(std::move(m));
        return {};
    }));

    // Milestone answers are keyed by (review, milestone position, answer position).
    QHash<QPair<int, QPair<qint64, qint64>>, QPair<int, int>> milestoneAnswerAt;
    AB_STATEMENT(milestoneAnswers, "SELECT review_id, milestone_position, position, question, not_applicable, "
                                   "not_applicable_reason, notes FROM review_milestone_answer "
                                   "ORDER BY review_id, milestone_position, position");
    AB_TRY(forEachRow(milestoneAnswers, [&]() -> Expected<void> {
        const auto w = index.constFind(milestoneAnswers.text(0));
        if (w == index.constEnd())
            return orphan("review_milestone_answer");
        const auto m = milestoneAt.constFind({*w, milestoneAnswers.integer(1)});
        if (m == milestoneAt.constEnd())
            return orphan("review_milestone_answer");
        Answer a;
        AB_TRY(readAnswerRow(milestoneAnswers, 3, "review_milestone_answer", a));
        QList<Answer> &list = out[*w].milestones[*m].answers;
        milestoneAnswerAt.insert({*w, {milestoneAnswers.integer(1), milestoneAnswers.integer(2)}},
                                 {*m, int(list.size())});
        list.append(std::move(a));
        return {};
    }));

    AB_STATEMENT(milestoneChoices, "SELECT review_id, milestone_position, answer_position, choice "
                                   "FROM review_milestone_answer_choice "
                                   "ORDER BY review_id, milestone_position, answer_position, position");
    return forEachRow(milestoneChoices, [&]() -> Expected<void> {
        const auto w = index.constFind(milestoneChoices.text(0));
        if (w == index.constEnd())
            return orphan("review_milestone_answer_choice");
        const auto at = milestoneAnswerAt.constFind(
            {*w, {milestoneChoices.integer(1), milestoneChoices.integer(2)}});
        if (at == milestoneAnswerAt.constEnd())
            return orphan("review_milestone_answer_choice");
        out[*w].milestones[at->first].answers[at->second].selected.append(milestoneChoices.text(3));
        return {};
    });
}

Expected<void> insertItem(SqliteConnection &db, const LensRecord &lens, int position)
{
    AB_STATEMENT(insert, "INSERT INTO lens (id, position, version, definition) VALUES (?1, ?2, ?3, ?4)");
    const QString definition = QString::fromUtf8(QJsonDocument(lens.definition).toJson(QJsonDocument::Compact));
    return insert.run({lens.id, position, lens.version, definition});
}

Expected<void> readItems(SqliteConnection &db, QList<LensRecord> &out)
{
    AB_STATEMENT(lenses, "SELECT id, version, definition FROM lens ORDER BY position, id");
    return forEachRow(lenses, [&]() -> Expected<void> {
        LensRecord lens;
        lens.id = lenses.text(0);
        lens.version = lenses.text(1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(lenses.text(2).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return damaged(QCoreApplication::translate("archbench::core::storage",
                                                       "the definition of lens \"%1\" is not a JSON object")
                               .arg(lens.id));
        lens.definition = doc.object();
        out.append(std::move(lens));
        return {};
    });
}

} // namespace archbench::core::storage::rows
