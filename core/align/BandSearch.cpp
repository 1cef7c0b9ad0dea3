#include "core/align/BandSearch.h"

#include "core/align/AlignmentLog.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <numbers>

namespace duizhao::alignment {

std::vector<BeadType> beadTypes(int maxSide)
{
    std::vector<BeadType> types = {{1, 1}, {0, 1}, {1, 0}};
    if (maxSide <= 0) {
        // The common types only: enough to find the path through a long document. Without 2-2
        // the real-text books of 20,000 and 40,000 sentences lost 0.006 F1.
        types.insert(types.end(), {{1, 2}, {2, 1}, {1, 3}, {2, 2}});
        return types;
    }
    for (int a = 1; a <= maxSide; ++a) {
        for (int b = 1; b <= maxSide; ++b) {
            // Many-to-many beads beyond 2 sentences on the shorter side are too rare to search.
            if ((a == 1 && b == 1) || std::min(a, b) > 2)
                continue;
            types.push_back({a, b});
        }
    }
    return types;
}

namespace {

/// e^x for x in [-40, 0], to a relative 1e-7: 2^k by its bits times a short series for the
/// rest. The forward–backward sums call it for every bead of every cell, and the library's
/// exp was most of their time.
double expNearZero(double x)
{
    const double power = x * std::numbers::log2e;
    const double whole = std::floor(power);
    const double r = (power - whole) * std::numbers::ln2; // In [0, ln 2).
    const double series =
        1.0 +
        r * (1.0 + r * (1.0 / 2 +
                        r * (1.0 / 6 +
                             r * (1.0 / 24 +
                                  r * (1.0 / 120 +
                                       r * (1.0 / 720 + r * (1.0 / 5040 + r * (1.0 / 40320))))))));
    return series * std::bit_cast<double>(quint64(qint64(whole) + 1023) << 52);
}

/// log(sum(exp(terms))), with one log for all of them. Terms e^40 times smaller than the
/// largest change nothing and are left out.
double logSumExp(const double *terms, int count)
{
    const double largest = *std::max_element(terms, terms + count);
    double sum = 0.0;
    for (int k = 0; k < count; ++k) {
        const double below = terms[k] - largest;
        if (below > -40.0)
            sum += expNearZero(below);
    }
    return largest + std::log(sum);
}

/// The start of each bead, then the end of the last: the path's corners.
std::vector<std::pair<int, int>> pathPoints(const QList<Bead> &beads)
{
    std::vector<std::pair<int, int>> points;
    points.reserve(beads.size() + 1);
    // A stretch's path starts where the stretch does.
    if (beads.isEmpty())
        points.emplace_back(0, 0);
    else
        points.emplace_back(beads.constFirst().chineseBegin, beads.constFirst().englishBegin);
    for (const Bead &bead : beads)
        points.emplace_back(bead.chineseBegin + bead.chineseCount,
                            bead.englishBegin + bead.englishCount);
    return points;
}

} // namespace

SearchResult search(const Scorer &scorer, const Band &band, const AlignerModel &model,
                    bool withPosteriors, bool commonTypesOnly,
                    const std::function<bool()> &isCancelled,
                    const std::function<void(double)> &reportProgress)
{
    const int firstRow = band.first, lastRow = band.last();
    const int firstColumn = band.low(firstRow), lastColumn = band.high(lastRow);
    const int englishCount = scorer.englishCount();
    const std::vector<BeadType> types = beadTypes(commonTypesOnly ? 0 : model.maxBeadSide);
    const double temperature = std::max(1e-3, model.posteriorTemperature);

    std::vector<double> best(band.cells(), NegativeInfinity);
    std::vector<double> forward(withPosteriors ? band.cells() : 0, NegativeInfinity);
    std::vector<quint8> back(band.cells(), 0);
    // Bead scores, kept for the backward sweep: computing them is most of the work.
    std::vector<float> scores(withPosteriors ? band.cells() * types.size() : 0,
                              -std::numeric_limits<float>::infinity());
    best[band.cell(firstRow, firstColumn)] = 0.0;
    if (withPosteriors)
        forward[band.cell(firstRow, firstColumn)] = 0.0;

    SearchResult result;
    for (int i = firstRow; i <= lastRow; ++i) {
        if (((i - firstRow) & 255) == 0) {
            if (isCancelled && isCancelled()) {
                result.cancelled = true;
                return result;
            }
            if (reportProgress)
                reportProgress(double(i - firstRow) / double(lastRow - firstRow + 1));
        }
        for (int j = band.low(i); j <= band.high(i); ++j) {
            const qsizetype here = band.cell(i, j);
            std::array<double, MaxBeadTypes> terms;
            int termCount = 0;
            for (size_t t = 0; t < types.size(); ++t) {
                const int a = types[t].chinese, b = types[t].english;
                if (!band.contains(i - a, j - b))
                    continue;
                const qsizetype from = band.cell(i - a, j - b);
                if (best[from] == NegativeInfinity)
                    continue;
                const double s = scorer.score(i - a, a, j - b, b);
                if (s == NegativeInfinity)
                    continue;
                if (best[from] + s > best[here]) {
                    best[here] = best[from] + s;
                    back[here] = quint8(t);
                }
                if (withPosteriors) {
                    scores[here * types.size() + t] = float(s);
                    terms[termCount++] = forward[from] + s / temperature;
                }
            }
            if (termCount > 0)
                forward[here] = logSumExp(terms.data(), termCount);
        }
    }

    // A path pressed against a window's corners (at its first column past its first row, or at
    // its last column before its last row) may also want to leave the window.
    const auto onEdge = [&](int i, int j) {
        return (j == band.low(i) && (band.low(i) > firstColumn || (i > firstRow + 1 && j > 0))) ||
               (j == band.high(i) &&
                (band.high(i) < lastColumn || (i < lastRow - 1 && j < englishCount)));
    };
    if (!withPosteriors) {
        // The path only, for a later pass; a bead's confidence is then its score's logistic.
        for (int i = lastRow, j = lastColumn; i > firstRow || j > firstColumn;) {
            const BeadType type = types[back[band.cell(i, j)]];
            const int i0 = i - type.chinese, j0 = j - type.english;
            const double s = scorer.score(i0, type.chinese, j0, type.english);
            result.beads.prepend({i0, type.chinese, j0, type.english, 1.0 / (1.0 + std::exp(-s))});
            if (onEdge(i, j))
                result.touchedRows.push_back(i);
            i = i0;
            j = j0;
        }
        return result;
    }

    std::vector<double> backward(band.cells(), NegativeInfinity);
    backward[band.cell(lastRow, lastColumn)] = 0.0;
    // Gathered rather than scattered: each cell sums the beads leaving it, in one go.
    for (int i = lastRow; i >= firstRow; --i) {
        for (int j = band.high(i); j >= band.low(i); --j) {
            const qsizetype here = band.cell(i, j);
            std::array<double, MaxBeadTypes> terms;
            int termCount = 0;
            for (size_t t = 0; t < types.size(); ++t) {
                const int a = types[t].chinese, b = types[t].english;
                if (!band.contains(i + a, j + b))
                    continue;
                const qsizetype to = band.cell(i + a, j + b);
                if (backward[to] == NegativeInfinity)
                    continue;
                const double s = scores[to * types.size() + t];
                if (s == NegativeInfinity)
                    continue;
                terms[termCount++] = backward[to] + s / temperature;
            }
            if (termCount > 0)
                backward[here] = logSumExp(terms.data(), termCount);
        }
    }

    const double total = forward[band.cell(lastRow, lastColumn)];
    const bool debug = lcAlign().isDebugEnabled();
    for (int i = lastRow, j = lastColumn; i > firstRow || j > firstColumn;) {
        const BeadType type = types[back[band.cell(i, j)]];
        const int i0 = i - type.chinese, j0 = j - type.english;
        const double s = scorer.score(i0, type.chinese, j0, type.english);
        const double posterior = std::exp(forward[band.cell(i0, j0)] + s / temperature +
                                          backward[band.cell(i, j)] - total);
        result.beads.prepend({i0, type.chinese, j0, type.english, std::clamp(posterior, 0.0, 1.0)});
        if (debug) {
            Scorer::Parts parts;
            scorer.score(i0, type.chinese, j0, type.english, &parts);
            qCDebug(lcAlign,
                    "bead zh %d+%d en %d+%d: score %.2f = lexical %.2f (%d of %d words) + length "
                    "%.2f + prior %.2f; posterior %.3f",
                    i0, type.chinese, j0, type.english, s, parts.lexical, parts.explained,
                    parts.words, parts.length, parts.prior, posterior);
        }
        if (onEdge(i, j))
            result.touchedRows.push_back(i);
        i = i0;
        j = j0;
    }
    return result;
}

/// Where the path ran along the band's edge, widens the band there and searches again between
/// two corners of the path either side, doubling the widening while the new path still meets
/// the edge: the rest of the document is not searched again. The cells searched are budgeted in
/// proportion to the document's rows: a stretch that would overspend keeps the path it has.
WideningCost widenWhereTouched(Scorer &scorer, Band &band, SearchResult &result, int halfWidth,
                               qsizetype &budget, const AlignerModel &model, bool withPosteriors,
                               bool commonTypesOnly, const std::function<bool()> &isCancelled)
{
    WideningCost cost;
    std::vector<int> touched = std::move(result.touchedRows);
    for (int widening = std::max(8, halfWidth); !touched.empty() && widening <= MaxWidening;
         widening *= 2) {
        std::sort(touched.begin(), touched.end());
        const std::vector<std::pair<int, int>> points = pathPoints(result.beads);
        const int lastPoint = int(points.size()) - 1;
        // Windows as ranges of beads [from, to), merged when they overlap.
        std::vector<std::pair<int, int>> windows;
        for (int row : touched) {
            // The path's error may reach well beyond where it met the edge.
            const int lowRow = row - 2 * widening, highRow = row + 2 * widening;
            const int from = std::max<int>(
                0, int(std::upper_bound(points.begin(), points.end(), lowRow,
                                        [](int value, const std::pair<int, int> &point) {
                                            return value < point.first;
                                        }) -
                       points.begin()) -
                       1);
            const int to = std::min<int>(
                lastPoint, int(std::lower_bound(points.begin(), points.end(), highRow,
                                                [](const std::pair<int, int> &point, int value) {
                                                    return point.first < value;
                                                }) -
                               points.begin()));
            const bool overlaps = !windows.empty() && from <= windows.back().second;
            if (overlaps && points[to].first - points[windows.back().first].first <= MaxStretchRows)
                windows.back().second = std::max(windows.back().second, to);
            else if (overlaps && to > windows.back().second)
                windows.emplace_back(windows.back().second, to); // Too long merged: split.
            else if (!overlaps)
                windows.emplace_back(from, to);
        }
        touched.clear();
        QList<Bead> spliced;
        spliced.reserve(result.beads.size());
        int next = 0;
        for (const auto &[from, to] : windows) {
            spliced.append(result.beads.mid(next, from - next));
            next = from;
            const auto [i0, j0] = points[from];
            const auto [i1, j1] = points[to];
            Band local;
            local.first = i0;
            for (int i = i0; i <= i1; ++i) {
                local.lo.push_back(band.low(i) - widening);
                local.hi.push_back(band.high(i) + widening);
            }
            local.connect(j0, j1);
            if (local.cells() > budget) {
                ++cost.skipped;
                continue; // Keeps this stretch's path, and widens it no further.
            }
            budget -= local.cells();
            cost.cells += local.cells();
            for (int i = i0; i <= i1; ++i) {
                band.lo[i - band.first] = std::min(band.low(i), local.low(i));
                band.hi[i - band.first] = std::max(band.high(i), local.high(i));
            }
            scorer.computePairs(local);
            if (timingEnabled())
                qCDebug(lcAlignTiming,
                        "window: rows %d-%d, columns %d-%d, widened by %d, %lld cells", i0, i1, j0,
                        j1, widening, qlonglong(local.cells()));
            SearchResult part =
                search(scorer, local, model, withPosteriors, commonTypesOnly, isCancelled, {});
            ++cost.windows;
            if (part.cancelled) {
                result.cancelled = true;
                return cost;
            }
            spliced.append(part.beads);
            touched.insert(touched.end(), part.touchedRows.begin(), part.touchedRows.end());
            next = to;
        }
        spliced.append(result.beads.mid(next));
        result.beads = std::move(spliced);
    }
    return cost;
}

} // namespace duizhao::alignment
