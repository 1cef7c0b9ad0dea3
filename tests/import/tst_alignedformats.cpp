// Aligned formats (TMX, TSV pairs, Moses, Duizhao's JSON): read as documents of confirmed pairs,
// from any tool's files, and back to the same pairs after Duizhao's own exports.

#include "core/export/AlignedPairs.h"
#include "core/export/JsonWriter.h"
#include "core/export/MosesWriter.h"
#include "core/export/TmxWriter.h"
#include "core/export/TsvWriter.h"
#include "core/import/AlignedFormats.h"
#include "core/import/Importer.h"
#include "core/project/OpenDocument.h"
#include "tests/hostile/HostileXml.h"
#include "tests/io/ScratchFilesystem.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;
using duizhao::testing::writeBytes;

namespace {

QString samplePath()
{
    return QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt");
}

struct Texts
{
    QString chinese;
    QString english;
    friend bool operator==(const Texts &, const Texts &) = default;
};

QList<Texts> textsOf(const AlignedPairs &pairs, bool completeOnly = false)
{
    QList<Texts> texts;
    for (const AlignedPair &pair : pairs.pairs)
        if (!completeOnly || pair.isComplete())
            texts.append({QString(pair.chinese).replace(u'\n', u' '),
                          QString(pair.english).replace(u'\n', u' ')});
    return texts;
}

// A TMX as other tools write it: a DOCTYPE naming the DTD, TMX 1.1's lang beside 1.4's
// xml:lang, regional and script subtags, props and notes of their own, inline codes.
const QByteArray otherToolsTmx = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="OmegaT"
          adminlang="EN-US" srclang="ZH-TW" datatype="plaintext">
    <prop type="x-project">demo</prop>
  </header>
  <body>
    <tu tuid="1">
      <prop type="x-Context">menu</prop>
      <note>translator's note</note>
      <tuv xml:lang="zh-TW"><seg>按<bpt i="1" x="1">&lt;b&gt;</bpt>儲存<ept i="1">&lt;/b&gt;</ept>即可。</seg></tuv>
      <tuv xml:lang="fr-FR"><seg>Appuyez sur Enregistrer.</seg></tuv>
      <tuv xml:lang="EN-US"><seg>Press <bpt i="1" x="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
    </tu>
    <tu>
      <tuv lang="zh_CN"><seg>第<ph x="2">{0}</ph>页，共<hi type="b">十</hi>页。</seg></tuv>
      <tuv lang="en_GB"><seg>Page <ph x="2">{0}</ph> of <hi type="b">ten</hi>.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="zh-Hant"><seg><it pos="begin" x="3">&lt;i&gt;</it>你好 &amp; 再見</seg></tuv>
      <tuv xml:lang="en"><seg><it pos="begin" x="3">&lt;i&gt;</it>Hello &amp; goodbye</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="fr"><seg>Seulement en français.</seg></tuv>
      <tuv xml:lang="de"><seg>Nur auf Deutsch.</seg></tuv>
    </tu>
    <tu>
      <tuv xml:lang="cmn-Hans"><seg>只有中文。</seg></tuv>
    </tu>
  </body>
</tmx>
)";

/// What went wrong, for a failure message (QVERIFY2 builds it even when all is well).
template <class T>
QString failure(const Result<T> &result)
{
    return result ? QString() : errorCodeName(result.error().code);
}

} // namespace

class TestAlignedFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void languageTags_data();
    void languageTags();
    void tmxFromOtherTools();
    void hostileTmxIsRefused_data();
    void hostileTmxIsRefused();
    void tmxExtensionWithoutTmxIsMalformed();
    void tsvColumnsAndConfidence();
    void tsvWithoutTabsIsMalformed();
    void mosesPairFromEitherFile();
    void mosesLinesThatDoNotPairAreAligned();
    void formatsAreListedAndDetected();
    void roundTrips_data();
    void roundTrips();

private:
    Document m_document;
    QList<Bead> m_beads;
    QTemporaryDir m_dir;
};

void TestAlignedFormats::initTestCase()
{
    Result<Project> project = openAndAlign({samplePath()});
    QVERIFY(project);
    m_document = project->document;
    m_beads = project->beads;
    QVERIFY(m_dir.isValid());
}

