// Reading aids over a document: script variants with offsets back to the original, and the
// concordance and vocabulary list over the aligned seed.

#include "core/align/Aligner.h"
#include "core/concordance/Concordance.h"
#include "core/parse/DocumentReader.h"
#include "core/text/ScriptConverter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

Q_DECLARE_METATYPE(duizhao::ChineseVariant)

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

const QString seedPath =
    QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt");

QString convertedWith(const QString &config, const QString &text)
{
    Result<std::shared_ptr<ScriptConverter>> converter = ScriptConverter::create(config);
    return converter ? converter.value()->convert(text) : QStringLiteral("<no converter>");
}

} // namespace

class TestReadingAids : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyConfigConverts();
    void unknownConfigIsAnError();
    void seedInEveryVariant_data();
    void seedInEveryVariant();
    void detectsVariant_data();
    void detectsVariant();
    void fittingConversion();
    void mappedOffsetsPointAtOriginals();
    void mappedOffsetsSurvivePhraseConversion();
    void concordanceChineseIsScriptInsensitive();
    void concordanceEnglishMatchesInflections();
    void concordanceExportsTsv();
    void vocabularyExportsAnkiTsv();

private:
    Document m_document;
    QList<Bead> m_beads;
};

void TestReadingAids::initTestCase()
{
    Result<Document> document = readDocument({seedPath});
    QVERIFY(document.hasValue());
    m_document = std::move(document).value();
    const Aligner aligner;
    Result<QList<Bead>> beads = aligner.align(alignmentUnits(m_document, Language::Chinese),
                                              alignmentUnits(m_document, Language::English));
    QVERIFY(beads.hasValue());
    m_beads = std::move(beads).value();
    QVERIFY(m_beads.size() >= 5);
}

void TestReadingAids::everyConfigConverts()
{
    const QStringList names = ScriptConverter::configNames();
    QCOMPARE(names.size(), 12);
    for (const QString &name : names) {
        Result<std::shared_ptr<ScriptConverter>> converter = ScriptConverter::create(name);
        QVERIFY2(converter.hasValue(), qPrintable(name));
        QCOMPARE(converter.value()->configName(), name);
    }
}

void TestReadingAids::unknownConfigIsAnError()
{
    const Result<std::shared_ptr<ScriptConverter>> converter =
        ScriptConverter::create(QStringLiteral("../../etc/passwd"));
    QVERIFY(!converter.hasValue());
    QCOMPARE(converter.error().code, ErrorCode::ConversionUnavailable);
}

void TestReadingAids::seedInEveryVariant_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    // From the seed: 生産 (a variant form), 著力 (the Taiwan form of 着力).
    const QString seedLine = utf8("進一步解放和發展社會生産力,著力推動西部大開發");
    QTest::newRow("tw2s") << "tw2s" << seedLine
                          << utf8("进一步解放和发展社会生产力,着力推动西部大开发");
    QTest::newRow("tw2sp") << "tw2sp" << seedLine
                           << utf8("进一步解放和发展社会生产力,着力推动西部大开发");
    QTest::newRow("t2s keeps 著") << "t2s" << utf8("生産 著力") << utf8("生产 著力");
    QTest::newRow("hk2s") << "hk2s" << utf8("發展會議") << utf8("发展会议");
    QTest::newRow("tw2sp vocabulary") << "tw2sp" << utf8("軟體") << utf8("软件");
    const QString simplified = utf8("进一步解放和发展社会生产力,着力推动西部大开发");
    QTest::newRow("s2t") << "s2t" << simplified
                         << utf8("進一步解放和發展社會生產力,着力推動西部大開發");
    QTest::newRow("s2tw") << "s2tw" << simplified
                          << utf8("進一步解放和發展社會生產力,著力推動西部大開發");
    QTest::newRow("s2hk") << "s2hk" << simplified
                          << utf8("進一步解放和發展社會生產力,着力推動西部大開發");
    QTest::newRow("s2twp vocabulary") << "s2twp" << utf8("软件") << utf8("軟體");
}

void TestReadingAids::seedInEveryVariant()
{
    QFETCH(QString, config);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(convertedWith(config, input), expected);
}

