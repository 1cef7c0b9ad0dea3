#include "core/align/DocumentLearning.h"

#include <QHash>

#include <algorithm>
#include <bit>

namespace duizhao::alignment {

/// Word pairs the document itself teaches: Chinese words and English tokens that keep turning
/// up in the same confident beads (Dice association), added as translations for the next pass.
LearnedPairs learnPairs(const Features &features, const QList<Bead> &beads)
{
    // Counted in plain vectors and one sorted list of pairs: a book's beads hold millions.
    std::vector<int> chineseCount(features.typeTexts.size(), 0);
    const int idCount =
        features.englishTokens.empty()
            ? 0
            : *std::max_element(features.englishTokens.begin(), features.englishTokens.end()) + 1;
    std::vector<int> englishCount(idCount, 0);
    std::vector<int> types, ids;
    // The distinct words of each confident bead, both sides.
    const auto wordsOf = [&](const Bead &bead) {
        types.clear();
        ids.clear();
        for (int i = bead.chineseBegin; i < bead.chineseBegin + bead.chineseCount; ++i) {
            const ChineseSentence &s = features.chinese[i];
            types.insert(types.end(), features.wordTypes.begin() + s.wordBegin,
                         features.wordTypes.begin() + s.wordEnd);
        }
        for (int j = bead.englishBegin; j < bead.englishBegin + bead.englishCount; ++j) {
            const EnglishSentence &s = features.english[j];
            ids.insert(ids.end(), features.englishTokens.begin() + s.tokenBegin,
                       features.englishTokens.begin() + s.tokenEnd);
        }
        std::sort(types.begin(), types.end());
        types.erase(std::unique(types.begin(), types.end()), types.end());
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    };
    const auto confident = [](const Bead &bead) {
        return bead.chineseCount > 0 && bead.englishCount > 0 && bead.confidence >= 0.8;
    };
    for (const Bead &bead : beads) {
        if (!confident(bead))
            continue;
        wordsOf(bead);
        for (int type : types)
            ++chineseCount[type];
        for (int id : ids)
            ++englishCount[id];
    }
    // Only pairs whose counts allow a Dice of 0.6 (2·min / sum): a rare word with a common one
    // cannot, and those are most pairs.
    const auto canAssociate = [](int a, int b) {
        return a >= 2 && b >= 2 && 2.0 * std::min(a, b) >= 0.6 * (a + b);
    };
    std::vector<quint64> pairs;
    for (const Bead &bead : beads) {
        if (!confident(bead))
            continue;
        wordsOf(bead);
        for (int type : types) {
            for (int id : ids) {
                if (canAssociate(chineseCount[type], englishCount[id]))
                    pairs.push_back((quint64(type) << 32) | quint32(id));
            }
        }
    }
    std::sort(pairs.begin(), pairs.end());
    LearnedPairs learned;
    for (size_t k = 0; k < pairs.size();) {
        size_t next = k + 1;
        while (next < pairs.size() && pairs[next] == pairs[k])
            ++next;
        const int together = int(next - k);
        const int type = int(pairs[k] >> 32);
        const int id = int(quint32(pairs[k] & 0xffffffff));
        k = next;
        if (together < 2)
            continue;
        const double dice = 2.0 * together / (chineseCount[type] + englishCount[id]);
        if (dice < 0.6)
            continue;
        const std::vector<int> &known = features.typeTranslations[type];
        if (!std::binary_search(known.begin(), known.end(), id))
            learned[type].push_back(id);
    }
    return learned;
}

/// The length ratio around each Chinese sentence, from the confident beads within LocalRatioReach
/// sentences: the document's ratio scaled by how much those beads' ratio differs from all
/// confident beads'. A chapter-length document keeps about its own ratio; a book or a collection
/// follows its parts.
void estimateLocalRatios(Features &features, const QList<Bead> &beads)
{
    constexpr int LocalRatioReach = 100;
    constexpr double PriorLength = 2000.0; ///< Chinese characters' worth of the overall ratio.
    const int chineseCount = int(features.chinese.size());
    std::vector<double> chineseSums(chineseCount + 1, 0.0), englishSums(chineseCount + 1, 0.0);
    for (const Bead &bead : beads) {
        if (bead.chineseCount == 0 || bead.englishCount == 0 || bead.confidence < 0.8)
            continue;
        for (int i = bead.chineseBegin; i < bead.chineseBegin + bead.chineseCount; ++i)
            chineseSums[bead.chineseBegin + 1] += features.chinese[i].length;
        for (int j = bead.englishBegin; j < bead.englishBegin + bead.englishCount; ++j)
            englishSums[bead.chineseBegin + 1] += features.english[j].length;
    }
    for (int i = 0; i < chineseCount; ++i) {
        chineseSums[i + 1] += chineseSums[i];
        englishSums[i + 1] += englishSums[i];
    }
    if (chineseSums.back() <= 0 || englishSums.back() <= 0)
        return;
    const double overall = englishSums.back() / chineseSums.back();
    features.localRatio.resize(chineseCount);
    for (int i = 0; i < chineseCount; ++i) {
        const int from = std::max(0, i - LocalRatioReach);
        const int to = std::min(chineseCount, i + LocalRatioReach + 1);
        const double chinese = chineseSums[to] - chineseSums[from];
        const double english = englishSums[to] - englishSums[from];
        const double local = (english + PriorLength * overall) / (chinese + PriorLength);
        features.localRatio[i] = float(features.lengthRatio * local / overall);
    }
}

namespace {

/// The share of words translated around each Chinese sentence, from the confident 1-1 beads
/// near it, drawn towards the document's share where they are few.
void estimateLocalMatch(Features &features, const std::vector<int> &at,
                        const std::vector<double> &explained, const std::vector<double> &words,
                        double overall)
{
    constexpr int LocalMatchReach = 100;
    constexpr double PriorWords = 200.0; ///< Words' worth of the document's share.
    const int chineseCount = int(features.chinese.size());
    std::vector<double> explainedSums(chineseCount + 1, 0.0), wordSums(chineseCount + 1, 0.0);
    for (size_t k = 0; k < at.size(); ++k) {
        explainedSums[at[k] + 1] += explained[k];
        wordSums[at[k] + 1] += words[k];
    }
    for (int i = 0; i < chineseCount; ++i) {
        explainedSums[i + 1] += explainedSums[i];
        wordSums[i + 1] += wordSums[i];
    }
    features.localMatch.resize(chineseCount);
    for (int i = 0; i < chineseCount; ++i) {
        const int from = std::max(0, i - LocalMatchReach);
        const int to = std::min(chineseCount, i + LocalMatchReach + 1);
        const double local = (explainedSums[to] - explainedSums[from] + PriorWords * overall) /
                             (wordSums[to] - wordSums[from] + PriorWords);
        features.localMatch[i] = float(std::clamp(local, 0.1, 0.9));
    }
}

} // namespace

void reestimate(Features &features, const QList<Bead> &beads, Scorer &scorer)
{
    std::vector<double> squared;
    double explained = 0.0, words = 0.0;
    std::vector<int> matchAt;
    std::vector<double> matchExplained, matchWords;
    for (const Bead &bead : beads) {
        if (bead.chineseCount == 0 || bead.englishCount == 0 || bead.confidence < 0.8)
            continue;
        // The spread from every kind of bead: 1-1 beads alone are the regular ones, and a
        // spread measured on them rules against the splits of literary translation.
        int lz = 0, le = 0;
        for (int i = bead.chineseBegin; i < bead.chineseBegin + bead.chineseCount; ++i)
            lz += features.chinese[i].length;
        for (int j = bead.englishBegin; j < bead.englishBegin + bead.englishCount; ++j)
            le += features.english[j].length;
        const double expected = features.ratioAt(bead.chineseBegin) * lz;
        squared.push_back((le - expected) * (le - expected) / std::max(1.0, (expected + le) / 2.0));
        if (bead.chineseCount != 1 || bead.englishCount != 1)
            continue;
        const PairMasks masks = pairMasks(features, bead.chineseBegin, bead.englishBegin);
        const ChineseSentence &zh = features.chinese[bead.chineseBegin];
        const EnglishSentence &en = features.english[bead.englishBegin];
        const double beadExplained = std::popcount(masks.english) + std::popcount(masks.chinese);
        const double beadWords = std::min(MaskBits, en.tokenEnd - en.tokenBegin) +
                                 std::min(MaskBits, zh.contentEnd - zh.contentBegin);
        explained += beadExplained;
        words += beadWords;
        matchAt.push_back(bead.chineseBegin);
        matchExplained.push_back(beadExplained);
        matchWords.push_back(beadWords);
    }
    if (squared.size() >= 5) {
        std::nth_element(squared.begin(), squared.begin() + squared.size() / 2, squared.end());
        // The median of a squared standard normal is 0.455.
        scorer.lengthVariance = std::clamp(squared[squared.size() / 2] / 0.455, 1.0, 100.0);
    }
    if (words >= 20) {
        scorer.matchProbability = std::clamp(explained / words, 0.1, 0.9);
        estimateLocalMatch(features, matchAt, matchExplained, matchWords, scorer.matchProbability);
    }
}

} // namespace duizhao::alignment
