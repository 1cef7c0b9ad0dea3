#include "core/align/DocumentLearning.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <utility>
#include <vector>

namespace duizhao::alignment {

namespace {

/// The beads a pass teaches the next from: sentences on both sides, and a confidence of 0.8.
bool isConfidentPair(const Bead &bead)
{
    return bead.chineseCount > 0 && bead.englishCount > 0 && bead.confidence >= 0.8;
}

/// A bead's Chinese and English lengths.
std::pair<int, int> beadLengths(const Features &features, const Bead &bead)
{
    int chinese = 0, english = 0;
    for (int i = bead.chineseBegin; i < bead.chineseBegin + bead.chineseCount; ++i)
        chinese += features.chinese[i].length;
    for (int j = bead.englishBegin; j < bead.englishBegin + bead.englishCount; ++j)
        english += features.english[j].length;
    return {chinese, english};
}

/// Two quantities added at each bead's first Chinese sentence, so that their ratio over the
/// sentences around any one is read in constant time.
class SentenceWindow
{
public:
    explicit SentenceWindow(int chineseCount)
        : m_numerators(chineseCount + 1, 0.0)
        , m_denominators(chineseCount + 1, 0.0)
    {}

    void add(int chineseSentence, double numerator, double denominator)
    {
        m_numerators[chineseSentence + 1] += numerator;
        m_denominators[chineseSentence + 1] += denominator;
    }

    /// To call once everything is added: running totals from here on.
    void total()
    {
        for (size_t i = 1; i < m_numerators.size(); ++i) {
            m_numerators[i] += m_numerators[i - 1];
            m_denominators[i] += m_denominators[i - 1];
        }
    }

    double numeratorTotal() const { return m_numerators.back(); }
    double denominatorTotal() const { return m_denominators.back(); }

    /// The ratio over the sentences within @p reach of sentence @p i, drawn towards @p overall
    /// by @p prior of the denominator's worth.
    double around(int i, int reach, double prior, double overall) const
    {
        const int count = int(m_numerators.size()) - 1;
        const int from = std::max(0, i - reach);
        const int to = std::min(count, i + reach + 1);
        return (m_numerators[to] - m_numerators[from] + prior * overall) /
               (m_denominators[to] - m_denominators[from] + prior);
    }

private:
    std::vector<double> m_numerators;
    std::vector<double> m_denominators;
};

} // namespace

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
    for (const Bead &bead : beads) {
        if (!isConfidentPair(bead))
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
        if (!isConfidentPair(bead))
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
    SentenceWindow lengths(chineseCount); // English over Chinese characters.
    for (const Bead &bead : beads) {
        if (!isConfidentPair(bead))
            continue;
        const auto [chinese, english] = beadLengths(features, bead);
        lengths.add(bead.chineseBegin, english, chinese);
    }
    lengths.total();
    if (lengths.denominatorTotal() <= 0 || lengths.numeratorTotal() <= 0)
        return;
    const double overall = lengths.numeratorTotal() / lengths.denominatorTotal();
    features.localRatio.resize(chineseCount);
    for (int i = 0; i < chineseCount; ++i) {
        const double local = lengths.around(i, LocalRatioReach, PriorLength, overall);
        features.localRatio[i] = float(features.lengthRatio * local / overall);
    }
}

namespace {

/// The share of words translated around each Chinese sentence, from the confident 1-1 beads
/// near it, drawn towards the document's share where they are few.
void estimateLocalMatch(Features &features, const SentenceWindow &translated, double overall)
{
    constexpr int LocalMatchReach = 100;
    constexpr double PriorWords = 200.0; ///< Words' worth of the document's share.
    const int chineseCount = int(features.chinese.size());
    features.localMatch.resize(chineseCount);
    for (int i = 0; i < chineseCount; ++i) {
        const double local = translated.around(i, LocalMatchReach, PriorWords, overall);
        features.localMatch[i] = float(std::clamp(local, 0.1, 0.9));
    }
}

} // namespace

void reestimate(Features &features, const QList<Bead> &beads, Scorer &scorer)
{
    std::vector<double> squared;
    SentenceWindow translated(int(features.chinese.size())); // Explained words over words.
    for (const Bead &bead : beads) {
        if (!isConfidentPair(bead))
            continue;
        // The spread from every kind of bead: 1-1 beads alone are the regular ones, and a
        // spread measured on them rules against the splits of literary translation.
        const auto [lz, le] = beadLengths(features, bead);
        const double expected = features.ratioAt(bead.chineseBegin) * lz;
        squared.push_back((le - expected) * (le - expected) / std::max(1.0, (expected + le) / 2.0));
        if (bead.chineseCount != 1 || bead.englishCount != 1)
            continue;
        const PairMasks masks = pairMasks(features, bead.chineseBegin, bead.englishBegin);
        const ChineseSentence &zh = features.chinese[bead.chineseBegin];
        const EnglishSentence &en = features.english[bead.englishBegin];
        translated.add(bead.chineseBegin,
                       std::popcount(masks.english) + std::popcount(masks.chinese),
                       std::min(MaskBits, en.tokenEnd - en.tokenBegin) +
                           std::min(MaskBits, zh.contentEnd - zh.contentBegin));
    }
    translated.total();
    if (squared.size() >= 5) {
        std::nth_element(squared.begin(), squared.begin() + squared.size() / 2, squared.end());
        // The median of a squared standard normal is 0.455.
        scorer.lengthVariance = std::clamp(squared[squared.size() / 2] / 0.455, 1.0, 100.0);
    }
    if (translated.denominatorTotal() >= 20) {
        scorer.matchProbability =
            std::clamp(translated.numeratorTotal() / translated.denominatorTotal(), 0.1, 0.9);
        estimateLocalMatch(features, translated, scorer.matchProbability);
    }
}

} // namespace duizhao::alignment
