#pragma once

// What a pass teaches the next: the document's own word pairs, local length ratios, length
// spread and dictionary coverage, from the beads it was confident of.

#include "core/align/AlignmentFeatures.h"
#include "core/align/BeadScorer.h"

namespace duizhao::alignment {

/// Chinese words and English tokens that keep turning up in the same confident beads.
LearnedPairs learnPairs(const Features &features, const QList<Bead> &beads);

/// The length ratio around each Chinese sentence, from the confident beads near it.
void estimateLocalRatios(Features &features, const QList<Bead> &beads);

/// Re-estimates the document's length spread and dictionary coverage from confident 1-1 beads.
void reestimate(const Features &features, const QList<Bead> &beads, Scorer &scorer);

} // namespace duizhao::alignment
