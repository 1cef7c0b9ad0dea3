#include "core/align/BeadScorer.h"

#include <algorithm>
#include <bit>
#include <cmath>

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
    const auto places = [](quint64 mask, int words, quint16 &sum, quint8 &count) {
        if (words < MaskBits)
            mask &= (quint64(1) << words) - 1;
        for (; mask; mask &= mask - 1) {
            sum += quint16(std::countr_zero(mask));
            ++count;
        }
    };
    places(masks.english, english.orderWords(), masks.englishPlaces, masks.englishWords);
    places(masks.chinese, chinese.orderWords(), masks.chinesePlaces, masks.chineseWords);
    return masks;
}

/// Looks up the word pairs of every sentence pair that a bead inside @p band can hold;
/// score() may then be asked about beads of that band only. Pairs looked up for an earlier
/// band are kept, so widening the band looks up only the cells it adds.
void Scorer::computePairs(const Band &band)
{
    const int englishCount = int(m_features.english.size());
    const int side = m_model.maxBeadSide;
    m_pairLo.resize(m_features.chinese.size(), 0);
    m_pairRows.resize(m_features.chinese.size());
    // Sentence s lies between boundaries s and s + 1.
    for (int s = band.first; s < band.last(); ++s) {
        const int last = std::min(band.last(), s + side);
        extendPairs(s, std::max(0, band.low(s + 1) - side),
                    std::min(englishCount - 1, band.high(last) - 1));
    }
}

double Scorer::score(int i0, int a, int j0, int b, Parts *parts) const
{
    // A copy of a sentence just before it is likely the one the translation left out.
    if (a == 0) {
        const EnglishSentence &s = m_features.english[j0];
        return s.unmatchable ? 0.0 : s.repeatOf >= 0 ? -m_model.repeatSkipCost : -m_model.skipCost;
    }
    if (b == 0) {
        const ChineseSentence &s = m_features.chinese[i0];
        return s.unmatchable ? 0.0 : s.repeatOf >= 0 ? -m_model.repeatSkipCost : -m_model.skipCost;
    }
    int chineseWords = 0, chineseLength = 0, englishWords = 0, englishLength = 0;
    int chineseAnchors = 0, englishAnchors = 0;
    for (int i = i0; i < i0 + a; ++i) {
        const ChineseSentence &s = m_features.chinese[i];
        // A translation does not say the same thing twice in one breath: a copy is never in a
        // bead with what it copies.
        if (s.unmatchable || s.repeatOf >= i0)
            return NegativeInfinity;
        chineseWords += s.contentEnd - s.contentBegin;
        chineseAnchors += s.anchorEnd - s.anchorBegin;
        chineseLength += s.length;
    }
    for (int j = j0; j < j0 + b; ++j) {
        const EnglishSentence &s = m_features.english[j];
        if (s.unmatchable || s.repeatOf >= j0)
            return NegativeInfinity;
        englishWords += s.tokenEnd - s.tokenBegin;
        englishAnchors += s.anchorEnd - s.anchorBegin;
        englishLength += s.length;
    }

    const double length = lengthScore(i0, chineseLength, englishLength);
    // Hopeless lengths need no lexical work (most many-sentence candidates end here).
    if (m_model.lengthWeight * length < -m_model.lengthCutoff)
        return NegativeInfinity;

    const BeadGains &gains = beadGains(i0, chineseWords, englishWords);
    const GainTerms &englishGain = gains.english;
    const GainTerms &chineseGain = gains.chinese;
    const GainTerms &englishAnchorGain = gains.englishAnchor;
    const GainTerms &chineseAnchorGain = gains.chineseAnchor;
    double lexical = 0.0;
    for (int j = j0; j < j0 + b; ++j) {
        quint64 mask = 0;
        for (int i = i0; i < i0 + a; ++i)
            mask |= pair(i, j).english;
        const EnglishSentence &s = m_features.english[j];
        for (; mask; mask &= mask - 1) {
            const int t = s.tokenBegin + std::countr_zero(mask);
            const bool anchor = t >= s.anchorBegin && t < s.anchorEnd;
            lexical += (anchor ? englishAnchorGain : englishGain)
                           .gain(m_features.englishRandomLog[t], m_features.englishLogRate[t]);
        }
    }
    for (int i = i0; i < i0 + a; ++i) {
        quint64 mask = 0;
        for (int j = j0; j < j0 + b; ++j)
            mask |= pair(i, j).chinese;
        const ChineseSentence &s = m_features.chinese[i];
        for (; mask; mask &= mask - 1) {
            const int w = s.contentBegin + std::countr_zero(mask);
            const bool anchor = w >= s.anchorBegin && w < s.anchorEnd;
            lexical += (anchor ? chineseAnchorGain : chineseGain)
                           .gain(m_features.chineseRandomLog[w], m_features.chineseLogRate[w]);
        }
    }

    // A word of an aligned bead that nothing translates is weak evidence against the bead
    // (in a sentence with no counterpart it is expected, so skip beads pay nothing).
    // Numbers and dates are nearly always translated: missing one is strong evidence.
    const double anchorMiss = m_anchorMissLog;
    // Words are not independent evidence (one missing phrase leaves several words
    // untranslated), so their misses are weighed down; numbers are independent.
    const double unexplained =
        m_model.unexplainedWeight * ((chineseWords - chineseAnchors) * gains.chineseMiss +
                                     (englishWords - englishAnchors) * gains.englishMiss) +
        (chineseAnchors + englishAnchors) * anchorMiss;
    double prior = -(m_model.splitCost * (b - 1) + m_model.mergeCost * (a - 1));
    if (a > 1 && b > 1)
        prior -= m_model.manyToManyCost;
    if (m_features.chinese[i0].startsParagraph && m_features.english[j0].startsParagraph)
        prior += m_model.paragraphBonus;
    // Titles are units of their own: a title translates a title, and is not merged with body.
    int chineseTitles = 0, englishTitles = 0;
    for (int i = i0; i < i0 + a; ++i)
        chineseTitles += m_features.chinese[i].isTitle ? 1 : 0;
    for (int j = j0; j < j0 + b; ++j)
        englishTitles += m_features.english[j].isTitle ? 1 : 0;
    if (chineseTitles == a && englishTitles == b)
        prior += m_model.titleBonus;
    else if (chineseTitles + englishTitles > 0)
        prior -= m_model.titleBonus;
    if (m_model.orderWeight > 0)
        prior += m_model.orderWeight * orderAgreement(i0, a, j0, b);
    if (parts) {
        *parts = {lexical + unexplained, length, prior, 0, chineseWords + englishWords};
        for (int j = j0; j < j0 + b; ++j)
            for (int i = i0; i < i0 + a; ++i)
                parts->explained +=
                    std::popcount(pair(i, j).english) + std::popcount(pair(i, j).chinese);
    }
    return m_model.lexicalWeight * (lexical + unexplained) + m_model.lengthWeight * length + prior;
}

