#pragma once

namespace duizhao {

/// Below this alignment confidence a pair counts as doubtful: the reader marks it, F8 finds it,
/// and the PDF, HTML and command-line exports use the same default. One threshold, one place.
inline constexpr double DoubtfulConfidence = 0.6;

} // namespace duizhao
