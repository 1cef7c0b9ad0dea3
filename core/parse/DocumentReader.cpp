#include "core/parse/DocumentReader.h"

#include "core/import/Importer.h"
#include "core/io/Logging.h"
#include "core/parse/MetadataExtractor.h"
#include "core/text/LanguageDetector.h"
#include "core/text/Segmenter.h"

#include <QElapsedTimer>

#include <algorithm>
#include <optional>

namespace duizhao {

namespace {

struct RawParagraph
{
    TextRange range;
    Language language = Language::Neutral;
    ParagraphRole role = ParagraphRole::Body;
};

bool isBlank(QChar c)
{
    return c.isSpace() || c == u'\uFEFF';
}

TextRange trimmed(QStringView text, TextRange range)
{
    while (range.length > 0 && isBlank(text.at(range.start))) {
        ++range.start;
        --range.length;
    }
    while (range.length > 0 && isBlank(text.at(range.end() - 1)))
        --range.length;
    return range;
}

/// Line ranges without their terminators (LF, CRLF or CR). A final empty line is dropped.
QList<TextRange> splitLines(QStringView text)
{
    QList<TextRange> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' && c != u'\r' && c != u'\u2029')
            continue;
        lines.append({start, i - start});
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.append({start, text.size() - start});
    return lines;
}

/// A line that was wrapped by hand continues on the next: English running on in lower case, or
/// Chinese broken after a comma.
bool continuesOnNextLine(QStringView line, QStringView next)
{
    const QChar last = line.back();
    if (last == u'，' || last == u'、' || last == u'；')
        return true;
    const QChar first = next.front();
    return (last.isLetter() || last == u',' || last == u'-') &&
           last.script() == QChar::Script_Latin && first.isLower();
}

QList<RawParagraph> findParagraphs(QStringView text)
{
    QList<RawParagraph> paragraphs;
    bool previousLineBlank = true;
    for (const TextRange &line : splitLines(text)) {
        const TextRange content = trimmed(text, line);
        if (content.isEmpty()) {
            previousLineBlank = true;
            continue;
        }
        if (!previousLineBlank && !paragraphs.isEmpty()) {
            RawParagraph &last = paragraphs.last();
            const QStringView lastText = text.mid(last.range.start, last.range.length);
            if (continuesOnNextLine(lastText, text.mid(content.start, content.length))) {
                last.range.length = content.end() - last.range.start;
                previousLineBlank = false;
                continue;
            }
        }
        paragraphs.append({content, Language::Neutral, ParagraphRole::Body});
        previousLineBlank = false;
    }
    return paragraphs;
}

/// Gives each paragraph its language; paragraphs without one (a date, a number) take the
/// language of the paragraph before them, or after them at the start.
void assignLanguages(QStringView text, QList<RawParagraph> &paragraphs)
{
    for (RawParagraph &paragraph : paragraphs)
        paragraph.language =
            detectLanguage(text.mid(paragraph.range.start, paragraph.range.length));
    Language previous = Language::Neutral;
    for (RawParagraph &paragraph : paragraphs) {
        if (paragraph.language == Language::Neutral)
            paragraph.language = previous;
        else
            previous = paragraph.language;
    }
    Language next = Language::Neutral;
    for (auto it = paragraphs.rbegin(); it != paragraphs.rend(); ++it) {
        if (it->language == Language::Neutral)
            it->language = next;
        else
            next = it->language;
    }
}

struct Run
{
    Language language;
    qsizetype first;
    qsizetype count;
    qsizetype characters;
};

QList<Run> languageRuns(const QList<RawParagraph> &paragraphs)
{
    QList<Run> runs;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const RawParagraph &paragraph = paragraphs.at(i);
        if (runs.isEmpty() || runs.last().language != paragraph.language)
            runs.append({paragraph.language, i, 0, 0});
        ++runs.last().count;
        runs.last().characters += paragraph.range.length;
    }
    return runs;
}

/// Splits labelled publication data off paragraphs near the edges of each language run; a
/// glued body (責任編輯:曹川川中共中央…) becomes a paragraph of its own.
void extractMetadata(QStringView text, QList<RawParagraph> &paragraphs, Metadata &metadata)
{
    QList<RawParagraph> result;
    const QList<Run> runs = languageRuns(paragraphs);
    for (const Run &run : runs) {
        for (qsizetype i = run.first; i < run.first + run.count; ++i) {
            RawParagraph paragraph = paragraphs.at(i);
            const qsizetype position = i - run.first;
            const bool nearEdge = position < 4 || run.count - position <= 2;
            const QStringView view = text.mid(paragraph.range.start, paragraph.range.length);
            if (nearEdge && isDateLine(view)) {
                paragraph.role = ParagraphRole::Metadata;
                if (metadata.published.isEmpty()) {
                    metadata.published = view.trimmed().toString();
                    metadata.publishedAt = parsePublicationTime(view);
                }
                result.append(paragraph);
                continue;
            }
            const std::optional<MetadataSpan> span =
                nearEdge ? findMetadata(view) : std::optional<MetadataSpan>();
            if (!span) {
                result.append(paragraph);
                continue;
            }
            addMetadataFields(metadata, span->fields);
            result.append({{paragraph.range.start, span->length},
                           paragraph.language,
                           ParagraphRole::Metadata});
            if (span->bodyStart >= 0) {
                const TextRange body{paragraph.range.start + span->bodyStart,
                                     paragraph.range.length - span->bodyStart};
                result.append({trimmed(text, body), paragraph.language, ParagraphRole::Body});
            }
        }
    }
    paragraphs = result;
}

bool endsLikeSentence(QStringView text)
{
    static const QString closers = QStringLiteral("\"'”’」』）)]】》>");
    qsizetype i = text.size();
    while (i > 0 && closers.contains(text.at(i - 1)))
        --i;
    if (i == 0)
        return false;
    static const QString terminals = QStringLiteral("。．.!！?？…;；:：");
    return terminals.contains(text.at(i - 1));
}

/// The first body paragraph of a language is its title when it is short, has no final
/// punctuation, and more body follows.
void markTitle(QStringView text, QList<RawParagraph> &paragraphs, Language language)
{
    qsizetype candidate = -1;
    qsizetype bodyCount = 0;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const RawParagraph &paragraph = paragraphs.at(i);
        if (paragraph.language != language || paragraph.role != ParagraphRole::Body)
            continue;
        if (candidate < 0)
            candidate = i;
        ++bodyCount;
    }
    if (candidate < 0 || bodyCount < 2)
        return;
    const QStringView view =
        text.mid(paragraphs.at(candidate).range.start, paragraphs.at(candidate).range.length);
    if (endsLikeSentence(view))
        return;
    const bool shortEnough = language == Language::Chinese
                                 ? countScripts(view).han <= 80
                                 : view.count(u' ') < 30 && view.size() <= 200;
    if (shortEnough)
        paragraphs[candidate].role = ParagraphRole::Title;
}