/// Translation keeps the order of what it says, roughly: the words of a bead that translate each
/// other sit at about the same share of the way through either side. For each sentence pair of
/// the bead, how far the centre of its Chinese words that find a translation is from the centre of
/// its English words that do, each as a share of its side of the bead, against how far apart they
/// would sit by chance (a spread of 1/12, uniform on both sides), weighed by the words shared.
/// Positive when the words keep their order: where an English sentence between two Chinese ones
/// belongs, the end of the first or the start of the second, follows from what it translates.
double Scorer::orderAgreement(int i0, int a, int j0, int b) const
{
    constexpr double ChanceOrderSpread = 1.0 / 12.0;
    int chineseWords = 0, englishWords = 0;
    for (int i = i0; i < i0 + a; ++i)
        chineseWords += m_features.chinese[i].orderWords();
    for (int j = j0; j < j0 + b; ++j)
        englishWords += m_features.english[j].orderWords();
    if (chineseWords < 2 || englishWords < 2)
        return 0.0;
    double total = 0.0;
    int chineseBefore = 0;
    for (int i = i0; i < i0 + a; ++i) {
        int englishBefore = 0;
        for (int j = j0; j < j0 + b; ++j) {
            const PairMasks &masks = pair(i, j);
            if (masks.chineseWords > 0 && masks.englishWords > 0) {
                const double chineseCentre =
                    chineseBefore + double(masks.chinesePlaces) / masks.chineseWords + 0.5;
                const double englishCentre =
                    englishBefore + double(masks.englishPlaces) / masks.englishWords + 0.5;
                const double off = chineseCentre / chineseWords - englishCentre / englishWords;
                total += std::min(masks.chineseWords, masks.englishWords) *
                         (ChanceOrderSpread - off * off);
            }
            englishBefore += m_features.english[j].orderWords();
        }
        chineseBefore += m_features.chinese[i].orderWords();
    }
    return total;
}

/// Gale–Church: how far the English length is from the expected one, in standard deviations,
/// as a log density relative to a perfect fit. The tail is heavy (a mixture with a Gaussian
/// four times wider), because headlines and terse translations are far off the line yet right.
double Scorer::lengthScore(int i0, int chineseLength, int englishLength) const
{
    const double expected = m_features.ratioAt(i0) * chineseLength;
    const double spread =
        std::sqrt(lengthVariance * std::max(1.0, (expected + englishLength) / 2.0));
    const double delta = (englishLength - expected) / spread;
    return lengthLogDensity(delta * delta);
}

/// The length model's log density at @p squared = delta², relative to a perfect fit.
double Scorer::exactLengthLogDensity(double squared)
{
    constexpr double outlierShare = 0.05, outlierWidth = 4.0;
    const double density =
        (1.0 - outlierShare) * std::exp(-0.5 * squared) +
        outlierShare / outlierWidth * std::exp(-0.5 * squared / (outlierWidth * outlierWidth));
    return std::log(density / (1.0 - outlierShare + outlierShare / outlierWidth));
}

