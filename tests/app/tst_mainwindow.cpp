#include "app/gui/ImportJob.h"
#include "app/gui/MainWindow.h"
#include "app/gui/SentencePane.h"
#include "core/align/Aligner.h"
#include "core/sync/ReadingPosition.h"
#include "tests/app/GeneratedText.h"
#include "tests/app/PrivateSettings.h"
#include "tests/app/TestWindow.h"

#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

#include <condition_variable>
#include <memory>
#include <mutex>

using namespace duizhao;

Q_DECLARE_METATYPE(duizhao::Language)

namespace {

constexpr int OpenTimeoutMs = 30000;
/// A long generated text's whole alignment: generous, as sanitizer builds on a busy machine
/// take minutes (91 s under TSan beside a build).
constexpr int AlignTimeoutMs = 240000;

QString flat(QString text)
{
    return text.replace(u'\n', u' ').replace(u'\r', u' ');
}

/// Whether the text's pairs are those its document gets aligned on its own.
bool alignsAsAlone(const AlignedText &text)
{
    const Result<QList<Bead>> alone = alignDocument(text.document());
    if (!alone || alone->size() != text.beads().size())
        return false;
    for (qsizetype b = 0; b < alone->size(); ++b)
        if (!alone->at(b).sameLink(text.beads().at(b)))
            return false;
    return true;
}

QStringList sentenceTexts(const MainWindow &window, Language language, const QList<int> &indices)
{
    QStringList texts;
    for (int index : indices)
        texts.append(flat(window.alignedText()->sentenceText({language, index})));
    return texts;
}

// Holds a worker thread at one point until the test lets it go (std::mutex: TSan sees it).
class AlignerGate
{
public:
    /// On the worker: waits there the first time it is called, returns at once afterwards.
    void holdOnce()
    {
        std::unique_lock lock(m_mutex);
        if (m_released || m_held)
            return;
        m_held = true;
        m_changed.wait(lock, [this] { return m_released; });
    }
    bool isHeld()
    {
        const std::lock_guard lock(m_mutex);
        return m_held;
    }
    void release()
    {
        const std::lock_guard lock(m_mutex);
        m_released = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_held = false;
    bool m_released = false;
};

SentencePane *paneFor(MainWindow &window, Language language)
{
    return language == Language::Chinese ? window.chinesePane() : window.englishPane();
}

void click(SentencePane *pane, SentenceKey key)
{
    pane->ensureSentenceVisible(key);
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, pane->sentencePoint(key));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensTheBundledSample();
    void clickHighlightsTheCounterpart_data();
    void clickHighlightsTheCounterpart();
    void unmatchedSentencesSayTheyHaveNoCounterpart();
    void hoverLightsUpThePair();
    void keyboardWalksThePairs();
    void oneUserScrollMovesTheOtherPaneOnce();
    void scriptSwitchKeepsTheSelection();
    void findMatchesTraditionalAndSimplified();
    void interleavedLayoutHighlightsBothLanguages();
    void learnerModeHidesTranslationsUntilClicked();
    void selectionSurvivesResizeAndZoom();
    void selectedPairStaysLevelAfterResizeAndZoom();
    void cancelStopsALongImport();
    void longTextIsReadWhileItAligns();
    void closingWhileAligningIsSafe();
    void pairsAnswerClicksAsTheyAreAligned();
    void panesRestyleOneAfterTheOther();
    void badFileKeepsTheOpenDocument();

private:
    std::unique_ptr<MainWindow> m_window;
    bool openSample();
    /// Holds the window's imports inside the aligner's first pass (a progress step past the
    /// reading's 20%) until released; null if the window has no import job.
    std::shared_ptr<AlignerGate> holdImportsInTheAligner();
    /// Opens a generated text of 1,500 pairs written to @p path (writeGeneratedPairs()), and
    /// waits until it is shown while the aligner is held inside its work; null if that never
    /// happens.
    std::shared_ptr<AlignerGate> openLongTextHeldWhileAligning(const QString &path,
                                                               int untranslatedEvery = 0);
};

void TestMainWindow::initTestCase()
{
    // Hermetic: settings go to a test location, cleared before the run.
    testing::usePrivateSettings();
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_window = testing::shownWindow({1100, 520});
    QVERIFY(m_window);
    QVERIFY(openSample());
}

bool TestMainWindow::openSample()
{
    if (!m_window->openSample())
        return false;
    return QTest::qWaitFor([this] { return !m_window->isLoading() && m_window->alignedText(); },
                           OpenTimeoutMs);
}

void TestMainWindow::opensTheBundledSample()
{
    MainWindow &window = *m_window;
    QCOMPARE(window.document()->sentenceRefs(Language::Chinese).size(), 14);
    QCOMPARE(window.alignedText()->beads().size(), 16);
    auto *chinese = window.findChild<SentencePane *>(QStringLiteral("chinesePane"));
    auto *english = window.findChild<SentencePane *>(QStringLiteral("englishPane"));
    QVERIFY(chinese && english);
    QVERIFY(chinese->toPlainText().contains(QStringLiteral("會議還研究了其他事項。")));
    QVERIFY(!chinese->toPlainText().contains(QStringLiteral("發佈時間")));
    QVERIFY(english->toPlainText().contains(QStringLiteral("Some other issues")));
    auto *header = window.findChild<QLabel *>(QStringLiteral("metadataHeader"));
    QVERIFY(header->text().contains(QStringLiteral("曹川川")));
    QVERIFY(header->text().contains(QStringLiteral("2024-08-27 08:40:00")));
    auto *counts = window.findChild<QLabel *>(QStringLiteral("pairCounts"));
    QVERIFY2(counts->text().contains(QStringLiteral("16 pairs, 3 without a counterpart")),
             qPrintable(counts->text()));
    QVERIFY(!chinese->accessibleName().isEmpty() && !english->accessibleName().isEmpty());
}

void TestMainWindow::clickHighlightsTheCounterpart_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<int>("index");
    QTest::addColumn<QList<int>>("chinese");
    QTest::addColumn<QList<int>>("english");
    QTest::newRow("title, 1-1 from Chinese")
        << Language::Chinese << 0 << QList<int>{0} << QList<int>{3};
    QTest::newRow("1-2 from English second")
        << Language::English << 7 << QList<int>{3} << QList<int>{6, 7};
    QTest::newRow("2-1 from the second Chinese")
        << Language::Chinese << 8 << QList<int>{7, 8} << QList<int>{11};
    QTest::newRow("2-1 from English")
        << Language::English << 11 << QList<int>{7, 8} << QList<int>{11};
    QTest::newRow("1-3 from Chinese")
        << Language::Chinese << 11 << QList<int>{11} << QList<int>{14, 15, 16};
    QTest::newRow("1-3 from the middle English")
        << Language::English << 15 << QList<int>{11} << QList<int>{14, 15, 16};
    QTest::newRow("unmatched English opening")
        << Language::English << 1 << QList<int>{} << QList<int>{1};
}

