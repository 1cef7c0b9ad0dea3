#include "core/align/Aligner.h"

#include "core/align/ChapterAligner.h"
#include "core/align/Lexicon.h"
#include "core/align/NumberAnchors.h"
#include "core/text/EnglishStemmer.h"
#include "core/text/LanguageDetector.h"
#include "core/text/WordBreaker.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <optional>
#include <vector>

namespace duizhao {

// Diagnostics, off by default: QT_LOGGING_RULES="duizhao.align.debug=true" prints each chosen
// bead's score parts and each pass's estimates; "duizhao.align.timing.debug=true" (or
// DUIZHAO_ALIGN_TIMING=1) the time of each stage and the band and windows searched.
Q_LOGGING_CATEGORY(lcAlign, "duizhao.align", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAlignTiming, "duizhao.align.timing", QtWarningMsg)

namespace {

/// Whether stage times are reported: the category, or the older environment switch.
bool timingEnabled()
{
    static const bool fromEnvironment = qEnvironmentVariableIsSet("DUIZHAO_ALIGN_TIMING");
    return fromEnvironment || lcAlignTiming().isDebugEnabled();
}

constexpr double NegativeInfinity = -std::numeric_limits<double>::infinity();
constexpr int MaskBits = 64;
/// Bead types searched at most (maxBeadSide is clamped to 6 by setParameter).
constexpr int MaxBeadTypes = 32;
/// The first pass searches this far either side of a path guessed from lengths and rare words;
/// later passes this far around the previous pass's path. Both widen where the path meets the
/// band's edge.
constexpr int FirstPassHalfWidth = 16;
constexpr int LaterPassHalfWidth = 6;
/// The band is widened up to this many sentences beyond its first width.
constexpr int MaxWidening = 512;
/// Widening re-searches at most this many cells per Chinese sentence in the first pass (and a
/// quarter of it in later ones, which refine a path already found), and one stretch at most
/// this many rows, so that its cost stays in proportion to the document.
constexpr qsizetype WideningCellsPerRow = 128;
constexpr int MaxStretchRows = 4 * MaxWidening;
/// Documents with more sentence pairs than this find the first path with the common bead types
/// only, and without posteriors.
constexpr double RoughPassCells = 250000.0;
/// The most the first band widens between anchors: beyond it, the band would grow with the
/// square of the stretch without anchors.
constexpr double MaxAnchorSlack = 64.0;
/// The most the first band widens for a stretch without counterpart between two anchors.
constexpr double MaxJumpWidth = 512.0;

struct BeadType
{
    int chinese;
    int english;
};

std::vector<BeadType> beadTypes(int maxSide)
{
    std::vector<BeadType> types = {{1, 1}, {0, 1}, {1, 0}};
    if (maxSide <= 0) {
        // The common types only: enough to find the path through a long document.
        types.insert(types.end(), {{1, 2}, {2, 1}, {1, 3}});
        return types;
    }
    for (int a = 1; a <= maxSide; ++a) {
        for (int b = 1; b <= maxSide; ++b) {
            // Many-to-many beads beyond 2 sentences on the shorter side are too rare to search.
            if ((a == 1 && b == 1) || std::min(a, b) > 2)
                continue;
            types.push_back({a, b});
        }
    }
    return types;
}

/// One id space for everything the English side can contain: dictionary stems share the
/// lexicon's ids; other stems, names, numbers and punctuation get ids above them.
class Vocabulary
{
public:
    explicit Vocabulary(const Lexicon *lexicon)
        : m_lexicon(lexicon)
        , m_base(lexicon ? lexicon->englishVocabularySize() : 0)
    {}

    int stemId(const QString &stem)
    {
        if (m_lexicon) {
            const int id = m_lexicon->englishId(stem);
            if (id >= 0)
                return id;
        }
        return localId(QStringLiteral("s:") + stem);
    }

    int size() const { return m_base + int(m_local.size()); }

    int localId(const QString &key)
    {
        const auto it = m_local.constFind(key);
        if (it != m_local.constEnd())
            return *it;
        const int id = m_base + int(m_local.size());
        m_local.insert(key, id);
        return id;
    }

private:
    const Lexicon *m_lexicon;
    int m_base;
    QHash<QString, int> m_local;
};

QString nameKey(const QString &lowerCase)
{
    return QStringLiteral("n:") + lowerCase;
}

QString anchorKey(const QString &anchor)
{
    return QStringLiteral("a:") + anchor;
}

/// Years, amounts and dates are nearly always translated; bare small numbers are not (一個人 is
/// "a man"), so they count as ordinary words.
bool isStrongAnchor(const QString &anchor)
{
    const double value = anchorNumberValue(anchor);
    return value < 0 || value > 10;
}

/// The anchors of a text, strong ones first; returns how many are strong.
int sortedAnchors(QStringView text, Language language, QStringList &keys)
{
    QStringList weak;
    int strong = 0;
    for (const QString &anchor : numberAnchors(text, language)) {
        if (isStrongAnchor(anchor)) {
            keys.append(anchorKey(anchor));
            ++strong;
        } else {
            weak.append(anchorKey(anchor));
        }
    }
    keys += weak;
    return strong;
}

int nonSpaceLength(QStringView text)
{
    int length = 0;
    for (QChar c : text)
        length += c.isSpace() ? 0 : 1;
    return length;
}

/// Punctuation that survives translation: questions, exclamations, quoted speech.
QStringList punctuationKeys(QStringView text)
{
    QStringList keys;
    if (text.contains(u'?') || text.contains(u'？'))
        keys.append(QStringLiteral("p:?"));
    if (text.contains(u'!') || text.contains(u'！'))
        keys.append(QStringLiteral("p:!"));
    static const QString quotes = QStringLiteral("\"“”「」『』");
    for (QChar c : text) {
        if (quotes.contains(c)) {
            keys.append(QStringLiteral("p:quote"));
            break;
        }
    }
    return keys;
}

struct EnglishSentence
{
    int tokenBegin = 0;
    int tokenEnd = 0;
    int anchorBegin = 0; ///< Numbers and dates are tokens [anchorBegin, anchorEnd).
    int anchorEnd = 0;
    int length = 0;
    bool startsParagraph = false;
    bool unmatchable = false;
    bool isTitle = false;
};

struct ChineseSentence
{
    int wordBegin = 0; ///< Into ChineseSide::wordTypes (every word, for learning).
    int wordEnd = 0;
    int contentBegin = 0; ///< Into the per-pass content words (words that can explain something).
    int contentEnd = 0;
    int anchorBegin = 0; ///< Numbers and dates are content words [anchorBegin, anchorEnd).
    int anchorEnd = 0;
    int anchorKeys = 0; ///< How many of extraKeys are numbers (they come first).
    int length = 0;
    bool startsParagraph = false;
    bool unmatchable = false;
    bool isTitle = false;
    QStringList extraKeys; ///< Numbers and punctuation.
    /// (English id, mask of content words that can translate to it), sorted by id.
    std::vector<std::pair<int, quint64>> explains;
};

/// Everything the model needs about both sides, built once per alignment.
struct Features
{
    std::vector<EnglishSentence> english;
    std::vector<int> englishTokens;
    std::vector<int> englishAlternates; ///< Per token: its name form (Xi → xi), or -1.
    std::vector<ChineseSentence> chinese;
    std::vector<int> wordTypes;                     ///< Per Chinese word occurrence: its type.
    QStringList typeTexts;                          ///< Per type: the word.
    std::vector<std::vector<int>> typeTranslations; ///< Per type: dictionary ids (sorted).
    // Per pass:
    std::vector<int> contentTranslationsBegin; ///< Per content word: into contentTranslations.
    std::vector<int> contentTranslations;
    std::vector<int> contentType; ///< Per content word: its type, or -1 for numbers/punctuation.
    std::vector<double> englishRandomLog; ///< Per English token: log(1 - r), r its chance rate.
    std::vector<double> chineseRandomLog; ///< Per content word: log(1 - s).
    std::vector<float> englishLogRate;    ///< Per English token: log(-log(1 - r)).
    std::vector<float> chineseLogRate;    ///< Per content word: log(-log(1 - s)).
    double lengthRatio = 1.0;
    /// Per Chinese sentence: the length ratio where it stands, once a pass has found confident
    /// beads (a book's chapters and a collection's articles differ); empty before.
    std::vector<float> localRatio;

