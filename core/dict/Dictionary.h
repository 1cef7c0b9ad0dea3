#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace duizhao {

/// A measure word from a CC-CEDICT "CL:" gloss: 個|个[ge4] → 個, 个, "gè".
struct Classifier
{
    QString traditional;
    QString simplified;
    QString pinyin; ///< Tone marks.
};

/// One CC-CEDICT entry, ready to show.
struct DictionaryEntry
{
    QString traditional;
    QString simplified;
    QString pinyinNumbered; ///< As in CC-CEDICT: "kai1 fa1".
    QString pinyin;         ///< Tone marks: "kāi fā".
    QString zhuyin;         ///< Bopomofo: "ㄎㄞ ㄈㄚ".
    QList<int> tones;       ///< Per syllable, 1–5 (5 neutral), 0 for a non-syllable token.
    QStringList glosses;    ///< The senses, "CL:" glosses removed.
    QList<Classifier> classifiers;
};

/// The longest dictionary word starting at a position in Chinese text.
struct DictionaryMatch
{
    qsizetype position = 0;
    qsizetype length = 0; ///< UTF-16 units; 0 when no word starts there.
    QList<DictionaryEntry> entries;
    bool isEmpty() const { return length == 0; }
};

/// A word of a sentence with its reading, for ruby pinyin or zhuyin above it.
struct PinyinWord
{
    qsizetype position = 0; ///< UTF-16 offset in the sentence.
    qsizetype length = 0;
    QStringList syllables;      ///< Tone-marked, one per character of the word.
    QList<int> tones;           ///< Per syllable, 1–5.
    QString zhuyin;             ///< Syllables separated by spaces.
    bool fromDictionary = true; ///< false: ICU's per-character Han-Latin reading.
    QString text() const { return syllables.join(QString()); } ///< "yínháng".
};

/// CC-CEDICT for reading: Traditional and Simplified headwords, pinyin with tone marks, glosses,
/// classifiers, English reverse lookup and word-by-word pinyin. The table is built at build time
/// (core/dict/DictionaryFormat.h) and read in place; the shared instance is loaded once and is
/// thread-safe for lookups.
class Dictionary
{
public:
    /// The shipped dictionary, loaded at first use; isValid() false if the resource is broken.
    static std::shared_ptr<const Dictionary> shared();
    /// A dictionary from a cedict.dict file image (for tests and tools).
    static std::shared_ptr<const Dictionary> fromData(QByteArray data);
    ~Dictionary();

    bool isValid() const;
    qsizetype entryCount() const;
    qsizetype byteSize() const; ///< The table in memory.

    /// Every entry of the longest headword (Traditional or Simplified) that starts at @p position.
    DictionaryMatch longestMatch(QStringView text, qsizetype position) const;
    /// Every entry whose headword is exactly @p word.
    QList<DictionaryEntry> lookup(QStringView word) const;
    /// Entries whose glosses contain @p englishWord (any inflection), best first.
    QList<DictionaryEntry> lookupEnglish(QStringView englishWord, qsizetype limit = 20) const;
    /// Word-by-word pinyin of a Chinese sentence (longest match), ICU per character otherwise.
    QList<PinyinWord> pinyinWords(QStringView sentence) const;
    /// The numbered reading of the character at @p position standing alone (no longer word
    /// holds it), from its @p entries: a particle's after a word (得 de in 跑得快); else, of the
    /// readings that are not only cross-references (surname, "used in"), a measure word's after
    /// a numeral (一隻 zhī), a function word's (還 hái "still", 都 dōu "all"), then the one most
    /// words with the character use (長 cháng, 行 xíng, 重 zhòng), ICU's on a tie; empty when it
    /// has no entry.
    QString characterReading(QStringView sentence, qsizetype position,
                             const QList<DictionaryEntry> &entries) const;

private:
    struct Private;
    explicit Dictionary(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

/// Whether @p c is a Han ideograph (the characters pinyin is shown for).
bool isHanCharacter(char32_t c);

} // namespace duizhao

Q_DECLARE_METATYPE(duizhao::DictionaryEntry)