void TestMainWindow::clickHighlightsTheCounterpart()
{
    QFETCH(Language, language);
    QFETCH(int, index);
    QFETCH(QList<int>, chinese);
    QFETCH(QList<int>, english);
    MainWindow &window = *m_window;
    SentencePane *clicked = paneFor(window, language);
    click(clicked, {language, index});
    QCOMPARE(window.chinesePane()->selectedTexts(),
             sentenceTexts(window, Language::Chinese, chinese));
    QCOMPARE(window.englishPane()->selectedTexts(),
             sentenceTexts(window, Language::English, english));

    // The counterpart is in view, level with the clicked sentence unless the pane cannot
    // scroll that far.
    const Language otherLanguage =
        language == Language::Chinese ? Language::English : Language::Chinese;
    const QList<int> &counterpart = otherLanguage == Language::Chinese ? chinese : english;
    if (counterpart.isEmpty())
        return;
    SentencePane *other = paneFor(window, otherLanguage);
    const QRect target = other->sentenceRect({otherLanguage, counterpart.first()});
    QVERIFY(target.top() >= 0 && target.bottom() <= other->viewport()->height());
    const QScrollBar *bar = other->verticalScrollBar();
    if (bar->value() > bar->minimum() && bar->value() < bar->maximum())
        QCOMPARE(target.top(), clicked->sentenceRect({language, index}).top());
}

void TestMainWindow::unmatchedSentencesSayTheyHaveNoCounterpart()
{
    SentencePane *english = m_window->englishPane();
    for (int i = 0; i < 3; ++i)
        QVERIFY(english->sentenceToolTip({Language::English, i})
                    .contains(QStringLiteral("No counterpart")));
    QVERIFY(english->sentenceToolTip({Language::English, 3}).isEmpty() ||
            !english->sentenceToolTip({Language::English, 3})
                 .contains(QStringLiteral("No counterpart")));
}