Paragraph segmentParagraph(QStringView text, const RawParagraph &raw, const Segmenter &segmenter)
{
    Paragraph paragraph{raw.range, raw.role, {}, {}};
    if (raw.role == ParagraphRole::Metadata)
        return paragraph;
    // Hand-wrapped lines are one paragraph: line breaks read as spaces (same length, so the
    // offsets stay those of the source).
    QString flat = text.mid(raw.range.start, raw.range.length).toString();
    flat.replace(u'\r', u' ').replace(u'\n', u' ');
    for (Sentence sentence : segmenter.split(flat)) {
        sentence.range.start += raw.range.start;
        for (qsizetype &clauseEnd : sentence.clauseEnds)
            clauseEnd += raw.range.start;
        paragraph.sentences.append(sentence);
    }
    return paragraph;
}

bool cancelled(const ReadOptions &options)
{
    return options.isCancelled && options.isCancelled();
}

/// Builds the two sides from paragraphs already given languages and roles.
Result<void> fillSides(Document &document, int sourceIndex, const QList<RawParagraph> &paragraphs,
                       const ReadOptions &options)
{
    static thread_local const Segmenter chineseSegmenter(Language::Chinese);
    static thread_local const Segmenter englishSegmenter(Language::English);
    const QStringView text = document.sources.at(sourceIndex).text;
    for (const RawParagraph &raw : paragraphs) {
        if (cancelled(options))
            return Error{ErrorCode::Cancelled, {}};
        const bool chinese = raw.language == Language::Chinese;
        Side &side = chinese ? document.chinese : document.english;
        side.sourceIndex = sourceIndex;
        side.paragraphs.append(
            segmentParagraph(text, raw, chinese ? chineseSegmenter : englishSegmenter));
    }
    return {};
}