    double ratioAt(int chineseSentence) const
    {
        return localRatio.empty() ? lengthRatio : localRatio[chineseSentence];
    }
    double tokenRatio = 1.0; ///< English tokens per Chinese content word, over the document.
};

void buildEnglish(Features &features, const QList<AlignmentUnit> &units, Vocabulary &vocabulary)
{
    static thread_local const EnglishStemmer stemmer;
    QHash<QString, std::pair<int, int>> wordIds; ///< Word as written → stem id, name id.
    int previousParagraph = -1;
    for (const AlignmentUnit &unit : units) {
        EnglishSentence sentence;
        sentence.tokenBegin = int(features.englishTokens.size());
        sentence.length = nonSpaceLength(unit.text);
        sentence.startsParagraph = unit.paragraph != previousParagraph;
        sentence.unmatchable = unit.unmatchable;
        sentence.isTitle = unit.isTitle;
        previousParagraph = unit.paragraph;
        const QString &text = unit.text;
        qsizetype i = 0;
        while (i < text.size()) {
            if (!text.at(i).isLetter()) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            while (i < text.size() && text.at(i).isLetter() && !isHan(text.at(i).unicode()))
                ++i;
            if (i == start) {
                ++i; // A Han character inside English: skip it.
                continue;
            }
            const QString word = text.mid(start, i - start);
            // A book repeats a small vocabulary: each word form is stemmed and looked up once.
            auto known = wordIds.constFind(word);
            if (known == wordIds.constEnd()) {
                const QString lower = word.toLower();
                const bool skip = lower.size() < 2 || EnglishStemmer::isStopWord(lower);
                const int id = skip ? -1 : vocabulary.stemId(stemmer.stem(lower));
                // A capitalised word may also be a name written in pinyin (Xi Jinping, Chen
                // Qingyang): one token that either form can match.
                const int alternate =
                    !skip && word.at(0).isUpper() ? vocabulary.localId(nameKey(lower)) : -1;
                known = wordIds.insert(word, {id, alternate});
            }
            if (known->first < 0)
                continue;
            features.englishTokens.push_back(known->first);
            features.englishAlternates.push_back(known->second);
        }
        sentence.anchorBegin = int(features.englishTokens.size());
        QStringList anchors;
        const int strong = sortedAnchors(text, Language::English, anchors);
        sentence.anchorEnd = sentence.anchorBegin + strong;
        for (const QString &anchor : std::as_const(anchors)) {
            features.englishTokens.push_back(vocabulary.localId(anchor));
            features.englishAlternates.push_back(-1);
        }
        for (const QString &key : punctuationKeys(text)) {
            features.englishTokens.push_back(vocabulary.localId(key));
            features.englishAlternates.push_back(-1);
        }
        sentence.tokenEnd = int(features.englishTokens.size());
        features.english.push_back(sentence);
    }
}

/// What a Chinese word can translate to: its dictionary glosses (or those of the dictionary
/// words it is made of), a Latin word's own stem, and its pinyin as a name.
std::vector<int> translationsOf(const QString &word, const Lexicon *lexicon, Vocabulary &vocabulary)
{
    static thread_local const EnglishStemmer stemmer;
    std::vector<int> ids;
    const bool latin = !word.isEmpty() && !isHan(word.at(0).unicode());
    if (latin) {
        const QString lower = word.toLower();
        if (!EnglishStemmer::isStopWord(lower)) {
            ids.push_back(vocabulary.stemId(stemmer.stem(lower)));
            ids.push_back(vocabulary.localId(nameKey(lower)));
        }
        return ids;
    }
    if (!lexicon)
        return ids;
    const auto addGlosses = [&](QStringView part) {
        for (int id : lexicon->glosses(part))
            ids.push_back(id);
    };
    if (lexicon->contains(word)) {
        addGlosses(word);
    } else {
        // Longest match into dictionary words: 大保護 → 大 + 保護.
        qsizetype i = 0;
        const int longest = lexicon->longestHeadword();
        while (i < word.size()) {
            qsizetype length = std::min<qsizetype>(longest, word.size() - i);
            while (length > 1 && !lexicon->contains(QStringView(word).mid(i, length)))
                --length;
            addGlosses(QStringView(word).mid(i, length));
            i += length;
        }
    }
    // Names: 習近平 → xijinping, xi, jinping; 陳清揚 → chenqingyang, chen, qingyang.
    if (word.size() >= 2 && word.size() <= 4) {
        QStringList syllables = lexicon->pinyin(word);
        if (syllables.size() != word.size()) {
            syllables.clear();
            for (QChar c : word) {
                const QStringList one = lexicon->pinyin(QStringView(&c, 1));
                if (one.isEmpty())
                    break;
                syllables.append(one.first());
            }
        }
        if (syllables.size() == word.size()) {
            ids.push_back(vocabulary.localId(nameKey(syllables.join(QString()))));
            ids.push_back(vocabulary.localId(nameKey(syllables.first())));
            ids.push_back(vocabulary.localId(nameKey(syllables.mid(1).join(QString()))));
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

void buildChinese(Features &features, const QList<AlignmentUnit> &units, const Lexicon *lexicon,
                  Vocabulary &vocabulary)
{
    static thread_local const WordBreaker breaker(Language::Chinese);
    QHash<QString, int> typeIds;
    int previousParagraph = -1;
    for (const AlignmentUnit &unit : units) {
        ChineseSentence sentence;
        sentence.wordBegin = int(features.wordTypes.size());
        sentence.length = nonSpaceLength(unit.text);
        sentence.startsParagraph = unit.paragraph != previousParagraph;
        sentence.unmatchable = unit.unmatchable;
        sentence.isTitle = unit.isTitle;
        previousParagraph = unit.paragraph;
        for (const WordToken &token : breaker.split(unit.text)) {
            if (!token.isWord)
                continue;
            const QString word = unit.text.mid(token.range.start, token.range.length);
            if (word.front().isDigit())
                continue; // Numbers are anchors.
            auto it = typeIds.constFind(word);
            if (it == typeIds.constEnd()) {
                it = typeIds.insert(word, int(features.typeTexts.size()));
                features.typeTexts.append(word);
                features.typeTranslations.push_back(translationsOf(word, lexicon, vocabulary));
            }
            features.wordTypes.push_back(*it);
        }
        sentence.wordEnd = int(features.wordTypes.size());
        sentence.anchorKeys = sortedAnchors(unit.text, Language::Chinese, sentence.extraKeys);
        sentence.extraKeys += punctuationKeys(unit.text);
        features.chinese.push_back(sentence);
    }
}

using LearnedPairs = QHash<int, std::vector<int>>; ///< Chinese word type → extra English ids.

/// Chooses each sentence's content words for this pass and indexes what they can explain.
void prepareContent(Features &features, Vocabulary &vocabulary, const LearnedPairs &learned)
{
    features.contentTranslationsBegin.clear();
    features.contentTranslations.clear();
    features.contentType.clear();
    std::vector<quint64> keys;
    for (ChineseSentence &sentence : features.chinese) {
        sentence.contentBegin = int(features.contentType.size());
        sentence.explains.clear();
        keys.clear();
        const auto addWord = [&](const std::vector<int> &ids, int type) {
            if (ids.empty())
                return;
            const int index = int(features.contentType.size()) - sentence.contentBegin;
            features.contentTranslationsBegin.push_back(int(features.contentTranslations.size()));
            features.contentType.push_back(type);
            for (int id : ids) {
                features.contentTranslations.push_back(id);
                // Id and word in one integer: sorting these is much cheaper than pairs.
                keys.push_back((quint64(quint32(id)) << 6) |
                               quint64(std::min(index, MaskBits - 1)));
            }
        };
        for (int w = sentence.wordBegin; w < sentence.wordEnd; ++w) {
            const int type = features.wordTypes[w];
            const auto extra = learned.constFind(type);
            if (extra == learned.constEnd()) {
                addWord(features.typeTranslations[type], type);
                continue;
            }
            std::vector<int> ids = features.typeTranslations[type];
            ids.insert(ids.end(), extra->begin(), extra->end());
            addWord(ids, type);
        }
        for (int k = 0; k < sentence.extraKeys.size(); ++k) {
            if (k == 0)
                sentence.anchorBegin = int(features.contentType.size());
            addWord({vocabulary.localId(sentence.extraKeys.at(k))}, -1);
            if (k + 1 == sentence.anchorKeys)
                sentence.anchorEnd = int(features.contentType.size());
        }
        if (sentence.anchorKeys == 0)
            sentence.anchorBegin = sentence.anchorEnd = int(features.contentType.size());
        sentence.contentEnd = int(features.contentType.size());
        std::sort(keys.begin(), keys.end());
        // One entry per id, with the mask of every word that translates to it.
        for (quint64 key : keys) {
            const int id = int(key >> 6);
            const quint64 bit = quint64(1) << (key & 63);
            if (!sentence.explains.empty() && sentence.explains.back().first == id)
                sentence.explains.back().second |= bit;
            else
                sentence.explains.emplace_back(id, bit);
        }
    }
    features.contentTranslationsBegin.push_back(int(features.contentTranslations.size()));
    features.tokenRatio = features.contentType.empty() ? 1.0
                                                       : double(features.englishTokens.size()) /
                                                             double(features.contentType.size());

    // How often a word would be explained by chance: for an English token, the share of
    // Chinese content words that can translate to it; for a Chinese word, the share of English
    // tokens among its translations. Rare words then count for much, common ones for little.
    // Ids are dense (the dictionary's, then the document's own), so plain vectors count them.
    const int vocabularySize = vocabulary.size();
    std::vector<int> englishFrequency(vocabularySize, 0);
    for (int id : features.englishTokens)
        ++englishFrequency[id];
    for (int id : features.englishAlternates) {
        if (id >= 0)
            ++englishFrequency[id];
    }
    std::vector<int> explainers(vocabularySize, 0);
    for (int id : features.contentTranslations) {
        if (englishFrequency[id] > 0)
            ++explainers[id];
    }
    const double chineseWords = std::max<double>(1.0, double(features.contentType.size()));
    const double englishWords = std::max<double>(1.0, double(features.englishTokens.size()));
    features.englishRandomLog.resize(features.englishTokens.size());
    features.englishLogRate.resize(features.englishTokens.size());
    for (size_t t = 0; t < features.englishTokens.size(); ++t) {
        const int alternate = features.englishAlternates[t];
        const int hits =
            explainers[features.englishTokens[t]] + (alternate >= 0 ? explainers[alternate] : 0);
        const double rate = (hits + 0.5) / (chineseWords + 1.0);
        features.englishRandomLog[t] = std::log1p(-std::min(rate, 0.999));
        features.englishLogRate[t] = float(std::log(-features.englishRandomLog[t]));
    }
    features.chineseRandomLog.resize(features.contentType.size());
    features.chineseLogRate.resize(features.contentType.size());
    for (size_t w = 0; w < features.contentType.size(); ++w) {
        int hits = 0;
        for (int k = features.contentTranslationsBegin[w];
             k < features.contentTranslationsBegin[w + 1]; ++k)
            hits += englishFrequency[features.contentTranslations[k]];
        const double rate = (hits + 0.5) / (englishWords + 1.0);
        features.chineseRandomLog[w] = std::log1p(-std::min(rate, 0.999));
        features.chineseLogRate[w] = float(std::log(-features.chineseRandomLog[w]));
    }
}

/// The search space: for each Chinese boundary i of [first, last()], the English boundaries
/// low(i)..high(i). A whole document's band runs from (0, 0) to its last corner; a window
/// re-searched later runs between two points of the path found before.
struct Band
{
    int first = 0;
    std::vector<int> lo; ///< By row - first.
    std::vector<int> hi;
    std::vector<qsizetype> offset; ///< Cell index of (i, low(i)), by row - first.

    int last() const { return first + int(lo.size()) - 1; }
    int low(int i) const { return lo[i - first]; }
    int high(int i) const { return hi[i - first]; }
    qsizetype cells() const { return offset.back(); }
    bool contains(int i, int j) const
    {
        return i >= first && i <= last() && j >= low(i) && j <= high(i);
    }
    qsizetype cell(int i, int j) const { return offset[i - first] + (j - low(i)); }

    /// Makes the band monotone and connected from (first, @p startJ) to (last(), @p endJ), so
    /// that a path always exists, then lays out its cells.
    void connect(int startJ, int endJ)
    {
        const int rows = int(lo.size()) - 1;
        for (int r = 0; r <= rows; ++r) {
            lo[r] = std::clamp(lo[r], startJ, endJ);
            hi[r] = std::clamp(hi[r], startJ, endJ);
        }
        lo[0] = startJ;
        hi[rows] = endJ;
        for (int r = 1; r <= rows; ++r) {
            lo[r] = std::max(lo[r], lo[r - 1]);
            hi[r] = std::max(hi[r], hi[r - 1]);
        }
        for (int r = rows - 1; r >= 0; --r) {
            lo[r] = std::min(lo[r], lo[r + 1]);
            hi[r] = std::min(hi[r], hi[r + 1]);
        }
        for (int r = 1; r <= rows; ++r)
            lo[r] = std::min(lo[r], hi[r - 1]);
        for (int r = 0; r <= rows; ++r)
            hi[r] = std::max(hi[r], lo[r]);
        finish();
    }

    void finish()
    {
        offset.assign(lo.size() + 1, 0);
        for (size_t r = 0; r < lo.size(); ++r)
            offset[r + 1] = offset[r] + (hi[r] - lo[r] + 1);
    }
};

struct PairMasks
{
    quint64 english = 0; ///< Tokens of the English sentence the Chinese sentence explains.
    quint64 chinese = 0; ///< Content words of the Chinese sentence the English one explains.
};

/// Which words of Chinese sentence @p s and English sentence @p j translate each other.
PairMasks pairMasks(const Features &features, int s, int j)
{
    PairMasks masks;
    const auto &explains = features.chinese[s].explains;
    if (explains.empty())
        return masks;
    const EnglishSentence &english = features.english[j];
    const int tokens = std::min(english.tokenEnd - english.tokenBegin, MaskBits);
    const auto lookUp = [&](int id, int t) {
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

/// The scoring model with the document's estimates, and the bead score.
class Scorer
{
public:
    Scorer(const Features &features, const AlignerModel &model)
        : m_features(features)
        , m_model(model)
    {}

    /// Looks up the word pairs of every sentence pair that a bead inside @p band can hold;
    /// score() may then be asked about beads of that band only. Pairs looked up for an earlier
    /// band are kept, so widening the band looks up only the cells it adds.
    void computePairs(const Band &band)
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

    /// Word pairs looked up so far: each is a scan of both sentences' words.
    qsizetype pairsLookedUp() const { return m_pairsLookedUp; }

    double matchProbability = 0.5;
    double lengthVariance = 6.0;

    int englishCount() const { return int(m_features.english.size()); }

    struct Parts
    {
        double lexical = 0.0;
        double length = 0.0;
        double prior = 0.0;
        int explained = 0;
        int words = 0;
    };

    double score(int i0, int a, int j0, int b) const { return score(i0, a, j0, b, nullptr); }

    double score(int i0, int a, int j0, int b, Parts *parts) const
    {
        if (a == 0)
            return m_features.english[j0].unmatchable ? 0.0 : -m_model.skipCost;
        if (b == 0)
            return m_features.chinese[i0].unmatchable ? 0.0 : -m_model.skipCost;
        int chineseWords = 0, chineseLength = 0, englishWords = 0, englishLength = 0;
        int chineseAnchors = 0, englishAnchors = 0;
        for (int i = i0; i < i0 + a; ++i) {
            const ChineseSentence &s = m_features.chinese[i];
            if (s.unmatchable)
                return NegativeInfinity;
            chineseWords += s.contentEnd - s.contentBegin;
            chineseAnchors += s.anchorEnd - s.anchorBegin;
            chineseLength += s.length;
        }
        for (int j = j0; j < j0 + b; ++j) {
            const EnglishSentence &s = m_features.english[j];
            if (s.unmatchable)
                return NegativeInfinity;
            englishWords += s.tokenEnd - s.tokenBegin;
            englishAnchors += s.anchorEnd - s.anchorBegin;
            englishLength += s.length;
        }

        const double length = lengthScore(i0, chineseLength, englishLength);
        // Hopeless lengths need no lexical work (most many-sentence candidates end here).
        if (m_model.lengthWeight * length < -m_model.lengthCutoff)
            return NegativeInfinity;

        const BeadGains &gains = beadGains(chineseWords, englishWords);
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
        if (parts) {
            *parts = {lexical + unexplained, length, prior, 0, chineseWords + englishWords};
            for (int j = j0; j < j0 + b; ++j)
                for (int i = i0; i < i0 + a; ++i)
                    parts->explained +=
                        std::popcount(pair(i, j).english) + std::popcount(pair(i, j).chinese);
        }
        return m_model.lexicalWeight * (lexical + unexplained) + m_model.lengthWeight * length +
               prior;
    }

    /// Gale–Church: how far the English length is from the expected one, in standard deviations,
    /// as a log density relative to a perfect fit. The tail is heavy (a mixture with a Gaussian
    /// four times wider), because headlines and terse translations are far off the line yet right.
    double lengthScore(int i0, int chineseLength, int englishLength) const
    {
        const double expected = m_features.ratioAt(i0) * chineseLength;
        const double spread =
            std::sqrt(lengthVariance * std::max(1.0, (expected + englishLength) / 2.0));
        const double delta = (englishLength - expected) / spread;
        return lengthLogDensity(delta * delta);
    }

    /// The length model's log density at @p squared = delta², relative to a perfect fit.
    static double exactLengthLogDensity(double squared)
    {
        constexpr double outlierShare = 0.05, outlierWidth = 4.0;
        const double density =
            (1.0 - outlierShare) * std::exp(-0.5 * squared) +
            outlierShare / outlierWidth * std::exp(-0.5 * squared / (outlierWidth * outlierWidth));
        return std::log(density / (1.0 - outlierShare + outlierShare / outlierWidth));
    }

    /// Far out only the wide Gaussian is left (the narrow one is below e^-128): a line in
    /// delta², with no exp or log.
    static double tailLengthLogDensity(double squared)
    {
        constexpr double outlierShare = 0.05, outlierWidth = 4.0;
        static const double offset = std::log(outlierShare / outlierWidth /
                                              (1.0 - outlierShare + outlierShare / outlierWidth));
        return offset - 0.5 * squared / (outlierWidth * outlierWidth);
    }

    /// Every candidate bead needs it: read from a table (linear between steps of 1/16, smooth
    /// enough to be exact to 1e-4) instead of two exponentials and a logarithm. The table
    /// reaches past the length cutoff of any sensible weight and is quick to fill.
    static double lengthLogDensity(double squared)
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

    /// Log-likelihood gain of a word found translated in a bead over its not being found, when
    /// the other side holds @p others words that could explain it by chance.
    /// log(1 - p): one side of every bead keeps the document's match probability, so that
    /// one is kept rather than computed for each candidate.
    double missLog(double p) const
    {
        if (p == m_missLogFor)
            return m_missLog;
        return std::log1p(-p);
    }

    /// To call once matchProbability is set.
    void prepareConstants()
    {
        m_gainCache.assign(GainCacheSide * GainCacheSide, std::nullopt);
        m_missLogFor = matchProbability;
        m_missLog = std::log1p(-matchProbability);
        m_anchorMissLog = std::log1p(-m_model.anchorMatchProbability);
    }

    /// balance^balanceScaling; the default scaling 0.5 is a square root.
    double shrunk(double balance) const
    {
        return m_model.balanceScaling == 0.5 ? std::sqrt(balance)
                                             : std::pow(balance, m_model.balanceScaling);
    }

    /// The exact gain of a more common word, by match probability (in steps of 1/Rows) and
    /// log λ (in steps of 1/16), each row filled the first time a bead needs it: otherwise an
    /// exp and a log for every such word of every candidate bead. Exact to about 1e-3.
    struct GainTables
    {
        static constexpr int Rows = 64;
        static constexpr double Start = -6.0, StepsPerUnit = 16.0;
        static constexpr int Size = int(10.0 * StepsPerUnit); // To λ = e^4: a sure chance match.

        const std::vector<float> &row(int k) const
        {
            std::vector<float> &values = rows[k];
            if (values.empty()) {
                values.resize(Size + 1);
                for (int x = 0; x <= Size; ++x)
                    values[x] = float(
                        Scorer::gain(-std::exp(Start + x / StepsPerUnit), 1, double(k) / Rows));
            }
            return values;
        }

        static double read(const std::vector<float> &values, double logLambda)
        {
            const double position = (logLambda - Start) * StepsPerUnit;
            if (position >= Size)
                return values[Size];
            const int x = int(position);
            const double within = position - x;
            return values[x] + within * (values[x + 1] - values[x]);
        }

        mutable std::array<std::vector<float>, Rows> rows;
    };

    /// The per-word gain of one bead and direction: match probability p, and @p others words on
    /// the other side that could explain a word by chance.
    struct GainTerms
    {
        GainTerms(double matchProbability, int otherWords, const GainTables &tables)
            : p(matchProbability)
            , others(otherWords)
            , logOdds(std::log(matchProbability / (1.0 - matchProbability)))
            , oddsRatio((1.0 - matchProbability) / matchProbability)
            , logOthers(otherWords < int(LogTable::Size) ? logTable().values[otherWords]
                                                         : std::log(double(otherWords)))
        {
            const double row = std::clamp(p * GainTables::Rows, 1.0, GainTables::Rows - 1.0);
            const int low = std::min(int(row), GainTables::Rows - 2);
            lowRow = &tables.row(low);
            highRow = &tables.row(low + 1);
            highShare = row - low;
        }

        double gain(double randomLog, float logRate) const
        {
            // λ, the expected number of chance explanations. While (q/p)·λ is small the exact
            // gain log(p / (q·c) + 1), c = 1 - e^-λ, is log(p/q) - log λ + λ/2 + (q/p)·λ to
            // within 0.002, with no exp or log: most words of a long book are that rare.
            const double lambda = -others * randomLog;
            if (oddsRatio * lambda < 0.05)
                return logOdds - (logOthers + logRate) + lambda * (0.5 + oddsRatio);
            const double logLambda = logOthers + logRate;
            if (logLambda < GainTables::Start)
                return Scorer::gain(randomLog, others, p);
            return (1.0 - highShare) * GainTables::read(*lowRow, logLambda) +
                   highShare * GainTables::read(*highRow, logLambda);
        }

        double p;
        int others;
        double logOdds;
        double oddsRatio;
        double logOthers;
        const std::vector<float> *lowRow;
        const std::vector<float> *highRow;
        double highShare; ///< Between the tables of the match probabilities either side of p.
    };

    /// What a bead's score needs of its size: the gains of matched words and the cost of
    /// unmatched ones, both ways. They depend only on how many content words each side has, so
    /// they are computed once per pair of sizes.
    struct BeadGains
    {
        GainTerms english;
        GainTerms chinese;
        GainTerms englishAnchor;
        GainTerms chineseAnchor;
        double englishMiss;
        double chineseMiss;
    };

    BeadGains computeBeadGains(int chineseWords, int englishWords) const
    {
        // A short side cannot translate all of a long one: the share of words expected to be
        // explained shrinks with the other side's size (the length model already charges for
        // the mismatch itself).
        const double balance =
            m_features.tokenRatio * chineseWords / std::max(1.0, double(englishWords));
        const double englishMatch = matchProbability * shrunk(std::min(1.0, balance));
        const double chineseMatch =
            matchProbability * shrunk(std::min(1.0, 1.0 / std::max(balance, 1e-9)));
        return {GainTerms(englishMatch, chineseWords, m_gainTables),
                GainTerms(chineseMatch, englishWords, m_gainTables),
                GainTerms(m_model.anchorMatchProbability, chineseWords, m_gainTables),
                GainTerms(m_model.anchorMatchProbability, englishWords, m_gainTables),
                missLog(englishMatch),
                missLog(chineseMatch)};
    }

    const BeadGains &beadGains(int chineseWords, int englishWords) const
    {
        if (chineseWords >= GainCacheSide || englishWords >= GainCacheSide) {
            m_uncachedGains = computeBeadGains(chineseWords, englishWords);
            return *m_uncachedGains;
        }
        std::optional<BeadGains> &cached = m_gainCache[chineseWords * GainCacheSide + englishWords];
        if (!cached)
            cached = computeBeadGains(chineseWords, englishWords);
        return *cached;
    }

    struct LogTable
    {
        static constexpr size_t Size = 4096;
        std::array<double, Size> values{};
        LogTable()
        {
            for (size_t n = 1; n < Size; ++n)
                values[n] = std::log(double(n));
        }
    };

    static const LogTable &logTable()
    {
        static const LogTable table;
        return table;
    }

    static double gain(double randomLog, int others, double p)
    {
        // Single precision is plenty here, and this runs for every matched word of every
        // candidate bead.
        const float chance = -std::expm1(float(others * randomLog));
        const float q = float(1.0 - p);
        return std::log((1.0f - q * (1.0f - chance)) / (std::max(chance, 1e-12f) * q));
    }

    const PairMasks &pair(int i, int j) const
    {
        static const PairMasks none;
        if (i < 0 || i >= int(m_pairRows.size()))
            return none;
        const std::vector<PairMasks> &row = m_pairRows[i];
        const int k = j - m_pairLo[i];
        return k >= 0 && k < int(row.size()) ? row[k] : none;
    }

    /// Makes sentence @p s's run of looked-up pairs cover English sentences @p lo to @p hi.
    void extendPairs(int s, int lo, int hi)
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

private:
    static constexpr int GainCacheSide = 160;
    GainTables m_gainTables;
    mutable std::vector<std::optional<BeadGains>> m_gainCache;
    mutable std::optional<BeadGains> m_uncachedGains;
    double m_missLogFor = -1.0;
    double m_missLog = 0.0;
    double m_anchorMissLog = 0.0;
    const Features &m_features;
    const AlignerModel &m_model;
    /// By Chinese sentence: the first English sentence looked up, and the pairs from there on.
    std::vector<int> m_pairLo;
    std::vector<std::vector<PairMasks>> m_pairRows;
    qsizetype m_pairsLookedUp = 0;
};

/// e^x for x in [-40, 0], to a relative 1e-7: 2^k by its bits times a short series for the
/// rest. The forward–backward sums call it for every bead of every cell, and the library's
/// exp was most of their time.
double expNearZero(double x)
{
    const double power = x * std::numbers::log2e;
    const double whole = std::floor(power);
    const double r = (power - whole) * std::numbers::ln2; // In [0, ln 2).
    const double series =
        1.0 +
        r * (1.0 + r * (1.0 / 2 +
                        r * (1.0 / 6 +
                             r * (1.0 / 24 +
                                  r * (1.0 / 120 +
                                       r * (1.0 / 720 + r * (1.0 / 5040 + r * (1.0 / 40320))))))));
    return series * std::bit_cast<double>(quint64(qint64(whole) + 1023) << 52);
}

/// log(sum(exp(terms))), with one log for all of them. Terms e^40 times smaller than the
/// largest change nothing and are left out.
double logSumExp(const double *terms, int count)
{
    const double largest = *std::max_element(terms, terms + count);
    double sum = 0.0;
    for (int k = 0; k < count; ++k) {
        const double below = terms[k] - largest;
        if (below > -40.0)
            sum += expNearZero(below);
    }
    return largest + std::log(sum);
}

struct SearchResult
{
    QList<Bead> beads;
    /// Chinese boundaries where the path ran along the band's edge: a wider band there might
    /// find a better path.
    std::vector<int> touchedRows;
    bool cancelled = false;
};

/// Viterbi for the best beads through @p band (from its first corner to its last), and
/// forward–backward (summing over all bead paths) for each chosen bead's posterior probability.
SearchResult search(const Scorer &scorer, const Band &band, const AlignerModel &model,
                    bool withPosteriors, bool commonTypesOnly,
                    const std::function<bool()> &isCancelled,
                    const std::function<void(double)> &reportProgress)
{
    const int firstRow = band.first, lastRow = band.last();
    const int firstColumn = band.low(firstRow), lastColumn = band.high(lastRow);
    const int englishCount = scorer.englishCount();
    const std::vector<BeadType> types = beadTypes(commonTypesOnly ? 0 : model.maxBeadSide);
    const double temperature = std::max(1e-3, model.posteriorTemperature);

    std::vector<double> best(band.cells(), NegativeInfinity);
    std::vector<double> forward(withPosteriors ? band.cells() : 0, NegativeInfinity);
    std::vector<quint8> back(band.cells(), 0);
    // Bead scores, kept for the backward sweep: computing them is most of the work.
    std::vector<float> scores(withPosteriors ? band.cells() * types.size() : 0,
                              -std::numeric_limits<float>::infinity());
    best[band.cell(firstRow, firstColumn)] = 0.0;
    if (withPosteriors)
        forward[band.cell(firstRow, firstColumn)] = 0.0;

    SearchResult result;
    for (int i = firstRow; i <= lastRow; ++i) {
        if (((i - firstRow) & 255) == 0) {
            if (isCancelled && isCancelled()) {
                result.cancelled = true;
                return result;
            }
            if (reportProgress)
                reportProgress(double(i - firstRow) / double(lastRow - firstRow + 1));
        }
        for (int j = band.low(i); j <= band.high(i); ++j) {
            const qsizetype here = band.cell(i, j);
            std::array<double, MaxBeadTypes> terms;
            int termCount = 0;
            for (size_t t = 0; t < types.size(); ++t) {
                const int a = types[t].chinese, b = types[t].english;
                if (!band.contains(i - a, j - b))
                    continue;
                const qsizetype from = band.cell(i - a, j - b);
                if (best[from] == NegativeInfinity)
                    continue;
                const double s = scorer.score(i - a, a, j - b, b);
                if (s == NegativeInfinity)
                    continue;
                if (best[from] + s > best[here]) {
                    best[here] = best[from] + s;
                    back[here] = quint8(t);
                }
                if (withPosteriors) {
                    scores[here * types.size() + t] = float(s);
                    terms[termCount++] = forward[from] + s / temperature;
                }
            }
            if (termCount > 0)
                forward[here] = logSumExp(terms.data(), termCount);
        }
    }

    // A path pressed against a window's corners (at its first column past its first row, or at
    // its last column before its last row) may also want to leave the window.
    const auto onEdge = [&](int i, int j) {
        return (j == band.low(i) && (band.low(i) > firstColumn || (i > firstRow + 1 && j > 0))) ||
               (j == band.high(i) &&
                (band.high(i) < lastColumn || (i < lastRow - 1 && j < englishCount)));
    };
    if (!withPosteriors) {
        // The path only, for a later pass; a bead's confidence is then its score's logistic.
        for (int i = lastRow, j = lastColumn; i > firstRow || j > firstColumn;) {
            const BeadType type = types[back[band.cell(i, j)]];
            const int i0 = i - type.chinese, j0 = j - type.english;
            const double s = scorer.score(i0, type.chinese, j0, type.english);
            result.beads.prepend({i0, type.chinese, j0, type.english, 1.0 / (1.0 + std::exp(-s))});
            if (onEdge(i, j))
                result.touchedRows.push_back(i);
            i = i0;
            j = j0;
        }
        return result;
    }

    std::vector<double> backward(band.cells(), NegativeInfinity);
    backward[band.cell(lastRow, lastColumn)] = 0.0;
    // Gathered rather than scattered: each cell sums the beads leaving it, in one go.
    for (int i = lastRow; i >= firstRow; --i) {
        for (int j = band.high(i); j >= band.low(i); --j) {
            const qsizetype here = band.cell(i, j);
            std::array<double, MaxBeadTypes> terms;
            int termCount = 0;
            for (size_t t = 0; t < types.size(); ++t) {
                const int a = types[t].chinese, b = types[t].english;
                if (!band.contains(i + a, j + b))
                    continue;
                const qsizetype to = band.cell(i + a, j + b);
                if (backward[to] == NegativeInfinity)
                    continue;
                const double s = scores[to * types.size() + t];
                if (s == NegativeInfinity)
                    continue;
                terms[termCount++] = backward[to] + s / temperature;
            }
            if (termCount > 0)
                backward[here] = logSumExp(terms.data(), termCount);
        }
    }

    const double total = forward[band.cell(lastRow, lastColumn)];
    const bool debug = lcAlign().isDebugEnabled();
    for (int i = lastRow, j = lastColumn; i > firstRow || j > firstColumn;) {
        const BeadType type = types[back[band.cell(i, j)]];
        const int i0 = i - type.chinese, j0 = j - type.english;
        const double s = scorer.score(i0, type.chinese, j0, type.english);
        const double posterior = std::exp(forward[band.cell(i0, j0)] + s / temperature +
                                          backward[band.cell(i, j)] - total);
        result.beads.prepend({i0, type.chinese, j0, type.english, std::clamp(posterior, 0.0, 1.0)});
        if (debug) {
            Scorer::Parts parts;
            scorer.score(i0, type.chinese, j0, type.english, &parts);
            qCDebug(lcAlign,
                    "bead zh %d+%d en %d+%d: score %.2f = lexical %.2f (%d of %d words) + length "
                    "%.2f + prior %.2f; posterior %.3f",
                    i0, type.chinese, j0, type.english, s, parts.lexical, parts.explained,
                    parts.words, parts.length, parts.prior, posterior);
        }
        if (onEdge(i, j))
            result.touchedRows.push_back(i);
        i = i0;
        j = j0;
    }
    return result;
}

/// The start of each bead, then the end of the last: the path's corners.
std::vector<std::pair<int, int>> pathPoints(const QList<Bead> &beads)
{
    std::vector<std::pair<int, int>> points;
    points.reserve(beads.size() + 1);
    points.emplace_back(0, 0);
    for (const Bead &bead : beads)
        points.emplace_back(bead.chineseBegin + bead.chineseCount,
                            bead.englishBegin + bead.englishCount);
    return points;
}

struct WideningCost
{
    int windows = 0;
    int skipped = 0; ///< Stretches left as they were: over the budget.
    qsizetype cells = 0;
};

/// Where the path ran along the band's edge, widens the band there and searches again between
/// two corners of the path either side, doubling the widening while the new path still meets
/// the edge: the rest of the document is not searched again. The cells searched are budgeted in
/// proportion to the document's rows: a stretch that would overspend keeps the path it has.
WideningCost widenWhereTouched(Scorer &scorer, Band &band, SearchResult &result, int halfWidth,
                               qsizetype cellsPerRow, const AlignerModel &model,
                               bool withPosteriors, bool commonTypesOnly,
                               const std::function<bool()> &isCancelled)
{
    WideningCost cost;
    qsizetype budget = cellsPerRow * qsizetype(band.lo.size());
    std::vector<int> touched = std::move(result.touchedRows);
    for (int widening = std::max(8, halfWidth); !touched.empty() && widening <= MaxWidening;
         widening *= 2) {
        std::sort(touched.begin(), touched.end());
        const std::vector<std::pair<int, int>> points = pathPoints(result.beads);
        const int lastPoint = int(points.size()) - 1;
        // Windows as ranges of beads [from, to), merged when they overlap.
        std::vector<std::pair<int, int>> windows;
        for (int row : touched) {
            // The path's error may reach well beyond where it met the edge.
            const int lowRow = row - 2 * widening, highRow = row + 2 * widening;
            const int from = std::max<int>(
                0, int(std::upper_bound(points.begin(), points.end(), lowRow,
                                        [](int value, const std::pair<int, int> &point) {
                                            return value < point.first;
                                        }) -
                       points.begin()) -
                       1);
            const int to = std::min<int>(
                lastPoint, int(std::lower_bound(points.begin(), points.end(), highRow,
                                                [](const std::pair<int, int> &point, int value) {
                                                    return point.first < value;
                                                }) -
                               points.begin()));
            const bool overlaps = !windows.empty() && from <= windows.back().second;
            if (overlaps && points[to].first - points[windows.back().first].first <= MaxStretchRows)
                windows.back().second = std::max(windows.back().second, to);
            else if (overlaps && to > windows.back().second)
                windows.emplace_back(windows.back().second, to); // Too long merged: split.
            else if (!overlaps)
                windows.emplace_back(from, to);
        }
        touched.clear();
        QList<Bead> spliced;
        spliced.reserve(result.beads.size());
        int next = 0;
        for (const auto &[from, to] : windows) {
            spliced.append(result.beads.mid(next, from - next));
            next = from;
            const auto [i0, j0] = points[from];
            const auto [i1, j1] = points[to];
            Band local;
            local.first = i0;
            for (int i = i0; i <= i1; ++i) {
                local.lo.push_back(band.low(i) - widening);
                local.hi.push_back(band.high(i) + widening);
            }
            local.connect(j0, j1);
            if (local.cells() > budget) {
                ++cost.skipped;
                continue; // Keeps this stretch's path, and widens it no further.
            }
            budget -= local.cells();
            cost.cells += local.cells();
            for (int i = i0; i <= i1; ++i) {
                band.lo[i - band.first] = std::min(band.low(i), local.low(i));
                band.hi[i - band.first] = std::max(band.high(i), local.high(i));
            }
            scorer.computePairs(local);
            if (timingEnabled())
                qDebug("window: rows %d-%d, columns %d-%d, widened by %d, %lld cells", i0, i1, j0,
                       j1, widening, qlonglong(local.cells()));
            SearchResult part =
                search(scorer, local, model, withPosteriors, commonTypesOnly, isCancelled, {});
            ++cost.windows;
            if (part.cancelled) {
                result.cancelled = true;
                return cost;
            }
            spliced.append(part.beads);
            touched.insert(touched.end(), part.touchedRows.begin(), part.touchedRows.end());
            next = to;
        }
        spliced.append(result.beads.mid(next));
        result.beads = std::move(spliced);
    }
    return cost;
}

/// English position expected for each Chinese boundary from the running lengths.
std::vector<double> lengthDiagonal(const Features &features)
{
    const int chineseCount = int(features.chinese.size());
    const int englishCount = int(features.english.size());
    std::vector<double> englishStarts(englishCount + 1, 0.0);
    for (int j = 0; j < englishCount; ++j)
        englishStarts[j + 1] = englishStarts[j] + features.english[j].length;
    double chineseTotal = 0.0;
    for (const ChineseSentence &sentence : features.chinese)
        chineseTotal += sentence.length;
    std::vector<double> diagonal(chineseCount + 1, 0.0);
    double position = 0.0;
    int j = 0;
    for (int i = 0; i <= chineseCount; ++i) {
        const double target = chineseTotal > 0 ? position / chineseTotal * englishStarts.back() : 0;
        while (j < englishCount && englishStarts[j + 1] <= target)
            ++j;
        const double within = j < englishCount && features.english[j].length > 0
                                  ? (target - englishStarts[j]) / features.english[j].length
                                  : 0.0;
        diagonal[i] = std::min<double>(englishCount, j + within);
        if (i < chineseCount)
            position += features.chinese[i].length;
    }
    return diagonal;
}

/// Pairs of sentences that share translated words rare near where the path should run, chained
/// into the heaviest consistent (monotone) path: the skeleton the band is laid around. The search
/// follows the document: each Chinese sentence looks for its English one in a window around where
/// the anchors found so far place it, widening with the distance from the last of them. A word
/// that a book repeats in every chapter still places each chapter, anchors stay dense however
/// long the book, and the work per sentence does not grow with it.
std::vector<std::pair<int, int>> findAnchors(const Features &features,
                                             const std::vector<double> &diagonal)
{
    constexpr int BaseWindow = 64;
    /// Per sentence since the last verified anchor: an untranslated stretch of n sentences on
    /// one side is found again about n sentences later.
    constexpr double WindowGrowth = 1.0;
    constexpr int VerifyReach = 32; ///< Rows within which a second candidate must agree.
    const int chineseCount = int(features.chinese.size());
    const int englishCount = int(features.english.size());
    QHash<int, std::vector<int>> postings; // English id → sentences holding it
    for (int j = 0; j < englishCount; ++j) {
        const EnglishSentence &s = features.english[j];
        for (int t = s.tokenBegin; t < s.tokenEnd; ++t) {
            std::vector<int> &list = postings[features.englishTokens[t]];
            if (list.empty() || list.back() != j)
                list.push_back(j);
        }
    }
    const size_t rareLimit = 8;
    std::vector<std::pair<int, int>> candidates;
    std::vector<double> weights;
    QHash<int, double> accumulated;
    int lastRow = 0; // The last verified anchor (the path's start at first).
    double lastColumn = 0.0;
    for (int i = 0; i < chineseCount; ++i) {
        accumulated.clear();
        const double expected = lastColumn + (diagonal[i] - diagonal[lastRow]);
        const double window = BaseWindow + WindowGrowth * (i - lastRow);
        const int low = int(std::floor(expected - window));
        const int high = int(std::ceil(expected + window));
        for (const auto &[id, mask] : features.chinese[i].explains) {
            const auto it = postings.constFind(id);
            if (it == postings.constEnd())
                continue;
            const auto begin = std::lower_bound(it->begin(), it->end(), low);
            const auto end = std::upper_bound(begin, it->end(), high);
            if (end == begin || size_t(end - begin) > rareLimit)
                continue;
            const double weight = 1.0 / double(end - begin);
            for (auto j = begin; j != end; ++j)
                accumulated[*j] += weight;
        }
        double top = 0.0, second = 0.0;
        int topJ = -1;
        for (auto it = accumulated.constBegin(); it != accumulated.constEnd(); ++it) {
            if (it.value() > top || (it.value() == top && it.key() < topJ)) {
                second = top;
                top = it.value();
                topJ = it.key();
            } else if (it.value() > second) {
                second = it.value();
            }
        }
        if (topJ < 0 || top < 1.5 || top < 2.0 * second)
            continue;
        // Verified when the candidate before agrees on the path's course: only then does the
        // window move, so that one chance match cannot lead the search astray.
        if (!candidates.empty()) {
            const auto [previousRow, previousColumn] = candidates.back();
            const double advance = topJ - previousColumn;
            const double expectedAdvance = diagonal[i] - diagonal[previousRow];
            if (i - previousRow <= VerifyReach && advance > 0 &&
                std::abs(advance - expectedAdvance) <= 3.0 + 0.5 * expectedAdvance) {
                lastRow = i;
                lastColumn = topJ;
            }
        }
        candidates.emplace_back(i, topJ);
        weights.push_back(top);
    }
    // Heaviest chain increasing in both coordinates (quadratic in the candidates near each
    // other only: candidates are sorted by i, and j may not go back).
    const int n = int(candidates.size());
    std::vector<double> chain(n, 0.0);
    std::vector<int> previous(n, -1);
    for (int k = 0; k < n; ++k) {
        chain[k] = weights[k];
        for (int m = k - 1; m >= 0 && m >= k - 200; --m) {
            if (candidates[m].first < candidates[k].first &&
                candidates[m].second < candidates[k].second && chain[m] + weights[k] > chain[k]) {
                chain[k] = chain[m] + weights[k];
                previous[k] = m;
            }
        }
    }
    std::vector<std::pair<int, int>> anchors;
    int k = n > 0 ? int(std::max_element(chain.begin(), chain.end()) - chain.begin()) : -1;
    for (; k >= 0; k = previous[k])
        anchors.push_back(candidates[k]);
    std::reverse(anchors.begin(), anchors.end());
    return anchors;
}

/// A band around a known path (the previous pass's beads), for later passes.
Band bandAround(const QList<Bead> &beads, int chineseCount, int englishCount, int halfWidth)
{
    Band band;
    band.lo.assign(chineseCount + 1, englishCount);
    band.hi.assign(chineseCount + 1, 0);
    int i = 0, j = 0;
    const auto cover = [&](int ci, int cj) {
        band.lo[ci] = std::min(band.lo[ci], std::max(0, cj - halfWidth));
        band.hi[ci] = std::max(band.hi[ci], std::min(englishCount, cj + halfWidth));
    };
    cover(0, 0);
    for (const Bead &bead : beads) {
        for (int k = 1; k <= bead.chineseCount; ++k)
            cover(i + k, j + bead.englishCount * k / std::max(1, bead.chineseCount));
        i += bead.chineseCount;
        j += bead.englishCount;
        cover(i, j);
    }
    band.connect(0, englishCount);
    return band;
}

Band makeBand(const Features &features, int halfWidth)
{
    const int chineseCount = int(features.chinese.size());
    const int englishCount = int(features.english.size());
    Band band;
    band.lo.assign(chineseCount + 1, 0);
    band.hi.assign(chineseCount + 1, englishCount);
    if (halfWidth >= englishCount) {
        band.finish();
        return band;
    }
    const std::vector<double> diagonal = lengthDiagonal(features);
    const std::vector<std::pair<int, int>> anchors = findAnchors(features, diagonal);
    if (timingEnabled())
        qDebug("anchors: %lld for %d rows", qlonglong(anchors.size()), chineseCount);
    // Centre line: through the anchors, and between them along the lengths (the diagonal
    // stretched to meet them).
    std::vector<double> centre(diagonal);
    std::vector<double> lower(chineseCount + 1), upper(chineseCount + 1);
    std::vector<std::pair<int, int>> points = {{0, 0}};
    points.insert(points.end(), anchors.begin(), anchors.end());
    points.emplace_back(chineseCount, englishCount);
    for (size_t p = 0; p + 1 < points.size(); ++p) {
        const auto [i0, j0] = points[p];
        const auto [i1, j1] = points[p + 1];
        const double span = diagonal[i1] - diagonal[i0];
        // Where the English advances more (or less) than the lengths say between two anchors,
        // a stretch without counterpart lies somewhere between them: the band covers every
        // place it could be, up to MaxJumpWidth.
        const double excess = std::clamp((j1 - j0) - span, -MaxJumpWidth, MaxJumpWidth);
        for (int i = i0; i <= i1; ++i) {
            const double t = span > 0 ? (diagonal[i] - diagonal[i0]) / span
                                      : (i1 > i0 ? double(i - i0) / (i1 - i0) : 0.0);
            centre[i] = j0 + t * (j1 - j0);
            // Far from an anchor the path is less certain; beyond MaxAnchorSlack, widening
            // where the path meets the edge takes over, so that no band is quadratic.
            const double slack =
                halfWidth + std::min(0.25 * std::min(i - i0, i1 - i), MaxAnchorSlack);
            // The stretch before here leaves the path on one side of the line, after here on the
            // other.
            const double before = excess > 0 ? t * excess : (1.0 - t) * -excess;
            const double after = excess > 0 ? (1.0 - t) * excess : t * -excess;
            lower[i] = centre[i] - slack - before;
            upper[i] = centre[i] + slack + after;
        }
    }
    for (int i = 0; i <= chineseCount; ++i) {
        band.lo[i] = std::clamp(int(std::floor(lower[i])), 0, englishCount);
        band.hi[i] = std::clamp(int(std::ceil(upper[i])), 0, englishCount);
    }
    band.connect(0, englishCount);
    return band;
}

/// Word pairs the document itself teaches: Chinese words and English tokens that keep turning
/// up in the same confident beads (Dice association), added as translations for the next pass.
LearnedPairs learnPairs(const Features &features, const QList<Bead> &beads)
{
    QHash<int, int> chineseCount, englishCount;
    QHash<qint64, int> pairCount;
    std::vector<int> types, ids;
    for (const Bead &bead : beads) {
        if (bead.chineseCount == 0 || bead.englishCount == 0 || bead.confidence < 0.8)
            continue;
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
        for (int type : types)
            ++chineseCount[type];
        for (int id : ids)
            ++englishCount[id];
        for (int type : types) {
            for (int id : ids)
                ++pairCount[(qint64(type) << 32) | quint32(id)];
        }
    }
    LearnedPairs learned;
    for (auto it = pairCount.constBegin(); it != pairCount.constEnd(); ++it) {
        if (it.value() < 2)
            continue;
        const int type = int(it.key() >> 32);
        const int id = int(quint32(it.key() & 0xffffffff));
        const double dice = 2.0 * it.value() / (chineseCount.value(type) + englishCount.value(id));
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

/// Re-estimates the document's length spread and dictionary coverage from confident 1-1 beads.
void reestimate(const Features &features, const QList<Bead> &beads, Scorer &scorer)
{
    std::vector<double> squared;
    double explained = 0.0, words = 0.0;
    for (const Bead &bead : beads) {
        if (bead.chineseCount != 1 || bead.englishCount != 1 || bead.confidence < 0.8)
            continue;
        const int lz = features.chinese[bead.chineseBegin].length;
        const int le = features.english[bead.englishBegin].length;
        const double expected = features.ratioAt(bead.chineseBegin) * lz;
        squared.push_back((le - expected) * (le - expected) / std::max(1.0, (expected + le) / 2.0));
        const PairMasks masks = pairMasks(features, bead.chineseBegin, bead.englishBegin);
        const ChineseSentence &zh = features.chinese[bead.chineseBegin];
        const EnglishSentence &en = features.english[bead.englishBegin];
        explained += std::popcount(masks.english) + std::popcount(masks.chinese);
        words += std::min(MaskBits, en.tokenEnd - en.tokenBegin) +
                 std::min(MaskBits, zh.contentEnd - zh.contentBegin);
    }
    if (squared.size() >= 5) {
        std::nth_element(squared.begin(), squared.begin() + squared.size() / 2, squared.end());
        // The median of a squared standard normal is 0.455.
        scorer.lengthVariance = std::clamp(squared[squared.size() / 2] / 0.455, 1.0, 100.0);
    }
    if (words >= 20)
        scorer.matchProbability = std::clamp(explained / words, 0.1, 0.9);
}

} // namespace

bool AlignerModel::setParameter(const QString &name, double value)
{
    const std::pair<const char *, double *> parameters[] = {
        {"lexicalWeight", &lexicalWeight},
        {"lengthWeight", &lengthWeight},
        {"skipCost", &skipCost},
        {"splitCost", &splitCost},
        {"mergeCost", &mergeCost},
        {"manyToManyCost", &manyToManyCost},
        {"paragraphBonus", &paragraphBonus},
        {"matchProbability", &matchProbability},
        {"titleBonus", &titleBonus},
        {"unexplainedWeight", &unexplainedWeight},
        {"lengthCutoff", &lengthCutoff},
        {"anchorMatchProbability", &anchorMatchProbability},
        {"balanceScaling", &balanceScaling},
        {"lengthVariance", &lengthVariance},
        {"posteriorTemperature", &posteriorTemperature},
    };
    for (const auto &[key, target] : parameters) {
        if (name == QLatin1String(key)) {
            *target = value;
            return true;
        }
    }
    if (name == QLatin1String("maxBeadSide")) {
        maxBeadSide = std::clamp(int(value), 1, 6);
        return true;
    }
    if (name == QLatin1String("minimumSentencesToLearn")) {
        minimumSentencesToLearn = std::max(0, int(value));
        return true;
    }
    if (name == QLatin1String("passes")) {
        passes = std::clamp(int(value), 1, 4);
        return true;
    }
    return false;
}

Aligner::Aligner(std::shared_ptr<const Lexicon> lexicon, AlignerModel model)
    : m_lexicon(std::move(lexicon))
    , m_model(model)
{}

Aligner::~Aligner() = default;

const AlignerModel &Aligner::model() const
{
    return m_model;
}

Result<QList<Bead>> Aligner::align(const QList<AlignmentUnit> &chinese,
                                   const QList<AlignmentUnit> &english,
                                   const std::function<bool()> &isCancelled,
                                   const std::function<void(double)> &reportProgress) const
{
    QList<Bead> beads;
    if (chinese.isEmpty() || english.isEmpty()) {
        for (int i = 0; i < chinese.size(); ++i)
            beads.append({i, 1, 0, 0, 1.0});
        for (int j = 0; j < english.size(); ++j)
            beads.append({int(chinese.size()), 0, j, 1, 1.0});
        return beads;
    }

    const bool timing = timingEnabled();
    QElapsedTimer timer;
    timer.start();
    const auto lap = [&](const char *what) {
        if (timing)
            qDebug("%s: %lld ms", what, timer.restart());
    };
    Features features;
    Vocabulary vocabulary(m_lexicon.get());
    buildEnglish(features, english, vocabulary);
    buildChinese(features, chinese, m_lexicon.get(), vocabulary);
    double chineseLength = 0.0, englishLength = 0.0;
    for (const ChineseSentence &s : features.chinese)
        chineseLength += s.unmatchable ? 0 : s.length;
    for (const EnglishSentence &s : features.english)
        englishLength += s.unmatchable ? 0 : s.length;
    lap("features");
    features.lengthRatio =
        chineseLength > 0 && englishLength > 0 ? englishLength / chineseLength : 3.0;

    LearnedPairs learned;
    double matchProbability = m_model.matchProbability;
    double lengthVariance = m_model.lengthVariance > 0 ? m_model.lengthVariance : 6.0;
    for (int pass = 0; pass < m_model.passes; ++pass) {
        prepareContent(features, vocabulary, learned);
        lap("content");
        const int chineseCount = int(chinese.size()), englishCount = int(english.size());
        // Later passes refine the previous path: a narrow band around it is enough.
        const int halfWidth = beads.isEmpty() ? FirstPassHalfWidth : LaterPassHalfWidth;
        Band band = beads.isEmpty() ? makeBand(features, halfWidth)
                                    : bandAround(beads, chineseCount, englishCount, halfWidth);
        if (timing)
            qDebug("band: %lld cells for %d rows", qlonglong(band.cells()), chineseCount + 1);
        lap("band");
        Scorer scorer(features, m_model);
        scorer.computePairs(band);
        lap("pairs");
        qCDebug(lcAlign,
                "pass %d: match probability %.3f, length variance %.2f, ratio %.3f, %lld learned",
                pass, matchProbability, lengthVariance, features.lengthRatio,
                qlonglong(learned.size()));
        scorer.matchProbability = matchProbability;
        scorer.lengthVariance = lengthVariance;
        scorer.prepareConstants();
        // A long document's first pass only finds the path for the later, finer ones.
        const bool lastPass = pass + 1 == m_model.passes;
        const bool roughPass = !lastPass && double(chineseCount) * englishCount > RoughPassCells;
        // Each pass is an equal share of the work reported.
        const auto passProgress = [&reportProgress, pass, this](double withinPass) {
            if (reportProgress)
                reportProgress((pass + withinPass) / double(m_model.passes));
        };
        SearchResult result =
            search(scorer, band, m_model, !roughPass, roughPass, isCancelled, passProgress);
        lap("search");
        if (result.cancelled)
            return Error{ErrorCode::Cancelled, {}};
        const qsizetype wideningCells = pass == 0 ? WideningCellsPerRow : WideningCellsPerRow / 4;
        const WideningCost widened =
            widenWhereTouched(scorer, band, result, halfWidth, wideningCells, m_model, !roughPass,
                              roughPass, isCancelled);
        if (timing)
            qDebug("re-searched %d windows, %lld cells, skipped %d over budget; %lld word pairs "
                   "looked up for %d rows",
                   widened.windows, qlonglong(widened.cells), widened.skipped,
                   qlonglong(scorer.pairsLookedUp()), chineseCount + 1);
        lap("widen");
        if (result.cancelled)
            return Error{ErrorCode::Cancelled, {}};
        beads = std::move(result.beads);
        if (pass + 1 < m_model.passes) {
            estimateLocalRatios(features, beads);
            reestimate(features, beads, scorer);
            matchProbability = scorer.matchProbability;
            if (m_model.lengthVariance <= 0)
                lengthVariance = scorer.lengthVariance;
            if (std::min(chinese.size(), english.size()) >= m_model.minimumSentencesToLearn)
                learned = learnPairs(features, beads);
            lap("learn");
        }
    }
    if (reportProgress)
        reportProgress(1.0);
    return beads;
}

Result<QList<Bead>> alignDocument(const Document &document, const AlignerModel &model,
                                  const std::function<bool()> &isCancelled,
                                  const std::function<void(double)> &reportProgress)
{
    std::shared_ptr<const Lexicon> lexicon;
    if (Result<std::shared_ptr<const Lexicon>> loaded = Lexicon::bundled())
        lexicon = *loaded;
    const Aligner aligner(lexicon, model);
    // Books pair chapters first, subtitles cues (core/align/ChapterAligner.h).
    if (auto structured = alignByStructure(document, aligner, isCancelled, reportProgress))
        return *structured;
    return aligner.align(alignmentUnits(document, Language::Chinese),
                         alignmentUnits(document, Language::English), isCancelled, reportProgress);
}

QList<AlignmentUnit> alignmentUnits(const Document &document, Language language)
{
    QList<AlignmentUnit> units;
    const Side &side = document.side(language);
    for (const SentenceRef &ref : document.sentenceRefs(language))
        units.append({document.text(side, ref.range), ref.paragraph,
                      ref.role == ParagraphRole::Extra, ref.role == ParagraphRole::Title});
    return units;
}

} // namespace duizhao