void TestMainWindow::hoverLightsUpThePair()
{
    SentencePane *english = m_window->englishPane();
    const SentenceKey key{Language::English, 11};
    english->ensureSentenceVisible(key);
    // QTest::mouseMove does not reach an offscreen window without a button; send the event.
    const QPoint point = english->sentencePoint(key);
    QMouseEvent move(QEvent::MouseMove, point, english->viewport()->mapToGlobal(point),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(english->viewport(), &move);
    QTRY_COMPARE(m_window->chinesePane()->hoveredTexts(),
                 sentenceTexts(*m_window, Language::Chinese, {7, 8}));
    QCOMPARE(m_window->chinesePane()->selectedTexts(), QStringList());
}

void TestMainWindow::keyboardWalksThePairs()
{
    SentencePane *chinese = m_window->chinesePane();
    chinese->setFocus();
    QTest::keyClick(chinese, Qt::Key_J);
    QCOMPARE(m_window->selectedBead(), 3); // The first bead with Chinese: the titles.
    QTest::keyClick(chinese, Qt::Key_Down);
    QCOMPARE(m_window->selectedBead(), 4);
    QCOMPARE(m_window->englishPane()->selectedTexts(),
             sentenceTexts(*m_window, Language::English, {4}));
    QTest::keyClick(chinese, Qt::Key_K);
    QCOMPARE(m_window->selectedBead(), 3);
    QTest::keyClick(chinese, Qt::Key_End);
    QCOMPARE(m_window->selectedBead(), 15);
    QTest::keyClick(chinese, Qt::Key_Up);
    QCOMPARE(m_window->selectedBead(), 14);
    QTest::keyClick(chinese, Qt::Key_Home);
    QCOMPARE(m_window->selectedBead(), 3);

    // Tab moves to the English pane, whose first pair is the unmatched opening.
    QTest::keyClick(chinese, Qt::Key_Tab);
    QTRY_VERIFY(m_window->englishPane()->hasFocus());
    QTest::keyClick(m_window->englishPane(), Qt::Key_Home);
    QCOMPARE(m_window->selectedBead(), 0);
    QTest::keyClick(m_window->englishPane(), Qt::Key_F8); // Must not crash with no doubtful pair.
}

void TestMainWindow::oneUserScrollMovesTheOtherPaneOnce()
{
    m_window->resize(900, 360);
    QTRY_VERIFY(m_window->chinesePane()->verticalScrollBar()->maximum() > 100);
    // Let the post-resize restore run first: it is queued behind the resize.
    QCoreApplication::processEvents();
    SentencePane *chinese = m_window->chinesePane();
    SentencePane *english = m_window->englishPane();
    QSignalSpy englishMoves(english, &SentencePane::synchronizedScroll);
    QSignalSpy chineseMoves(chinese, &SentencePane::synchronizedScroll);
    int positions = 0;
    QObject counting; // Ends the connection with the test: the window outlives `positions`.
    connect(m_window->readingPosition(), &ReadingPosition::positionChanged, &counting,
            [&positions] { ++positions; });
    const int before = english->verticalScrollBar()->value();

    chinese->verticalScrollBar()->setValue(chinese->verticalScrollBar()->value() + 120);
    QCOMPARE(positions, 1);
    QCOMPARE(englishMoves.count(), 1);
    QCOMPARE(chineseMoves.count(), 0); // No echo back to the pane that scrolled.
    QVERIFY(english->verticalScrollBar()->value() > before);
    // Nothing queued echoes the move afterwards.
    QCoreApplication::processEvents();
    QCOMPARE(englishMoves.count(), 1);
    QCOMPARE(chineseMoves.count(), 0);

    // The aligned text is level: the bead at the top of the Chinese pane is at the top of the
    // English one.
    QCOMPARE(english->positionAtTop().first, chinese->positionAtTop().first);

    m_window->setSynchronizedScrolling(false);
    chinese->verticalScrollBar()->setValue(chinese->verticalScrollBar()->value() + 60);
    QCOMPARE(englishMoves.count(), 1);
}

void TestMainWindow::scriptSwitchKeepsTheSelection()
{
    click(m_window->chinesePane(), {Language::Chinese, 11});
    QCOMPARE(m_window->selectedBead(), 13);
    m_window->setScript(ChineseScript::Simplified);
    QCOMPARE(m_window->selectedBead(), 13);
    const QStringList selected = m_window->chinesePane()->selectedTexts();
    QCOMPARE(selected.size(), 1);
    QVERIFY(selected.first() != sentenceTexts(*m_window, Language::Chinese, {11}).first());
    QVERIFY(!m_window->chinesePane()->toPlainText().contains(QStringLiteral("會議")));
    QVERIFY(m_window->chinesePane()->toPlainText().contains(QStringLiteral("会议")));
    // The header's Chinese title follows the script too.
    const auto *header = m_window->findChild<QLabel *>(QStringLiteral("metadataHeader"));
    QVERIFY(header->text().contains(QStringLiteral("中共中央政治局召开会议")));
    QCOMPARE(m_window->englishPane()->selectedTexts(),
             sentenceTexts(*m_window, Language::English, {14, 15, 16}));
    m_window->setScript(ChineseScript::TraditionalHongKong);
    QVERIFY(m_window->chinesePane()->toPlainText().contains(QStringLiteral("會議")));
    QCOMPARE(m_window->englishPane()->selectedTexts().size(), 3);
}

void TestMainWindow::findMatchesTraditionalAndSimplified()
{
    // The sample is Traditional: a Simplified query finds it, and the reverse after switching.
    const int simplifiedQueryHits = m_window->find(QStringLiteral("发展"));
    QCOMPARE(simplifiedQueryHits, 7);
    QVERIFY(m_window->chinesePane()->findHitCount() == 7);
    QCOMPARE(m_window->find(QStringLiteral("發展")), 7);
    m_window->setScript(ChineseScript::Simplified);
    QCOMPARE(m_window->find(QStringLiteral("發展")), 7);
    QCOMPARE(m_window->chinesePane()->findHitCount(), 7);
    // English ignores case.
    QCOMPARE(m_window->find(QStringLiteral("WESTERN")), 8);
    QCOMPARE(m_window->englishPane()->findHitCount(), 8);
    m_window->findNext();
    QCOMPARE(m_window->find(QString()), 0);
}

void TestMainWindow::interleavedLayoutHighlightsBothLanguages()
{
    m_window->setReaderLayout(MainWindow::ReaderLayout::Interleaved);
    SentencePane *pane = m_window->chinesePane();
    QVERIFY(m_window->englishPane()->isHidden());
    QVERIFY(pane->showsSentence({Language::English, 11}));
    click(pane, {Language::English, 11});
    QCOMPARE(pane->selectedTexts(), sentenceTexts(*m_window, Language::Chinese, {7, 8}) +
                                        sentenceTexts(*m_window, Language::English, {11}));
    m_window->setReaderLayout(MainWindow::ReaderLayout::SideBySide);
    QVERIFY(!m_window->englishPane()->isHidden());
    QCOMPARE(m_window->englishPane()->selectedTexts(),
             sentenceTexts(*m_window, Language::English, {11}));
}

void TestMainWindow::learnerModeHidesTranslationsUntilClicked()
{
    m_window->setReaderLayout(MainWindow::ReaderLayout::Learner);
    SentencePane *english = m_window->englishPane();
    QVERIFY(english->isSentenceHidden({Language::English, 14}));
    click(m_window->chinesePane(), {Language::Chinese, 11});
    for (int i : {14, 15, 16})
        QVERIFY(!english->isSentenceHidden({Language::English, i}));
    QVERIFY(english->isSentenceHidden({Language::English, 13}));

    // A rebuild (here a theme change) keeps revealed text drawn as text, not as a bar.
    m_window->setThemeChoice(MainWindow::ThemeChoice::Dark);
    const QString revealed = sentenceTexts(*m_window, Language::English, {14}).first();
    const qsizetype at = english->toPlainText().indexOf(revealed);
    QVERIFY(at >= 0);
    QTextCursor cursor(english->document());
    cursor.setPosition(int(at) + 1);
    QCOMPARE(cursor.charFormat().foreground().color(), m_window->theme().text);
    QVERIFY(!english->isSentenceHidden({Language::English, 14}));
}

void TestMainWindow::selectionSurvivesResizeAndZoom()
{
    click(m_window->englishPane(), {Language::English, 15});
    m_window->resize(700, 400);
    m_window->zoom(2);
    QCoreApplication::processEvents(); // The queued restore after re-wrapping.
    QCOMPARE(m_window->selectedBead(), 13);
    QCOMPARE(m_window->chinesePane()->selectedTexts(),
             sentenceTexts(*m_window, Language::Chinese, {11}));
    m_window->setThemeChoice(MainWindow::ThemeChoice::Dark);
    QVERIFY(m_window->theme().dark);
    QCOMPARE(m_window->englishPane()->selectedTexts().size(), 3);
}

void TestMainWindow::selectedPairStaysLevelAfterResizeAndZoom()
{
    // Re-wrapping restores the reading position afterwards; it must not undo the leveling of
    // the selected pair (a regression: the other pane jumped to the top of the view).
    SentencePane *chinese = m_window->chinesePane();
    SentencePane *english = m_window->englishPane();
    chinese->setFocus();
    click(chinese, {Language::Chinese, 9});
    const auto level = [&] {
        const QRect clicked = chinese->sentenceRect({Language::Chinese, 9});
        const QRect counterpart = english->sentenceRect({Language::English, 12});
        const QScrollBar *bar = english->verticalScrollBar();
        const bool canScroll = bar->value() > bar->minimum() && bar->value() < bar->maximum();
        return counterpart.bottom() > 0 && counterpart.top() < english->viewport()->height() &&
               (!canScroll || counterpart.top() == clicked.top());
    };
    QVERIFY(level());
    m_window->resize(900, 520);
    QTRY_VERIFY(level());
    m_window->zoom(2);
    QTRY_VERIFY(level());
    m_window->zoom(-2);
    QTRY_VERIFY(level());
}

std::shared_ptr<AlignerGate> TestMainWindow::holdImportsInTheAligner()
{
    // Shared with the worker, which may outlive a failed test.
    auto gate = std::make_shared<AlignerGate>();
    auto *job = m_window->findChild<ImportJob *>();
    if (!job)
        return nullptr;
    job->setProgressHookForTesting([gate](int percent) {
        if (percent > 20 && percent < 60)
            gate->holdOnce();
    });
    return gate;
}

std::shared_ptr<AlignerGate> TestMainWindow::openLongTextHeldWhileAligning(const QString &path,
                                                                           int untranslatedEvery)
{
    if (!testing::writeGeneratedPairs(path, 1500, untranslatedEvery))
        return nullptr;
    auto gate = holdImportsInTheAligner();
    if (!gate || !m_window->openFiles({path}))
        return nullptr;
    if (!QTest::qWaitFor([&] { return gate->isHeld() && m_window->isAligning(); },
                         AlignTimeoutMs)) {
        gate->release();
        return nullptr;
    }
    return gate;
}

void TestMainWindow::cancelStopsALongImport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QString text;
    for (int i = 0; i < 4000; ++i)
        text += QStringLiteral("第%1段：西部地區的發展取得了新的進展。會議還研究了其他事項。\n\n")
                    .arg(i);
    for (int i = 0; i < 4000; ++i)
        text += QStringLiteral("Paragraph %1: the western region made new progress in its "
                               "development. Some other issues were also studied.\n\n")
                    .arg(i);
    file.write(text.toUtf8());
    file.close();

    // The import is held inside the aligner's first pass (a progress step past the reading's
    // 20%) and cancelled there, so the test does not depend on how fast the machine aligns.
    const auto gate = holdImportsInTheAligner();
    QVERIFY(gate);
    const auto release = qScopeGuard([gate] { gate->release(); });
    QVERIFY(m_window->openFiles({path}));
    QVERIFY(m_window->isLoading());
    const auto *progress = m_window->findChild<QProgressBar *>();
    QVERIFY(progress && progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(gate->isHeld(), AlignTimeoutMs);
    QVERIFY(m_window->isLoading());
    m_window->cancelLoading();
    gate->release();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), 10000);
    QCOMPARE(m_window->document()->sentenceRefs(Language::Chinese).size(), 14);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::longTextIsReadWhileItAligns()
{
    // The aligner is held inside its work until the text has been read, clicked and scrolled.
    QTemporaryDir dir;
    const auto gate = openLongTextHeldWhileAligning(dir.filePath(QStringLiteral("book.txt")));
    QVERIFY(gate);
    const auto release = qScopeGuard([gate] { gate->release(); });
    QVERIFY(m_window->isLoading());
    QVERIFY(m_window->findChild<QProgressBar *>()->isVisible());
    QCOMPARE(m_window->alignedText()->sentenceCount(Language::Chinese), 1500);
    SentencePane *chinese = m_window->chinesePane();
    SentencePane *english = m_window->englishPane();
    const SentenceKey first{Language::Chinese, 0};
    QTRY_VERIFY(chinese->showsSentence(first));
    QVERIFY(chinese->sentenceDisplayText(first).startsWith(QStringLiteral("第0段")));
    QTRY_VERIFY(english->showsSentence({Language::English, 1499}));
    QVERIFY(!gate->isHeld() || m_window->isAligning()); // Still before the alignment.

    // Not a pair yet: a click selects nothing, and says why.
    QTest::mouseClick(chinese->viewport(), Qt::LeftButton, {}, chinese->sentencePoint(first));
    QCOMPARE(m_window->selectedBead(), -1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Still aligning")),
             qPrintable(m_window->statusBar()->currentMessage()));
    // Reading goes on meanwhile: scrolling, zooming, another script.
    chinese->verticalScrollBar()->setValue(chinese->verticalScrollBar()->maximum() / 2);
    m_window->zoom(2);
    m_window->setScript(ChineseScript::Simplified);
    QCoreApplication::processEvents();
    QVERIFY(m_window->isAligning());

    gate->release();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), AlignTimeoutMs);
    QVERIFY(!m_window->isAligning());
    // The alignment is the one opening gave before the text was shown early.
    QVERIFY(alignsAsAlone(*m_window->alignedText()));
    // Now its pairs answer clicks.
    const SentenceKey middle{Language::Chinese, 700};
    m_window->goToPair(m_window->alignedText()->beadOf(middle) + 1);
    QTRY_VERIFY(chinese->showsSentence(middle));
    QTest::mouseClick(chinese->viewport(), Qt::LeftButton, {}, chinese->sentencePoint(middle));
    QCOMPARE(m_window->selectedBead(), m_window->alignedText()->beadOf(middle));
    QVERIFY(!english->selectedTexts().isEmpty());
}