void setTitles(Document &document)
{
    for (Language language : {Language::Chinese, Language::English}) {
        const Side &side = document.side(language);
        for (const Paragraph &paragraph : side.paragraphs) {
            if (paragraph.role != ParagraphRole::Title)
                continue;
            QString &title = language == Language::Chinese ? document.metadata.title
                                                           : document.metadata.englishTitle;
            title = document.text(side, paragraph.range);
            break;
        }
    }
}

/// The title and author a file declares win over ones guessed from its first lines.
void applyDeclaredMetadata(Document &document, const ImportedText &structure, Language language)
{
    if (!structure.title.isEmpty() && language != Language::Neutral)
        (language == Language::Chinese ? document.metadata.title : document.metadata.englishTitle) =
            structure.title;
    if (!structure.author.isEmpty() && document.metadata.author.isEmpty())
        document.metadata.author = structure.author;
}

void finishOneSided(Document &document)
{
    const bool hasChinese = document.chinese.sentenceCount() > 0;
    const bool hasEnglish = document.english.sentenceCount() > 0;
    if (hasChinese && hasEnglish)
        return;
    document.layout = Layout::OneSided;
    document.notices.append(hasChinese ? Notice::EnglishMissing : Notice::ChineseMissing);
}

/// The chapter a chapter heading found in plain text starts, when a side has several.
QList<Chapter> chaptersFromHeadings(const Document &document, const Side &side)
{
    QList<Chapter> chapters;
    for (int i = 0; i < side.paragraphs.size(); ++i) {
        const Paragraph &paragraph = side.paragraphs.at(i);
        const bool heading =
            paragraph.role == ParagraphRole::Heading || paragraph.role == ParagraphRole::Title;
        if (heading && looksLikeChapterHeading(document.textView(side, paragraph.range)))
            chapters.append({document.text(side, paragraph.range), i, 0});
    }
    return chapters.size() >= 2 ? chapters : QList<Chapter>();
}

QList<Chapter> chaptersFromStarts(const Side &side, const QList<ImportedText::ChapterStart> &starts)
{
    QList<Chapter> chapters;
    int paragraph = 0;
    for (const ImportedText::ChapterStart &start : starts) {
        while (paragraph < side.paragraphs.size() &&
               side.paragraphs.at(paragraph).range.start < start.offset)
            ++paragraph;
        if (paragraph == side.paragraphs.size())
            break;
        if (!chapters.isEmpty() && chapters.last().firstParagraph == paragraph)
            chapters.removeLast(); // The previous chapter has nothing on this side.
        chapters.append({start.title, paragraph, 0});
    }
    return chapters;
}

