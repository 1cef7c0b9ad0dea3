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
/// @p settled, when given, is told the path's beads in order as they become certain, before the
/// search ends (without their posteriors), holding back those within @p holdBackRows rows of
/// where the path met the band's edge (widenWhereTouched() may change them) or of the part of
/// the path still open; what it was told is a prefix of the result's beads.
SearchResult search(const Scorer &scorer, const Band &band, const AlignerModel &model,
                    bool withPosteriors, bool commonTypesOnly,
                    const std::function<bool()> &isCancelled,
                    const std::function<void(double)> &reportProgress,
                    const SettledBeads &settled = {}, int holdBackRows = 0);

/// How many rows before the first row where the path met the band's edge widenWhereTouched()
/// may change the path, when it starts at @p halfWidth.
int wideningReach(int halfWidth, int maxBeadSide);

struct WideningCost
{
    int windows = 0;
    int skipped = 0; ///< Stretches left as they were: over the budget.
    qsizetype cells = 0;
};

/// Re-searches, in a wider band, the stretches where the path ran along the band's edge.
WideningCost widenWhereTouched(Scorer &scorer, Band &band, SearchResult &result, int halfWidth,
                               qsizetype cellsPerRow, const AlignerModel &model,
                               bool withPosteriors, bool commonTypesOnly,
                               const std::function<bool()> &isCancelled);

} // namespace duizhao::alignment
