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

} // namespace duizhao::alignment
