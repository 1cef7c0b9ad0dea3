#pragma once

// Where the search looks: the first pass's band along anchors and lengths, later passes' around
// the path found.

#include "core/align/AlignmentFeatures.h"
#include "core/align/SearchBand.h"

namespace duizhao::alignment {

/// The first pass's band: @p halfWidth either side of a line through anchors (sentences sharing
/// words rare where the path runs) and, between them, along the lengths.
Band makeBand(const Features &features, int halfWidth);

/// A band around a known path (the previous pass's beads), for later passes.
Band bandAround(const QList<Bead> &beads, int chineseCount, int englishCount, int halfWidth);

/// Corners of @p beads' path where a later pass may be cut into stretches searched one after
/// another: each amid four one-to-one beads of at least @p minConfidence (two either side), at
/// least @p minRows rows from the previous cut. Starts at (0, 0) and ends at the path's last
/// corner.
std::vector<std::pair<int, int>> confidentCuts(const QList<Bead> &beads, double minConfidence,
                                               int minRows);

/// Rows @p firstRow to @p lastRow of @p band, connected from (firstRow, @p startJ) to
/// (lastRow, @p endJ).
Band bandStretch(const Band &band, int firstRow, int startJ, int lastRow, int endJ);

} // namespace duizhao::alignment