void TestMainWindow::panesRestyleOneAfterTheOther()
{
    // As pairs settle and when the alignment arrives, the unmatched and doubtful pairs of a text
    // shown early are restyled in steps. Each step is an edit that Qt's layout answers by going
    // over every paragraph: the panes take turns, or a turn of the event loop pays twice.
    QTemporaryDir dir;
    // One Chinese sentence in five untranslated: hundreds of marked pairs to restyle (the
    // aligner puts each with its neighbour, in a doubtful pair).
    const auto gate = openLongTextHeldWhileAligning(dir.filePath(QStringLiteral("book.txt")), 5);
    QVERIFY(gate);
    const auto release = qScopeGuard([gate] { gate->release(); });
    SentencePane *chinese = m_window->chinesePane();
    SentencePane *english = m_window->englishPane();
    QTRY_VERIFY(!chinese->isFilling() && !english->isFilling());
    // Whenever a pane's text is edited, the other has nothing waiting to be restyled.
    int edits = 0;
    QStringList overlaps;
    // Ends the connections with the test: the panes live on into the next test, and an edit
    // there must not count into this one's finished stack frame.
    QObject watching;
    for (SentencePane *pane : {chinese, english}) {
        const SentencePane *other = pane == chinese ? english : chinese;
        connect(pane->document(), &QTextDocument::contentsChange, &watching,
                [&edits, &overlaps, other](int from) {
                    ++edits;
                    if (other->isRestyling())
                        overlaps.append(QString::number(from));
                });
    }
    gate->release();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading() && !m_window->isAligning(), AlignTimeoutMs);
    // Between the panes' turns neither pane is restyling, but the window still has pairs
    // waiting for the second.
    QTRY_VERIFY(!m_window->isRestyling());
    QVERIFY(!chinese->isRestyling() && !english->isRestyling());
    QVERIFY(edits > 2);
    QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps.join(u' ')));
    // Every sentence looks as its pair is: doubtful pairs were marked as they settled (with
    // their final confidence), the rest when the alignment arrived.
    const AlignedText *text = m_window->alignedText();
    int doubtful = 0, unmatched = 0;
    for (SentencePane *pane : {chinese, english}) {
        const Language language = pane == chinese ? Language::Chinese : Language::English;
        for (int s = 0; s < text->sentenceCount(language); ++s) {
            const SentenceKey key{language, s};
            const int bead = text->beadOf(key);
            const QString tip = pane->sentenceToolTip(key);
            QCOMPARE(tip.startsWith(QStringLiteral("Doubtful")), text->isDoubtful(bead));
            QCOMPARE(tip.startsWith(QStringLiteral("No counterpart")), !text->isPair(bead));
            doubtful += text->isDoubtful(bead);
            unmatched += !text->isPair(bead);
        }
    }
    qInfo("%d sentences in doubtful pairs, %d without a counterpart", doubtful, unmatched);
    QVERIFY(doubtful > 0);
}

