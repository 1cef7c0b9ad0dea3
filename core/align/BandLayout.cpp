#include "core/align/BandLayout.h"

#include "core/align/AlignmentLog.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace duizhao::alignment {

namespace {

/// The most the first band widens between anchors: beyond it, the band would grow with the
/// square of the stretch without anchors.
constexpr double MaxAnchorSlack = 64.0;
/// The most the first band widens for a stretch without counterpart between two anchors.
constexpr double MaxJumpWidth = 512.0;

/// English position expected for each Chinese boundary from the running lengths.
std::vector<double> lengthDiagonal(const Features &features)
{
    const int chineseCount = int(features.chinese.size());
    const int englishCount = int(features.english.size());
    std::vector<double> englishStarts(englishCount + 1, 0.0);
    for (int j = 0; j < englishCount; ++j)
        englishStarts[j + 1] = englishStarts[j] + features.english[j].length;
    double chineseTotal = 0.0;
    for (const ChineseSentence &sentence : features.chinese)
        chineseTotal += sentence.length;
    std::vector<double> diagonal(chineseCount + 1, 0.0);
    double position = 0.0;
    int j = 0;
    for (int i = 0; i <= chineseCount; ++i) {
        const double target = chineseTotal > 0 ? position / chineseTotal * englishStarts.back() : 0;
        while (j < englishCount && englishStarts[j + 1] <= target)
            ++j;
        const double within = j < englishCount && features.english[j].length > 0
                                  ? (target - englishStarts[j]) / features.english[j].length
                                  : 0.0;
        diagonal[i] = std::min<double>(englishCount, j + within);
        if (i < chineseCount)
            position += features.chinese[i].length;
    }
    return diagonal;
}

/// Pairs of sentences that share translated words rare near where the path should run, chained
/// into the heaviest consistent (monotone) path: the skeleton the band is laid around. The search
/// follows the document: each Chinese sentence looks for its English one in a window around where
/// the anchors found so far place it, widening with the distance from the last of them. A word
/// that a book repeats in every chapter still places each chapter, anchors stay dense however
/// long the book, and the work per sentence does not grow with it.
std::vector<std::pair<int, int>> findAnchors(const Features &features,
                                             const std::vector<double> &diagonal)
{
    constexpr int BaseWindow = 64;
    /// Per sentence since the last verified anchor: an untranslated stretch of n sentences on
    /// one side is found again about n sentences later.
    constexpr double WindowGrowth = 1.0;
    constexpr int VerifyReach = 32; ///< Rows within which a second candidate must agree.
    const int chineseCount = int(features.chinese.size());
    const int englishCount = int(features.english.size());
    QHash<int, std::vector<int>> postings; // English id → sentences holding it
    for (int j = 0; j < englishCount; ++j) {
        const EnglishSentence &s = features.english[j];
        for (int t = s.tokenBegin; t < s.tokenEnd; ++t) {
            std::vector<int> &list = postings[features.englishTokens[t]];
            if (list.empty() || list.back() != j)
                list.push_back(j);
        }
    }
    const size_t rareLimit = 8;
    std::vector<std::pair<int, int>> candidates;
    std::vector<double> weights;
    QHash<int, double> accumulated;
    int lastRow = 0; // The last verified anchor (the path's start at first).
    double lastColumn = 0.0;
    for (int i = 0; i < chineseCount; ++i) {
        accumulated.clear();
        const double expected = lastColumn + (diagonal[i] - diagonal[lastRow]);
        const double window = BaseWindow + WindowGrowth * (i - lastRow);
        const int low = int(std::floor(expected - window));
        const int high = int(std::ceil(expected + window));
        for (const auto &[id, mask] : features.chinese[i].explains) {
            const auto it = postings.constFind(id);
            if (it == postings.constEnd())
                continue;
            const auto begin = std::lower_bound(it->begin(), it->end(), low);
            const auto end = std::upper_bound(begin, it->end(), high);
            if (end == begin || size_t(end - begin) > rareLimit)
                continue;
            const double weight = 1.0 / double(end - begin);
            for (auto j = begin; j != end; ++j)
                accumulated[*j] += weight;
        }
        double top = 0.0, second = 0.0;
        int topJ = -1;
        for (auto it = accumulated.constBegin(); it != accumulated.constEnd(); ++it) {
            if (it.value() > top || (it.value() == top && it.key() < topJ)) {
                second = top;
                top = it.value();
                topJ = it.key();
            } else if (it.value() > second) {
                second = it.value();
            }
        }
        if (topJ < 0 || top < 1.5 || top < 2.0 * second)
            continue;
        // Verified when the candidate before agrees on the path's course: only then does the
        // window move, so that one chance match cannot lead the search astray.
        if (!candidates.empty()) {
            const auto [previousRow, previousColumn] = candidates.back();
            const double advance = topJ - previousColumn;
            const double expectedAdvance = diagonal[i] - diagonal[previousRow];
            if (i - previousRow <= VerifyReach && advance > 0 &&
                std::abs(advance - expectedAdvance) <= 3.0 + 0.5 * expectedAdvance) {
                lastRow = i;
                lastColumn = topJ;
            }
        }
        candidates.emplace_back(i, topJ);
        weights.push_back(top);
    }
    // Heaviest chain increasing in both coordinates (quadratic in the candidates near each
    // other only: candidates are sorted by i, and j may not go back).
    const int n = int(candidates.size());
    std::vector<double> chain(n, 0.0);
    std::vector<int> previous(n, -1);
    for (int k = 0; k < n; ++k) {
        chain[k] = weights[k];
        for (int m = k - 1; m >= 0 && m >= k - 200; --m) {
            if (candidates[m].first < candidates[k].first &&
                candidates[m].second < candidates[k].second && chain[m] + weights[k] > chain[k]) {
                chain[k] = chain[m] + weights[k];
                previous[k] = m;
            }
        }
    }
    std::vector<std::pair<int, int>> anchors;
    int k = n > 0 ? int(std::max_element(chain.begin(), chain.end()) - chain.begin()) : -1;
    for (; k >= 0; k = previous[k])
        anchors.push_back(candidates[k]);
    std::reverse(anchors.begin(), anchors.end());
    return anchors;
}

} // namespace

