#include "decisionmatrix.h"

#include "core/project.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace archbench::core {

namespace {
template <typename T> int indexById(const QList<T> &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == id)
            return i;
    return -1;
}
} // namespace

QString DecisionMatrix::addCriterion(Decision &d, const QString &name, double weight, int index)
{
    Criterion c;
    c.id = Project::newId();
    c.name = name;
    c.weight = weight;
    d.criteria.insert(index < 0 || index > d.criteria.size() ? d.criteria.size() : index, c);
    return c.id;
}

bool DecisionMatrix::removeCriterion(Decision &d, const QString &criterionId)
{
    const int i = indexById(d.criteria, criterionId);
    if (i < 0)
        return false;
    d.criteria.removeAt(i);
    d.scores.removeIf([&](const Score &s) { return s.criterion == criterionId; });
    for (Ballot &b : d.ballots) {
        b.scores.removeIf([&](const Score &s) { return s.criterion == criterionId; });
        b.weights.removeIf([&](const BallotWeight &w) { return w.criterion == criterionId; });
    }
    d.pairwise.removeIf([&](const PairwiseJudgment &j) { return j.a == criterionId || j.b == criterionId; });
    return true;
}

bool DecisionMatrix::moveCriterion(Decision &d, const QString &criterionId, int to)
{
    const int i = indexById(d.criteria, criterionId);
    if (i < 0 || to < 0 || to >= d.criteria.size() || to == i)
        return false;
    d.criteria.move(i, to);
    return true;
}

QString DecisionMatrix::addOption(Decision &d, const QString &name, int index)
{
    Option o;
    o.id = Project::newId();
    o.name = name;
    d.options.insert(index < 0 || index > d.options.size() ? d.options.size() : index, o);
    return o.id;
}

QString DecisionMatrix::addDoNothingOption(Decision &d)
{
    if (std::any_of(d.options.cbegin(), d.options.cend(), [](const Option &o) { return o.doNothing; }))
        return {};
    const QString id = addOption(d, tr("Do nothing"));
    Option &o = d.options.last();
    o.doNothing = true;
    o.description = tr("Keep the current state and decide later.");
    return id;
}

bool DecisionMatrix::removeOption(Decision &d, const QString &optionId)
{
    const int i = indexById(d.options, optionId);
    if (i < 0)
        return false;
    d.options.removeAt(i);
    d.scores.removeIf([&](const Score &s) { return s.option == optionId; });
    for (Ballot &b : d.ballots)
        b.scores.removeIf([&](const Score &s) { return s.option == optionId; });
    for (HardConstraint &k : d.constraints)
        k.failedBy.removeAll(optionId);
    if (d.chosenOption == optionId)
        d.chosenOption.clear();
    return true;
}

bool DecisionMatrix::moveOption(Decision &d, const QString &optionId, int to)
{
    const int i = indexById(d.options, optionId);
    if (i < 0 || to < 0 || to >= d.options.size() || to == i)
        return false;
    d.options.move(i, to);
    return true;
}

void DecisionMatrix::setScore(Decision &d, const QString &optionId, const QString &criterionId,
                              std::optional<double> value)
{
    for (qsizetype i = 0; i < d.scores.size(); ++i) {
        Score &s = d.scores[i];
        if (s.option != optionId || s.criterion != criterionId)
            continue;
        if (value)
            s.value = *value;
        else
            d.scores.removeAt(i);
        return;
    }
    if (value)
        d.scores << Score{optionId, criterionId, *value, {}};
}

bool DecisionMatrix::setRationale(Decision &d, const QString &optionId, const QString &criterionId,
                                  const QString &rationale)
{
    for (Score &s : d.scores)
        if (s.option == optionId && s.criterion == criterionId) {
            s.rationale = rationale;
            return true;
        }
    return false;
}

bool DecisionMatrix::inScale(const Decision &d, double value)
{
    return std::isfinite(value) && value >= d.scale.min && value <= d.scale.max;
}

bool DecisionMatrix::normaliseWeights(Decision &d)
{
    if (d.criteria.isEmpty())
        return false;
    double sum = 0;
    for (const Criterion &c : std::as_const(d.criteria))
        sum += c.weight;
    for (Criterion &c : d.criteria)
        c.weight = sum > 0 ? c.weight * 100.0 / sum : 100.0 / double(d.criteria.size());
    return true;
}

bool DecisionMatrix::setMeetsConstraint(Decision &d, const QString &constraintId,
                                        const QString &optionId, bool meets)
{
    const int i = indexById(d.constraints, constraintId);
    if (i < 0 || indexById(d.options, optionId) < 0)
        return false;
    QStringList &failed = d.constraints[i].failedBy;
    if (meets == !failed.contains(optionId))
        return false;
    if (meets)
        failed.removeAll(optionId);
    else
        failed << optionId;
    return true;
}

bool DecisionMatrix::sameMatrix(const Decision &a, const Decision &b)
{
    return a.scale == b.scale && a.criteria == b.criteria && a.options == b.options
        && a.constraints == b.constraints && a.scores == b.scores && a.ballots == b.ballots
        && a.aggregation == b.aggregation && a.pairwise == b.pairwise;
}

std::optional<double> DecisionMatrix::parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    double v = QLocale::c().toDouble(t, &ok);
    if (!ok)
        v = QLocale().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

Expected<Decision> DecisionMatrix::paste(Decision d, const QString &text, int row, int column)
{
    QString block = text;
    block.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    while (block.endsWith(QLatin1Char('\n')))
        block.chop(1);
    if (block.isEmpty() || row < 0 || column < 0)
        return makeError(ErrorCode::Invalid, tr("There is nothing to paste."));
    const QStringList lines = block.split(QLatin1Char('\n'));

    for (int r = 0; r < lines.size(); ++r) {
        const QStringList cells = lines[r].split(QLatin1Char('\t'));
        const int criterionIndex = row + r;
        while (criterionIndex >= d.criteria.size())
            addCriterion(d, tr("Criterion %1").arg(d.criteria.size() + 1), 0);
        Criterion &criterion = d.criteria[criterionIndex];
        for (int c = 0; c < cells.size(); ++c) {
            const int tableColumn = column + c;
            const QString cell = cells[c].trimmed();
            const auto where = [&] {
                return tr("Row %1, column %2 of the pasted block").arg(r + 1).arg(c + 1);
            };
            if (tableColumn == kNameColumn) {
                if (!cell.isEmpty())
                    criterion.name = cell;
                continue;
            }
            std::optional<double> value;
            if (!cell.isEmpty()) {
                value = parseNumber(cell);
                if (!value)
                    return makeError(ErrorCode::Invalid,
                                     tr("%1: \"%2\" is not a number.").arg(where(), cell));
            }
            if (tableColumn == kWeightColumn) {
                if (value && *value < 0)
                    return makeError(ErrorCode::Invalid,
                                     tr("%1: a weight cannot be negative.").arg(where()));
                criterion.weight = value.value_or(0);
                continue;
            }
            const int optionIndex = tableColumn - kFirstOptionColumn;
            while (optionIndex >= d.options.size())
                addOption(d, tr("Option %1").arg(d.options.size() + 1));
            if (value && !inScale(d, *value))
                return makeError(ErrorCode::Invalid,
                                 tr("%1: %2 is outside the scale %3 to %4.")
                                     .arg(where(), cell, QLocale().toString(d.scale.min),
                                          QLocale().toString(d.scale.max)));
            setScore(d, d.options[optionIndex].id, criterion.id, value);
        }
    }
    return d;
}

} // namespace archbench::core
