#include "app/cli/CliApp.h"
#include "core/export/ExportFormats.h"
#include "core/project/ProjectFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

namespace {

QString samplePath()
{
    return QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt");
}

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

CliRun run(QStringList arguments)
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    arguments.prepend(QStringLiteral("duizhao-cli"));
    result.status = runCli(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

QStringList lines(const QString &text)
{
    QStringList result = text.split(u'\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void infoReportsTheSeedsMetadata();
    void infoJson();
    void sentencesListsEachSentenceOnItsOwnLine();
    void sentencesOfOneSide_data();
    void sentencesOfOneSide();
    void sentencesJson();
    void alignTsvPairsTheSeed();
    void alignLinksOnPresplitInput();
    void alignJson();
    void alignAndExportPrintTheSameTsv();
    void failures_data();
    void failures();
    void help();
    void commandHelp_data();
    void commandHelp();
    void exportEveryFormat_data();
    void exportEveryFormat();
    void exportPdfOptions();
    void exportFailures_data();
    void exportFailures();
    void exportRangesAreTheRegistrys();
    void parameterValuesMustBeFiniteNumbers();
    void oversizedFileGivesItsSizeAndTheLimit();
    void alignSavesAProjectThatEveryCommandReads();
};

void TestCli::infoReportsTheSeedsMetadata()
{
    const CliRun result = run({QStringLiteral("info"), samplePath()});
    QCOMPARE(result.status, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.contains(QStringLiteral("Published:     2024-08-27 08:40:00")));
    QVERIFY(result.out.contains(QStringLiteral("Source:        新華網")));
    QVERIFY(result.out.contains(QStringLiteral("Editor:        曹川川")));
    QVERIFY(result.out.contains(QStringLiteral("Chinese:       6 paragraphs, 14 sentences")));
    QVERIFY(result.out.contains(QStringLiteral("English:       7 paragraphs, 19 sentences")));
    QVERIFY(result.out.contains(QStringLiteral("Layout:        blocks")));
}

void TestCli::infoJson()
{
    const CliRun result = run({QStringLiteral("info"), samplePath(), QStringLiteral("--json")});
    QCOMPARE(result.status, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("layout")).toString(), QStringLiteral("blocks"));
    QCOMPARE(root.value(QStringLiteral("languages")).toArray(),
             (QJsonArray{QStringLiteral("zh"), QStringLiteral("en")}));
    const QJsonObject metadata = root.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(metadata.value(QStringLiteral("published")).toString(),
             QStringLiteral("2024-08-27 08:40:00"));
    QCOMPARE(metadata.value(QStringLiteral("publishedIso")).toString(),
             QStringLiteral("2024-08-27T08:40:00"));
    QCOMPARE(metadata.value(QStringLiteral("source")).toString(), QStringLiteral("新華網"));
    QVERIFY(metadata.contains(QStringLiteral("author")));
    QCOMPARE(metadata.value(QStringLiteral("author")).toString(), QString());
    QCOMPARE(metadata.value(QStringLiteral("editor")).toString(), QStringLiteral("曹川川"));
    const QJsonObject files = root.value(QStringLiteral("files")).toArray().first().toObject();
    QCOMPARE(files.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    const QJsonObject sides = root.value(QStringLiteral("sides")).toObject();
    QCOMPARE(
        sides.value(QStringLiteral("zh")).toObject().value(QStringLiteral("sentences")).toInt(),
        14);
    QCOMPARE(
        sides.value(QStringLiteral("en")).toObject().value(QStringLiteral("sentences")).toInt(),
        19);
}

void TestCli::sentencesListsEachSentenceOnItsOwnLine()
{
    const CliRun result = run({QStringLiteral("sentences"), samplePath()});
    QCOMPARE(result.status, 0);
    const QStringList output = lines(result.out);
    QCOMPARE(output.size(), 14 + 19);
    QVERIFY(output.at(0).startsWith(QStringLiteral("中共中央政治局召開會議 審議")));
    QCOMPARE(output.at(13), QStringLiteral("會議還研究了其他事項。"));
    QCOMPARE(output.at(14), QStringLiteral("We will stay firmly rooted in Chinese culture."));
    QCOMPARE(output.last(),
             QStringLiteral("Some other issues were also discussed at the meeting."));
    int endingInFullStop = 0;
    for (const QString &line : output.mid(0, 14))
        endingInFullStop += line.endsWith(u'。') ? 1 : 0;
    QCOMPARE(endingInFullStop, 13);
}

void TestCli::sentencesOfOneSide_data()
{
    QTest::addColumn<QString>("side");
    QTest::addColumn<int>("count");
    QTest::newRow("Chinese only") << QStringLiteral("zh") << 14;
    QTest::newRow("English only") << QStringLiteral("en") << 19;
}

void TestCli::sentencesOfOneSide()
{
    QFETCH(QString, side);
    QFETCH(int, count);
    const CliRun result =
        run({QStringLiteral("sentences"), samplePath(), QStringLiteral("--side"), side});
    QCOMPARE(result.status, 0);
    QCOMPARE(lines(result.out).size(), count);
}

void TestCli::sentencesJson()
{
    const CliRun result = run({QStringLiteral("sentences"), QStringLiteral("--json"),
                               QStringLiteral("--side"), QStringLiteral("en"), samplePath()});
    QCOMPARE(result.status, 0);
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(array.size(), 19);
    const QJsonObject first = array.first().toObject();
    QCOMPARE(first.value(QStringLiteral("side")).toString(), QStringLiteral("en"));
    QCOMPARE(first.value(QStringLiteral("role")).toString(), QStringLiteral("extra"));
    QCOMPARE(array.at(3).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("title"));
    QCOMPARE(first.value(QStringLiteral("start")).toInt(), 0);
}

void TestCli::alignTsvPairsTheSeed()
{
    const CliRun result = run(
        {QStringLiteral("align"), samplePath(), QStringLiteral("--format"), QStringLiteral("tsv")});
    QCOMPARE(result.status, 0);
    const QStringList beads = lines(result.out);
    QCOMPARE(beads.size(), 16);
    for (const QString &bead : beads)
        QCOMPARE(bead.count(u'\t'), 2);
    // The unmatched English opening: an empty Chinese field.
    QVERIFY(beads.first().startsWith(QStringLiteral("\tWe will stay firmly rooted")));
    // The 2-1 bead: two Chinese sentences joined directly, one English sentence.
    const QString merged = beads.at(10);
    QVERIFY2(merged.startsWith(
                 QStringLiteral("要持續提升發展內生動力,提升開放型經濟水準。要加強重點領域")),
             qPrintable(merged));
    QVERIFY(merged.contains(QStringLiteral("\tThe meeting urged the western region")));
    // The 1-3 bead: English sentences joined with one space.
    QVERIFY(beads.at(13).contains(
        QStringLiteral("facilitate the fulfillment of the tasks. Relevant departments should")));
    bool isNumber = false;
    const double confidence = beads.last().section(u'\t', 2).toDouble(&isNumber);
    QVERIFY(isNumber && confidence >= 0.0 && confidence <= 1.0);
}

void TestCli::alignLinksOnPresplitInput()
{
    QTemporaryDir dir;
    const QString zh = dir.filePath(QStringLiteral("zh"));
    const QString en = dir.filePath(QStringLiteral("en"));
    QVERIFY(writeText(zh, QStringLiteral("會議在北京召開。\n經濟增長百分之五。\n")));
    QVERIFY(writeText(en, QStringLiteral("The meeting was held in Beijing.\nThe economy grew.\nIt "
                                         "grew by 5 percent.\n")));
    const CliRun result = run({QStringLiteral("align"), QStringLiteral("--presplit"), zh, en,
                               QStringLiteral("--format"), QStringLiteral("links")});
    QCOMPARE(result.status, 0);
    QCOMPARE(lines(result.out),
             (QStringList{QStringLiteral("[0]:[0]"), QStringLiteral("[1]:[1,2]")}));
}

void TestCli::alignAndExportPrintTheSameTsv()
{
    // The Chinese sentence is wrapped by hand, so it reads as two paragraphs that align with one
    // English sentence: a bead across a paragraph break. `align` used to join it directly and
    // `export` with a space.
    QTemporaryDir dir;
    const QString zh = dir.filePath(QStringLiteral("zh.txt"));
    const QString en = dir.filePath(QStringLiteral("en.txt"));
    QVERIFY(writeText(zh, QStringLiteral("會議指出,2024年西部地區的經濟增長了百分之五,\n"
                                         "各地在公園散步。\n天氣很好。\n")));
    QVERIFY(writeText(en, QStringLiteral("The meeting noted that the western economy grew by 5 "
                                         "percent in 2024, and people everywhere took walks in "
                                         "parks.\nThe weather was fine.\n")));
    const CliRun aligned =
        run({QStringLiteral("align"), zh, en, QStringLiteral("--format"), QStringLiteral("tsv")});
    QCOMPARE(aligned.status, 0);
    const QString tsv = dir.filePath(QStringLiteral("pairs.tsv"));
    const CliRun exported = run({QStringLiteral("export"), zh, en, QStringLiteral("-o"), tsv});
    QVERIFY2(exported.status == 0, qPrintable(exported.err));
    QFile file(tsv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), aligned.out);
    QVERIFY2(aligned.out.startsWith(QStringLiteral(
                 "會議指出,2024年西部地區的經濟增長了百分之五,各地在公園散步。\tThe meeting")),
             qPrintable(aligned.out));
}

void TestCli::alignJson()
{
    const CliRun result = run({QStringLiteral("align"), samplePath(), QStringLiteral("--format"),
                               QStringLiteral("json")});
    QCOMPARE(result.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("metadata"))
                 .toObject()
                 .value(QStringLiteral("editor"))
                 .toString(),
             QStringLiteral("曹川川"));
    const QJsonArray beads = root.value(QStringLiteral("beads")).toArray();
    QCOMPARE(beads.size(), 16);
    const QJsonObject title = beads.at(3).toObject();
    QCOMPARE(title.value(QStringLiteral("zh")).toArray(), QJsonArray{0});
    QCOMPARE(title.value(QStringLiteral("en")).toArray(), QJsonArray{3});
    QCOMPARE(title.value(QStringLiteral("enText")).toArray().first().toString(),
             QStringLiteral("CPC leadership reviews measures on western region's development"));
    QVERIFY(title.value(QStringLiteral("confidence")).isDouble());
}

void TestCli::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << 2 << QStringLiteral("no command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), samplePath()} << 2
                                     << QStringLiteral("unknown command");
    QTest::newRow("no file") << QStringList{QStringLiteral("info")} << 2
                             << QStringLiteral("one or two files");
    QTest::newRow("bad side") << QStringList{QStringLiteral("sentences"), samplePath(),
                                             QStringLiteral("--side"), QStringLiteral("fr")}
                              << 2 << QStringLiteral("--side");
    QTest::newRow("bad format") << QStringList{QStringLiteral("align"), samplePath(),
                                               QStringLiteral("--format"), QStringLiteral("xml")}
                                << 2 << QStringLiteral("--format");
    QTest::newRow("unknown model parameter")
        << QStringList{QStringLiteral("align"), samplePath(), QStringLiteral("--param"),
                       QStringLiteral("nonsense=1")}
        << 2 << QStringLiteral("--param");
    QTest::newRow("missing file") << QStringList{QStringLiteral("info"),
                                                 QStringLiteral("/nonexistent/file.txt")}
                                  << 1 << QStringLiteral("does not exist");
}

void TestCli::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    const CliRun result = run(arguments);
    QCOMPARE(result.status, status);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(lines(result.err).size(), 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void TestCli::help()
{
    const CliRun result = run({QStringLiteral("--help")});
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.contains(QStringLiteral("Usage: duizhao-cli")));
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option"); // one the command takes
    QTest::newRow("info") << "info"
                          << "--json";
    QTest::newRow("sentences") << "sentences"
                               << "--side";
    QTest::newRow("align") << "align"
                           << "--param";
    QTest::newRow("export") << "export"
                            << "--page-size";
}

void TestCli::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const CliRun result = run({command, QStringLiteral("--help")});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("Usage: duizhao-cli ") + command),
             qPrintable(result.out));
    QVERIFY(result.out.contains(option));
    QVERIFY2(!result.out.contains(QStringLiteral("Commands:")), qPrintable(result.out));
}

