#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace duizhao {

enum class Language
{
    Chinese,
    English,
    Neutral, ///< Digits, punctuation, or nothing: no language of its own.
};

/// A half-open span of UTF-16 code units in a SourceText.
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    bool isEmpty() const { return length == 0; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

/// One sentence. Offsets point into the source text; the text itself is never copied or altered.
struct Sentence
{
    TextRange range;
    /// Source offsets just after each clause mark inside the sentence (；; ：:), for finer
    /// alignment.
    QList<qsizetype> clauseEnds;
};

enum class ParagraphRole
{
    Body,
    Title,
    Metadata, ///< Publication data (date, source, author, editor); never aligned.
    Extra,    ///< Outside the language's main block (e.g. an unrelated preface): no counterpart.
    Heading,  ///< A chapter or section heading inside the body; aligned, and listed in contents.
};

/// When a subtitle cue is on screen, in milliseconds from the start.
struct CueTime
{
    qint64 startMs = -1;
    qint64 endMs = -1;

    bool isValid() const { return startMs >= 0 && endMs >= startMs; }
    friend bool operator==(const CueTime &, const CueTime &) = default;
};

struct Paragraph
{
    TextRange range;
    ParagraphRole role = ParagraphRole::Body;
    QList<Sentence> sentences;
    CueTime cue; ///< Set for subtitle cues: the aligner pairs cues shown at the same time.
};

/// A chapter of a book (an EPUB spine document, or the text from one chapter heading to the
/// next): the aligner pairs chapters first, then sentences within paired chapters.
struct Chapter
{
    QString title; ///< From the table of contents or the chapter's heading; may be empty.
    int firstParagraph = 0;
    int paragraphCount = 0;
};

/// One language of the document.
struct Side
{
    Language language = Language::Neutral;
    int sourceIndex = 0; ///< Which Document::sources entry the ranges point into.
    QList<Paragraph> paragraphs;
    /// In order, covering the paragraphs they name; empty when the text has no chapters.
    QList<Chapter> chapters;

    bool isEmpty() const { return paragraphs.isEmpty(); }
    qsizetype sentenceCount() const;
};

/// A file as read: its decoded text is kept exactly (newlines included), so every range stays
/// valid.
struct SourceText
{
    SourceText() = default;
    SourceText(QString filePath, QString textEncoding, bool byteOrderMark, QString decoded,
               QString fileFormat = {})
        : path(std::move(filePath))
        , encoding(std::move(textEncoding))
        , hadByteOrderMark(byteOrderMark)
        , text(std::move(decoded))
        , format(std::move(fileFormat))
    {}

    QString path; ///< Empty for text that did not come from a file.
    QString encoding;
    bool hadByteOrderMark = false;
    QString text;
    /// The file's format when it was not plain text ("EPUB", "HTML", …): text then holds the
    /// text read out of it, one paragraph per block, blank lines between.
    QString format;
};

struct MetadataField
{
    QString key; ///< The label as found, e.g. 責任編輯 or Editor.
    QString value;
};

struct Metadata
{
    QString title;         ///< Chinese title as found.
    QString englishTitle;  ///< English title as found.
    QString published;     ///< Publication time as found, e.g. "2024-08-27 08:40:00".
    QDateTime publishedAt; ///< The same, parsed; invalid when it could not be read.
    QString source;
    QString author;
    QString editor;
    QList<MetadataField> fields; ///< Every labelled field found, in order, both languages.

    bool hasAuthorField = false; ///< The label was present, even if its value is empty.
};

enum class Layout
{
    Blocks,      ///< One file: a Chinese block and an English block, in either order.
    Interleaved, ///< One file: paragraphs alternate between the languages.
    TwoFiles,    ///< One file per language.
    Presplit,    ///< One sentence per line (evaluation input), used as it is.
    OneSided,    ///< Only one language was found.
};

enum class Notice
{
    ChineseMissing,   ///< No Chinese text: the document opens one-sided.
    EnglishMissing,   ///< No English text: the document opens one-sided.
    ExtraTextKept,    ///< Text outside the two main blocks was kept as unmatched paragraphs.
    DecodingDoubtful, ///< A file decoded cleanly but looks partly like another encoding.
};

/// A flattened view of one side's sentences, in reading order, as the aligner and exporters use it.
struct SentenceRef
{
    int paragraph = 0;
    int sentence = 0; ///< Index within the paragraph.
    ParagraphRole role = ParagraphRole::Body;
    TextRange range;
};

class Document
{
public:
    QList<SourceText> sources;
    Layout layout = Layout::Blocks;
    Metadata metadata;
    Side chinese;
    Side english;
    QList<Notice> notices;

    const Side &side(Language language) const;
    Side &side(Language language);

    /// The exact text of a range on a side.
    QString text(const Side &side, const TextRange &range) const;
    QStringView textView(const Side &side, const TextRange &range) const;

    /// All sentences of a side in reading order, metadata paragraphs excluded.
    QList<SentenceRef> sentenceRefs(Language language) const;
    QStringList sentenceTexts(Language language) const;
};

QString languageCode(Language language); ///< "zh", "en" or "" (stable, for JSON and files).
QString layoutName(Layout layout);       ///< Stable English identifier, e.g. "blocks".
QString paragraphRoleName(ParagraphRole role);
QString noticeName(Notice notice); ///< "chinese-missing", … (stable, for JSON)

} // namespace duizhao
