// PDF export of the bundled sample: fonts embedded, sensible page counts, layouts and page sizes;
// text that copies and searches exactly (../shared/tools/check-pdf-text) as export.pdf-text.

#include "core/export/AlignedPairs.h"
#include "core/export/HtmlWriter.h"
#include "core/parse/DocumentReader.h"
#include "core/pdf/PdfRenderer.h"
#include "tests/import/ImportFixtures.h"

#include <QFile>
#include <QHash>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

namespace {

QString samplePath()
{
    return QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt");
}

QString checkPdfText()
{
    return QStringLiteral(DUIZHAO_SHARED_DIR "/tools/check-pdf-text");
}

struct ProcessResult
{
    int status = -1;
    QString out;
};

ProcessResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(60000))
        return result;
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAll());
    return result;
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace

class TestPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fontsFollowTheScript();
    void exports_data();
    void exports();
    void documentProperties();
    void rowTallerThanAPageIsSplitWithoutLoss();
    void printerGetsTheSamePages();
    void unwritablePathFails();
    void cancelWhileTypesettingKeepsTheOldFile();
    void chaptersBecomeBookmarksAndHeadings();
    void headingNeverEndsAPage();
    void textCopiesExactly_data();
    void textCopiesExactly();

private:
    AlignedPairs build(ChineseScript script) const;
    /// The text the PDF must contain: every sentence of both sides, in @p script.
    QString expectedBody(ChineseScript script) const;
    /// Pairs whose rows are each taller than a page.
    static AlignedPairs tallRows();
    /// The sample as Print paints it, through a QPrinter in PDF mode; the number of pages.
    Result<int> printSample(const QString &path) const;
    void checkFontsEmbedded(const QString &pdf, const QString &chineseFont);

    Document m_document;
    QList<Bead> m_beads;
    QTemporaryDir m_dir;
};

void TestPdf::initTestCase()
{
    Result<Document> document = readDocument({samplePath()});
    QVERIFY(document);
    m_document = *document;
    Result<QList<Bead>> beads = alignDocument(m_document);
    QVERIFY(beads);
    m_beads = *beads;
    if (!PdfFonts::forLanguageTag(QStringLiteral("zh-Hant")))
        QSKIP("AR PL UMing or DejaVu Serif is not installed (packaging/install-build-deps.sh)");
}

AlignedPairs TestPdf::build(ChineseScript script) const
{
    PairOptions options;
    options.script = script;
    Result<AlignedPairs> pairs = AlignedPairs::build(m_document, m_beads, options);
    if (!pairs)
        qFatal("AlignedPairs::build failed");
    return *pairs;
}

QString TestPdf::expectedBody(ChineseScript script) const
{
    QString chinese = m_document.sentenceTexts(Language::Chinese).join(u'\n');
    if (script != ChineseScript::Original)
        chinese = (*ScriptConverter::create(script))->convert(chinese);
    return chinese + u'\n' + m_document.sentenceTexts(Language::English).join(u'\n') + u'\n';
}

void TestPdf::checkFontsEmbedded(const QString &pdf, const QString &chineseFont)
{
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (pdffonts.isEmpty())
        QSKIP("pdffonts (poppler-utils) is not installed");
    const ProcessResult result = runTool(pdffonts, {pdf});
    QCOMPARE(result.status, 0);
    const QStringList rows = result.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!rows.isEmpty());
    QStringList names;
    for (const QString &row : rows) {
        const QStringList columns = row.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 7, qPrintable(row));
        QVERIFY2(columns.at(columns.size() - 5) == QStringLiteral("yes"), qPrintable(row));
        QVERIFY2(columns.at(columns.size() - 3) == QStringLiteral("yes"), qPrintable(row));
        names.append(columns.first());
    }
    QVERIFY2(names.contains(chineseFont), qPrintable(names.join(u' ')));
    // Nothing fell back to Noto CJK, whose glyphs copy as Kangxi radicals.
    for (const QString &name : names)
        QVERIFY2(!name.contains(QStringLiteral("Noto")), qPrintable(name));
}

