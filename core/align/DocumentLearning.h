#pragma once

// What a pass teaches the next: the document's own word pairs, local length ratios, length
// spread and dictionary coverage, from the beads it was confident of.

#include "core/align/AlignmentFeatures.h"
#include "core/align/BeadScorer.h"

namespace duizhao {
class LearnedWords;
}

namespace duizhao::alignment {

/// Chinese words and English tokens that keep turning up in the same confident beads.
LearnedPairs learnPairs(const Features &features, const QList<Bead> &beads);

/// The learned pairs as words and English stems, for keeping after the alignment.
LearnedWords learnedWordsOf(const Features &features, const Vocabulary &vocabulary,
                            const LearnedPairs &learned);

/// Aligner::align, also handing back what the document taught when @p learnedWords is given.
Result<QList<Bead>>
alignUnits(const Lexicon *lexicon, const AlignerModel &model, const QList<AlignmentUnit> &chinese,
           const QList<AlignmentUnit> &english, const std::function<bool()> &isCancelled,
           const std::function<void(double)> &reportProgress, LearnedWords *learnedWords = nullptr,
           const SettledBeads &settled = {});

/// The length ratio around each Chinese sentence, from the confident beads near it.
void estimateLocalRatios(Features &features, const QList<Bead> &beads);

/// Re-estimates the document's length spread from confident beads and its dictionary coverage
/// from confident 1-1 beads.
void reestimate(Features &features, const QList<Bead> &beads, Scorer &scorer);

} // namespace duizhao::alignment
