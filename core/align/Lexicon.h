#pragma once

#include "core/io/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <span>

namespace duizhao {

namespace lexicon {
struct LexiconView;
}

/// A Chinese→English dictionary for alignment, built from CC-CEDICT: for each headword
/// (Traditional and Simplified alike) the set of English gloss words, stemmed, stop words removed,
/// as ids into the lexicon's own English vocabulary; and each headword's pinyin. Immutable after
/// loading, so one instance is shared by every thread.
class Lexicon
{
public:
    /// Loads a cedict.lex file made at build time (see core/lexicon/), checked throughout.
    static Result<std::shared_ptr<const Lexicon>> load(const QString &path);
    /// The lexicon built into the executable, used where it lies; not cached.
    static Result<std::shared_ptr<const Lexicon>> loadEmbedded();
    /// The lexicon bundled with Duizhao, loaded once and cached.
    static Result<std::shared_ptr<const Lexicon>> bundled();
    /// A lexicon from CC-CEDICT text lines (for tests and the build tool).
    static std::shared_ptr<const Lexicon> fromCedictText(QStringView cedictText);

    ~Lexicon();

    qsizetype headwordCount() const;
    int longestHeadword() const; ///< In UTF-16 code units, for longest-match splitting.

    /// Whether @p word is a headword (Traditional or Simplified).
    bool contains(QStringView word) const;
    /// Ids of the English gloss stems of @p word; empty when it is not a headword.
    std::span<const int> glosses(QStringView word) const;
    /// Toneless lower-case pinyin syllables of @p word (e.g. 習近平 → xi, jin, ping); empty when
    /// unknown.
    QStringList pinyin(QStringView word) const;

    /// English vocabulary: the id of a stem, or -1 when no gloss uses it.
    int englishId(QStringView stem) const;
    QString englishStem(int id) const;
    int englishVocabularySize() const;

    struct Data;

private:
    static std::shared_ptr<const Lexicon> fromImage(QByteArray image,
                                                    const lexicon::LexiconView &view);
    explicit Lexicon(std::unique_ptr<Data> data);
    std::unique_ptr<Data> d;
};

} // namespace duizhao
