#include "core/align/AlignmentFeatures.h"

#include "core/align/Lexicon.h"
#include "core/align/NumberAnchors.h"
#include "core/align/RepeatedSentences.h"
#include "core/text/EnglishStemmer.h"
#include "core/text/LanguageDetector.h"
#include "core/text/WordBreaker.h"

#include <algorithm>
#include <cmath>

namespace duizhao::alignment {

namespace {

/// The shortest sentences, in characters, that can be taken for a copy of an earlier one: about
/// a clause either side.
constexpr int MinimumChineseRepeat = 16;
constexpr int MinimumEnglishRepeat = 40;

QString nameKey(const QString &lowerCase)
{
    return QStringLiteral("n:") + lowerCase;
}

QString anchorKey(const Anchor &anchor)
{
    return QStringLiteral("a:") + anchor.key();
}

/// Years, amounts and dates are nearly always translated; bare small numbers are not (一個人 is
/// "a man"), so they count as ordinary words.
bool isStrongAnchor(const Anchor &anchor)
{
    const double value = anchor.numberValue();
    return value < 0 || value > 10;
}

/// The anchors of a text, strong ones first; returns how many are strong.
int sortedAnchors(QStringView text, Language language, QStringList &keys)
{
    QStringList weak;
    int strong = 0;
    for (const Anchor &anchor : numberAnchors(text, language)) {
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

} // namespace

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
    const std::vector<int> repeated = repeatedUnits(units, MinimumEnglishRepeat);
    for (size_t j = 0; j < repeated.size(); ++j)
        features.english[j].repeatOf = repeated[j];
}

namespace {

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

} // namespace

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
    const std::vector<int> repeated = repeatedUnits(units, MinimumChineseRepeat);
    for (size_t i = 0; i < repeated.size(); ++i)
        features.chinese[i].repeatOf = repeated[i];
}

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
        sentence.explainFilter.fill(0);
        for (const auto &[id, mask] : sentence.explains) {
            const int filterBit = ChineseSentence::filterBit(id);
            sentence.explainFilter[filterBit >> 6] |= quint64(1) << (filterBit & 63);
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
    // Both logarithms depend on the count alone, and a book's counts repeat: each is computed
    // once per count.
    struct ChanceLogs
    {
        double randomLog = 0.0;
        float logRate = 0.0f;
        bool known = false;
    };
    std::vector<ChanceLogs> englishByHits, chineseByHits;
    const auto chanceLogs = [](std::vector<ChanceLogs> &byHits, int hits, double others) {
        if (size_t(hits) >= byHits.size())
            byHits.resize(size_t(hits) + 1);
        ChanceLogs &logs = byHits[hits];
        if (!logs.known) {
            const double rate = (hits + 0.5) / (others + 1.0);
            logs.randomLog = std::log1p(-std::min(rate, 0.999));
            logs.logRate = float(std::log(-logs.randomLog));
            logs.known = true;
        }
        return logs;
    };
    features.englishRandomLog.resize(features.englishTokens.size());
    features.englishLogRate.resize(features.englishTokens.size());
    for (size_t t = 0; t < features.englishTokens.size(); ++t) {
        const int alternate = features.englishAlternates[t];
        const int hits =
            explainers[features.englishTokens[t]] + (alternate >= 0 ? explainers[alternate] : 0);
        const ChanceLogs logs = chanceLogs(englishByHits, hits, chineseWords);
        features.englishRandomLog[t] = logs.randomLog;
        features.englishLogRate[t] = logs.logRate;
    }
    features.chineseRandomLog.resize(features.contentType.size());
    features.chineseLogRate.resize(features.contentType.size());
    for (size_t w = 0; w < features.contentType.size(); ++w) {
        int hits = 0;
        for (int k = features.contentTranslationsBegin[w];
             k < features.contentTranslationsBegin[w + 1]; ++k)
            hits += englishFrequency[features.contentTranslations[k]];
        const ChanceLogs logs = chanceLogs(chineseByHits, hits, englishWords);
        features.chineseRandomLog[w] = logs.randomLog;
        features.chineseLogRate[w] = logs.logRate;
    }
}

} // namespace duizhao::alignment