void TestMainWindow::closingWhileAligningIsSafe()
{
    QTemporaryDir dir;
    const auto gate = openLongTextHeldWhileAligning(dir.filePath(QStringLiteral("book.txt")));
    QVERIFY(gate);
    const auto release = qScopeGuard([gate] { gate->release(); });
    m_window->close();
    gate->release();
    m_window.reset(); // Waits for the aligner, which stops.
    // What was remembered of the document open before is its own place, not a placeholder's.
    m_window = testing::shownWindow({1100, 520});
    QVERIFY(openSample());
    QVERIFY(!m_window->isAligning());
}

void TestMainWindow::pairsAnswerClicksAsTheyAreAligned()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.txt"));
    QVERIFY(testing::writeGeneratedPairs(path, 4000));
    // Held near the end of the last pass (60% to 100% of the bar): most of the path is settled.
    const auto gate = std::make_shared<AlignerGate>();
    auto *job = m_window->findChild<ImportJob *>();
    QVERIFY(job);
    job->setProgressHookForTesting([gate](int percent) {
        if (percent >= 96 && percent < 100)
            gate->holdOnce();
    });
    const auto release = qScopeGuard([gate] { gate->release(); });
    QVERIFY(m_window->openFiles({path}));
    QTRY_VERIFY_WITH_TIMEOUT(gate->isHeld(), AlignTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->isAligning() && m_window->alignedText()->alignedBeadCount() > 0, 10000);
    const AlignedText *text = m_window->alignedText();
    const int aligned = text->alignedBeadCount();
    QVERIFY2(aligned < 4000, qPrintable(QString::number(aligned)));
    QVERIFY(text->isPair(aligned - 1));
    QVERIFY(text->isPending(aligned));
    QVERIFY(m_window->statusBar()
                ->findChild<QLabel *>(QStringLiteral("pairCounts"))
                ->text()
                .contains(QString::number(aligned)));

    // An aligned pair answers a click; one still to come does not.
    SentencePane *chinese = m_window->chinesePane();
    const SentenceKey settled{Language::Chinese, aligned / 2};
    m_window->goToPair(aligned / 2 + 1);
    QTRY_VERIFY(chinese->showsSentence(settled));
    QTest::mouseClick(chinese->viewport(), Qt::LeftButton, {}, chinese->sentencePoint(settled));
    QCOMPARE(m_window->selectedBead(), text->beadOf(settled));
    QCOMPARE(m_window->englishPane()->selectedTexts(),
             QStringList{text->sentenceText({Language::English, aligned / 2})});
    const SentenceKey pending{Language::Chinese, 3999};
    QTRY_VERIFY(chinese->showsSentence(pending));
    chinese->ensureSentenceVisible(pending);
    QTest::mouseClick(chinese->viewport(), Qt::LeftButton, {}, chinese->sentencePoint(pending));
    QCOMPARE(m_window->selectedBead(), text->beadOf(settled));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Still aligning")));

    gate->release();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), AlignTimeoutMs);
    QVERIFY(!m_window->isAligning());
    // The pairs settled early are the final ones, and the selection stayed on its pair.
    QVERIFY(alignsAsAlone(*m_window->alignedText()));
    QCOMPARE(m_window->selectedBead(), m_window->alignedText()->beadOf(settled));
}

void TestMainWindow::badFileKeepsTheOpenDocument()
{
    m_window->hide(); // No message box in the way.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("binary.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x7F"
                          "ELF\0\0\0\0",
                          8));
    file.close();
    QSignalSpy failures(m_window.get(), &MainWindow::openFailed);
    QVERIFY(m_window->openFiles({path}));
    QTRY_COMPARE(failures.count(), 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("not a text file")));
    QCOMPARE(m_window->document()->sentenceRefs(Language::English).size(), 19);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
