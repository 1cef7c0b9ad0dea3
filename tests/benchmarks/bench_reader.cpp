// Reader window timings: launch to first paint with the sample, click-to-highlight latency, and
// scrolling a generated 10,000-pair document. Reported, never asserted.
// Usage: bench_reader [--screenshots DIR] [--stalls PAIRS] [--aids PAIRS] [--open FILE…]
// (offscreen: QT_QPA_PLATFORM=offscreen)
// --stalls: the longest the UI thread is blocked while opening, converting the script of and
// exporting a generated PAIRS-pair document, measured by an event-loop watchdog.
// --open FILE [FILE2]: opening the files given (e.g. a generated EPUB pair), with the longest UI
// stall while they are read and aligned, and the chapter list the Contents panel shows.
// --aids: the reading aids on a generated PAIRS-pair document: opening it with and without
// pinyin above the Chinese (alternating runs), painting a view of it, the hover lookup, and the
// dictionary's memory.
#include "app/gui/ExportDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReaderPanels.h"
#include "app/gui/ReadingAids.h"
#include "app/gui/SentencePane.h"
#include "tests/app/GeneratedText.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace duizhao;

namespace {

bool waitOpened(MainWindow &window)
{
    return QTest::qWaitFor([&] { return !window.isLoading() && window.alignedText(); }, 600000);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void clickSentence(SentencePane *pane, SentenceKey key)
{
    pane->ensureSentenceVisible(key);
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, pane->sentencePoint(key));
}

void screenshots(const QString &dir)
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openSample();
    waitOpened(window);
    const QList<std::pair<MainWindow::ReaderLayout, QString>> layouts = {
        {MainWindow::ReaderLayout::SideBySide, QStringLiteral("side")},
        {MainWindow::ReaderLayout::Interleaved, QStringLiteral("interleaved")},
        {MainWindow::ReaderLayout::Learner, QStringLiteral("learner")}};
    for (bool dark : {false, true}) {
        window.setThemeChoice(dark ? MainWindow::ThemeChoice::Dark
                                   : MainWindow::ThemeChoice::Light);
        for (const auto &[layout, name] : layouts) {
            window.setReaderLayout(layout);
            QTest::qWait(50);
            clickSentence(window.chinesePane(), {Language::Chinese, 11});
            QTest::qWait(50);
            window.grab().save(
                QStringLiteral("%1/reader-%2-%3.png")
                    .arg(dir, name, dark ? QStringLiteral("dark") : QStringLiteral("light")));
        }
    }
    window.setReaderLayout(MainWindow::ReaderLayout::SideBySide);
    window.setThemeChoice(MainWindow::ThemeChoice::Light);
    window.setScript(ChineseScript::Simplified);
    window.find(QStringLiteral("發展"));
    QTest::qWait(50);
    window.grab().save(dir + QStringLiteral("/reader-simplified-find.png"));
    window.find(QString());

    // A long document at its start, middle and end, in every layout.
    QTemporaryDir temporary;
    const QString path = temporary.filePath(QStringLiteral("long.txt"));
    if (!testing::writeGeneratedPairs(path, 3000))
        return;
    window.openFiles({path});
    waitOpened(window);
    for (const auto &[layout, name] : layouts) {
        window.setReaderLayout(layout);
        for (const auto &[pair, where] :
             {std::pair(1, QStringLiteral("start")), std::pair(1500, QStringLiteral("middle")),
              std::pair(3000, QStringLiteral("end"))}) {
            window.goToPair(pair);
            QTest::qWait(50);
            window.grab().save(QStringLiteral("%1/long-%2-%3.png").arg(dir, name, where));
        }
    }
}

/// Ticks every few milliseconds on the UI thread; a late tick is a stall of the event loop.
class EventLoopWatchdog
{
public:
    EventLoopWatchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 late = m_sinceTick.restart() - TickMs;
            m_longest = std::max(m_longest, late);
            m_overTarget += late > TargetMs;
        });
    }
    void start()
    {
        m_longest = 0;
        m_overTarget = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_longest;
    }
    /// How many stalls since start() were over the 100 ms a reader notices.
    int overTarget() const { return m_overTarget; }

private:
    static constexpr qint64 TickMs = 5;
    static constexpr qint64 TargetMs = 100;
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
    int m_overTarget = 0;
};

