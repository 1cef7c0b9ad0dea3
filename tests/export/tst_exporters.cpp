// The core export writers on the bundled sample: every format is written, and TMX, TSV, Moses and
// JSON are read back to the same pairs (TMX also by xmllint and the Translate Toolkit).

#include "core/export/AlignedPairs.h"
#include "core/export/HtmlWriter.h"
#include "core/export/JsonWriter.h"
#include "core/export/MosesWriter.h"
#include "core/export/TmxWriter.h"
#include "core/export/TsvWriter.h"
#include "core/parse/DocumentReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace duizhao;

namespace {

QString samplePath()
{
    return QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt");
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList lines(const QString &text)
{
    QStringList result = text.split(u'\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ');
}

struct Segments
{
    QString chinese;
    QString english;
    friend bool operator==(const Segments &, const Segments &) = default;
};

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pairsFromTheSeed();
    void omittingUnmatchedAndConvertingScript();
    void tmxReadsBack();
    void tmxIsWellFormedForXmllint();
    void tmxImportsIntoTranslateToolkit();
    void tsvReadsBack();
    void ankiHasFrontAndBack();
    void mosesReadsBack();
    void jsonReadsBack();
    void htmlIsSelfContainedAndEscaped();
    void unwritablePathFails();

private:
    AlignedPairs build(const PairOptions &options = {}) const;
    Document m_document;
    QList<Bead> m_beads;
    QTemporaryDir m_dir;
};

void TestExporters::initTestCase()
{
    Result<Document> document = readDocument({samplePath()});
    QVERIFY(document);
    m_document = *document;
    Result<QList<Bead>> beads = alignDocument(m_document);
    QVERIFY(beads);
    m_beads = *beads;
    QVERIFY(m_dir.isValid());
}

AlignedPairs TestExporters::build(const PairOptions &options) const
{
    Result<AlignedPairs> pairs = AlignedPairs::build(m_document, m_beads, options);
    if (!pairs)
        qFatal("AlignedPairs::build failed");
    return *pairs;
}

void TestExporters::pairsFromTheSeed()
{
    const AlignedPairs pairs = build();
    QCOMPARE(pairs.pairs.size(), 16);
    QCOMPARE(pairs.chineseLanguageTag, QStringLiteral("zh-Hant"));
    QVERIFY(pairs.pairs.at(0).unmatched);
    QVERIFY(pairs.pairs.at(0).chinese.isEmpty());
    QVERIFY(pairs.pairs.at(0).english.startsWith(QStringLiteral("We will stay firmly rooted")));
    const AlignedPair &title = pairs.pairs.at(3);
    QVERIFY(title.title);
    QCOMPARE(title.number, 4);
    QCOMPARE(title.chineseSentences, QList<int>{0});
    QCOMPARE(title.englishSentences, QList<int>{3});
    QCOMPARE(pairs.englishTitle,
             QStringLiteral("CPC leadership reviews measures on western region's development"));
    // Every sentence appears in exactly one pair.
    int chinese = 0, english = 0;
    for (const AlignedPair &pair : pairs.pairs) {
        chinese += int(pair.chineseSentences.size());
        english += int(pair.englishSentences.size());
    }
    QCOMPARE(chinese, 14);
    QCOMPARE(english, 19);
}

void TestExporters::omittingUnmatchedAndConvertingScript()
{
    PairOptions options;
    options.includeUnmatched = false;
    options.script = ChineseScript::Simplified;
    const AlignedPairs pairs = build(options);
    QCOMPARE(pairs.pairs.size(), 13);
    QCOMPARE(pairs.pairs.first().number, 4); // numbers stay those of the whole alignment
    QCOMPARE(pairs.chineseLanguageTag, QStringLiteral("zh-Hans"));
    QVERIFY(pairs.chineseTitle.startsWith(QStringLiteral("中共中央政治局召开会议")));
    QVERIFY(pairs.pairs.first().chinese.contains(QStringLiteral("召开会议")));
    QCOMPARE(detectChineseScriptTag(QStringLiteral("会议还研究了其他事项。")),
             QStringLiteral("zh-Hans"));
    QCOMPARE(detectChineseScriptTag(QStringLiteral("會議還研究了其他事項。")),
             QStringLiteral("zh-Hant"));
}

void TestExporters::tmxReadsBack()
{
    const AlignedPairs pairs = build();
    const QString path = m_dir.filePath(QStringLiteral("seed.tmx"));
    QVERIFY(TmxWriter::write(pairs, path));
    QXmlStreamReader xml(readText(path));
    QList<Segments> segments;
    QStringList confidences, statuses;
    QString language;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"header") {
            const QXmlStreamAttributes attributes = xml.attributes();
            for (const QString &name :
                 {QStringLiteral("creationtool"), QStringLiteral("creationtoolversion"),
                  QStringLiteral("segtype"), QStringLiteral("o-tmf"), QStringLiteral("adminlang"),
                  QStringLiteral("srclang"), QStringLiteral("datatype")})
                QVERIFY2(!attributes.value(name).isEmpty(), qPrintable(name));
            QCOMPARE(attributes.value(QStringLiteral("segtype")), u"sentence");
            QCOMPARE(attributes.value(QStringLiteral("srclang")), u"zh-Hant");
        } else if (xml.name() == u"tu") {
            segments.append(Segments{});
        } else if (xml.name() == u"prop" && !segments.isEmpty()) {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            (type == QStringLiteral("x-confidence") ? confidences : statuses)
                .append(xml.readElementText());
        } else if (xml.name() == u"tuv") {
            language = xml.attributes().value(QStringLiteral("xml:lang")).toString();
        } else if (xml.name() == u"seg") {
            (language == QStringLiteral("en") ? segments.last().english : segments.last().chinese) =
                xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(segments.size(), pairs.pairs.size());
    for (int i = 0; i < segments.size(); ++i) {
        const AlignedPair &pair = pairs.pairs.at(i);
        QCOMPARE(segments.at(i), (Segments{oneLine(pair.chinese), oneLine(pair.english)}));
        QCOMPARE(confidences.at(i).toDouble(), std::round(pair.confidence * 1000) / 1000);
        QCOMPARE(statuses.at(i), pairStatus(pair));
    }
}

void TestExporters::tmxIsWellFormedForXmllint()
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint (libxml2-utils) is not installed");
    const QString path = m_dir.filePath(QStringLiteral("lint.tmx"));
    QVERIFY(TmxWriter::write(build(), path));
    QProcess process;
    process.start(xmllint, {QStringLiteral("--noout"), path});
    QVERIFY(process.waitForFinished());
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(process.readAllStandardError().isEmpty());
}

