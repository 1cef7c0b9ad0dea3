#pragma once

#include "core/align/ChapterAligner.h"

#include <optional>

namespace duizhao {

/// Subtitle cues on screen at the same time translate each other: pairs the two sides' cues
/// by time overlap into segments (unmatched cues alone), for the sentence aligner to refine.
/// Returns nullopt when the sides have no cue times, or when their times hardly overlap (one
/// file shifted or cut differently): then the text alone decides.
std::optional<QList<AlignmentSegment>> pairCues(const Document &document);

} // namespace duizhao