void TestCli::exportEveryFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("format"); // empty: from the extension
    QTest::addColumn<QString>("writtenFile");
    QTest::addColumn<QString>("startsWith");
    QTest::newRow("pdf") << "seed.pdf"
                         << ""
                         << "seed.pdf"
                         << "%PDF-";
    QTest::newRow("tmx") << "seed.tmx"
                         << ""
                         << "seed.tmx"
                         << "<?xml";
    QTest::newRow("tsv") << "seed.tsv"
                         << ""
                         << "seed.tsv"
                         << "\tWe will stay firmly rooted";
    QTest::newRow("anki") << "cards.txt"
                          << "anki"
                          << "cards.txt"
                          << "#separator:tab";
    QTest::newRow("moses") << "corpus"
                           << "moses"
                           << "corpus.en"
                           << "CPC leadership reviews";
    QTest::newRow("moses by extension") << "c2.zh"
                                        << ""
                                        << "c2.zh"
                                        << "中共中央政治局召開會議";
    QTest::newRow("json") << "seed.json"
                          << ""
                          << "seed.json"
                          << "{";
    QTest::newRow("html") << "seed.html"
                          << ""
                          << "seed.html"
                          << "<!DOCTYPE html>";
}

void TestCli::exportEveryFormat()
{
    QFETCH(QString, fileName);
    QFETCH(QString, format);
    QFETCH(QString, writtenFile);
    QFETCH(QString, startsWith);
    QTemporaryDir dir;
    QStringList arguments = {QStringLiteral("export"), samplePath(), QStringLiteral("-o"),
                             dir.filePath(fileName)};
    if (!format.isEmpty())
        arguments << QStringLiteral("--format") << format;
    const CliRun result = run(arguments);
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(dir.filePath(writtenFile)));
    QFile file(dir.filePath(writtenFile));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(QString::fromUtf8(file.readAll()).startsWith(startsWith), qPrintable(writtenFile));
}