void TestPdf::fontsFollowTheScript()
{
    QCOMPARE(PdfFonts::forLanguageTag(QStringLiteral("zh-Hans"))->chinese,
             QStringLiteral("AR PL UMing CN"));
    QCOMPARE(PdfFonts::forLanguageTag(QStringLiteral("zh-Hant-HK"))->chinese,
             QStringLiteral("AR PL UMing HK"));
    QCOMPARE(PdfFonts::forLanguageTag(QStringLiteral("zh-Hant"))->chinese,
             QStringLiteral("AR PL UMing TW"));
    QCOMPARE(PdfFonts::forLanguageTag(QStringLiteral("zh-Hant"))->latin,
             QStringLiteral("DejaVu Serif"));
}

void TestPdf::exports_data()
{
    QTest::addColumn<ChineseScript>("script");
    QTest::addColumn<PdfLayout>("layout");
    QTest::addColumn<QPageSize::PageSizeId>("pageSize");
    QTest::addColumn<QPageLayout::Orientation>("orientation");
    QTest::addColumn<QString>("chineseFont");
    QTest::addColumn<QString>("pageSizeText");
    QTest::newRow("side by side, A4")
        << ChineseScript::Original << PdfLayout::SideBySide << QPageSize::A4
        << QPageLayout::Portrait << QStringLiteral("UMingTW") << QStringLiteral("595 x 842");
    QTest::newRow("side by side, Simplified")
        << ChineseScript::Simplified << PdfLayout::SideBySide << QPageSize::A4
        << QPageLayout::Portrait << QStringLiteral("UMingCN") << QStringLiteral("595 x 842");
    QTest::newRow("interleaved, A4")
        << ChineseScript::Original << PdfLayout::Interleaved << QPageSize::A4
        << QPageLayout::Portrait << QStringLiteral("UMingTW") << QStringLiteral("595 x 842");
    QTest::newRow("side by side, Letter landscape")
        << ChineseScript::Original << PdfLayout::SideBySide << QPageSize::Letter
        << QPageLayout::Landscape << QStringLiteral("UMingTW") << QStringLiteral("792 x 612");
}

void TestPdf::exports()
{
    QFETCH(ChineseScript, script);
    QFETCH(PdfLayout, layout);
    QFETCH(QPageSize::PageSizeId, pageSize);
    QFETCH(QPageLayout::Orientation, orientation);
    QFETCH(QString, chineseFont);
    QFETCH(QString, pageSizeText);

    PdfOptions options;
    options.layout = layout;
    options.pageSize = pageSize;
    options.orientation = orientation;
    const QString path = m_dir.filePath(
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + QStringLiteral(".pdf"));
    const Result<int> pages = PdfRenderer::writePdf(build(script), options, path);
    QVERIFY(pages);
    // About 600 Han characters and 800 English words: two to four pages, whatever the layout.
    QVERIFY2(*pages >= 2 && *pages <= 4, qPrintable(QString::number(*pages)));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QVERIFY2(file.size() < 400 * 1024, qPrintable(QString::number(file.size())));

    checkFontsEmbedded(path, chineseFont);

    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (!pdfinfo.isEmpty()) {
        const ProcessResult info = runTool(pdfinfo, {path});
        QVERIFY(info.out.contains(QStringLiteral("Pages:           %1").arg(*pages)));
        QVERIFY2(info.out.contains(QStringLiteral("Page size:       ") + pageSizeText),
                 qPrintable(info.out));
    }
}

void TestPdf::documentProperties()
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        QSKIP("pdfinfo (poppler-utils) is not installed");
    const QString path = m_dir.filePath(QStringLiteral("properties.pdf"));
    QVERIFY(PdfRenderer::writePdf(build(ChineseScript::Original), {}, path));
    const ProcessResult info = runTool(pdfinfo, {path});
    QVERIFY2(info.out.contains(QStringLiteral("CPC leadership reviews measures")),
             qPrintable(info.out));
    QVERIFY(info.out.contains(QStringLiteral("Creator:         Duizhao")));
    const ProcessResult metadata = runTool(pdfinfo, {QStringLiteral("-meta"), path});
    QVERIFY(metadata.out.contains(QStringLiteral("<rdf:li>zh-Hant</rdf:li><rdf:li>en</rdf:li>")));
    QVERIFY(metadata.out.contains(QStringLiteral("<dc:description>")));
    QVERIFY(metadata.out.contains(QStringLiteral("中共中央政治局召開會議")));
}

