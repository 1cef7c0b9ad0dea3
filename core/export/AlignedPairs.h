#pragma once

#include "core/align/Aligner.h"
#include "core/io/Error.h"
#include "core/io/SafeFile.h"
#include "core/model/Document.h"
#include "core/text/ScriptConverter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace duizhao {

/// What goes into an export, whatever the format.
struct PairOptions
{
    ChineseScript script = ChineseScript::Original;
    bool includeUnmatched = true; ///< Keep sentences with no counterpart as one-sided pairs.
    /// The OpenCC configuration that turns the original into @c script ("s2twp", "tw2s", …;
    /// empty: none), e.g. the one the reader shows. Unset: the one that fits the document's
    /// own variant (Taiwan, Hong Kong, standard Traditional or Simplified), without phrases.
    std::optional<QString> conversion;
};

/// One bead as exported: the joined texts of both sides (sentences of one paragraph joined with
/// nothing in Chinese and a space in English; a paragraph break inside a bead is a "\n").
struct AlignedPair
{
    int number = 0; ///< 1-based, counting every bead of the alignment (stable when omitting).
    QString chinese;
    QString english;
    QList<int> chineseSentences; ///< Indices into Document::sentenceRefs(Language::Chinese).
    QList<int> englishSentences;
    double confidence = 1.0;
    bool unmatched = false; ///< One side is empty.
    bool title = false;     ///< A title bead.
    bool heading = false;   ///< A chapter or section heading.

    bool isComplete() const { return !chinese.isEmpty() && !english.isEmpty(); }
};

/// Where a chapter starts (a chapter of each book as the alignment pairs them, or a heading pair
/// in a text without chapters), for PDF bookmarks and the HTML contents.
struct ChapterMark
{
    int pairIndex = 0; ///< Index into AlignedPairs::pairs of the chapter's first pair.
    QString chinese;   ///< The Chinese chapter's title; empty when the Chinese book lacks it.
    QString english;

    QString title() const; ///< "Chinese / English", whichever exist.
};

/// An alignment ready for the writers: texts converted to the chosen script, metadata included.
struct AlignedPairs
{
    QString chineseTitle;
    QString englishTitle;
    QList<MetadataField> metadataFields; ///< Converted like the text.
    QString published;
    QString sourcePath; ///< The first input file, for the record.
    ChineseScript script = ChineseScript::Original;
    /// BCP 47 tag of the Chinese actually exported: zh-Hant-TW, zh-Hant-HK, zh-Hant or zh-Hans
    /// (for Original, detected from the text).
    QString chineseLanguageTag;
    QList<AlignedPair> pairs;
    QList<ChapterMark>
        chapters; ///< In order; empty when the text has neither chapters nor headings.

    QString title() const; ///< "Chinese title / English title", whichever exist.

    static Result<AlignedPairs> build(const Document &document, const QList<Bead> &beads,
                                      const PairOptions &options = {});
};

/// A pair's text on one line, for the line-based formats (TSV, Moses): a paragraph break inside a
/// bead becomes a space in English and nothing in Chinese, as the sentences of one paragraph join.
QString oneLineText(QString text, Language language);

/// Whether Chinese text is mostly Traditional ("zh-Hant") or Simplified ("zh-Hans").
QString detectChineseScriptTag(const QString &text);

} // namespace duizhao