void TestAlignedFormats::languageTags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<Language>("language");
    for (const char *tag : {"zh", "ZH", "zh-TW", "zh-Hant", "zh_CN", "zh-Hans-CN", "cmn-Hant",
                            "yue-HK", "lzh", "zho", "chi"})
        QTest::newRow(tag) << QString::fromLatin1(tag) << Language::Chinese;
    for (const char *tag : {"en", "EN-US", "en_GB", "en-Latn-US", "eng"})
        QTest::newRow(tag) << QString::fromLatin1(tag) << Language::English;
    for (const char *tag : {"", "fr", "de-DE", "ja", "zhx", "enm"})
        QTest::newRow(tag[0] ? tag : "empty") << QString::fromLatin1(tag) << Language::Neutral;
}

void TestAlignedFormats::languageTags()
{
    QFETCH(QString, tag);
    QFETCH(Language, language);
    QCOMPARE(languageOfTag(tag), language);
}

void TestAlignedFormats::tmxFromOtherTools()
{
    const QString path = m_dir.filePath(QStringLiteral("omegat.tmx"));
    QVERIFY(writeBytes(path, otherToolsTmx));
    const Result<Project> project = openAndAlign({path});
    QVERIFY2(project, qPrintable(failure(project)));
    QVERIFY(project->aligned);
    const Result<AlignedPairs> pairs = AlignedPairs::build(project->document, project->beads);
    QVERIFY(pairs);
    // Inline codes dropped, their text kept, white space runs made one; French and German ignored;
    // a unit with no Chinese or English skipped; a Chinese-only unit kept one-sided.
    const QList<Texts> expected = {
        {QStringLiteral("按儲存即可。"), QStringLiteral("Press Save.")},
        {QStringLiteral("第页，共十页。"), QStringLiteral("Page of ten.")},
        {QStringLiteral("你好 & 再見"), QStringLiteral("Hello & goodbye")},
        {QStringLiteral("只有中文。"), QString()},
    };
    QCOMPARE(textsOf(*pairs), expected);
    for (const Bead &bead : project->beads)
        QCOMPARE(bead.status, PairStatus::Confirmed);
    QCOMPARE(project->document.sources.at(0).format, QStringLiteral("TMX"));
    QCOMPARE(project->document.sources.at(0).path, path);

    // The same file in UTF-16 with its byte order mark (as some tools write TMX), with no
    // extension to go by.
    QString text = QString::fromUtf8(otherToolsTmx);
    text.replace(QStringLiteral("encoding=\"UTF-8\""), QStringLiteral("encoding=\"UTF-16\""));
    QStringEncoder toUtf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QString utf16Path = m_dir.filePath(QStringLiteral("omegat-utf16"));
    QVERIFY(writeBytes(utf16Path, toUtf16(text)));
    const Result<Project> utf16 = openDocument({utf16Path});
    QVERIFY2(utf16, qPrintable(failure(utf16)));
    const Result<AlignedPairs> utf16Pairs = AlignedPairs::build(utf16->document, utf16->beads);
    QVERIFY(utf16Pairs);
    QCOMPARE(textsOf(*utf16Pairs), expected);
}

void TestAlignedFormats::hostileTmxIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    for (const testing::HostileXmlCase &xml : testing::hostileXmlCases()) {
        const ErrorCode code = xml.name == QStringLiteral("truncated") ? ErrorCode::MalformedFile
                                                                       : ErrorCode::LimitExceeded;
        // As TMX: the same attacks inside a <tmx> root.
        QByteArray bytes = xml.bytes;
        const qsizetype root = bytes.lastIndexOf("]>");
        if (root >= 0)
            bytes.insert(root + 2, "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"zh\"><seg>");
        else
            bytes.replace("<?xml version=\"1.0\"?>",
                          "<?xml version=\"1.0\"?><tmx><body><tu><tuv xml:lang=\"zh\"><seg>");
        QTest::newRow(qPrintable(xml.name)) << bytes << code;
    }
}