AlignedPairs TestPdf::tallRows()
{
    AlignedPairs pairs;
    pairs.chineseLanguageTag = QStringLiteral("zh-Hant");
    pairs.englishTitle = QStringLiteral("Long row");
    QStringList words;
    for (int i = 0; i < 1500; ++i)
        words.append(QStringLiteral("word") + QString(QChar(u'a' + i % 26)) +
                     QString(QChar(u'a' + (i / 26) % 26)));
    AlignedPair pair;
    pair.number = 1;
    pair.english = words.join(u' ');
    pair.chinese = QStringLiteral("會議還研究了其他事項。").repeated(40);
    pairs.pairs = {pair, pair};
    return pairs;
}

Result<int> TestPdf::printSample(const QString &path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(PdfRenderer::pageLayout({}));
    return PdfRenderer::render(build(ChineseScript::Original), {}, &printer);
}

void TestPdf::rowTallerThanAPageIsSplitWithoutLoss()
{
    const QString path = m_dir.filePath(QStringLiteral("tall.pdf"));
    const Result<int> pages = PdfRenderer::writePdf(tallRows(), {}, path);
    QVERIFY(pages);
    QVERIFY2(*pages >= 4, qPrintable(QString::number(*pages)));
}

void TestPdf::printerGetsTheSamePages()
{
    // Print and Print Preview paint a QPrinter with the same renderer; its PDF mode shows it.
    const Result<int> printed = printSample(m_dir.filePath(QStringLiteral("printer.pdf")));
    QVERIFY(printed);
    const QString writerPath = m_dir.filePath(QStringLiteral("writer.pdf"));
    QCOMPARE(*PdfRenderer::writePdf(build(ChineseScript::Original), {}, writerPath), *printed);
}

void TestPdf::unwritablePathFails()
{
    const QString path = QStringLiteral("/nonexistent-directory/out.pdf");
    const Result<int> pages = PdfRenderer::writePdf(build(ChineseScript::Original), {}, path);
    QVERIFY(!pages);
    QCOMPARE(pages.error().code, ErrorCode::WriteFailed);
}

void TestPdf::cancelWhileTypesettingKeepsTheOldFile()
{
    // Cancel pressed while the pages are being laid out: the work stops there, says so, and
    // the file the user had stays as it was.
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the user's old file");
    }
    PdfOptions options;
    int asked = 0;
    options.isCancelled = [&asked] {
        return ++asked > 5;
    };
    const Result<int> pages = PdfRenderer::writePdf(build(ChineseScript::Original), options, path);
    QVERIFY(!pages);
    QCOMPARE(pages.error().code, ErrorCode::Cancelled);
    QCOMPARE(asked, 6); // Stopped at once, not at the end.
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the user's old file"));
}