void TestCli::exportPdfOptions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.pdf"));
    const CliRun result = run(
        {QStringLiteral("export"), samplePath(), QStringLiteral("-o"), path,
         QStringLiteral("--layout"), QStringLiteral("interleaved"), QStringLiteral("--page-size"),
         QStringLiteral("letter"), QStringLiteral("--orientation"), QStringLiteral("landscape"),
         QStringLiteral("--script"), QStringLiteral("simplified"), QStringLiteral("--margin"),
         QStringLiteral("12"), QStringLiteral("--font-size"), QStringLiteral("9"),
         QStringLiteral("--omit-unmatched"), QStringLiteral("--no-pair-numbers"),
         QStringLiteral("--no-confidence-marks")});
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(QStringLiteral(" pages)")), qPrintable(result.out));
    QVERIFY(QFileInfo(path).size() > 1000);
}

void TestCli::exportFailures_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList() << "-o OUT";
    QTest::newRow("unknown extension")
        << QStringList{QStringLiteral("-o"), QStringLiteral("out.xyz")} << "cannot tell the format";
    QTest::newRow("bad format") << QStringList{QStringLiteral("-o"), QStringLiteral("out"),
                                               QStringLiteral("--format"), QStringLiteral("links")}
                                << "--format";
    QTest::newRow("bad layout") << QStringList{QStringLiteral("-o"), QStringLiteral("out.pdf"),
                                               QStringLiteral("--layout"),
                                               QStringLiteral("diagonal")}
                                << "--layout";
    QTest::newRow("bad script") << QStringList{QStringLiteral("-o"), QStringLiteral("out.pdf"),
                                               QStringLiteral("--script"),
                                               QStringLiteral("cantonese")}
                                << "--script";
    QTest::newRow("bad font size")
        << QStringList{QStringLiteral("-o"), QStringLiteral("out.pdf"),
                       QStringLiteral("--font-size"), QStringLiteral("200")}
        << "--font-size";
    // Every numeric option is validated alike: nan used to pass the range check.
    for (const char *option : {"--low-confidence", "--margin", "--font-size"}) {
        for (const char *value : {"nan", "inf", "-1", "abc", "1e999", ""}) {
            QTest::addRow("%s %s", option, value)
                << QStringList{QStringLiteral("-o"), QStringLiteral("out.pdf"),
                               QString::fromLatin1(option), QString::fromLatin1(value)}
                << QString::fromLatin1(option) + QStringLiteral(" takes ");
        }
    }
}