int stalls(int pairs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.txt"));
    if (!testing::writeGeneratedPairs(path, pairs))
        return 1;

    // Starting the window (its first paint loads the fonts) is measured apart from opening a
    // document in it, as a reader opens one in a window that is already up.
    EventLoopWatchdog watchdog;
    QElapsedTimer timer;
    timer.start();
    watchdog.start();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTest::qWait(200);
    const auto report = [&timer, &watchdog](const QString &what) {
        const qint64 longest = watchdog.stop();
        std::printf("%s: %lld ms, longest UI stall %lld ms, %d stalls over 100 ms\n",
                    qPrintable(what), timer.elapsed(), longest, watchdog.overTarget());
    };
    report(QStringLiteral("start the window"));
    timer.restart();
    watchdog.start();
    window.openFiles({path});
    // A long text is shown before it is aligned, and its pairs answer clicks as they settle.
    qint64 textShown = -1, firstPairs = -1;
    const bool alignedInTime = QTest::qWaitFor(
        [&] {
            const AlignedText *text = window.alignedText();
            if (textShown < 0 && window.isAligning() && window.chinesePane()->showsBead(0))
                textShown = timer.elapsed();
            if (firstPairs < 0 && window.isAligning() && text->alignedBeadCount() > 0)
                firstPairs = timer.elapsed();
            return !window.isLoading() && text && !text->isAligning();
        },
        600000);
    if (!alignedInTime)
        return 1;
    QTest::qWait(200); // Whatever the opening queued runs too.
    std::printf("text shown after %lld ms, first pairs clickable after %lld ms (-1: not before "
                "the end)\n",
                textShown, firstPairs);
    report(QStringLiteral("open %1 pairs").arg(pairs));

    // Go to Pair across the whole text, from either pane. Pair 5 from the English (two lines a
    // pair here, the Chinese one) needs room above the Chinese text to come level; going on
    // gives the room back.
    const std::pair<int, SentencePane *> places[] = {
        {1, window.chinesePane()},          {5, window.englishPane()},
        {pairs / 10, window.chinesePane()}, {pairs / 2, window.englishPane()},
        {pairs - 5, window.chinesePane()},  {pairs, window.englishPane()},
        {5, window.englishPane()},          {pairs / 10, window.chinesePane()}};
    QStringList jumps;
    qint64 longestJump = 0;
    for (const auto &[place, pane] : places) {
        pane->setFocus();
        watchdog.start();
        window.goToPair(place);
        QTest::qWait(20);
        const qint64 stall = watchdog.stop();
        longestJump = std::max(longestJump, stall);
        jumps.append(QString::number(stall));
    }
    std::printf("go to pair (%lld places, from either pane): longest UI stall %lld ms; each: %s\n",
                qsizetype(std::size(places)), longestJump, qPrintable(jumps.join(u' ')));
    // Zooming lays the whole text out again, in steps that go on after the place is back: the
    // watchdog runs until they are surely done.
    for (int steps : {1, -1}) {
        timer.restart();
        watchdog.start();
        window.zoom(steps);
        QTest::qWait(4000);
        report(steps > 0 ? QStringLiteral("zoom in") : QStringLiteral("zoom out"));
    }
    // The same while the panes are still filling: opened again, then at once to a pair in the
    // first tenth, which is not filled yet; it lands there once its part is filled.
    const AlignedText opened = *window.alignedText();
    window.showAlignedText(opened, {path});
    QTest::qWait(0);
    timer.restart();
    watchdog.start();
    window.goToPair(pairs / 10);
    if (!QTest::qWaitFor([&] { return !window.isLoading(); }, 600000))
        return 1;
    QTest::qWait(200);
    report(QStringLiteral("go to pair %1 while filling").arg(pairs / 10));
    window.goToPair(pairs * 3 / 4);
    for (ChineseScript script :
         {ChineseScript::Simplified, ChineseScript::TraditionalTaiwan, ChineseScript::Original}) {
        timer.restart();
        watchdog.start();
        window.setScript(script);
        if (!QTest::qWaitFor([&] { return window.script() == script && !window.isLoading(); },
                             600000))
            return 1;
        QTest::qWait(200);
        report(QStringLiteral("switch to %1").arg(chineseScriptName(script)));
    }
    for (ExportFormat format : {ExportFormat::Pdf, ExportFormat::Tsv}) {
        ExportSettings settings;
        settings.format = format;
        timer.restart();
        watchdog.start();
        ExportJob *job = startExport(&window, *window.alignedText(), settings,
                                     dir.filePath(QStringLiteral("export.out")));
        bool done = false;
        QObject::connect(job, &ExportJob::finished, [&done] { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 600000))
            return 1;
        QTest::qWait(200);
        report(format == ExportFormat::Pdf ? QStringLiteral("export pdf")
                                           : QStringLiteral("export tsv"));
    }
    return 0;
}