void TestExporters::tmxImportsIntoTranslateToolkit()
{
    // Debian's python3-translate lives in the system Python, not in a virtual environment.
    QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python))
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import translate.storage.tmx")});
    if (python.isEmpty() || !probe.waitForFinished() || probe.exitCode() != 0)
        QSKIP("the Translate Toolkit (python3-translate) is not installed");

    PairOptions options;
    options.includeUnmatched = false; // a translation memory holds pairs
    const AlignedPairs pairs = build(options);
    const QString path = m_dir.filePath(QStringLiteral("toolkit.tmx"));
    QVERIFY(TmxWriter::write(pairs, path));
    const QString script = QStringLiteral(
        "import json, sys\n"
        "from translate.storage import tmx\n"
        "store = tmx.tmxfile.parsefile(sys.argv[1])\n"
        "units = [u for u in store.units if not u.isheader()]\n"
        "print(json.dumps([[u.source, u.target] for u in units], ensure_ascii=False))\n");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script, path});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonArray units = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(units.size(), pairs.pairs.size());
    for (int i = 0; i < units.size(); ++i) {
        const QJsonArray unit = units.at(i).toArray();
        QCOMPARE(unit.at(0).toString(), oneLine(pairs.pairs.at(i).chinese));
        QCOMPARE(unit.at(1).toString(), oneLine(pairs.pairs.at(i).english));
    }
}

void TestExporters::tsvReadsBack()
{
    const AlignedPairs pairs = build();
    const QString path = m_dir.filePath(QStringLiteral("seed.tsv"));
    QCOMPARE(*TsvWriter::write(pairs, path), QStringList{path});
    const QStringList rows = lines(readText(path));
    QCOMPARE(rows.size(), pairs.pairs.size());
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList fields = rows.at(i).split(u'\t');
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0), oneLine(pairs.pairs.at(i).chinese));
        QCOMPARE(fields.at(1), oneLine(pairs.pairs.at(i).english));
        QCOMPARE(fields.at(2), QString::number(pairs.pairs.at(i).confidence, 'f', 3));
    }
}