void TestReadingAids::detectsVariant_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<ChineseVariant>("variant");
    QTest::newRow("simplified") << utf8("会议指出，西部大开发是党中央作出的重大战略决策")
                                << QString() << ChineseVariant::Simplified;
    QTest::newRow("taiwan") << utf8("裡面說話，臺灣的網路") << QString()
                            << ChineseVariant::TraditionalTaiwan;
    QTest::newRow("hong kong") << utf8("裏面説話，台灣着力") << QString()
                               << ChineseVariant::TraditionalHongKong;
    QTest::newRow("tag decides") << utf8("發展") << QStringLiteral("zh-HK")
                                 << ChineseVariant::TraditionalHongKong;
    QTest::newRow("no chinese") << QStringLiteral("hello") << QString()
                                << ChineseVariant::Simplified;
}

void TestReadingAids::detectsVariant()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    QFETCH(ChineseVariant, variant);
    QCOMPARE(detectChineseVariant(text, tag), variant);
}

void TestReadingAids::fittingConversion()
{
    QCOMPARE(
        duizhao::fittingConversion(ChineseVariant::TraditionalTaiwan, ChineseScript::Simplified),
        QStringLiteral("tw2s"));
    QCOMPARE(duizhao::fittingConversion(ChineseVariant::TraditionalTaiwan,
                                        ChineseScript::Simplified, true),
             QStringLiteral("tw2sp"));
    QCOMPARE(
        duizhao::fittingConversion(ChineseVariant::TraditionalHongKong, ChineseScript::Simplified),
        QStringLiteral("hk2s"));
    QCOMPARE(duizhao::fittingConversion(ChineseVariant::Simplified,
                                        ChineseScript::TraditionalTaiwan, true),
             QStringLiteral("s2twp"));
    QCOMPARE(duizhao::fittingConversion(ChineseVariant::Simplified, ChineseScript::Simplified),
             QString());
}

void TestReadingAids::mappedOffsetsPointAtOriginals()
{
    Result<std::shared_ptr<ScriptConverter>> converter =
        ScriptConverter::create(QStringLiteral("tw2s"));
    QVERIFY(converter.hasValue());
    const QString original = utf8("會議指出,西部大開發 (2024)");
    const MappedConversion mapped = converter.value()->convertMapped(original);
    QCOMPARE(mapped.text, converter.value()->convert(original));
    QCOMPARE(mapped.originalOffsets.size(), mapped.text.size() + 1);
    for (qsizetype i = 0; i < mapped.text.size(); ++i)
        QCOMPARE(mapped.originalOffsets.at(i), i);
    // Hovering 发 (converted) shows 發 (original).
    const qsizetype fa = mapped.text.indexOf(utf8("发"));
    QCOMPARE(original.at(mapped.originalOffsets.at(fa)), utf8("發").at(0));
}

void TestReadingAids::mappedOffsetsSurvivePhraseConversion()
{
    Result<std::shared_ptr<ScriptConverter>> converter =
        ScriptConverter::create(QStringLiteral("s2twp"));
    QVERIFY(converter.hasValue());
    // 鼠标 → 滑鼠 keeps length, 信息 → 資訊 too; the punctuation after them stays mapped exactly.
    const QString original = utf8("鼠标和信息。好");
    const MappedConversion mapped = converter.value()->convertMapped(original);
    QCOMPARE(mapped.originalOffsets.size(), mapped.text.size() + 1);
    const qsizetype stop = mapped.text.indexOf(utf8("。"));
    QVERIFY(stop > 0);
    QCOMPARE(mapped.originalOffsets.at(stop), original.indexOf(utf8("。")));
    QCOMPARE(mapped.originalOffsets.last(), original.size());
    for (qsizetype i = 1; i < mapped.originalOffsets.size(); ++i)
        QVERIFY(mapped.originalOffsets.at(i) >= mapped.originalOffsets.at(i - 1));
}