int openFiles(const QStringList &paths)
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    EventLoopWatchdog watchdog;
    QElapsedTimer timer;
    timer.start();
    watchdog.start();
    window.openFiles(paths);
    if (!waitOpened(window))
        return 1;
    const qint64 openMs = timer.elapsed();
    QTest::qWait(200);
    const qint64 openStall = watchdog.stop();
    const AlignedText &text = *window.alignedText();
    std::printf("open %s: %lld ms, longest UI stall %lld ms; %lld pairs, %d contents entries\n",
                qPrintable(paths.join(QStringLiteral(" + "))), openMs, openStall,
                qlonglong(text.beads().size()), window.contentsPanel()->entryCount());
    // Going to chapters across the book from the contents, each jump's stall on its own: the
    // first visit to a place lays its text out.
    const int entries = window.contentsPanel()->entryCount();
    for (int pass = 1; pass <= 2; ++pass) {
        QStringList jumps;
        for (int row = 0; row < entries; row += std::max(1, entries / 10)) {
            watchdog.start();
            window.goToContentsEntry(row);
            QTest::qWait(20);
            jumps.append(QString::number(watchdog.stop()));
        }
        std::printf("contents jumps (pass %d), UI stall of each in ms: %s\n", pass,
                    qPrintable(jumps.join(u' ')));
    }
    return 0;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

