#pragma once

#include "core/model/Document.h"

#include <QList>
#include <QString>

namespace duizhao {

/// What an importer read out of a file: plain text, one paragraph per block with blank lines
/// between, plus the structure the format knew (headings, chapters, cue times) as ranges into
/// that text. The text reader then finds languages, metadata and sentences as for a text file.
struct ImportedText
{
    struct ChapterStart
    {
        qsizetype offset = 0;
        QString title;
    };
    struct TimedRange
    {
        TextRange range;
        CueTime cue;
    };

    QString text;
    QString format;   ///< "EPUB", "HTML", …
    QString encoding; ///< The encoding the file's text was stored in.
    QList<TextRange> headings;
    QList<ChapterStart> chapters;
    QList<TimedRange> cues;
    /// Whether a short first paragraph may be the document's title (not in subtitles, whose
    /// every cue is short and unpunctuated, nor in a book that declares its title).
    bool mayHaveTitle = true;
    /// The title and author the file declares (an EPUB's dc:title and dc:creator), if any.
    QString title;
    QString author;
    /// The encoding was told from the bytes with doubt (e.g. a mix of encodings).
    bool decodingDoubtful = false;
};

/// Builds an ImportedText paragraph by paragraph.
class TextBuilder
{
public:
    /// Adds a paragraph (line breaks inside it kept as single newlines); blank text is skipped.
    /// Returns its range, empty when skipped.
    TextRange addParagraph(QStringView paragraph, bool heading = false);
    void startChapter(const QString &title);
    /// Gives the chapter last started a title, if it has none yet.
    void titleChapter(const QString &title);
    void addCue(QStringView paragraph, CueTime cue);
    /// Adds the paragraphs, headings and cues another builder collected.
    void append(const ImportedText &part);

    qsizetype size() const { return m_result.text.size(); }
    ImportedText take(const QString &format, const QString &encoding);

private:
    ImportedText m_result;
};

/// Collapses white space as HTML renders it: runs become one space, and a line break between
/// two Chinese characters disappears. U+2028 (from <br>) becomes a kept line break.
QString collapseWhiteSpace(QStringView text);

/// Whether the line is a chapter heading by its form: 第十二章, 第3回, Chapter 12, CHAPTER XII,
/// Book II.
bool looksLikeChapterHeading(QStringView line);

} // namespace duizhao
