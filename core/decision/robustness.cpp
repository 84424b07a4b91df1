#include "robustness.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <memory>
#include <mutex>
#include <random>
#include <vector>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace archbench::core {

namespace {

#if defined(__x86_64__) || defined(__i386__)
__attribute__((target("avx"))) void zeroUpperAvx()
{
    _mm256_zeroupper();
}
#endif

/// Clears the upper halves of the AVX registers when the processor has them. Some code that
/// runs before (found: reading a project file; seen on this machine's Intel Xeon) leaves
/// them dirty; on Intel processors every SSE instruction of the loop below then pays
/// for a merge with the dirty state, and the draws ran 15 times slower (21 ms instead of
/// 1.4 ms for 8 criteria x 4 options). One vzeroupper before the loop is enough.
void cleanVectorState()
{
#if defined(__x86_64__) || defined(__i386__)
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx)
        zeroUpperAvx();
#endif
}

/// Draws are handled kLanes at a time: one processor vector holds the same sum for kLanes
/// draws, so each draw's sum is added in criterion order exactly as one draw alone would be.
constexpr int kLanes = 8;

/// The weights of `draws` draws for `criteria` criteria, in blocks of kLanes draws: within a
/// block, criterion by criterion, the kLanes draws' weights side by side (a last, short
/// block is padded with ones that are never counted). The values are those the draws always
/// had (the same generator, in the same order), so figures are unchanged. They depend only on
/// the seed, the number of draws and the number of criteria, never on the decision.
std::vector<float> drawWeights(quint64 seed, int draws, qsizetype criteria)
{
    cleanVectorState();
    std::mt19937_64 generator(seed);
    const size_t blocks = (size_t(draws) + kLanes - 1) / kLanes;
    std::vector<float> weights(blocks * size_t(criteria) * kLanes, 1.0f);
    for (int draw = 0; draw < draws; ++draw) {
        float *block = weights.data() + size_t(draw / kLanes) * size_t(criteria) * kLanes;
        const int lane = draw % kLanes;
        // Exponential(1) weights from 24-bit uniforms strictly inside (0, 1), two per 64-bit
        // output: never log(0), and never a zero weight that would let a tie decide a draw.
        quint64 bits = 0;
        for (qsizetype k = 0; k < criteria; ++k) {
            if ((k & 1) == 0)
                bits = generator();
            const quint32 half = (k & 1) == 0 ? quint32(bits) : quint32(bits >> 32);
            const float u = (float(half >> 8) + 0.5f) * 0x1.0p-24f;
            block[size_t(k) * kLanes + size_t(lane)] = -std::log(u);
        }
    }
    return weights;
}

/// Drawn weights are the expensive part (a logarithm per weight) and the same for every
/// decision with as many criteria: keep the latest few tables, shared by all threads. A
/// portfolio scan of thousands of decisions, or the GUI re-analysing after each edit, then
/// only multiplies. Tables larger than kMaxCachedFloats are drawn for the call and dropped.
std::shared_ptr<const std::vector<float>> weightsFor(quint64 seed, int draws, qsizetype criteria)
{
    constexpr size_t kMaxCachedFloats = size_t(4) << 20; // 16 MiB per table
    constexpr size_t kMaxTables = 6;
    if (size_t(draws) * size_t(criteria) > kMaxCachedFloats)
        return std::make_shared<const std::vector<float>>(drawWeights(seed, draws, criteria));
    struct Entry {
        quint64 seed;
        int draws;
        qsizetype criteria;
        std::shared_ptr<const std::vector<float>> weights;
    };
    static std::mutex mutex;
    static std::deque<Entry> cache; // most recently used first
    {
        const std::lock_guard lock(mutex);
        for (auto it = cache.begin(); it != cache.end(); ++it)
            if (it->seed == seed && it->draws == draws && it->criteria == criteria) {
                Entry hit = *it;
                cache.erase(it);
                cache.push_front(hit);
                return hit.weights;
            }
    }
    auto weights = std::make_shared<const std::vector<float>>(drawWeights(seed, draws, criteria));
    const std::lock_guard lock(mutex);
    cache.push_front(Entry{seed, draws, criteria, weights});
    if (cache.size() > kMaxTables)
        cache.pop_back();
    return weights;
}

} // namespace

std::optional<double> Robustness::compute(const Decision &decision, int draws, quint64 seed)
{
    return compute(decision, WeightedScore::compute(decision), draws, seed);
}

