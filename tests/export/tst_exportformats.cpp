// The export-format registry: one list of formats, suffixes and option ranges that the dialog,
// `duizhao-cli export` and `duizhao-cli align` share, and whose writers write what they claim.
// The PDF writer paints, so the test needs a QGuiApplication (offscreen under CTest).

#include "core/export/ExportFormats.h"
#include "core/parse/DocumentReader.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace duizhao;

class TestExportFormats : public QObject
{
    Q_OBJECT

private slots:
    void everyFormatOnceByNameAndSuffix();
    void ankiIsNeverGuessedFromTxt();
    void optionRangesHoldTheDefaults();
    void settingsOutsideARangeAreClamped();
    void everyWriterWritesItsFiles();
    void lineFormatsKeepChineseWithoutSpaces();
};

void TestExportFormats::everyFormatOnceByNameAndSuffix()
{
    QStringList names;
    for (const ExportFormatInfo &info : exportFormats()) {
        QVERIFY2(!names.contains(info.name), qPrintable(info.name));
        names.append(info.name);
        QCOMPARE(&exportFormatInfo(info.format), &info);
        QCOMPARE(exportFormatNamed(info.name), &info);
        for (const QString &suffix : info.claims)
            QCOMPARE(exportFormatForPath(QStringLiteral("out.") + suffix.toUpper()), &info);
        QVERIFY(info.write);
        // Only PDF (pages) and Moses (two files) are not one file of text.
        QCOMPARE(info.bytes == nullptr,
                 info.format == ExportFormat::Pdf || info.format == ExportFormat::Moses);
    }
    QCOMPARE(names, exportFormatNames());
    QCOMPARE(exportFormatNamed(QStringLiteral("links")), nullptr);
    QCOMPARE(exportFormatForPath(QStringLiteral("out.htm"))->format, ExportFormat::Html);
    QCOMPARE(exportFormatForPath(QStringLiteral("corpus.en"))->format, ExportFormat::Moses);
}

void TestExportFormats::ankiIsNeverGuessedFromTxt()
{
    QCOMPARE(exportFormatInfo(ExportFormat::Anki).suffix, QStringLiteral("txt"));
    QCOMPARE(exportFormatForPath(QStringLiteral("cards.txt")), nullptr);
    QCOMPARE(exportFormatForPath(QStringLiteral("noSuffix")), nullptr);
}

void TestExportFormats::optionRangesHoldTheDefaults()
{
    const PdfOptions defaults;
    QCOMPARE(numericExportOptions().size(), 3);
    for (const NumericExportOption &option : numericExportOptions()) {
        QVERIFY2(option.low < option.high && option.step > 0, qPrintable(option.name));
        QVERIFY2(option.accepts(defaults.*option.value), qPrintable(option.name));
        QVERIFY(!option.accepts(option.high + option.step));
        QVERIFY(!option.accepts(std::nan("")));
        QCOMPARE(&numericExportOption(option.value), &option);
    }
    QCOMPARE(numericExportOption(&PdfOptions::marginMillimetres).name, QStringLiteral("margin"));
}

void TestExportFormats::settingsOutsideARangeAreClamped()
{
    const NumericExportOption &margin = numericExportOption(&PdfOptions::marginMillimetres);
    QCOMPARE(margin.clamped(margin.high + 100), margin.high);
    QCOMPARE(margin.clamped(margin.low - 1), margin.low);
    QCOMPARE(margin.clamped(std::nan("")), margin.low);
    QCOMPARE(margin.clamped(18), 18.0);
}

void TestExportFormats::everyWriterWritesItsFiles()
{
    const Result<Document> document = readDocument(
        {QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt")});
    QVERIFY(document);
    const Result<QList<Bead>> beads = alignDocument(*document);
    QVERIFY(beads);
    const Result<AlignedPairs> pairs = AlignedPairs::build(*document, *beads);
    QVERIFY(pairs);
    QTemporaryDir dir;
    for (const ExportFormatInfo &info : exportFormats()) {
        const QString path = dir.filePath(QStringLiteral("out.") + info.suffix);
        const Result<ExportWritten> written = info.write(*pairs, PdfOptions(), path);
        QVERIFY2(written, qPrintable(info.name));
        QVERIFY(!written->files.isEmpty());
        for (const QString &file : written->files)
            QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
        QCOMPARE(written->pages > 0, info.format == ExportFormat::Pdf);
        if (info.bytes) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), info.bytes(*pairs, PdfOptions()));
        }
    }
}

void TestExportFormats::lineFormatsKeepChineseWithoutSpaces()
{
    // A bead across a paragraph break (a hand-wrapped line read as two paragraphs): the line
    // formats join Chinese as the sentences of one paragraph join, English with a space.
    AlignedPairs pairs;
    AlignedPair pair;
    pair.chinese = QStringLiteral("經濟增長,\n各地在公園散步。");
    pair.english = QStringLiteral("The economy grew,\nand people walked in parks.");
    pairs.pairs.append(pair);
    const QString tsv =
        QString::fromUtf8(exportFormatInfo(ExportFormat::Tsv).bytes(pairs, PdfOptions()));
    QCOMPARE(tsv, QStringLiteral("經濟增長,各地在公園散步。\tThe economy grew, and people walked "
                                 "in parks.\t1.000\n"));
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("corpus"));
    QVERIFY(exportFormatInfo(ExportFormat::Moses).write(pairs, PdfOptions(), base));
    QFile chinese(base + QStringLiteral(".zh"));
    QVERIFY(chinese.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(chinese.readAll()), QStringLiteral("經濟增長,各地在公園散步。\n"));
}

QTEST_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