/// Gives the paragraphs read from source @p sourceIndex the structure its format knew
/// (headings, chapters, cue times), and finds chapter headings in plain text.
void applyStructure(Document &document, int sourceIndex, const ImportedText &structure)
{
    for (Language language : {Language::Chinese, Language::English}) {
        Side &side = document.side(language);
        if (side.sourceIndex != sourceIndex || side.paragraphs.isEmpty())
            continue;
        qsizetype heading = 0;
        qsizetype cue = 0;
        for (Paragraph &paragraph : side.paragraphs) {
            const qsizetype start = paragraph.range.start;
            while (heading < structure.headings.size() &&
                   structure.headings.at(heading).end() <= start)
                ++heading;
            const bool markedHeading = heading < structure.headings.size() &&
                                       structure.headings.at(heading).start <= start;
            if (paragraph.role == ParagraphRole::Body &&
                (markedHeading ||
                 looksLikeChapterHeading(document.textView(side, paragraph.range))))
                paragraph.role = ParagraphRole::Heading;
            while (cue < structure.cues.size() && structure.cues.at(cue).range.end() <= start)
                ++cue;
            if (cue < structure.cues.size() && structure.cues.at(cue).range.start <= start)
                paragraph.cue = structure.cues.at(cue).cue;
        }
        side.chapters = structure.chapters.isEmpty() ? chaptersFromHeadings(document, side)
                                                     : chaptersFromStarts(side, structure.chapters);
        for (int i = 0; i < side.chapters.size(); ++i) {
            const int end = i + 1 < side.chapters.size() ? side.chapters.at(i + 1).firstParagraph
                                                         : int(side.paragraphs.size());
            side.chapters[i].paragraphCount = end - side.chapters.at(i).firstParagraph;
        }
    }
}

Result<Document> parseSingle(Document document, const QList<ImportedText> &structures,
                             const ReadOptions &options)
{
    const QStringView text = document.sources.first().text;
    QList<RawParagraph> paragraphs = findParagraphs(text);
    if (paragraphs.isEmpty())
        return Error{ErrorCode::EmptyDocument, document.sources.first().path};
    assignLanguages(text, paragraphs);
    if (paragraphs.first().language == Language::Neutral)
        return Error{ErrorCode::NoReadableText, document.sources.first().path};

    extractMetadata(text, paragraphs, document.metadata);

    // Blocks or interleaved: in a block layout each language has one run that holds nearly all
    // of its text; what lies outside it (an unrelated preface) is kept as extra text.
    QList<Run> runs;
    for (const Run &run : languageRuns(paragraphs))
        runs.append(run);
    document.layout = Layout::Blocks;
    if (runs.size() > 2) {
        double dominance = 1.0;
        for (Language language : {Language::Chinese, Language::English}) {
            qsizetype total = 0, largest = 0;
            for (const Run &run : runs) {
                if (run.language == language) {
                    total += run.characters;
                    largest = std::max(largest, run.characters);
                }
            }
            if (total > 0)
                dominance = std::min(dominance, double(largest) / double(total));
        }
        document.layout = dominance >= 0.75 ? Layout::Blocks : Layout::Interleaved;
    }
    if (document.layout == Layout::Blocks) {
        for (Language language : {Language::Chinese, Language::English}) {
            const Run *main = nullptr;
            for (const Run &run : runs) {
                if (run.language == language && (!main || run.characters > main->characters))
                    main = &run;
            }
            for (const Run &run : runs) {
                if (run.language != language || &run == main)
                    continue;
                for (qsizetype i = run.first; i < run.first + run.count; ++i) {
                    if (paragraphs[i].role == ParagraphRole::Body) {
                        paragraphs[i].role = ParagraphRole::Extra;
                        if (!document.notices.contains(Notice::ExtraTextKept))
                            document.notices.append(Notice::ExtraTextKept);
                    }
                }
            }
        }
    }
    if (structures.first().mayHaveTitle) {
        markTitle(text, paragraphs, Language::Chinese);
        markTitle(text, paragraphs, Language::English);
    }

    if (const Result<void> filled = fillSides(document, 0, paragraphs, options); !filled)
        return filled.error();
    applyStructure(document, 0, structures.first());
    setTitles(document);
    applyDeclaredMetadata(document, structures.first(), detectLanguage(structures.first().title));
    finishOneSided(document);
    return document;
}

