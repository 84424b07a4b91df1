#include "ahp.h"

#include <QHash>
#include <QLocale>
#include <cmath>

namespace archbench::core {

double Ahp::randomIndex(int n)
{
    static constexpr double kRi[] = {0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
                                     1.51, 1.48, 1.56, 1.57, 1.59};
    if (n < 0)
        return 0;
    if (n < int(std::size(kRi)))
        return kRi[n];
    return 1.59;
}

std::optional<double> AhpResult::weightOf(const QString &criterion) const
{
    const qsizetype i = criteria.indexOf(criterion);
    return i < 0 || i >= weights.size() ? std::nullopt : std::optional<double>(weights[i]);
}

AhpResult Ahp::compute(const Decision &d)
{
    return computeFrom(d, std::nullopt);
}

AhpResult Ahp::computeFor(const Decision &d, const QString &participant)
{
    return computeFrom(d, participant);
}

AhpResult Ahp::computeFrom(const Decision &d, const std::optional<QString> &participant)
{
    const qsizetype n = d.criteria.size();
    QStringList ids;
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < n; ++i) {
        ids << d.criteria[i].id;
        at.insert(d.criteria[i].id, i);
    }
    // Sum of logs and count per (i < j), each judgment oriented as "row over column".
    QList<double> logs(n * n, 0.0);
    QList<int> counts(n * n, 0);
    for (const PairwiseJudgment &j : d.pairwise) {
        if (participant && j.participant != *participant)
            continue;
        const auto a = at.constFind(j.a), b = at.constFind(j.b);
        if (a == at.cend() || b == at.cend() || *a == *b || !(j.value > 0))
            continue;
        const qsizetype i = std::min(*a, *b), k = std::max(*a, *b);
        logs[i * n + k] += *a < *b ? std::log(j.value) : -std::log(j.value);
        counts[i * n + k] += 1;
    }
    AhpResult r;
    r.criteria = ids;
    QList<double> matrix(n * n, 1.0);
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype k = i + 1; k < n; ++k) {
            if (counts[i * n + k] == 0) {
                r.missing.append({ids[i], ids[k]});
                continue;
            }
            const double v = std::exp(logs[i * n + k] / counts[i * n + k]);
            matrix[i * n + k] = v;
            matrix[k * n + i] = 1.0 / v;
        }
    if (!r.missing.isEmpty() || n == 0)
        return r;
    return fromMatrix(ids, matrix);
}

AhpResult Ahp::fromMatrix(const QStringList &criteria, const QList<double> &a)
{
    const qsizetype n = criteria.size();
    AhpResult r;
    r.criteria = criteria;
    if (n == 0 || a.size() != n * n)
        return r;
    r.complete = true;
    // Power iteration: a positive reciprocal matrix has a simple dominant eigenvalue with a
    // positive eigenvector (Perron–Frobenius), so this converges from the uniform vector.
    QList<double> w(n, 1.0 / double(n));
    for (int iteration = 0; iteration < 10000; ++iteration) {
        QList<double> next(n, 0.0);
        double sum = 0;
        for (qsizetype i = 0; i < n; ++i) {
            for (qsizetype k = 0; k < n; ++k)
                next[i] += a[i * n + k] * w[k];
            sum += next[i];
        }
        double change = 0;
        for (qsizetype i = 0; i < n; ++i) {
            next[i] /= sum;
            change = std::max(change, std::abs(next[i] - w[i]));
        }
        w = next;
        if (change < 1e-15)
            break;
    }
    r.weights = w;
    double lambda = 0;
    for (qsizetype i = 0; i < n; ++i) {
        double row = 0;
        for (qsizetype k = 0; k < n; ++k)
            row += a[i * n + k] * w[k];
        lambda += row / w[i];
    }
    r.lambdaMax = lambda / double(n);
    if (n > 2) {
        r.consistencyIndex = std::max(0.0, (r.lambdaMax - double(n)) / double(n - 1));
        r.consistencyRatio = r.consistencyIndex / randomIndex(int(n));
        double worst = -1;
        for (qsizetype i = 0; i < n; ++i)
            for (qsizetype j = i + 1; j < n; ++j)
                for (qsizetype k = j + 1; k < n; ++k) {
                    const double deviation = std::abs(std::log(a[i * n + j] * a[j * n + k] / a[i * n + k]));
                    if (deviation > worst + 1e-12) {
                        worst = deviation;
                        r.mostInconsistent = {criteria[i], criteria[j], criteria[k]};
                    }
                }
    }
    return r;
}

std::optional<double> Ahp::judgment(const Decision &d, const QString &participant, const QString &a,
                                    const QString &b)
{
    for (const PairwiseJudgment &j : d.pairwise) {
        if (j.participant != participant)
            continue;
        if (j.a == a && j.b == b)
            return j.value;
        if (j.a == b && j.b == a && j.value > 0)
            return 1.0 / j.value;
    }
    return std::nullopt;
}

QList<PairwiseJudgment> Ahp::withJudgment(QList<PairwiseJudgment> judgments, const QString &participant,
                                          const QString &a, const QString &b, std::optional<double> value)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < judgments.size(); ++i) {
        const PairwiseJudgment &j = judgments[i];
        if (j.participant == participant && ((j.a == a && j.b == b) || (j.a == b && j.b == a))) {
            at = i;
            break;
        }
    }
    if (!value) {
        if (at >= 0)
            judgments.removeAt(at);
        return judgments;
    }
    if (at >= 0)
        judgments[at] = PairwiseJudgment{participant, a, b, *value};
    else
        judgments << PairwiseJudgment{participant, a, b, *value};
    return judgments;
}

QList<double> Ahp::percentWeights(const AhpResult &result)
{
    QList<double> out;
    for (double w : result.weights)
        out << std::round(w * 1000.0) / 10.0; // one decimal: 63.7, 25.8, 10.5
    return out;
}

QStringList Ahp::judges(const Decision &d)
{
    QStringList out;
    for (const PairwiseJudgment &j : d.pairwise)
        if (!out.contains(j.participant))
            out << j.participant;
    return out;
}

QString Ahp::formatJudgment(double value)
{
    if (value >= 1)
        return QLocale().toString(value, 'g', 3);
    const double inverse = 1.0 / value;
    if (std::abs(inverse - std::round(inverse)) < 1e-9)
        return QStringLiteral("1/%1").arg(qRound(inverse));
    return QLocale().toString(value, 'g', 3);
}

} // namespace archbench::core