int readingAids(int pairs)
{
    const qint64 before = residentKiB();
    const auto dictionary = Dictionary::shared();
    std::printf("dictionary: %lld KiB table, resident +%lld KiB after first use\n",
                dictionary->byteSize() / 1024, residentKiB() - before);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.txt"));
    if (!testing::writeGeneratedPairs(path, pairs))
        return 1;
    QMap<int, QList<double>> openMs, stallMs, paintMs, repaintMs;
    for (int round = 0; round < 3; ++round) {
        for (RubyKind kind : {RubyKind::None, RubyKind::Pinyin}) {
            MainWindow window;
            window.resize(1280, 800);
            window.show();
            window.readingAids()->setRuby(kind, ToneColours::Pleco);
            EventLoopWatchdog watchdog;
            QElapsedTimer timer;
            timer.start();
            watchdog.start();
            window.openFiles({path});
            if (!waitOpened(window))
                return 1;
            openMs[int(kind)].append(double(timer.elapsed()));
            QTest::qWait(200);
            stallMs[int(kind)].append(double(watchdog.stop()));
            // A view at twenty places: what each scroll or hover repaint costs.
            for (int place = 0; place < 20; ++place) {
                window.goToPair(1 + place * (pairs - 1) / 19);
                QElapsedTimer paint;
                paint.start();
                window.chinesePane()->viewport()->repaint();
                paintMs[int(kind)].append(paint.nsecsElapsed() / 1e6);
                paint.restart(); // The same view again: its readings are known now.
                window.chinesePane()->viewport()->repaint();
                repaintMs[int(kind)].append(paint.nsecsElapsed() / 1e6);
            }
        }
    }
    for (RubyKind kind : {RubyKind::None, RubyKind::Pinyin})
        std::printf("%s: open %d pairs median %.0f ms, longest UI stall median %.0f ms, paint of "
                    "the Chinese pane at a new place median %.2f ms, again %.2f ms\n",
                    kind == RubyKind::None ? "no pinyin" : "pinyin   ", pairs,
                    median(openMs[int(kind)]), median(stallMs[int(kind)]),
                    median(paintMs[int(kind)]), median(repaintMs[int(kind)]));
    std::fflush(stdout);

    // Hover lookups over every character of the sample's Chinese pane.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openSample();
    if (!waitOpened(window))
        return 1;
    SentencePane *pane = window.chinesePane();
    QList<double> lookups;
    QList<double> matches;
    for (int index = 0; index < window.alignedText()->sentenceCount(Language::Chinese); ++index) {
        const SentenceKey key{Language::Chinese, index};
        pane->ensureSentenceVisible(key);
        const QString shown = pane->sentenceDisplayText(key);
        for (int offset = 0; offset < shown.size(); ++offset) {
            const QRect rect = pane->rangeRect({key, offset, 1});
            if (rect.top() < 0 || rect.bottom() > pane->viewport()->height())
                continue;
            QElapsedTimer lookup;
            lookup.start();
            window.readingAids()->lookUpAt(pane, rect.center());
            lookups.append(lookup.nsecsElapsed() / 1e6);
            lookup.restart();
            (void)dictionary->longestMatch(shown, offset);
            matches.append(lookup.nsecsElapsed() / 1e6);
        }
    }
    std::printf("hover lookup incl. pop-up: median %.3f ms, max %.2f ms; dictionary longest match "
                "alone: median %.4f ms (%lld positions)\n",
                median(lookups), *std::max_element(lookups.cbegin(), lookups.cend()),
                median(matches), qsizetype(lookups.size()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int shotsAt = int(args.indexOf(QStringLiteral("--screenshots")));
    const int stallsAt = int(args.indexOf(QStringLiteral("--stalls")));
    const int aidsAt = int(args.indexOf(QStringLiteral("--aids")));
    const int openAt = int(args.indexOf(QStringLiteral("--open")));
    if (openAt > 0 && openAt + 1 < args.size())
        return openFiles(args.mid(openAt + 1));
    if (aidsAt > 0 && aidsAt + 1 < args.size())
        return readingAids(args.at(aidsAt + 1).toInt());
    if (stallsAt > 0 && stallsAt + 1 < args.size())
        return stalls(args.at(stallsAt + 1).toInt());
    if (shotsAt > 0 && shotsAt + 1 < args.size()) {
        screenshots(args.at(shotsAt + 1));
        return 0;
    }

    // Launch to first paint: construct, open the sample (read + align), paint.
    QElapsedTimer timer;
    timer.start();
    {
        MainWindow window;
        window.show();
        window.openSample();
        waitOpened(window);
        window.grab(); // Forces a full paint.
        std::printf("launch-to-first-paint (sample, incl. lexicon load): %lld ms\n",
                    timer.elapsed());

        QList<double> latencies;
        for (int round = 0; round < 20; ++round) {
            for (int i = 0; i < 14; ++i) {
                SentencePane *pane = window.chinesePane();
                pane->ensureSentenceVisible({Language::Chinese, i});
                const QPoint point = pane->sentencePoint({Language::Chinese, i});
                QElapsedTimer click;
                click.start();
                QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, point);
                window.englishPane()->viewport()->repaint();
                latencies.append(click.nsecsElapsed() / 1e6);
            }
        }
        std::printf("click-to-highlight (incl. repaint of the other pane): median %.2f ms, "
                    "max %.2f ms over %lld clicks\n",
                    median(latencies), *std::max_element(latencies.cbegin(), latencies.cend()),
                    qsizetype(latencies.size()));
    }

    // A generated 10,000-pair document.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    QString text;
    const int pairs = 10000;
    for (int i = 0; i < pairs; ++i)
        text += QStringLiteral("第%1句說西部地區的發展取得了新進展。").arg(i) +
                (i % 5 == 4 ? QStringLiteral("\n\n") : QString());
    text += QStringLiteral("\n\n");
    for (int i = 0; i < pairs; ++i)
        text += QStringLiteral("Sentence %1 says the western region made new progress. ").arg(i) +
                (i % 5 == 4 ? QStringLiteral("\n\n") : QString());
    file.write(text.toUtf8());
    file.close();

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    timer.restart();
    window.openFiles({path});
    waitOpened(window);
    window.grab();
    std::printf("open 10,000-pair document (read + align + lay out + paint): %lld ms, %lld beads\n",
                timer.elapsed(), qsizetype(window.alignedText()->beads().size()));

    SentencePane *chinese = window.chinesePane();
    QScrollBar *bar = chinese->verticalScrollBar();
    QList<double> steps;
    const int step = std::max(1, bar->maximum() / 400);
    for (int value = 0; value < bar->maximum(); value += step) {
        QElapsedTimer scroll;
        scroll.start();
        bar->setValue(value); // As a user scroll: the English pane follows.
        chinese->viewport()->repaint();
        window.englishPane()->viewport()->repaint();
        steps.append(scroll.nsecsElapsed() / 1e6);
    }
    std::printf("synchronized scroll step incl. repaint of both panes: median %.2f ms, max %.2f "
                "ms over %lld steps\n",
                median(steps), *std::max_element(steps.cbegin(), steps.cend()),
                qsizetype(steps.size()));
    return 0;
}
