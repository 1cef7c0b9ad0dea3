#include "ImportFixtures.h"
#include "core/align/Aligner.h"
#include "core/align/ChapterAligner.h"
#include "core/import/Importer.h"
#include "core/import/ZipArchive.h"
#include "core/model/AlignedText.h"
#include "core/parse/DocumentReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

namespace {

QString samplePath()
{
    return QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt");
}

QStringList sampleLines()
{
    QFile file(samplePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

using fixtures::bookChapter;

class ImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    Result<Document> open(const QString &name, const QByteArray &bytes)
    {
        return readDocument({write(name, bytes)});
    }

private slots:
    void formatsAreListedForOpenDialogs()
    {
        QStringList extensions;
        for (const FileFormatInfo &info : supportedFormats())
            extensions += info.extensions;
        for (const char *extension : {"txt", "epub", "html", "htm", "docx", "odt", "srt", "vtt"})
            QVERIFY2(extensions.contains(QLatin1String(extension)), extension);
    }

    void formatIsFoundByContentFirst()
    {
        const QByteArray book = fixtures::epub(QStringLiteral("en"), {bookChapter(1, false)});
        QCOMPARE(detectFormat(book, QStringLiteral("book.txt")).value(), FileFormat::Epub);
        QCOMPARE(
            detectFormat(fixtures::docx({QStringLiteral("x")}), QStringLiteral("a.zip")).value(),
            FileFormat::Docx);
        QCOMPARE(detectFormat(fixtures::odt({QStringLiteral("x")}), QStringLiteral("a")).value(),
                 FileFormat::Odt);
        QCOMPARE(detectFormat("<!DOCTYPE html><html><body>x</body></html>", QStringLiteral("a.txt"))
                     .value(),
                 FileFormat::Html);
        QCOMPARE(
            detectFormat("1\n00:00:01,000 --> 00:00:02,000\nHi\n", QStringLiteral("a.txt")).value(),
            FileFormat::Srt);
        QCOMPARE(
            detectFormat("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n", QStringLiteral("a")).value(),
            FileFormat::WebVtt);
        QCOMPARE(detectFormat("%PDF-1.7\n", QStringLiteral("a.txt")).value(), FileFormat::Pdf);
        QCOMPARE(detectFormat("Just text.\n", QStringLiteral("a.html")).value(), FileFormat::Html);
        QCOMPARE(detectFormat("Just text.\n", QStringLiteral("a.txt")).value(),
                 FileFormat::PlainText);
    }

    void unsupportedFormatsAreNamed_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("detail");
        QTest::newRow("doc") << QStringLiteral("old.doc")
                             << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) +
                                    QByteArray(512, '\0')
                             << QStringLiteral("DOC");
        QTest::newRow("mobi") << QStringLiteral("book.mobi")
                              << QByteArray(60, 'x') + "BOOKMOBI" + QByteArray(100, '\0')
                              << QStringLiteral("MOBI");
        QTest::newRow("mobi by name")
            << QStringLiteral("book.azw3") << QByteArray(100, '\1') << QStringLiteral("AZW3");
        QTest::newRow("rtf") << QStringLiteral("a.txt") << QByteArray("{\\rtf1\\ansi hello}")
                             << QStringLiteral("RTF");
        QTest::newRow("xlsx") << QStringLiteral("a.xlsx")
                              << fixtures::zip({{QStringLiteral("xl/workbook.xml"), "<x/>"}})
                              << QStringLiteral("XLSX");
    }

