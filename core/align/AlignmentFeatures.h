#pragma once

// What the aligner knows of each sentence: words, their translations' ids, numbers, lengths.

#include "core/align/Aligner.h"
#include "core/align/Lexicon.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <limits>
#include <utility>
#include <vector>

namespace duizhao::alignment {

constexpr double NegativeInfinity = -std::numeric_limits<double>::infinity();
constexpr int MaskBits = 64;
constexpr int ExplainFilterWords = 16; ///< 1,024 bits.

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

    /// The stem of an id: the lexicon's, or a local stem's (empty for names, numbers and
    /// punctuation). @p localStems: from localStems(), made once for many look-ups.
    QString stemOf(int id, const QHash<int, QString> &localStems) const
    {
        return id < m_base ? m_lexicon->englishStem(id) : localStems.value(id);
    }
    QHash<int, QString> localStems() const
    {
        QHash<int, QString> stems;
        for (auto it = m_local.constBegin(); it != m_local.constEnd(); ++it)
            if (it.key().startsWith(QLatin1String("s:")))
                stems.insert(it.value(), it.key().mid(2));
        return stems;
    }

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
    int repeatOf = -1; ///< The sentence shortly before that it repeats (RepeatedSentences), or -1.

    /// Words (not numbers or punctuation) whose places a pair's masks hold.
    int orderWords() const { return std::min(MaskBits, anchorBegin - tokenBegin); }
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
    int repeatOf = -1;
    QStringList extraKeys; ///< Numbers and punctuation.
    /// (English id, mask of content words that can translate to it), sorted by id.
    std::vector<std::pair<int, quint64>> explains;
    /// A Bloom filter of the ids in explains: most English words of a candidate pair are not
    /// among them, and the filter says so without a search.
    std::array<quint64, ExplainFilterWords> explainFilter{};

    /// Words (not numbers or punctuation) whose places a pair's masks hold.
    int orderWords() const { return std::min(MaskBits, anchorBegin - contentBegin); }

    static int filterBit(int id) { return int((quint32(id) * 2654435761u) >> 22); }
    bool mayExplain(int id) const
    {
        const int bit = filterBit(id);
        return (explainFilter[bit >> 6] >> (bit & 63)) & 1;
    }
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
    /// Per Chinese sentence: the share of words translated where it stands, from the confident
    /// beads near it (a literary chapter among news articles is translated more freely); empty
    /// before a pass has found confident beads.
    std::vector<float> localMatch;
    double tokenRatio = 1.0; ///< English tokens per Chinese content word, over the document.
};

void buildEnglish(Features &features, const QList<AlignmentUnit> &units, Vocabulary &vocabulary);
void buildChinese(Features &features, const QList<AlignmentUnit> &units, const Lexicon *lexicon,
                  Vocabulary &vocabulary);

using LearnedPairs = QHash<int, std::vector<int>>; ///< Chinese word type → extra English ids.

/// Chooses each sentence's content words for this pass and indexes what they can explain.
void prepareContent(Features &features, Vocabulary &vocabulary, const LearnedPairs &learned);

} // namespace duizhao::alignment
