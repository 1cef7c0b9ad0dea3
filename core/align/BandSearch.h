#pragma once

// The dynamic program over beads inside a band, and its widening where the path meets the edge.

#include "core/align/Aligner.h"
#include "core/align/BeadScorer.h"
#include "core/align/SearchBand.h"

#include <QList>

#include <functional>
#include <vector>

namespace duizhao::alignment {

/// Bead types searched at most (maxBeadSide is clamped to 6 by setParameter).
constexpr int MaxBeadTypes = 32;
/// The band is widened up to this many sentences beyond its first width.
constexpr int MaxWidening = 512;
/// Widening re-searches at most this many cells per Chinese sentence in the first pass (and a
/// quarter of it in later ones, which refine a path already found), and one stretch at most
/// this many rows, so that its cost stays in proportion to the document.
constexpr qsizetype WideningCellsPerRow = 128;
constexpr int MaxStretchRows = 4 * MaxWidening;

struct BeadType
{
    int chinese;
    int english;
};

/// The bead types searched: all up to @p maxSide a side, or the common ones only (@p maxSide 0).
std::vector<BeadType> beadTypes(int maxSide);

struct SearchResult
{
    QList<Bead> beads;
    /// Chinese boundaries where the path ran along the band's edge: a wider band there might
    /// find a better path.
    std::vector<int> touchedRows;
    bool cancelled = false;
};

/// Viterbi for the best beads through @p band (from its first corner to its last), and
/// forward–backward (summing over all bead paths) for each chosen bead's posterior probability.
SearchResult search(const Scorer &scorer, const Band &band, const AlignerModel &model,
                    bool withPosteriors, bool commonTypesOnly,
                    const std::function<bool()> &isCancelled,
                    const std::function<void(double)> &reportProgress);

struct WideningCost
{
    int windows = 0;
    int skipped = 0; ///< Stretches left as they were: over the budget.
    qsizetype cells = 0;

    WideningCost &operator+=(const WideningCost &other)
    {
        windows += other.windows;
        skipped += other.skipped;
        cells += other.cells;
        return *this;
    }
};

/// Re-searches, in a wider band, the stretches where the path ran along the band's edge, taking
/// the cells it searches from @p budget; a stretch that would need more is left as it is.
WideningCost widenWhereTouched(Scorer &scorer, Band &band, SearchResult &result, int halfWidth,
                               qsizetype &budget, const AlignerModel &model, bool withPosteriors,
                               bool commonTypesOnly, const std::function<bool()> &isCancelled);

} // namespace duizhao::alignment