Band bandAround(const QList<Bead> &beads, int chineseCount, int englishCount, int halfWidth)
{
    Band band;
    band.lo.assign(chineseCount + 1, englishCount);
    band.hi.assign(chineseCount + 1, 0);
    int i = 0, j = 0;
    const auto cover = [&](int ci, int cj) {
        band.lo[ci] = std::min(band.lo[ci], std::max(0, cj - halfWidth));
        band.hi[ci] = std::max(band.hi[ci], std::min(englishCount, cj + halfWidth));
    };
    cover(0, 0);
    for (const Bead &bead : beads) {
        for (int k = 1; k <= bead.chineseCount; ++k)
            cover(i + k, j + bead.englishCount * k / std::max(1, bead.chineseCount));
        i += bead.chineseCount;
        j += bead.englishCount;
        cover(i, j);
    }
    band.connect(0, englishCount);
    return band;
}

std::vector<std::pair<int, int>> confidentCuts(const QList<Bead> &beads, double minConfidence,
                                               int minRows)
{
    std::vector<std::pair<int, int>> cuts{{0, 0}};
    const auto confidentOneToOne = [minConfidence](const Bead &bead) {
        return bead.chineseCount == 1 && bead.englishCount == 1 && bead.confidence >= minConfidence;
    };
    // Two sure pairs either side: a rough pass's confidence is its bead's score alone, and one
    // pair can look sure in a stretch it got wrong.
    for (qsizetype k = 2; k + 1 < beads.size(); ++k) {
        const Bead &bead = beads.at(k);
        if (bead.chineseBegin - cuts.back().first >= minRows &&
            std::all_of(beads.begin() + (k - 2), beads.begin() + (k + 2), confidentOneToOne))
            cuts.emplace_back(bead.chineseBegin, bead.englishBegin);
    }
    if (!beads.isEmpty()) {
        const Bead &last = beads.constLast();
        const std::pair<int, int> end{last.chineseBegin + last.chineseCount,
                                      last.englishBegin + last.englishCount};
        if (end != cuts.back())
            cuts.push_back(end);
    }
    return cuts;
}