std::optional<double> Robustness::compute(const Decision &decision, const WeightedScore &scores,
                                          int draws, quint64 seed)
{
    if (draws <= 0 || scores.leader().isEmpty() || scores.rankedCount() < 2)
        return std::nullopt;

    const qsizetype criteria = decision.criteria.size();
    // Dense score matrix of the ranked options (rows, in option order) × criteria. Single
    // precision is plenty to pick a leader, and it halves the work per draw; comparisons of
    // exactly tied sums still resolve to the first option in option order.
    std::vector<float> matrix;
    int leaderRow = -1;
    int rows = 0;
    const ScoreGrid grid(decision);
    for (qsizetype i = 0; i < scores.options().size(); ++i) {
        const OptionScore &os = scores.options()[i];
        if (!os.ranked())
            continue;
        if (os.option == scores.leader())
            leaderRow = rows;
        for (qsizetype k = 0; k < criteria; ++k)
            matrix.push_back(float(grid.at(i, k)->value));
        ++rows;
    }

    const std::shared_ptr<const std::vector<float>> table = weightsFor(seed, draws, criteria);
    cleanVectorState();
    int kept = 0;
    const float *block = table->data();
    for (int first = 0; first < draws; first += kLanes, block += criteria * kLanes) {
        // each lane is one draw: its sum per option, the best so far (ties: the first option)
        int best[kLanes];
#if defined(__SSE2__)
        // two vectors of four lanes; each lane's arithmetic is the plain single-precision one
        const float *row = matrix.data();
        __m128 bestLow = _mm_setzero_ps(), bestHigh = _mm_setzero_ps();
        __m128i rowLow = _mm_setzero_si128(), rowHigh = _mm_setzero_si128();
        for (int r = 0; r < rows; ++r, row += criteria) {
            __m128 low = _mm_setzero_ps(), high = _mm_setzero_ps();
            const float *weights = block;
            for (qsizetype k = 0; k < criteria; ++k, weights += kLanes) {
                const __m128 score = _mm_set1_ps(row[k]);
                low = _mm_add_ps(low, _mm_mul_ps(_mm_loadu_ps(weights), score));
                high = _mm_add_ps(high, _mm_mul_ps(_mm_loadu_ps(weights + 4), score));
            }
            if (r == 0) {
                bestLow = low;
                bestHigh = high;
                continue;
            }
            const __m128 winsLow = _mm_cmpgt_ps(low, bestLow), winsHigh = _mm_cmpgt_ps(high, bestHigh);
            bestLow = _mm_or_ps(_mm_and_ps(winsLow, low), _mm_andnot_ps(winsLow, bestLow));
            bestHigh = _mm_or_ps(_mm_and_ps(winsHigh, high), _mm_andnot_ps(winsHigh, bestHigh));
            const __m128i index = _mm_set1_epi32(r);
            const __m128i maskLow = _mm_castps_si128(winsLow), maskHigh = _mm_castps_si128(winsHigh);
            rowLow = _mm_or_si128(_mm_and_si128(maskLow, index), _mm_andnot_si128(maskLow, rowLow));
            rowHigh = _mm_or_si128(_mm_and_si128(maskHigh, index), _mm_andnot_si128(maskHigh, rowHigh));
        }
        _mm_storeu_si128(reinterpret_cast<__m128i *>(best), rowLow);
        _mm_storeu_si128(reinterpret_cast<__m128i *>(best + 4), rowHigh);
#else
        float bestTotal[kLanes];
        const float *row = matrix.data();
        for (int r = 0; r < rows; ++r, row += criteria) {
            float total[kLanes] = {};
            const float *weights = block;
            for (qsizetype k = 0; k < criteria; ++k, weights += kLanes)
                for (int lane = 0; lane < kLanes; ++lane)
                    total[lane] += weights[lane] * row[k];
            for (int lane = 0; lane < kLanes; ++lane)
                if (r == 0 || total[lane] > bestTotal[lane]) {
                    bestTotal[lane] = total[lane];
                    best[lane] = r;
                }
        }
#endif
        const int lanes = std::min(kLanes, draws - first);
        for (int lane = 0; lane < lanes; ++lane)
            if (best[lane] == leaderRow)
                ++kept;
    }
    return double(kept) / double(draws);
}

} // namespace archbench::core