void TestReadingAids::concordanceChineseIsScriptInsensitive()
{
    const Concordance concordance(m_document, m_beads);
    QVERIFY(concordance.pairCount() >= 5);
    // The seed is Traditional: a Simplified query finds it, and so does the Traditional one.
    const QList<ConcordanceHit> simplified = concordance.search(utf8("西部大开发"));
    const QList<ConcordanceHit> traditional = concordance.search(utf8("西部大開發"));
    QVERIFY(simplified.size() >= 3);
    QCOMPARE(simplified.size(), traditional.size());
    for (const ConcordanceHit &hit : simplified) {
        QVERIFY(!hit.chineseHits.isEmpty());
        for (const TextRange &range : hit.chineseHits)
            QCOMPARE(hit.chinese.mid(range.start, range.length), utf8("西部大開發"));
    }
    // 生产 finds the variant form 生産 of the seed.
    const QList<ConcordanceHit> production = concordance.search(utf8("生产力"));
    QCOMPARE(production.size(), 1);
    const TextRange range = production.first().chineseHits.first();
    QCOMPARE(production.first().chinese.mid(range.start, range.length), utf8("生産力"));
    QVERIFY(concordance.search(utf8("不存在的詞")).isEmpty());
    QVERIFY(concordance.search(QStringLiteral("   ")).isEmpty());
}

void TestReadingAids::concordanceEnglishMatchesInflections()
{
    const Concordance concordance(m_document, m_beads);
    const QList<ConcordanceHit> hits = concordance.search(QStringLiteral("Developments"));
    QVERIFY(hits.size() >= 3);
    QStringList found;
    for (const ConcordanceHit &hit : hits) {
        for (const TextRange &range : hit.englishHits)
            found << hit.english.mid(range.start, range.length).toLower();
    }
    QVERIFY2(found.contains(QStringLiteral("development")), qPrintable(found.join(u',')));
    const QList<ConcordanceHit> phrase = concordance.search(QStringLiteral("western region"));
    QVERIFY(!phrase.isEmpty());
    const ConcordanceHit &first = phrase.first();
    // The possessive is an inflection too: the hit is "western region's" in the title.
    QVERIFY(first.english.mid(first.englishHits.first().start, first.englishHits.first().length)
                .startsWith(QStringLiteral("western region")));
    for (const ConcordanceHit &hit : phrase)
        QVERIFY(hit.bead >= 0 && hit.bead < m_beads.size());
}

void TestReadingAids::concordanceExportsTsv()
{
    const Concordance concordance(m_document, m_beads);
    const QList<ConcordanceHit> hits = concordance.search(utf8("会议"));
    QVERIFY(!hits.isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hits.tsv"));
    QVERIFY(Concordance::exportTsv(path, hits).hasValue());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), hits.size() + 1);
    QVERIFY(lines.at(1).contains(utf8("[會議]")));
    QCOMPARE(lines.at(1).count(u'\t'), 2);
    QVERIFY(!Concordance::exportTsv(dir.filePath(QStringLiteral("missing/hits.tsv")), hits));
}

void TestReadingAids::vocabularyExportsAnkiTsv()
{
    const auto dictionary = Dictionary::shared();
    VocabularyList list;
    const QList<DictionaryEntry> entries = dictionary->lookup(utf8("開發"));
    QVERIFY(!entries.isEmpty());
    QVERIFY(list.add(
        {utf8("開發"), entries.first(), utf8("西部大開發\t是"), QStringLiteral("the\nwest"), 2}));
    QVERIFY(!list.add({utf8("开发"), entries.first(), {}, {}, 3}));
    QCOMPARE(list.size(), 1);
    const QStringList lines = QString::fromUtf8(list.toAnkiTsv()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("#separator:tab"));
    const QStringList cells = lines.at(3).split(u'\t');
    QCOMPARE(cells.size(), 5);
    QCOMPARE(cells.at(0), utf8("開發 开发"));
    QCOMPARE(cells.at(1), utf8("kāi fā"));
    QVERIFY(cells.at(2).contains(QLatin1String("to develop")));
    QCOMPARE(cells.at(3), utf8("西部大開發 是"));
    QCOMPARE(cells.at(4), QStringLiteral("the west"));
    QVERIFY(list.removeAt(0));
    QVERIFY(!list.removeAt(0));
}

QTEST_GUILESS_MAIN(TestReadingAids)
#include "tst_dictreading.moc"