void TestAlignedFormats::hostileTmxIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    const Result<ImportedPairs> pairs = readTmx(bytes);
    QVERIFY(!pairs);
    QCOMPARE(pairs.error().code, code);
    // Opened as a file, the same refusal, naming the file.
    const QString path = m_dir.filePath(QStringLiteral("hostile.tmx"));
    QVERIFY(writeBytes(path, bytes));
    const Result<Project> project = openDocument({path});
    QVERIFY(!project);
    QCOMPARE(project.error().code, code);
    QCOMPARE(project.error().context, path);
}

void TestAlignedFormats::tmxExtensionWithoutTmxIsMalformed()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.tmx"));
    QVERIFY(writeBytes(path, "今天天氣很好。\nThe weather is fine.\n"));
    const Result<Project> project = openDocument({path});
    QVERIFY(!project);
    QCOMPARE(project.error().code, ErrorCode::MalformedFile);
    QCOMPARE(project.error().detail, QStringLiteral("TMX"));
}

void TestAlignedFormats::tsvColumnsAndConfidence()
{
    // English first this time, a comment, a blank line, CRLF, a one-sided row, a confidence.
    const QByteArray tsv = "#separator:tab\r\n"
                           "Good morning.\t早安。\t0.25\r\n"
                           "\r\n"
                           "See you.\t再見。\r\n"
                           "Only English.\t\r\n";
    const Result<ImportedPairs> pairs = readTsvPairs(tsv);
    QVERIFY(pairs);
    QCOMPARE(pairs->pairs.size(), 3);
    QCOMPARE(pairs->pairs.at(0).chinese, QStringLiteral("早安。"));
    QCOMPARE(pairs->pairs.at(0).english, QStringLiteral("Good morning."));
    QCOMPARE(pairs->pairs.at(0).confidence, 0.25);
    QCOMPARE(pairs->pairs.at(1).confidence, 1.0);
    QVERIFY(pairs->pairs.at(2).chinese.isEmpty());
    QCOMPARE(pairs->pairs.at(2).english, QStringLiteral("Only English."));
    const Result<AlignedDocument> document = alignedDocument(*pairs, {}, {});
    QVERIFY(document);
    QCOMPARE(document->beads.size(), 3);
    QCOMPARE(document->beads.at(2).chineseCount, 0);
    QCOMPARE(document->beads.at(2).englishCount, 1);
}

void TestAlignedFormats::tsvWithoutTabsIsMalformed()
{
    for (const QByteArray &bytes :
         {QByteArray("早安。\tGood morning.\n沒有分隔\n"),
          QByteArray("早安。\tGood morning.\tvery sure\n"), QByteArray("a\tb\tc\td\n")}) {
        const Result<ImportedPairs> pairs = readTsvPairs(bytes);
        QVERIFY(!pairs);
        QCOMPARE(pairs.error().code, ErrorCode::MalformedFile);
    }
    QCOMPARE(readTsvPairs("one\ttwo\n").error().code, ErrorCode::NoReadableText);
}

void TestAlignedFormats::mosesPairFromEitherFile()
{
    QTemporaryDir dir;
    const QString chinese = dir.filePath(QStringLiteral("corpus.zh"));
    const QString english = dir.filePath(QStringLiteral("corpus.en"));
    QVERIFY(writeBytes(chinese, "早安。\n再見。\n謝謝。\n"));
    QVERIFY(writeBytes(english, "Good morning.\nGoodbye.\nThank you.\n"));
    for (const QStringList &paths :
         {QStringList{chinese}, QStringList{english}, QStringList{english, chinese}}) {
        const Result<Project> project = openDocument(paths);
        QVERIFY(project);
        QVERIFY(project->aligned);
        QCOMPARE(project->beads.size(), 3);
        QCOMPARE(project->document.sentenceTexts(Language::English).at(1),
                 QStringLiteral("Goodbye."));
        QCOMPARE(project->document.sentenceTexts(Language::Chinese).at(1),
                 QStringLiteral("再見。"));
        QCOMPARE(project->document.sources.at(0).path, chinese);
        QCOMPARE(project->document.sources.at(1).path, english);
    }
    // A lone .en file with no partner is just text.
    const QString lone = dir.filePath(QStringLiteral("lone.en"));
    QVERIFY(writeBytes(lone, "早安。\nGood morning.\n"));
    const Result<Project> text = openDocument({lone});
    QVERIFY(text);
    QVERIFY(!text->aligned);
}

