#pragma once

#include "core/dict/Dictionary.h"
#include "core/model/AlignedText.h"
#include "core/text/EnglishStemmer.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

namespace duizhao {

/// The English word around @p offset of @p text: its start and length, or length 0.
std::pair<int, int> englishWordAt(const QString &text, int offset);

/// A word of a pair, and the words on the other side of the pair that translate it.
struct WordLinks
{
    TextHit word;         ///< Invalid when no word was found there.
    QList<TextHit> links; ///< Empty when nothing translates it.
};

/// Finds, within one aligned pair, the words that translate a word: through the dictionary's
/// glosses (stemmed, so "developed" links 發展 "to develop") and, for names and terms the
/// dictionary lacks, the word pairs the document itself taught (AlignedText::learnedWords()).
class WordLinker
{
public:
    /// Each Chinese sentence as the reader shows it (a converted script, or as written).
    using ShownText = std::function<QString(SentenceKey)>;

    explicit WordLinker(std::shared_ptr<const Dictionary> dictionary);

    /// The word at @p at (a character of a sentence of a pair of @p text) and its links;
    /// @p shown gives the Chinese sentences as displayed, so offsets match what the reader sees.
    WordLinks linksAt(const AlignedText &text, const TextHit &at, const ShownText &shown) const;

private:
    WordLinks chineseLinks(const AlignedText &text, const TextHit &at, const QString &shown,
                           const QList<SentenceKey> &sentences) const;
    WordLinks englishLinks(const AlignedText &text, const TextHit &at,
                           const QList<SentenceKey> &sentences, const ShownText &shown) const;
    /// The words of the English @p sentences whose stem is one of @p stems.
    QList<TextHit> englishWordsWithStems(const AlignedText &text,
                                         const QList<SentenceKey> &sentences,
                                         const QSet<QString> &stems) const;
    /// Where @p words are in @p chinese (sentence @p key), longer words first, without overlap;
    /// @p longerOnly: single characters only when no longer word was found.
    static QList<TextHit> chineseWordsIn(const QString &chinese, SentenceKey key, QStringList words,
                                         bool longerOnly = true);
    /// Links from the word pairs the document taught, for a Chinese word the dictionary does
    /// not link.
    WordLinks learnedLinksOfChinese(const AlignedText &text, const TextHit &at,
                                    const QString &shown,
                                    const QList<SentenceKey> &sentences) const;

    std::shared_ptr<const Dictionary> m_dictionary;
    EnglishStemmer m_stemmer;
};

} // namespace duizhao