void TestPdf::chaptersBecomeBookmarksAndHeadings()
{
    // A two-chapter book as two EPUBs, each chapter long enough to need more than a page.
    QList<fixtures::Chapter> chinese, english;
    for (int k = 1; k <= 2; ++k) {
        chinese.append(fixtures::bookChapter(k, true, 60));
        english.append(fixtures::bookChapter(k, false, 60));
    }
    const QString zh = m_dir.filePath(QStringLiteral("book.zh.epub"));
    const QString en = m_dir.filePath(QStringLiteral("book.en.epub"));
    for (const auto &[path, bytes] :
         {std::pair{zh, fixtures::epub(QStringLiteral("zh"), chinese)},
          std::pair{en, fixtures::epub(QStringLiteral("en"), english)}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    const Result<Document> document = readDocument({zh, en});
    QVERIFY(document);
    const Result<QList<Bead>> beads = alignDocument(*document);
    QVERIFY(beads);
    const Result<AlignedPairs> pairs = AlignedPairs::build(*document, *beads);
    QVERIFY(pairs);
    QCOMPARE(pairs->chapters.size(), 2);
    QCOMPARE(pairs->chapters.at(1).title(), QStringLiteral("第二章 / Chapter 2"));
    const AlignedPair &second = pairs->pairs.at(pairs->chapters.at(1).pairIndex);
    QVERIFY(second.heading);
    QCOMPARE(second.chinese, QStringLiteral("第二章"));
    QCOMPARE(second.english, QStringLiteral("Chapter 2"));

    // HTML: the headings are <h2>, and a contents list leads to each chapter's first pair.
    const QString html = QString::fromUtf8(HtmlWriter::toHtml(*pairs));
    QVERIFY2(html.contains(
                 QStringLiteral("<h2 class=\"pair heading\" data-pair=\"%1\"").arg(second.number)),
             qPrintable(html.left(3000)));
    QVERIFY(html.contains(QStringLiteral("<a href=\"#\" data-goto=\"%1\">第二章 / Chapter 2</a>")
                              .arg(second.number)));

    // PDF: one bookmark per chapter, on the page where the chapter's heading is printed.
    const QString pdf = m_dir.filePath(QStringLiteral("book.pdf"));
    const Result<int> pages = PdfRenderer::writePdf(*pairs, PdfOptions{}, pdf);
    QVERIFY(pages);
    QVERIFY(*pages >= 3);
    const QString pdftohtml = QStandardPaths::findExecutable(QStringLiteral("pdftohtml"));
    if (pdftohtml.isEmpty())
        QSKIP("pdftohtml (poppler-utils) is not installed");
    const ProcessResult xml = runTool(pdftohtml, {QStringLiteral("-xml"), QStringLiteral("-stdout"),
                                                  QStringLiteral("-i"), QStringLiteral("-q"), pdf});
    QCOMPARE(xml.status, 0);
    const QRegularExpression bookmark(QStringLiteral("<item page=\"([0-9]+)\">([^<]*)</item>"));
    QList<QPair<int, QString>> bookmarks;
    for (auto match = bookmark.globalMatch(xml.out); match.hasNext();) {
        const QRegularExpressionMatch item = match.next();
        bookmarks.append({item.captured(1).toInt(), item.captured(2)});
    }
    QCOMPARE(bookmarks.size(), 2);
    QCOMPARE(bookmarks.at(0), (QPair<int, QString>{1, QStringLiteral("第一章 / Chapter 1")}));
    QCOMPARE(bookmarks.at(1).second, QStringLiteral("第二章 / Chapter 2"));
    // The heading is on the bookmark's page, set larger than the body text.
    const QRegularExpression text(
        QStringLiteral("<page number=\"([0-9]+)\"|<fontspec id=\"([0-9]+)\" size=\"([0-9]+)\"|"
                       "<text [^>]*font=\"([0-9]+)\"[^>]*>(?:<b>)?([^<]*)"));
    QHash<int, int> fontSize;
    int page = 0, headingPage = 0, headingSize = 0, bodySize = 0;
    for (auto match = text.globalMatch(xml.out); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        if (!found.captured(1).isEmpty())
            page = found.captured(1).toInt();
        else if (!found.captured(2).isEmpty())
            fontSize.insert(found.captured(2).toInt(), found.captured(3).toInt());
        else if (found.captured(5) == QStringLiteral("Chapter 2")) {
            headingPage = page;
            headingSize = fontSize.value(found.captured(4).toInt());
        } else if (found.captured(5).startsWith(QStringLiteral("In 18")))
            bodySize = fontSize.value(found.captured(4).toInt());
    }
    QCOMPARE(bookmarks.at(1).first, headingPage);
    QVERIFY2(headingSize > bodySize,
             qPrintable(QStringLiteral("%1 %2").arg(headingSize).arg(bodySize)));
}

void TestPdf::headingNeverEndsAPage()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // However long the chapter before it, the heading shares its page with its first row.
    for (int rows = 20; rows <= 60; ++rows) {
        AlignedPairs pairs;
        pairs.chineseLanguageTag = QStringLiteral("zh-Hans");
        const auto add = [&pairs](const QString &chinese, const QString &english, bool heading) {
            AlignedPair pair;
            pair.number = int(pairs.pairs.size()) + 1;
            pair.chinese = chinese;
            pair.english = english;
            pair.heading = heading;
            pairs.pairs.append(pair);
        };
        for (int k = 1; k <= 2; ++k) {
            const fixtures::Chapter chinese = fixtures::bookChapter(k, true, k == 1 ? rows : 3);
            const fixtures::Chapter english = fixtures::bookChapter(k, false, k == 1 ? rows : 3);
            add(chinese.title, english.title, true);
            for (int i = 0; i < chinese.paragraphs.size(); ++i)
                add(chinese.paragraphs.at(i), english.paragraphs.at(i), false);
        }
        const QString pdf = m_dir.filePath(QStringLiteral("heading-%1.pdf").arg(rows));
        QVERIFY(PdfRenderer::writePdf(pairs, PdfOptions{}, pdf));
        const ProcessResult text = runTool(pdftotext, {pdf, QStringLiteral("-")});
        QCOMPARE(text.status, 0);
        for (const QString &page : text.out.split(u'\f')) {
            if (page.contains(QStringLiteral("Chapter 2")))
                QVERIFY2(page.contains(QStringLiteral("In 1861")),
                         qPrintable(QStringLiteral("%1 rows before: %2").arg(rows).arg(page)));
        }
    }
}

void TestPdf::textCopiesExactly_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<ChineseScript>("script");
    QTest::addColumn<PdfLayout>("layout");
    QTest::newRow("side by side") << QStringLiteral("sample") << ChineseScript::Original
                                  << PdfLayout::SideBySide;
    QTest::newRow("side by side, Simplified")
        << QStringLiteral("sample") << ChineseScript::Simplified << PdfLayout::SideBySide;
    QTest::newRow("interleaved") << QStringLiteral("sample") << ChineseScript::Original
                                 << PdfLayout::Interleaved;
    QTest::newRow("rows taller than a page")
        << QStringLiteral("tall") << ChineseScript::Original << PdfLayout::SideBySide;
    QTest::newRow("printed") << QStringLiteral("printer") << ChineseScript::Original
                             << PdfLayout::SideBySide;
}