void TestAlignedFormats::mosesLinesThatDoNotPairAreAligned()
{
    QTemporaryDir dir;
    const QString chinese = dir.filePath(QStringLiteral("story.zh"));
    const QString english = dir.filePath(QStringLiteral("story.en"));
    QVERIFY(writeBytes(chinese, "今天天氣很好。我們去公園散步。\n"));
    QVERIFY(writeBytes(english, "The weather is fine today.\n\nWe walk in the park.\n"));
    const Result<Project> project = openAndAlign({chinese});
    QVERIFY(project);
    QVERIFY(!project->aligned);
    QVERIFY(!project->beads.isEmpty());
    QCOMPARE(project->document.sentenceTexts(Language::English).size(), 2);
}

void TestAlignedFormats::formatsAreListedAndDetected()
{
    QList<FileFormat> listed;
    for (const FileFormatInfo &info : supportedFormats())
        listed.append(info.format);
    for (FileFormat format : {FileFormat::Project, FileFormat::Tmx, FileFormat::PairsTsv,
                              FileFormat::Moses, FileFormat::PairsJson})
        QVERIFY(listed.contains(format));
    QCOMPARE(detectFormat(otherToolsTmx, QStringLiteral("a.xml")).value(), FileFormat::Tmx);
    QCOMPARE(
        detectFormat("\xEF\xBB\xBF<tmx version=\"1.4\"><body/></tmx>", QStringLiteral("a")).value(),
        FileFormat::Tmx);
    QCOMPARE(detectFormat("{\"format\": \"duizhao-pairs\", \"pairs\": []}", QStringLiteral("a.txt"))
                 .value(),
             FileFormat::PairsJson);
    QCOMPARE(detectFormat("a\tb\n", QStringLiteral("a.tsv")).value(), FileFormat::PairsTsv);
    // Plain text stays plain text.
    QCOMPARE(detectFormat("a\tb\n", QStringLiteral("a.txt")).value(), FileFormat::PlainText);
}

void TestAlignedFormats::roundTrips_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"tmx", "tsv", "moses", "json"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

void TestAlignedFormats::roundTrips()
{
    QFETCH(QString, format);
    const Result<AlignedPairs> exported = AlignedPairs::build(m_document, m_beads);
    QVERIFY(exported);
    const QString path = m_dir.filePath(QStringLiteral("round.") + format);
    Result<QStringList> written = QStringList();
    if (format == u"tmx")
        written = TmxWriter::write(*exported, path);
    else if (format == u"tsv")
        written = TsvWriter::write(*exported, path);
    else if (format == u"moses")
        written = MosesWriter::write(*exported, path);
    else
        written = JsonWriter::write(*exported, path);
    QVERIFY(written);
    const Result<Project> opened = openDocument({written->constFirst()});
    QVERIFY2(opened, qPrintable(failure(opened)));
    QVERIFY(opened->aligned);
    const Result<AlignedPairs> reread = AlignedPairs::build(opened->document, opened->beads);
    QVERIFY(reread);
    // Moses keeps only the pairs with both sides; the others keep every pair.
    const bool completeOnly = format == u"moses";
    QCOMPARE(textsOf(*reread), textsOf(*exported, completeOnly));
    for (int i = 0; i < reread->pairs.size() && !completeOnly; ++i) {
        if (format != u"tsv")
            QCOMPARE(reread->pairs.at(i).title, exported->pairs.at(i).title);
        QCOMPARE(QString::number(reread->pairs.at(i).confidence, 'f', 3),
                 QString::number(exported->pairs.at(i).confidence, 'f', 3));
    }
    if (format == u"tmx" || format == u"json") {
        QCOMPARE(reread->englishTitle, exported->englishTitle);
        QCOMPARE(reread->chineseTitle, exported->chineseTitle);
    }
}

QTEST_GUILESS_MAIN(TestAlignedFormats)
#include "tst_alignedformats.moc"