void TestExporters::ankiHasFrontAndBack()
{
    AlignedPairs pairs = build();
    pairs.pairs[4].english += QStringLiteral("\nA <b>second</b> line & more");
    const QString path = m_dir.filePath(QStringLiteral("anki.txt"));
    QVERIFY(TsvWriter::writeAnki(pairs, path));
    const QStringList rows = lines(readText(path));
    QCOMPARE(rows.at(0), QStringLiteral("#separator:tab"));
    QCOMPARE(rows.at(1), QStringLiteral("#html:true"));
    QCOMPARE(rows.size(), 2 + 13); // one-sided pairs make no card
    for (const QString &row : rows.mid(2))
        QCOMPARE(row.count(u'\t'), 1);
    QVERIFY(rows.at(2).startsWith(pairs.pairs.at(3).chinese + u'\t'));
    QVERIFY(rows.at(3).endsWith(QStringLiteral("<br>A &lt;b&gt;second&lt;/b&gt; line &amp; more")));
}

void TestExporters::mosesReadsBack()
{
    const AlignedPairs pairs = build();
    const QString base = m_dir.filePath(QStringLiteral("corpus"));
    const Result<QStringList> written = MosesWriter::write(pairs, base + QStringLiteral(".zh"));
    QVERIFY(written);
    QCOMPARE(*written, (QStringList{base + QStringLiteral(".zh"), base + QStringLiteral(".en")}));
    const QStringList chinese = lines(readText(base + QStringLiteral(".zh")));
    const QStringList english = lines(readText(base + QStringLiteral(".en")));
    QList<Segments> expected;
    for (const AlignedPair &pair : pairs.pairs) {
        if (pair.isComplete())
            expected.append({oneLine(pair.chinese), oneLine(pair.english)});
    }
    QCOMPARE(chinese.size(), expected.size());
    QCOMPARE(english.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE((Segments{chinese.at(i), english.at(i)}), expected.at(i));
}

void TestExporters::jsonReadsBack()
{
    const AlignedPairs pairs = build();
    const QString path = m_dir.filePath(QStringLiteral("seed.json"));
    QVERIFY(JsonWriter::write(pairs, path));
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(readText(path).toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("languages")).toObject().value(QStringLiteral("zh")),
             QStringLiteral("zh-Hant"));
    const QJsonArray array = root.value(QStringLiteral("pairs")).toArray();
    QCOMPARE(array.size(), pairs.pairs.size());
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const AlignedPair &pair = pairs.pairs.at(i);
        QCOMPARE(object.value(QStringLiteral("zh")).toString(), pair.chinese);
        QCOMPARE(object.value(QStringLiteral("en")).toString(), pair.english);
        QCOMPARE(object.value(QStringLiteral("confidence")).toDouble(), pair.confidence);
        QCOMPARE(object.value(QStringLiteral("number")).toInt(), pair.number);
        QCOMPARE(object.value(QStringLiteral("zhSentences")).toArray().size(),
                 pair.chineseSentences.size());
        QCOMPARE(object.value(QStringLiteral("status")).toString(), pairStatus(pair));
    }
}

void TestExporters::htmlIsSelfContainedAndEscaped()
{
    AlignedPairs pairs = build();
    pairs.pairs[5].english = QStringLiteral("<script>alert(1)</script> & \"quoted\"");
    const QString path = m_dir.filePath(QStringLiteral("seed.html"));
    QVERIFY(HtmlWriter::write(pairs, path));
    const QString html = readText(path);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp;")));
    QVERIFY(!html.contains(QStringLiteral("<script>alert")));
    QVERIFY(!html.contains(QStringLiteral("src=")));
    QVERIFY(!html.contains(QStringLiteral("<link")));
    QVERIFY(html.contains(QStringLiteral("addEventListener('click'")));
    // Each pair is a click target in each pane where it has text.
    int targets = 0;
    for (const AlignedPair &pair : pairs.pairs)
        targets += (pair.chinese.isEmpty() ? 0 : 1) + (pair.english.isEmpty() ? 0 : 1);
    QCOMPARE(int(html.count(QStringLiteral(" data-pair=\""))), targets);
    QVERIFY(html.contains(QStringLiteral("data-pair=\"4\"")));
    QVERIFY(html.contains(pairs.chineseTitle.toHtmlEscaped()));
}

void TestExporters::unwritablePathFails()
{
    const QString path = QStringLiteral("/nonexistent-directory/out.tmx");
    const Result<QStringList> written = TmxWriter::write(build(), path);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::WriteFailed);
    QCOMPARE(written.error().context, path);
    QVERIFY(!MosesWriter::write(build(), QStringLiteral("/nonexistent-directory/corpus")));
}

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