void TestPdf::textCopiesExactly()
{
    // A CTest test of its own (export.pdf-text) runs this with DUIZHAO_PDF_TEXT set, and reports
    // it as skipped when ../shared/tools/check-pdf-text or poppler-utils is not here.
    if (!qEnvironmentVariableIsSet("DUIZHAO_PDF_TEXT"))
        QSKIP("the text check runs as export.pdf-text");
    if (!QFile::exists(checkPdfText()))
        QSKIP("../shared/tools/check-pdf-text is not here");
    QFETCH(QString, source);
    QFETCH(ChineseScript, script);
    QFETCH(PdfLayout, layout);

    const QString path = m_dir.filePath(
        QStringLiteral("text-") +
        QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').remove(u',') +
        QStringLiteral(".pdf"));
    QString expected;
    if (source == QLatin1String("tall")) {
        const AlignedPairs pairs = tallRows();
        QVERIFY(PdfRenderer::writePdf(pairs, {}, path));
        for (const AlignedPair &pair : pairs.pairs)
            expected += pair.chinese + pair.english;
    } else if (source == QLatin1String("printer")) {
        QVERIFY(printSample(path));
        expected = expectedBody(script);
    } else {
        PdfOptions options;
        options.layout = layout;
        QVERIFY(PdfRenderer::writePdf(build(script), options, path));
        expected = expectedBody(script);
    }

    const QString expectPath = path + QStringLiteral(".expected.txt");
    QVERIFY(writeText(expectPath, expected));
    // We pass the expected text already converted: the tool's --simplified uses OpenCC's t2s,
    // while Duizhao's Simplified is tw2s (著力 → 着力, as Simplified writes it).
    const ProcessResult result =
        runTool(checkPdfText(), {path, QStringLiteral("--expect"), expectPath});
    if (result.status == 2)
        QSKIP("poppler-utils, which check-pdf-text needs, is not here");
    QVERIFY2(result.status == 0, qPrintable(result.out));
    QVERIFY2(
        result.out.contains(QStringLiteral("radicals=0 ligatures=0 missing_han=0 missing_words=0")),
        qPrintable(result.out));
}

QTEST_MAIN(TestPdf)
#include "tst_pdf.moc"
