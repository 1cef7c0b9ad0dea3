#pragma once

#include "core/align/Aligner.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace duizhao {

class Lexicon;

/// The word pairs a document teaches: Chinese words and the English word stems that keep turning
/// up in the same confident pairs (names and terms the dictionary lacks, a translator's habits).
/// Kept with the alignment for linking words in the reader; a few entries per recurring word.
class LearnedWords
{
public:
    void add(const QString &chinese, const QString &englishStem);

    bool isEmpty() const { return m_english.isEmpty(); }
    qsizetype size() const;
    /// The longest Chinese word, in UTF-16 code units.
    int longestChinese() const { return m_longestChinese; }
    /// The English stems (as EnglishStemmer makes them) paired with a Chinese word.
    QStringList englishStems(const QString &chinese) const { return m_english.value(chinese); }
    /// The Chinese words paired with an English stem.
    QStringList chineseWords(const QString &englishStem) const
    {
        return m_chinese.value(englishStem);
    }

private:
    QHash<QString, QStringList> m_english;
    QHash<QString, QStringList> m_chinese;
    int m_longestChinese = 0;
};

/// What the aligner learns from a document (core/align/DocumentLearning), taken from its final
/// beads: any alignment, an edited or a loaded one, gives its pairs. @p lexicon: the dictionary
/// whose translations are left out (they need no learning); the bundled one when null.
LearnedWords learnWords(const Document &document, const QList<Bead> &beads,
                        const Lexicon *lexicon = nullptr);

/// alignDocument() that also keeps what the aligner learned, from the features it built (a
/// fraction of the alignment's time, where learnWords() builds them again).
Result<QList<Bead>> alignDocumentLearning(const Document &document, LearnedWords &learnedWords,
                                          const std::function<bool()> &isCancelled = {},
                                          const std::function<void(double)> &reportProgress = {},
                                          const SettledBeads &settled = {});

} // namespace duizhao