void TestCli::exportFailures()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const CliRun result = run(QStringList{QStringLiteral("export"), samplePath()} + options);
    QCOMPARE(result.status, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(lines(result.err).size(), 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    const CliRun unwritable = run({QStringLiteral("export"), samplePath(), QStringLiteral("-o"),
                                   QStringLiteral("/nonexistent-directory/out.tmx")});
    QCOMPARE(unwritable.status, 1);
    QVERIFY(unwritable.err.contains(QStringLiteral("could not be written")));
}

void TestCli::exportRangesAreTheRegistrys()
{
    // The CLI takes exactly the range the dialog offers, both ends included.
    for (const NumericExportOption &option : numericExportOptions()) {
        const QString name = QStringLiteral("--") + option.name;
        const CliRun above =
            run({QStringLiteral("export"), samplePath(), QStringLiteral("-o"),
                 QStringLiteral("out.pdf"), name, QString::number(option.high + option.step)});
        QCOMPARE(above.status, 2);
        QVERIFY2(
            above.err.contains(QStringLiteral(" from %1 to %2, ")
                                   .arg(QString::number(option.low), QString::number(option.high))),
            qPrintable(above.err));
        const CliRun below =
            run({QStringLiteral("export"), samplePath(), QStringLiteral("-o"),
                 QStringLiteral("out.pdf"), name, QString::number(option.low - option.step)});
        QCOMPARE(below.status, 2);
    }
    const CliRun format =
        run({QStringLiteral("export"), samplePath(), QStringLiteral("-o"), QStringLiteral("out"),
             QStringLiteral("--format"), QStringLiteral("links")});
    QVERIFY2(format.err.contains(exportFormatNames().join(u'|')), qPrintable(format.err));
}

void TestCli::parameterValuesMustBeFiniteNumbers()
{
    for (const char *value : {"nan", "inf", "abc"}) {
        const CliRun result = run({QStringLiteral("align"), samplePath(), QStringLiteral("--param"),
                                   QStringLiteral("lengthWeight=") + QString::fromLatin1(value)});
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--param takes NAME=NUMBER")),
                 qPrintable(result.err));
    }
}