Result<Document> parseTwoFiles(Document document, const QList<ImportedText> &structures,
                               const ReadOptions &options)
{
    const Language first = detectLanguage(document.sources.at(0).text);
    const Language second = detectLanguage(document.sources.at(1).text);
    if (first == Language::Neutral)
        return Error{ErrorCode::NoReadableText, document.sources.at(0).path};
    if (second == Language::Neutral)
        return Error{ErrorCode::NoReadableText, document.sources.at(1).path};
    if (first == second)
        return Error{ErrorCode::SideMismatch, document.sources.at(1).path};

    document.layout = Layout::TwoFiles;
    // The Chinese file goes first, so its metadata wins whichever order the files came in.
    const int chineseIndex = first == Language::Chinese ? 0 : 1;
    for (int index : {chineseIndex, 1 - chineseIndex}) {
        const QStringView text = document.sources.at(index).text;
        const Language language = index == 0 ? first : second;
        QList<RawParagraph> paragraphs = findParagraphs(text);
        // Everything in a file belongs to its language, even a line of Latin letters.
        for (RawParagraph &paragraph : paragraphs)
            paragraph.language = language;
        extractMetadata(text, paragraphs, document.metadata);
        if (structures.at(index).mayHaveTitle)
            markTitle(text, paragraphs, language);
        if (const Result<void> filled = fillSides(document, index, paragraphs, options); !filled)
            return filled.error();
        applyStructure(document, index, structures.at(index));
    }
    setTitles(document);
    for (int index : {chineseIndex, 1 - chineseIndex})
        applyDeclaredMetadata(document, structures.at(index), index == 0 ? first : second);
    return document;
}

/// One sentence per line, exactly: line i is sentence i, so evaluation links keep their numbers.
Result<Document> parsePresplit(Document document, const QList<ImportedText> &structures)
{
    document.layout = Layout::Presplit;
    for (int index = 0; index < document.sources.size(); ++index) {
        const QStringView text = document.sources.at(index).text;
        const QList<TextRange> lines = splitLines(text);
        if (lines.isEmpty())
            return Error{ErrorCode::EmptyDocument, document.sources.at(index).path};
        Language language = detectLanguage(text);
        if (document.sources.size() == 2 && language == Language::Neutral)
            language = index == 0 ? Language::Chinese : Language::English;
        if (language == Language::Neutral)
            return Error{ErrorCode::NoReadableText, document.sources.at(index).path};
        Side &side = document.side(language);
        if (!side.paragraphs.isEmpty())
            return Error{ErrorCode::SideMismatch, document.sources.at(index).path};
        side.sourceIndex = index;
        if (!document.sources.at(index).format.isEmpty()) {
            // A book or page read as one sentence per block: each block is a paragraph of one
            // sentence, so chapters and headings keep their place.
            for (const TextRange &line : lines) {
                if (!line.isEmpty())
                    side.paragraphs.append({line, ParagraphRole::Body, {{line, {}}}, {}});
            }
            applyStructure(document, index, structures.at(index));
            continue;
        }
        Paragraph paragraph{{lines.first().start, lines.last().end() - lines.first().start},
                            ParagraphRole::Body,
                            {},
                            {}};
        for (const TextRange &line : lines)
            paragraph.sentences.append({line, {}});
        side.paragraphs.append(paragraph);
    }
    finishOneSided(document);
    return document;
}

Result<Document> parseStructured(QList<SourceText> sources, const QList<ImportedText> &structures,
                                 const ReadOptions &options)
{
    if (sources.isEmpty() || sources.size() > 2)
        return Error{ErrorCode::InvalidArgument, {}};
    Document document;
    document.sources = std::move(sources);
    if (options.presplit)
        return parsePresplit(std::move(document), structures);
    if (document.sources.size() == 2)
        return parseTwoFiles(std::move(document), structures, options);
    return parseSingle(std::move(document), structures, options);
}

