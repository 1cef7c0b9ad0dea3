#include "core/align/LearnedWords.h"

#include "core/align/AlignmentFeatures.h"
#include "core/align/DocumentLearning.h"
#include "core/align/Lexicon.h"

namespace duizhao {

using namespace alignment;

void LearnedWords::add(const QString &chinese, const QString &englishStem)
{
    QStringList &stems = m_english[chinese];
    if (stems.contains(englishStem))
        return;
    stems.append(englishStem);
    m_chinese[englishStem].append(chinese);
    m_longestChinese = std::max(m_longestChinese, int(chinese.size()));
}

qsizetype LearnedWords::size() const
{
    qsizetype pairs = 0;
    for (const QStringList &stems : m_english)
        pairs += stems.size();
    return pairs;
}

LearnedWords learnWords(const Document &document, const QList<Bead> &beads, const Lexicon *lexicon)
{
    std::shared_ptr<const Lexicon> bundled;
    if (!lexicon) {
        if (Result<std::shared_ptr<const Lexicon>> loaded = Lexicon::bundled())
            bundled = *loaded;
        lexicon = bundled.get();
    }
    Features features;
    Vocabulary vocabulary(lexicon);
    buildEnglish(features, alignmentUnits(document, Language::English), vocabulary);
    buildChinese(features, alignmentUnits(document, Language::Chinese), lexicon, vocabulary);
    // Beads from elsewhere (a project file, an older version) may not fit the sentences.
    for (const Bead &bead : beads)
        if (bead.chineseBegin + bead.chineseCount > int(features.chinese.size()) ||
            bead.englishBegin + bead.englishCount > int(features.english.size()))
            return {};
    return learnedWordsOf(features, vocabulary, learnPairs(features, beads));
}

namespace alignment {

LearnedWords learnedWordsOf(const Features &features, const Vocabulary &vocabulary,
                            const LearnedPairs &learned)
{
    LearnedWords words;
    const QHash<int, QString> localStems = vocabulary.localStems();
    for (auto it = learned.constBegin(); it != learned.constEnd(); ++it) {
        for (int id : it.value()) {
            const QString stem = vocabulary.stemOf(id, localStems);
            if (!stem.isEmpty())
                words.add(features.typeTexts.at(it.key()), stem);
        }
    }
    return words;
}

} // namespace alignment

} // namespace duizhao