void TestCli::oversizedFileGivesItsSizeAndTheLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(64 * 1024 * 1024 + 1)); // sparse: nothing is read before the refusal
    file.close();
    const CliRun result = run({QStringLiteral("info"), path});
    QCOMPARE(result.status, 1);
    // The file's size and the limit are two different figures.
    QVERIFY2(result.err.contains(QRegularExpression(QStringLiteral("67,?108,?865 bytes"))),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(QRegularExpression(QStringLiteral("67,?108,?864 bytes"))),
             qPrintable(result.err));
}

// PDF export paints, so the test needs a QGuiApplication (offscreen under CTest).
void TestCli::alignSavesAProjectThatEveryCommandReads()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("seed.duizhao"));
    const CliRun saved =
        run({QStringLiteral("align"), samplePath(), QStringLiteral("-o"), project});
    QCOMPARE(saved.status, 0);
    QVERIFY2(saved.out.startsWith(project), qPrintable(saved.out));
    const CliRun links = run({QStringLiteral("align"), samplePath(), QStringLiteral("--format"),
                              QStringLiteral("links")});
    QCOMPARE(
        run({QStringLiteral("align"), project, QStringLiteral("--format"), QStringLiteral("links")})
            .out,
        links.out);

    // A corrected project: the first two pairs merged into one, confirmed. Every command uses
    // the pairs as saved, not the aligner's.
    Result<Project> loaded = ProjectFile::load(project);
    QVERIFY(loaded);
    QList<Bead> &beads = loaded->beads;
    QVERIFY(beads.size() > 3);
    beads[0].chineseCount += beads[1].chineseCount;
    beads[0].englishCount += beads[1].englishCount;
    beads[0].status = PairStatus::Edited;
    beads.removeAt(1);
    beads[1].status = PairStatus::Confirmed;
    QVERIFY(ProjectFile::save(*loaded, project));
    const QStringList expected = lines(links.out).mid(2);
    const QStringList corrected = lines(
        run({QStringLiteral("align"), project, QStringLiteral("--format"), QStringLiteral("links")})
            .out);
    QCOMPARE(corrected.size(), lines(links.out).size() - 1);
    QCOMPARE(corrected.mid(1), expected);

    const CliRun info = run({QStringLiteral("info"), project});
    QCOMPARE(info.status, 0);
    QVERIFY2(info.out.contains(QStringLiteral("Editor: ")) &&
                 info.out.contains(QStringLiteral("2 confirmed or edited")),
             qPrintable(info.out));
    const QString tsv = dir.filePath(QStringLiteral("seed.tsv"));
    QCOMPARE(run({QStringLiteral("export"), project, QStringLiteral("-o"), tsv}).status, 0);
    QFile file(tsv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(lines(QString::fromUtf8(file.readAll())).size(), corrected.size());
    const CliRun concordance =
        run({QStringLiteral("concordance"), project, QStringLiteral("西部")});
    QCOMPARE(concordance.status, 0);
    QVERIFY(!concordance.out.isEmpty());

    // Damaged: a clear message, status 1.
    const QString damaged = dir.filePath(QStringLiteral("cut.duizhao"));
    QFile cut(damaged);
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(R"({"format":"duizhao-project","version":1,"sources":[)");
    cut.close();
    const CliRun refused = run({QStringLiteral("info"), damaged});
    QCOMPARE(refused.status, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("damaged")), qPrintable(refused.err));
}

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