/// Far out only the wide Gaussian is left (the narrow one is below e^-128): a line in
/// delta², with no exp or log.
double Scorer::tailLengthLogDensity(double squared)
{
    constexpr double outlierShare = 0.05, outlierWidth = 4.0;
    static const double offset =
        std::log(outlierShare / outlierWidth / (1.0 - outlierShare + outlierShare / outlierWidth));
    return offset - 0.5 * squared / (outlierWidth * outlierWidth);
}

/// Every candidate bead needs it: read from a table (linear between steps of 1/16, smooth
/// enough to be exact to 1e-4) instead of two exponentials and a logarithm. The table
/// reaches past the length cutoff of any sensible weight and is quick to fill.
double Scorer::lengthLogDensity(double squared)
{
    constexpr int StepsPerUnit = 16, Size = 256 * StepsPerUnit;
    static const std::vector<double> table = [] {
        std::vector<double> values(Size + 1);
        for (int k = 0; k <= Size; ++k)
            values[k] = exactLengthLogDensity(double(k) / StepsPerUnit);
        return values;
    }();
    const double position = squared * StepsPerUnit;
    if (!(position < Size))
        return tailLengthLogDensity(squared);
    const int k = int(position);
    const double within = position - k;
    return table[k] + within * (table[k + 1] - table[k]);
}

/// To call once matchProbability is set.
void Scorer::prepareConstants()
{
    for (auto &cache : m_gainCache)
        cache.clear();
    m_missLogFor = matchProbability;
    m_missLog = std::log1p(-matchProbability);
    m_anchorMissLog = std::log1p(-m_model.anchorMatchProbability);
}

Scorer::BeadGains Scorer::computeBeadGains(double match, int chineseWords, int englishWords) const
{
    // A short side cannot translate all of a long one: the share of words expected to be
    // explained shrinks with the other side's size (the length model already charges for
    // the mismatch itself).
    const double balance =
        m_features.tokenRatio * chineseWords / std::max(1.0, double(englishWords));
    const double englishMatch = match * shrunk(std::min(1.0, balance));
    const double chineseMatch = match * shrunk(std::min(1.0, 1.0 / std::max(balance, 1e-9)));
    return {GainTerms(englishMatch, chineseWords, m_gainTables),
            GainTerms(chineseMatch, englishWords, m_gainTables),
            GainTerms(m_model.anchorMatchProbability, chineseWords, m_gainTables),
            GainTerms(m_model.anchorMatchProbability, englishWords, m_gainTables),
            missLog(englishMatch),
            missLog(chineseMatch)};
}

const Scorer::BeadGains &Scorer::beadGains(int i0, int chineseWords, int englishWords) const
{
    int level = MatchLevels;
    double match = matchProbability;
    if (!m_features.localMatch.empty()) {
        level = std::clamp(int(std::lround(m_features.localMatch[i0] * (MatchLevels - 1))), 1,
                           MatchLevels - 2);
        match = double(level) / (MatchLevels - 1);
    }
    if (chineseWords >= GainCacheSide || englishWords >= GainCacheSide) {
        m_uncachedGains = computeBeadGains(match, chineseWords, englishWords);
        return *m_uncachedGains;
    }
    std::vector<std::optional<BeadGains>> &cache = m_gainCache[level];
    if (cache.empty())
        cache.resize(GainCacheSide * GainCacheSide);
    std::optional<BeadGains> &cached = cache[chineseWords * GainCacheSide + englishWords];
    if (!cached)
        cached = computeBeadGains(match, chineseWords, englishWords);
    return *cached;
}

const Scorer::LogTable &Scorer::logTable()
{
    static const LogTable table;
    return table;
}

double Scorer::gain(double randomLog, int others, double p)
{
    // Single precision is plenty here, and this runs for every matched word of every
    // candidate bead.
    const float chance = -std::expm1(float(others * randomLog));
    const float q = float(1.0 - p);
    return std::log((1.0f - q * (1.0f - chance)) / (std::max(chance, 1e-12f) * q));
}

/// Makes sentence @p s's run of looked-up pairs cover English sentences @p lo to @p hi.
void Scorer::extendPairs(int s, int lo, int hi)
{
    if (hi < lo)
        return;
    std::vector<PairMasks> &row = m_pairRows[s];
    const int oldLo = m_pairLo[s], oldHi = oldLo + int(row.size()) - 1;
    if (!row.empty() && lo >= oldLo && hi <= oldHi)
        return;
    const int newLo = row.empty() ? lo : std::min(lo, oldLo);
    const int newHi = row.empty() ? hi : std::max(hi, oldHi);
    std::vector<PairMasks> extended(newHi - newLo + 1);
    for (int j = newLo; j <= newHi; ++j) {
        if (!row.empty() && j >= oldLo && j <= oldHi) {
            extended[j - newLo] = row[j - oldLo];
        } else {
            extended[j - newLo] = pairMasks(m_features, s, j);
            ++m_pairsLookedUp;
        }
    }
    row = std::move(extended);
    m_pairLo[s] = newLo;
}

} // namespace duizhao::alignment
