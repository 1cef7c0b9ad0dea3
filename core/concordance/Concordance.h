#pragma once

#include "core/align/Aligner.h"
#include "core/dict/Dictionary.h"
#include "core/io/Error.h"
#include "core/model/Document.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duizhao {

class ScriptConverter;

/// One pair that contains the query, with where it does, for highlighting.
struct ConcordanceHit
{
    int bead = 0; ///< Index into the alignment's beads.
    QString chinese;
    QString english;
    QList<TextRange> chineseHits; ///< Offsets into chinese.
    QList<TextRange> englishHits; ///< Offsets into english.
};

/// Every aligned pair whose Chinese or English side contains a query. Chinese matches ignore
/// Traditional/Simplified (both sides folded with OpenCC); English matches ignore case and
/// inflection (Snowball stems: "develop" finds "developed" and "develops").
/// Built once per document and alignment; searching is then a scan without conversion.
class Concordance
{
public:
    Concordance(const Document &document, const QList<Bead> &beads);
    ~Concordance();
    Concordance(const Concordance &) = delete;
    Concordance &operator=(const Concordance &) = delete;

    qsizetype pairCount() const;
    /// The hits, in document order. A query with Han characters searches the Chinese side
    /// (and English text in it, as typed); any other query searches the English side by words.
    QList<ConcordanceHit> search(const QString &query) const;

    /// The hits as TSV: bead number (1-based), Chinese, English; hits marked with [ ].
    static QByteArray toTsv(const QList<ConcordanceHit> &hits);
    /// Writes toTsv() with the safe writer (core/io/SafeFile.h).
    static Result<QStringList> exportTsv(const QString &path, const QList<ConcordanceHit> &hits);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// @p hit with its Chinese as @p converter turns it (the script the reader shows), the hits moved
/// with it: through the conversion's offsets, or where a phrase conversion changed the length of
/// the text (部落格 → 博客), to the hit's own text converted, found nearest there.
ConcordanceHit convertedHit(const ConcordanceHit &hit, const ScriptConverter &converter);

/// A word saved while reading, with the pair it was found in.
struct VocabularyItem
{
    QString word; ///< As it appeared in the text.
    DictionaryEntry entry;
    QString exampleChinese;
    QString exampleEnglish;
    int bead = -1;
};

/// The reader's vocabulary list, exported as a TSV that Anki imports as notes (fields: word,
/// pinyin, meaning, example Chinese, example English, with Anki's file headers).
class VocabularyList
{
public:
    /// Adds @p item unless the same entry (headwords and pinyin) is already in; returns whether
    /// it was added.
    bool add(const VocabularyItem &item);
    bool removeAt(qsizetype index);
    const QList<VocabularyItem> &items() const { return m_items; }
    qsizetype size() const { return m_items.size(); }

    QByteArray toAnkiTsv() const;
    Result<QStringList> exportAnkiTsv(const QString &path) const;

private:
    QList<VocabularyItem> m_items;
};

} // namespace duizhao