    void unsupportedFormatsAreNamed()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, detail);
        const Result<Document> document = open(name, bytes);
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::UnsupportedFormat);
        QVERIFY2(document.error().detail.contains(detail), qPrintable(document.error().detail));
        QVERIFY(document.error().context.endsWith(name));
    }

    void epubReadsSpineOrderTitlesAndBlocks()
    {
        QList<fixtures::Chapter> chapters = {bookChapter(1, false), bookChapter(2, false)};
        const QString extra =
            QStringLiteral("<p>He read <ruby>漢<rt>kan</rt></ruby> aloud<a epub:type=\"noteref\" "
                           "href=\"#n1\">1</a>.</p>"
                           "<script>var hidden = 'SCRIPT TEXT';</script>"
                           "<aside epub:type=\"footnote\" id=\"n1\"><p>NOTE TEXT.</p></aside>"
                           "<p>Dash&nbsp;and&mdash;entity.</p>");
        for (bool ncx : {false, true}) {
            const Result<Document> document =
                open(QStringLiteral("book.epub"),
                     fixtures::epub(QStringLiteral("en"), chapters, ncx, extra));
            QVERIFY2(document, qPrintable(errorCodeName(document ? ErrorCode::Cancelled
                                                                 : document.error().code)));
            QCOMPARE(document->sources.first().format, QStringLiteral("EPUB"));
            const Side &english = document->english;
            QCOMPARE(english.chapters.size(), 2);
            QCOMPARE(english.chapters.at(0).title, QStringLiteral("Chapter 1"));
            QCOMPARE(english.chapters.at(1).title, QStringLiteral("Chapter 2"));
            const QString text = document->sources.first().text;
            QVERIFY(text.indexOf(QStringLiteral("In 1831")) <
                    text.indexOf(QStringLiteral("In 1861")));
            QVERIFY(text.contains(QStringLiteral("He read 漢 aloud.")));
            QVERIFY(text.contains(QStringLiteral("Dash and\u2014entity.")));
            for (const char *absent : {"kan", "SCRIPT TEXT", "NOTE TEXT", "margin"})
                QVERIFY2(!text.contains(QLatin1String(absent)), absent);
            const Paragraph &second = english.paragraphs.at(english.chapters.at(1).firstParagraph);
            QCOMPARE(second.role, ParagraphRole::Heading);
            QCOMPARE(document->text(english, second.range), QStringLiteral("Chapter 2"));
        }
    }

    void twoEpubsTakeTheirTitlesFromTheirPackages()
    {
        // Without declared titles the first chapter's heading would be taken for the title.
        const QList<fixtures::Chapter> chinese = {bookChapter(1, true), bookChapter(2, true)};
        const QList<fixtures::Chapter> english = {bookChapter(1, false), bookChapter(2, false)};
        const QString zh =
            write(QStringLiteral("titled-zh.epub"),
                  fixtures::epub(QStringLiteral("zh"), chinese, false, {}, QStringLiteral("紅樓夢"),
                                 QStringLiteral("曹雪芹")));
        const QString en = write(QStringLiteral("titled-en.epub"),
                                 fixtures::epub(QStringLiteral("en"), english, true, {},
                                                QStringLiteral("The  Story of\nthe Stone"),
                                                QStringLiteral("Cao Xueqin")));
        const Result<Document> document = readDocument({en, zh});
        QVERIFY(document);
        QCOMPARE(document->metadata.title, QStringLiteral("紅樓夢"));
        QCOMPARE(document->metadata.englishTitle, QStringLiteral("The Story of the Stone"));
        QCOMPARE(document->metadata.author, QStringLiteral("曹雪芹"));
        // The first chapter keeps its heading, which stays a heading in the contents.
        for (const Side *side : {&document->chinese, &document->english}) {
            QCOMPARE(side->chapters.size(), 2);
            QCOMPARE(side->paragraphs.first().role, ParagraphRole::Heading);
        }
        // An untitled book still guesses its title from its first line.
        const QString untitled =
            write(QStringLiteral("untitled.epub"), fixtures::epub(QStringLiteral("zh"), chinese));
        const Result<Document> guessed = readDocument({untitled, en});
        QVERIFY(guessed);
        QCOMPARE(guessed->metadata.title, QStringLiteral("第一章"));
    }

    void twoEpubsAlignChapterByChapter()
    {
        // The English book lacks chapter 3.
        QList<fixtures::Chapter> chinese, english;
        for (int k = 1; k <= 5; ++k) {
            chinese.append(bookChapter(k, true));
            if (k != 3)
                english.append(bookChapter(k, false));
        }
        const QString zh =
            write(QStringLiteral("zh.epub"), fixtures::epub(QStringLiteral("zh"), chinese));
        const QString en =
            write(QStringLiteral("en.epub"), fixtures::epub(QStringLiteral("en"), english));
        const Result<Document> document = readDocument({en, zh});
        QVERIFY(document);
        QCOMPARE(document->layout, Layout::TwoFiles);
        QCOMPARE(document->chinese.chapters.size(), 5);
        QCOMPARE(document->english.chapters.size(), 4);
        QCOMPARE(document->chinese.chapters.at(2).title, QStringLiteral("第三章"));

        const Result<QList<Bead>> beads = alignDocument(*document);
        QVERIFY(beads);
        const QStringList zhTexts = document->sentenceTexts(Language::Chinese);
        const QStringList enTexts = document->sentenceTexts(Language::English);
        int paired = 0, chapterThreeAlone = 0;
        for (const Bead &bead : *beads) {
            if (bead.chineseCount == 1 && bead.englishCount == 1) {
                // Each pair shares its year, or is a pair of headings.
                const QString zhText = zhTexts.at(bead.chineseBegin);
                const QString year =
                    zhText.startsWith(u'第') ? QStringLiteral("Chapter") : zhText.left(4);
                QVERIFY2(enTexts.at(bead.englishBegin).contains(year),
                         qPrintable(zhTexts.at(bead.chineseBegin) + u" / " +
                                    enTexts.at(bead.englishBegin)));
                ++paired;
            }
            if (bead.englishCount == 0 && bead.chineseCount == 1) {
                const QString text = zhTexts.at(bead.chineseBegin);
                QVERIFY2(text.startsWith(QStringLiteral("189")) || text == QStringLiteral("第三章"),
                         qPrintable(text));
                ++chapterThreeAlone;
            }
        }
        QCOMPARE(paired, 4 * 7); // Four chapters of a heading and six sentences.
        QCOMPARE(chapterThreeAlone, 7);

        // The contents pair the books' chapters, chapter 3 without an English one.
        const QList<ChapterGroup> groups = AlignedText(*document, *beads).chapterGroups();
        QCOMPARE(groups.size(), 5);
        const QList<QList<int>> englishChapters = {{0}, {1}, {}, {2}, {3}};
        for (int k = 0; k < 5; ++k) {
            QCOMPARE(groups.at(k).chinese, QList<int>{k});
            QCOMPARE(groups.at(k).english, englishChapters.at(k));
            QVERIFY(k == 0 || groups.at(k).bead > groups.at(k - 1).bead);
        }
    }

    void chaptersSplitDifferentlyAreOneContentsEntry()
    {
        // The English translation splits chapter 2 in two: one contents line, both titles.
        Document document;
        SourceText source;
        QList<Bead> beads;
        for (Language language : {Language::Chinese, Language::English}) {
            Side &side = document.side(language);
            side.language = language;
            const int chapters = language == Language::Chinese ? 2 : 3;
            for (int chapter = 0; chapter < chapters; ++chapter) {
                side.chapters.append(
                    {QStringLiteral("c%1").arg(chapter), int(side.paragraphs.size()), 4});
                for (int i = 0; i < 4; ++i) {
                    Paragraph paragraph;
                    paragraph.range = {source.text.size(), 3};
                    paragraph.sentences.append(Sentence{paragraph.range, {}});
                    side.paragraphs.append(paragraph);
                    source.text += QStringLiteral("abc\n");
                }
            }
        }
        document.sources.append(source);
        // Chinese chapter 1 (sentences 4-7) pairs with English 4-11, two sentences a bead.
        for (int i = 0; i < 4; ++i)
            beads.append(Bead{i, 1, i, 1});
        for (int i = 0; i < 4; ++i)
            beads.append(Bead{4 + i, 1, 4 + 2 * i, 2});
        const QList<ChapterGroup> groups = AlignedText(document, beads).chapterGroups();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(1).chinese, QList<int>{1});
        QCOMPARE(groups.at(1).english, (QList<int>{1, 2}));
        QCOMPARE(groups.at(1).bead, 4);
    }

    void chaptersPairByNumberAndLength()
    {
        const auto summary = [](const QString &title, int begin, int count) {
            return ChapterSummary{title, begin, count, count * 30};
        };
        QCOMPARE(chapterNumber(QStringLiteral("第十二回 宝玉")), 12);
        QCOMPARE(chapterNumber(QStringLiteral("第１０章")), 10);
        QCOMPARE(chapterNumber(QStringLiteral("CHAPTER XII")), 12);
        QCOMPARE(chapterNumber(QStringLiteral("Chapter Twenty-One")), 21);
        QCOMPARE(chapterNumber(QStringLiteral("Chapter Nineteen")), 19);
        QCOMPARE(chapterNumber(QStringLiteral("BOOK NINETY-NINE")), 99);
        QCOMPARE(chapterNumber(QStringLiteral("7. The Storm")), 7);
        QCOMPARE(chapterNumber(QStringLiteral("The Storm")), -1);
        // English chapter 2 is missing; lengths alone would pair it wrongly, numbers do not.
        const QList<ChapterSummary> zh = {summary(QStringLiteral("第一章"), 0, 10),
                                          summary(QStringLiteral("第二章"), 10, 10),
                                          summary(QStringLiteral("第三章"), 20, 10)};
        const QList<ChapterSummary> en = {summary(QStringLiteral("Chapter 1"), 0, 10),
                                          summary(QStringLiteral("Chapter 3"), 10, 10)};
        const QList<AlignmentSegment> segments = pairChapters(zh, en);
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments.at(1).chineseBegin, 10);
        QCOMPARE(segments.at(1).englishCount, 0);
        QCOMPARE(segments.at(2).englishBegin, 10);
        QCOMPARE(segments.at(2).chineseBegin, 20);
    }

    void plainTextChapterHeadingsAreFound()
    {
        QString text;
        for (int k = 1; k <= 3; ++k) {
            const fixtures::Chapter chapter = bookChapter(k, true, 3);
            text += chapter.title + QStringLiteral("\n\n") + chapter.paragraphs.join(u'\n') +
                    QStringLiteral("\n\n");
        }
        const Result<Document> document = open(QStringLiteral("zh.txt"), text.toUtf8());
        QVERIFY(document);
        QCOMPARE(document->chinese.chapters.size(), 3);
        QCOMPARE(document->chinese.chapters.at(1).title, QStringLiteral("第二章"));
        int headings = 0;
        for (const Paragraph &paragraph : document->chinese.paragraphs)
            headings += paragraph.role == ParagraphRole::Heading;
        QCOMPARE(headings, 2); // The first is the title.
        // A sentence that starts like a heading is none.
        QVERIFY(!looksLikeChapterHeading(QStringLiteral("Chapter 3 of the report says so.")));
        QVERIFY(looksLikeChapterHeading(QStringLiteral("CHAPTER XII. The Return")));
        QVERIFY(looksLikeChapterHeading(QStringLiteral("第十二回 宝玉挨打")));
    }

    void seedReadsTheSameInEveryFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        const QStringList lines = sampleLines();
        QTest::newRow("epub") << QStringLiteral("seed.epub")
                              << fixtures::epub(QStringLiteral("zh"), {{QString(), lines}});
        QTest::newRow("html") << QStringLiteral("seed.html")
                              << fixtures::htmlPage(lines, QStringLiteral("utf-8")).toUtf8();
        QStringEncoder gb18030("GB18030");
        QTest::newRow("html gbk") << QStringLiteral("seed.htm")
                                  << QByteArray(
                                         gb18030(fixtures::htmlPage(lines, QStringLiteral("gbk"))));
        QTest::newRow("docx") << QStringLiteral("seed.docx") << fixtures::docx(lines);
        QTest::newRow("odt") << QStringLiteral("seed.odt") << fixtures::odt(lines);
    }

    void seedReadsTheSameInEveryFormat()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QVERIFY(!bytes.isEmpty());
        const Result<Document> text = readDocument({samplePath()});
        QVERIFY(text);
        const Result<Document> other = open(name, bytes);
        QVERIFY2(other, other ? "" : qPrintable(errorCodeName(other.error().code)));
        QCOMPARE(other->layout, text->layout);
        QCOMPARE(other->metadata.title, text->metadata.title);
        QCOMPARE(other->metadata.englishTitle, text->metadata.englishTitle);
        QCOMPARE(other->metadata.published, text->metadata.published);
        QCOMPARE(other->metadata.editor, text->metadata.editor);
        QCOMPARE(other->metadata.source, text->metadata.source);
        QCOMPARE(other->sentenceTexts(Language::Chinese), text->sentenceTexts(Language::Chinese));
        QCOMPARE(other->sentenceTexts(Language::English), text->sentenceTexts(Language::English));
        const Result<QList<Bead>> expected = alignDocument(*text);
        const Result<QList<Bead>> actual = alignDocument(*other);
        QVERIFY(expected && actual);
        QCOMPARE(actual->size(), expected->size());
        for (qsizetype i = 0; i < expected->size(); ++i)
            QVERIFY(actual->at(i).sameLink(expected->at(i)));
    }

    void htmlDropsNavigationAndScripts()
    {
        QStringEncoder gb18030("GB18030");
        const QStringList paragraphs = {QStringLiteral("今天天气很好。"),
                                        QStringLiteral("The weather is fine today.")};
        const Result<Document> document =
            open(QStringLiteral("page.html"),
                 gb18030(fixtures::htmlPage(paragraphs, QStringLiteral("gb2312"))));
        QVERIFY(document);
        QCOMPARE(document->sources.first().encoding, QStringLiteral("GB2312"));
        QCOMPARE(document->sentenceTexts(Language::Chinese), QStringList{paragraphs.at(0)});
        QCOMPARE(document->sentenceTexts(Language::English), QStringList{paragraphs.at(1)});
        QStringEncoder big5("Big5");
        const QStringList traditional = {QStringLiteral("今天天氣很好，我們去公園。"),
                                         QStringLiteral("The weather is fine; we go to the park.")};
        const Result<Document> bigFive =
            open(QStringLiteral("big5.html"),
                 big5(fixtures::htmlPage(traditional, QStringLiteral("big5"))));
        QVERIFY(bigFive);
        QCOMPARE(bigFive->sentenceTexts(Language::Chinese), QStringList{traditional.at(0)});
        // Without an <article>, the body is read and the boilerplate still left out.
        QString page = fixtures::htmlPage(paragraphs, QStringLiteral("utf-8"));
        page.replace(QStringLiteral("<article>"), QStringLiteral("<div class=\"content\">"))
            .replace(QStringLiteral("</article>"), QStringLiteral("</div>"));
        const Result<Document> body = open(QStringLiteral("body.html"), page.toUtf8());
        QVERIFY(body);
        const QString text = body->sources.first().text;
        QVERIFY2(text.startsWith(paragraphs.at(0)), qPrintable(text));
        for (const char *absent : {"script", "首頁", "要聞", "Most read", "相關新聞", "Copyright"})
            QVERIFY2(!text.contains(QString::fromUtf8(absent)), absent);
    }

    void docxAndOdtKeepHeadingsTablesAndNotes()
    {
        const QStringList paragraphs = {QStringLiteral("#第一章 起点"),
                                        QStringLiteral("他在1999年出生。")};
        const QList<QPair<QString, QString>> rows = {
            {QStringLiteral("北京有2100万人。"), QStringLiteral("Beijing has 21 million people.")},
            {QStringLiteral("上海有2400万人。"),
             QStringLiteral("Shanghai has 24 million people.")}};
        for (const auto &[name, bytes] :
             {std::pair{QStringLiteral("a.docx"), fixtures::docx(paragraphs, rows)},
              std::pair{QStringLiteral("a.odt"), fixtures::odt(paragraphs, rows)}}) {
            const Result<Document> document = open(name, bytes);
            QVERIFY2(document, qPrintable(name));
            const QString text = document->sources.first().text;
            QVERIFY(!text.contains(QStringLiteral("FOOTNOTE")));
            // Row by row, cell by cell.
            QVERIFY(text.indexOf(QStringLiteral("Beijing")) < text.indexOf(QStringLiteral("上海")));
            QCOMPARE(document->english.sentenceCount(), 2);
            const Paragraph &first = document->chinese.paragraphs.first();
            QVERIFY(first.role == ParagraphRole::Title || first.role == ParagraphRole::Heading);
        }
        // A heading that is not first keeps its Heading role.
        const Result<Document> document =
            open(QStringLiteral("b.docx"),
                 fixtures::docx({QStringLiteral("前言。"), QStringLiteral("#第二章"),
                                 QStringLiteral("正文。")}));
        QVERIFY(document);
        QCOMPARE(document->chinese.paragraphs.at(1).role, ParagraphRole::Heading);
    }

    void bilingualSubtitlesPairByTime()
    {
        const QByteArray srt =
            "1\r\n00:00:01,000 --> 00:00:03,000\r\n<i>我有3本书。</i>\r\n"
            "I have 3 books.\r\n\r\n"
            "2\r\n00:00:04,000 --> 00:00:06,000\r\n他有7只猫。\r\nHe has 7 cats.\r\n\r\n"
            "3\r\n00:00:07,000 --> 00:00:08,000\r\n{\\an8}你好！\r\nHello!\r\n";
        const Result<Document> document = open(QStringLiteral("movie.srt"), srt);
        QVERIFY(document);
        QCOMPARE(document->sentenceTexts(Language::Chinese),
                 (QStringList{QStringLiteral("我有3本书。"), QStringLiteral("他有7只猫。"),
                              QStringLiteral("你好！")}));
        QCOMPARE(document->english.paragraphs.at(1).cue, (CueTime{4000, 6000}));
        // No cue is taken for a title.
        QCOMPARE(document->chinese.paragraphs.first().role, ParagraphRole::Body);
        const Result<QList<Bead>> beads = alignDocument(*document);
        QVERIFY(beads);
        QCOMPARE(beads->size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(beads->at(i).sameLink({i, 1, i, 1}));
    }

    void twoSubtitleFilesWithOverlapsAndUnmatchedCues()
    {
        // The Chinese cue at 10 s has no English counterpart; the English line shown from 3 s to
        // 7 s spans two Chinese cues.
        const QByteArray zh = "1\n00:00:01,000 --> 00:00:02,500\n第一句话有1个词。\n\n"
                              "2\n00:00:03,000 --> 00:00:05,000\n他买了2本书，\n\n"
                              "3\n00:00:05,000 --> 00:00:07,000\n又卖了3本。\n\n"
                              "4\n00:00:10,000 --> 00:00:11,000\n（音乐）\n\n"
                              "5\n00:00:12,000 --> 00:00:13,000\n再见，5号。\n";
        const QByteArray en =
            "WEBVTT\n\nNOTE a comment\n\n00:01.100 --> 00:02.400\nThe first line has 1 word.\n\n"
            "intro\n00:03.000 --> 00:07.000 align:start\n<v Tom>He bought 2 books and "
            "sold 3.</v>\n\n"
            "00:12.100 --> 00:13.000\nGoodbye, number 5.\n";
        const Result<Document> document = readDocument(
            {write(QStringLiteral("zh.srt"), zh), write(QStringLiteral("en.vtt"), en)});
        QVERIFY(document);
        QCOMPARE(document->layout, Layout::TwoFiles);
        QCOMPARE(document->english.sentenceCount(), 3);
        const Result<QList<Bead>> beads = alignDocument(*document);
        QVERIFY(beads);
        QCOMPARE(beads->size(), 4);
        QVERIFY(beads->at(0).sameLink({0, 1, 0, 1}));
        QVERIFY(beads->at(1).sameLink({1, 2, 1, 1}));
        QVERIFY(beads->at(2).sameLink({3, 1, 2, 0}));
        QVERIFY(beads->at(3).sameLink({4, 1, 2, 1}));
    }

    void protectedAndMalformedFilesGetClearErrors()
    {
        QList<fixtures::ZipEntry> drm = {
            {QStringLiteral("mimetype"), "application/epub+zip", false},
            {QStringLiteral("META-INF/encryption.xml"),
             "<encryption xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" "
             "xmlns:enc=\"http://www.w3.org/2001/04/xmlenc#\"><enc:EncryptedData>"
             "<enc:EncryptionMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#aes128-cbc\"/>"
             "</enc:EncryptedData></encryption>"}};
        Result<Document> document = open(QStringLiteral("drm.epub"), fixtures::zip(drm));
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::DrmProtected);

        document = open(QStringLiteral("broken.epub"), "PK\x03\x04 truncated");
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::MalformedFile);
        document = open(QStringLiteral("text.epub"), "Not a book at all.");
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::MalformedFile);
        QCOMPARE(document.error().detail, QStringLiteral("EPUB"));
        document = open(QStringLiteral("empty.srt"), "no cues here\n");
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::MalformedFile);
        // A chapter that is not well-formed XML is read as HTML.
        const QByteArray sloppy =
            fixtures::epub(QStringLiteral("en"), {bookChapter(1, false)}, false,
                           QStringLiteral("<p>Unclosed <b>bold<br></p>"));
        document = open(QStringLiteral("sloppy.epub"), sloppy);
        QVERIFY(document);
        QVERIFY(document->sources.first().text.contains(QStringLiteral("Unclosed bold")));
    }

    void hostileFilesAreRefusedInBoundedTime()
    {
        QElapsedTimer timer;
        timer.start();
        // Billion laughs in a chapter.
        QString laughs = QStringLiteral("<!DOCTYPE html [<!ENTITY a \"haha\">");
        for (int i = 1; i < 12; ++i)
            laughs +=
                QStringLiteral("<!ENTITY %1 \"%2\">")
                    .arg(QChar(u'a' + i))
                    .arg(QString(QStringLiteral("&%1;")).arg(QChar(u'a' + i - 1)).repeated(10));
        laughs += QStringLiteral(
            "]><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&l;</p></body></html>");
        QList<fixtures::ZipEntry> entries = {
            {QStringLiteral("mimetype"), "application/epub+zip", false},
            {QStringLiteral("META-INF/container.xml"),
             "<container><rootfiles><rootfile full-path=\"a.opf\"/></rootfiles></container>"},
            {QStringLiteral("a.opf"), "<package><manifest><item id=\"x\" href=\"x.xhtml\" "
                                      "media-type=\"application/xhtml+xml\"/>"
                                      "</manifest><spine><itemref idref=\"x\"/></spine></package>"},
            {QStringLiteral("x.xhtml"), laughs.toUtf8()}};
        Result<Document> document = open(QStringLiteral("laughs.epub"), fixtures::zip(entries));
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::LimitExceeded);

        // Deep nesting, in XHTML and in HTML.
        entries.last().bytes =
            QByteArray("<html><body>") + QByteArray("<div>").repeated(100000) + "x";
        document = open(QStringLiteral("deep.epub"), fixtures::zip(entries));
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::LimitExceeded);
        document = open(QStringLiteral("deep.html"),
                        QByteArray("<html><body>") + QByteArray("<span>").repeated(200000) + "x");
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::LimitExceeded);

        // A zip bomb: 100 MB of zeros in a few hundred kilobytes.
        const QByteArray bomb = fixtures::zip(
            {{QStringLiteral("[Content_Types].xml"), "<Types/>"},
             {QStringLiteral("word/document.xml"), QByteArray(100 * 1024 * 1024, ' ')}});
        QVERIFY(bomb.size() < 1024 * 1024);
        document = open(QStringLiteral("bomb.docx"), bomb);
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(document.error().detail, QStringLiteral("zip-entry-size"));
        // The same with lower limits, counting what is really expanded.
        Result<std::shared_ptr<ZipArchive>> archive =
            ZipArchive::open(bomb, QStringLiteral("DOCX"), {1024 * 1024, 1024 * 1024, 10});
        QVERIFY(archive);
        QCOMPARE((*archive)->read(QStringLiteral("word/document.xml")).error().code,
                 ErrorCode::LimitExceeded);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

} // namespace

QTEST_GUILESS_MAIN(ImportTest)
#include "tst_import.moc"