/// Reads one file of any supported format: plain text decoded as it is, other formats through
/// their importer.
QString formatName(FileFormat format)
{
    for (const FileFormatInfo &info : supportedFormats())
        if (info.format == format)
            return info.name;
    return QString::number(int(format));
}

Result<std::pair<SourceText, ImportedText>> readSource(const QString &path,
                                                       const ReadOptions &options)
{
    // Books and office files hold images besides their text: allow them more bytes.
    const qint64 containerLimit = options.maxFileBytes * ContainerSizeFactor;
    Result<QByteArray> bytes = readFileBytes(path, containerLimit);
    if (!bytes)
        return bytes.error();
    const auto withPath = [&](Error error) {
        if (error.context.isEmpty())
            error.context = path;
        return error;
    };
    Result<FileFormat> format = detectFormat(*bytes, path);
    if (!format)
        return withPath(format.error());
    qCDebug(lcImport, "%s: %lld bytes, %s", qUtf8Printable(path), qlonglong(bytes->size()),
            qUtf8Printable(formatName(*format)));
    // Aligned formats hold pairs, read by openDocument(); as a text they are what they say.
    if (*format == FileFormat::PlainText || isAlignedFormat(*format)) {
        if (bytes->size() > options.maxFileBytes)
            return fileTooLarge(path, bytes->size());
        Result<DecodedText> decoded = decodeText(*bytes);
        if (!decoded)
            return withPath(decoded.error());
        qCDebug(lcImport, "%s: plain text in %s%s%s", qUtf8Printable(path),
                qUtf8Printable(decoded->encoding), decoded->hadByteOrderMark ? " with BOM" : "",
                decoded->doubtful ? ", doubtful" : "");
        ImportedText plain;
        plain.decodingDoubtful = decoded->doubtful;
        return std::pair{
            SourceText{
                path, decoded->encoding, decoded->hadByteOrderMark, std::move(decoded->text), {}},
            std::move(plain)};
    }
    Result<ImportedText> imported = importBytes(*bytes, *format);
    if (!imported)
        return withPath(imported.error());
    if (imported->text.size() > options.maxFileBytes)
        return Error{ErrorCode::LimitExceeded, path, imported->text.size(),
                     QStringLiteral("text-size")};
    SourceText source{path, imported->encoding, false, std::move(imported->text), imported->format};
    return std::pair{std::move(source), std::move(*imported)};
}

} // namespace

Result<Document> parseDocument(QList<SourceText> sources, const ReadOptions &options)
{
    const QList<ImportedText> plain(sources.size());
    return parseStructured(std::move(sources), plain, options);
}

Result<Document> readDocument(const QStringList &paths, const ReadOptions &options)
{
    if (paths.isEmpty() || paths.size() > 2)
        return Error{ErrorCode::InvalidArgument, {}};
    QElapsedTimer timer;
    timer.start();
    QList<SourceText> sources;
    QList<ImportedText> structures;
    bool doubtful = false;
    for (const QString &path : paths) {
        Result<std::pair<SourceText, ImportedText>> source = readSource(path, options);
        if (!source)
            return source.error();
        doubtful = doubtful || source->second.decodingDoubtful;
        sources.append(std::move(source->first));
        structures.append(std::move(source->second));
        if (cancelled(options))
            return Error{ErrorCode::Cancelled, {}};
    }
    Result<Document> document = parseStructured(std::move(sources), structures, options);
    if (document && doubtful)
        document->notices.append(Notice::DecodingDoubtful);
    if (document)
        qCDebug(lcImport, "read in %lld ms: layout %s, %lld Chinese and %lld English sentences",
                timer.elapsed(), qUtf8Printable(layoutName(document->layout)),
                qlonglong(document->chinese.sentenceCount()),
                qlonglong(document->english.sentenceCount()));
    else
        qCDebug(lcImport, "not read: error %d", int(document.error().code));
    return document;
}

} // namespace duizhao