Band bandStretch(const Band &band, int firstRow, int startJ, int lastRow, int endJ)
{
    Band stretch;
    stretch.first = firstRow;
    stretch.lo.assign(band.lo.begin() + (firstRow - band.first),
                      band.lo.begin() + (lastRow - band.first) + 1);
    stretch.hi.assign(band.hi.begin() + (firstRow - band.first),
                      band.hi.begin() + (lastRow - band.first) + 1);
    stretch.connect(startJ, endJ);
    return stretch;
}

Band makeBand(const Features &features, int halfWidth)
{
    const int chineseCount = int(features.chinese.size());
    const int englishCount = int(features.english.size());
    Band band;
    band.lo.assign(chineseCount + 1, 0);
    band.hi.assign(chineseCount + 1, englishCount);
    if (halfWidth >= englishCount) {
        band.finish();
        return band;
    }
    const std::vector<double> diagonal = lengthDiagonal(features);
    const std::vector<std::pair<int, int>> anchors = findAnchors(features, diagonal);
    if (timingEnabled())
        qCDebug(lcAlignTiming, "anchors: %lld for %d rows", qlonglong(anchors.size()),
                chineseCount);
    // Centre line: through the anchors, and between them along the lengths (the diagonal
    // stretched to meet them).
    std::vector<double> centre(diagonal);
    std::vector<double> lower(chineseCount + 1), upper(chineseCount + 1);
    std::vector<std::pair<int, int>> points = {{0, 0}};
    points.insert(points.end(), anchors.begin(), anchors.end());
    points.emplace_back(chineseCount, englishCount);
    for (size_t p = 0; p + 1 < points.size(); ++p) {
        const auto [i0, j0] = points[p];
        const auto [i1, j1] = points[p + 1];
        const double span = diagonal[i1] - diagonal[i0];
        // Where the English advances more (or less) than the lengths say between two anchors,
        // a stretch without counterpart lies somewhere between them: the band covers every
        // place it could be, up to MaxJumpWidth.
        const double excess = std::clamp((j1 - j0) - span, -MaxJumpWidth, MaxJumpWidth);
        for (int i = i0; i <= i1; ++i) {
            const double t = span > 0 ? (diagonal[i] - diagonal[i0]) / span
                                      : (i1 > i0 ? double(i - i0) / (i1 - i0) : 0.0);
            centre[i] = j0 + t * (j1 - j0);
            // Far from an anchor the path is less certain; beyond MaxAnchorSlack, widening
            // where the path meets the edge takes over, so that no band is quadratic.
            const double slack =
                halfWidth + std::min(0.25 * std::min(i - i0, i1 - i), MaxAnchorSlack);
            // The stretch before here leaves the path on one side of the line, after here on the
            // other.
            const double before = excess > 0 ? t * excess : (1.0 - t) * -excess;
            const double after = excess > 0 ? (1.0 - t) * excess : t * -excess;
            lower[i] = centre[i] - slack - before;
            upper[i] = centre[i] + slack + after;
        }
    }
    for (int i = 0; i <= chineseCount; ++i) {
        band.lo[i] = std::clamp(int(std::floor(lower[i])), 0, englishCount);
        band.hi[i] = std::clamp(int(std::ceil(upper[i])), 0, englishCount);
    }
    band.connect(0, englishCount);
    return band;
}

} // namespace duizhao::alignment
