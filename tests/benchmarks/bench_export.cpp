// PDF export speed and size: a generated document of 5,000 aligned pairs, side by side and
// interleaved, plus the bundled sample. Prints times and sizes; run it on a Release build.

#include "core/export/AlignedPairs.h"
#include "core/export/TmxWriter.h"
#include "core/parse/DocumentReader.h"
#include "core/pdf/PdfRenderer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace duizhao;

namespace {

const char16_t *const chineseWords[] = {u"城市", u"農民", u"學校", u"老師", u"學生", u"醫院",
                                        u"河流", u"火車", u"房子", u"花園", u"天氣", u"經濟",
                                        u"政府", u"會議", u"工廠", u"工人", u"母親", u"孩子"};
const char *const englishWords[] = {"city",     "farmer",  "school",     "teacher", "student",
                                    "hospital", "river",   "train",      "house",   "garden",
                                    "weather",  "economy", "government", "meeting", "factory",
                                    "worker",   "mother",  "child"};

AlignedPairs generatedPairs(int count)
{
    QRandomGenerator random(20240827);
    AlignedPairs pairs;
    pairs.chineseTitle = QStringLiteral("生成的平行文本");
    pairs.englishTitle = QStringLiteral("A generated parallel text");
    pairs.chineseLanguageTag = QStringLiteral("zh-Hant");
    const int vocabulary = int(std::size(englishWords));
    for (int i = 0; i < count; ++i) {
        AlignedPair pair;
        pair.number = i + 1;
        const int words = 8 + int(random.bounded(30));
        QStringList english;
        for (int w = 0; w < words; ++w) {
            const int k = int(random.bounded(vocabulary));
            pair.chinese += QString::fromUtf16(chineseWords[k]);
            english.append(QString::fromLatin1(englishWords[k]));
        }
        pair.chinese += u'。';
        pair.english = english.join(u' ') + u'.';
        pair.english[0] = pair.english[0].toUpper();
        pair.confidence = random.generateDouble();
        pair.chineseSentences = {i};
        pair.englishSentences = {i};
        pairs.pairs.append(pair);
    }
    return pairs;
}

void measure(const char *label, const AlignedPairs &pairs, const PdfOptions &options,
             const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const Result<int> pages = PdfRenderer::writePdf(pairs, options, path);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!pages) {
        std::printf("%-36s failed (%s)\n", label, qPrintable(errorCodeName(pages.error().code)));
        return;
    }
    std::printf("%-36s %6lld pairs %5d pages %8.1f KB %7.2f s\n", label,
                static_cast<long long>(pairs.pairs.size()), *pages,
                double(QFileInfo(path).size()) / 1024.0, seconds);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;

    const Result<Document> seed = readDocument(
        {QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt")});
    if (seed) {
        const Result<QList<Bead>> beads = alignDocument(*seed);
        if (beads) {
            const Result<AlignedPairs> pairs = AlignedPairs::build(*seed, *beads);
            measure("seed, side by side A4", *pairs, {}, dir.filePath(QStringLiteral("seed.pdf")));
        }
    }

    const AlignedPairs pairs = generatedPairs(5000);
    measure("5,000 pairs, side by side A4", pairs, {}, dir.filePath(QStringLiteral("sbs.pdf")));
    PdfOptions interleaved;
    interleaved.layout = PdfLayout::Interleaved;
    measure("5,000 pairs, interleaved A4", pairs, interleaved,
            dir.filePath(QStringLiteral("interleaved.pdf")));

    QElapsedTimer timer;
    timer.start();
    const QString tmx = dir.filePath(QStringLiteral("pairs.tmx"));
    if (const Result<QStringList> written = TmxWriter::write(pairs, tmx); !written) {
        std::fprintf(stderr, "TMX not written\n");
        return 1;
    }
    std::printf("%-36s %6lld pairs %14.1f KB %7.2f s\n", "5,000 pairs, TMX",
                static_cast<long long>(pairs.pairs.size()), double(QFileInfo(tmx).size()) / 1024.0,
                double(timer.nsecsElapsed()) / 1e9);
    return 0;
}
