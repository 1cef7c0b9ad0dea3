// Reading dictionary timings and memory: load, longest match at every position of the seed,
// English reverse lookup, word-by-word pinyin of every sentence. Medians of repeated runs.

#include "core/dict/Dictionary.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace duizhao;

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromUtf8(status.readAll());
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+)")).match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main()
{
    QTextStream out(stdout);
    const qint64 before = residentKiB();
    QElapsedTimer timer;
    timer.start();
    const auto dictionary = Dictionary::shared();
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 after = residentKiB();
    if (!dictionary->isValid()) {
        out << "dictionary resource missing\n";
        return 1;
    }
    out << "load: " << loadMs << " ms, table " << dictionary->byteSize() / 1024
        << " KiB, resident +" << (after - before) << " KiB\n";

    QFile seed(QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt"));
    if (!seed.open(QIODevice::ReadOnly))
        return 1;
    const QString text = QString::fromUtf8(seed.readAll());

    std::vector<double> perLookupUs;
    for (int run = 0; run < 7; ++run) {
        timer.restart();
        qsizetype found = 0;
        for (qsizetype position = 0; position < text.size(); ++position)
            found += dictionary->longestMatch(text, position).length;
        perLookupUs.push_back(double(timer.nsecsElapsed()) / 1e3 / double(text.size()));
        if (run == 0)
            out << "longest match at each of " << text.size() << " positions (" << found
                << " units matched)\n";
    }
    out << "  median per lookup: " << median(perLookupUs) << " us\n";

    const QStringList words = {QStringLiteral("bank"),    QStringLiteral("develop"),
                               QStringLiteral("western"), QStringLiteral("people"),
                               QStringLiteral("economy"), QStringLiteral("run")};
    std::vector<double> englishUs;
    for (int run = 0; run < 7; ++run) {
        for (const QString &word : words) {
            timer.restart();
            const auto entries = dictionary->lookupEnglish(word, 20);
            englishUs.push_back(double(timer.nsecsElapsed()) / 1e3);
            Q_UNUSED(entries);
        }
    }
    out << "English lookup (20 entries), median: " << median(englishUs) << " us\n";

    // The first reading ICU gives (行 alone is no word here) creates its Han-Latin
    // transliterator: a cost paid once per thread.
    timer.restart();
    dictionary->pinyinWords(QStringLiteral("行"));
    out << "first per-character reading: " << double(timer.nsecsElapsed()) / 1e6 << " ms\n";
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    std::vector<double> pinyinUs;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        for (const QString &line : lines)
            dictionary->pinyinWords(line);
        pinyinUs.push_back(double(timer.nsecsElapsed()) / 1e3 / double(lines.size()));
    }
    out << "pinyin of each of " << lines.size() << " lines, median per line: " << median(pinyinUs)
        << " us\n";
    out << "resident at end: " << residentKiB() / 1024 << " MiB\n";
    return 0;
}
