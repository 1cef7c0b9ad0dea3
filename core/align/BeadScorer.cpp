#include "core/align/BeadScorer.h"

namespace duizhao::alignment {

PairMasks pairMasks(const Features &features, int s, int j)
{
    PairMasks masks;
    const ChineseSentence &chinese = features.chinese[s];
    const auto &explains = chinese.explains;
    if (explains.empty())
        return masks;
    const EnglishSentence &english = features.english[j];
    const int tokens = std::min(english.tokenEnd - english.tokenBegin, MaskBits);
    const auto lookUp = [&](int id, int t) {
        if (!chinese.mayExplain(id))
            return false;
        const auto found = std::lower_bound(
            explains.begin(), explains.end(), id,
            [](const std::pair<int, quint64> &entry, int key) { return entry.first < key; });
        if (found == explains.end() || found->first != id)
            return false;
        masks.english |= quint64(1) << t;
        masks.chinese |= found->second;
        return true;
    };
    for (int t = 0; t < tokens; ++t) {
        const int alternate = features.englishAlternates[english.tokenBegin + t];
        if (!lookUp(features.englishTokens[english.tokenBegin + t], t) && alternate >= 0)
            lookUp(alternate, t);
    }
    return masks;
}

} // namespace duizhao::alignment
