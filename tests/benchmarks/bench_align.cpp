// Alignment speed and memory: the bundled dictionary's load time, the seed article, and a
// SYNTHETIC generated book of 20,000 Chinese and 25,000 English sentences (a 60-word vocabulary,
// far easier than real text: the real-text figures come from bench-align-real.py). Prints
// medians; run it from tests/benchmarks/run-benchmarks.sh on a Release build.

#include "core/align/Aligner.h"
#include "core/align/Lexicon.h"
#include "core/align/NumberAnchors.h"
#include "core/parse/DocumentReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace duizhao;

namespace {

double medianMilliseconds(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

long peakResidentKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

struct Pair
{
    const char16_t *chinese;
    const char *english;
};

// Common words with their usual translations: the generated book is made of these, so that the
// dictionary signal is as real as the words are.
const Pair vocabulary[] = {
    {u"城市", "city"},     {u"農民", "farmer"},    {u"學校", "school"},   {u"老師", "teacher"},
    {u"學生", "student"},  {u"醫生", "doctor"},    {u"醫院", "hospital"}, {u"河", "river"},
    {u"山", "mountain"},   {u"火車", "train"},     {u"房子", "house"},    {u"窗戶", "window"},
    {u"花園", "garden"},   {u"天氣", "weather"},   {u"經濟", "economy"},  {u"政府", "government"},
    {u"會議", "meeting"},  {u"工廠", "factory"},   {u"工人", "worker"},   {u"士兵", "soldier"},
    {u"母親", "mother"},   {u"父親", "father"},    {u"孩子", "child"},    {u"朋友", "friend"},
    {u"商人", "merchant"}, {u"皇帝", "emperor"},   {u"村莊", "village"},  {u"森林", "forest"},
    {u"海", "sea"},        {u"船", "ship"},        {u"馬", "horse"},      {u"狗", "dog"},
    {u"貓", "cat"},        {u"鳥", "bird"},        {u"魚", "fish"},       {u"米", "rice"},
    {u"茶", "tea"},        {u"酒", "wine"},        {u"書", "book"},       {u"信", "letter"},
    {u"錢", "money"},      {u"道路", "road"},      {u"橋", "bridge"},     {u"門", "door"},
    {u"雨", "rain"},       {u"雪", "snow"},        {u"風", "wind"},       {u"太陽", "sun"},
    {u"月亮", "moon"},     {u"星星", "star"},      {u"歌", "song"},       {u"故事", "story"},
    {u"戰爭", "war"},      {u"和平", "peace"},     {u"歷史", "history"},  {u"音樂", "music"},
    {u"電影", "film"},     {u"報紙", "newspaper"}, {u"警察", "police"},   {u"法律", "law"},
};

/// A book whose English splits some Chinese sentences in two (20,000 → about 25,000); @p truth
/// gets the number of English sentences each Chinese sentence became.
void generateBook(int chineseCount, QList<AlignmentUnit> &chinese, QList<AlignmentUnit> &english,
                  QList<int> &truth)
{
    QRandomGenerator random(42);
    const int words = int(std::size(vocabulary));
    for (int i = 0; i < chineseCount; ++i) {
        const int parts = random.bounded(100) < 25 ? 2 : 1;
        truth.append(parts);
        QString zh;
        for (int part = 0; part < parts; ++part) {
            QStringList en;
            for (int w = random.bounded(4, 9); w > 0; --w) {
                const Pair &pair = vocabulary[random.bounded(words)];
                zh += QString::fromUtf16(pair.chinese) + QStringLiteral("和");
                en.append(QString::fromLatin1(pair.english));
            }
            // Books have names and numbers that recur only locally: they give the anchors.
            QString number;
            if (random.bounded(100) < 30)
                number = QString::number(random.bounded(100, 100000));
            zh += number + (part + 1 < parts ? QStringLiteral("，") : QStringLiteral("。"));
            QString sentence = QStringLiteral("The ") + en.join(QStringLiteral(" and the ")) +
                               (number.isEmpty() ? QString() : u' ' + number) + u'.';
            english.append({sentence, i / 20, false});
        }
        chinese.append({zh, i / 20, false});
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int bookSentences = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;

    std::shared_ptr<const Lexicon> lexicon;
    const double loadMs = medianMilliseconds(1, [&] {
        Result<std::shared_ptr<const Lexicon>> loaded = Lexicon::bundled();
        if (loaded)
            lexicon = *loaded;
    });
    if (!lexicon) {
        std::fprintf(stderr, "bench_align: the bundled dictionary did not load\n");
        return 1;
    }
    std::printf("dictionary load (first use): %.1f ms\n", loadMs);

    const Result<Document> seed = readDocument(
        {QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt")});
    const Aligner aligner(lexicon);
    const QList<AlignmentUnit> seedChinese = alignmentUnits(*seed, Language::Chinese);
    const QList<AlignmentUnit> seedEnglish = alignmentUnits(*seed, Language::English);
    const double articleMs =
        medianMilliseconds(21, [&] { (void)aligner.align(seedChinese, seedEnglish); });
    std::printf("news article (%lld x %lld sentences): median %.2f ms over 21 runs\n",
                qlonglong(seedChinese.size()), qlonglong(seedEnglish.size()), articleMs);

    // Numbers and dates: the aligner looks for them in every sentence of a book.
    qsizetype characters = 0, anchors = 0;
    for (const QList<AlignmentUnit> *side : {&seedChinese, &seedEnglish})
        for (const AlignmentUnit &unit : *side)
            characters += unit.text.size();
    const double anchorsMs = medianMilliseconds(5, [&] {
        for (int round = 0; round < 20; ++round) {
            for (const AlignmentUnit &unit : seedChinese)
                anchors += numberAnchors(unit.text, Language::Chinese).size();
            for (const AlignmentUnit &unit : seedEnglish)
                anchors += numberAnchors(unit.text, Language::English).size();
        }
    });
    std::printf("number and date anchors: %.3f us per character\n",
                anchorsMs * 1000.0 / 20.0 / double(std::max<qsizetype>(1, characters)));

    QList<AlignmentUnit> chinese, english;
    QList<int> truth;
    generateBook(bookSentences, chinese, english, truth);
    QList<Bead> bookBeads;
    const long before = peakResidentKilobytes();
    int beads = 0;
    const double bookMs = medianMilliseconds(3, [&] {
        const Result<QList<Bead>> result = aligner.align(chinese, english);
        beads = result ? int(result->size()) : -1;
        if (result)
            bookBeads = *result;
    });
    std::printf("synthetic book (%lld x %lld sentences): median %.0f ms over 3 runs, %d beads\n",
                qlonglong(chinese.size()), qlonglong(english.size()), bookMs, beads);
    // Exact-match F1 against the generated truth: Chinese sentence i with its parts.
    int right = 0, englishAt = 0;
    QSet<QPair<int, int>> expected; // (Chinese index, first English index) of 1-1 and 1-2 beads
    QHash<int, int> expectedCount;
    for (int i = 0; i < truth.size(); ++i) {
        expected.insert({i, englishAt});
        expectedCount.insert(i, truth.at(i));
        englishAt += truth.at(i);
    }
    for (const Bead &bead : std::as_const(bookBeads)) {
        if (bead.chineseCount == 1 && expected.contains({bead.chineseBegin, bead.englishBegin}) &&
            expectedCount.value(bead.chineseBegin) == bead.englishCount)
            ++right;
    }
    std::printf("synthetic book alignment: exact F1 %.4f against the generated links\n",
                2.0 * right / double(bookBeads.size() + truth.size()));
    std::printf("peak resident memory: %.0f MB (%.0f MB before the book)\n",
                double(peakResidentKilobytes()) / 1024.0, double(before) / 1024.0);
    return 0;
}
