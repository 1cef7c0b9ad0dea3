// The reader at every position: long documents, both ends, the whole line box, the script on
// everything shown, and what a daily reader expects. Driven with real clicks and key presses.
#include "app/gui/BackgroundTask.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/ImportJob.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReaderPanels.h"
#include "app/gui/SentencePane.h"
#include "core/sync/ReadingPosition.h"
#include "tests/app/GeneratedText.h"
#include "tests/app/PrivateSettings.h"
#include "tests/app/Screenshots.h"
#include "tests/app/TestWindow.h"
#include "tests/import/ImportFixtures.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>

using namespace duizhao;

namespace {

constexpr int OpenTimeoutMs = 120000;
constexpr int LongPairs = 5000;

QString writeLongDocument(const QTemporaryDir &dir, int pairs)
{
    const QString path = dir.filePath(QStringLiteral("long.txt"));
    return testing::writeGeneratedPairs(path, pairs) ? path : QString();
}

void click(SentencePane *pane, SentenceKey key)
{
    pane->ensureSentenceVisible(key);
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, pane->sentencePoint(key));
}

QAbstractButton *toolButton(MainWindow &window, const QString &iconText)
{
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("readerToolBar"));
    for (QAction *action : toolBar->actions())
        if (action->iconText() == iconText)
            return qobject_cast<QAbstractButton *>(toolBar->widgetForAction(action));
    return nullptr;
}

/// The first sentence of @p bead on @p language's side.
SentenceKey sentenceOf(const MainWindow &window, int bead, Language language)
{
    for (const SentenceKey &key : window.alignedText()->beadSentences(bead))
        if (key.language == language)
            return key;
    return {};
}

/// The pair is in view in both panes and its first lines are level.
bool isLevel(const MainWindow &window, int bead)
{
    const SentenceKey chinese = sentenceOf(window, bead, Language::Chinese);
    const SentenceKey english = sentenceOf(window, bead, Language::English);
    const QRect left = window.chinesePane()->sentenceRect(chinese);
    const QRect right = window.englishPane()->sentenceRect(english);
    const int height = window.chinesePane()->viewport()->height();
    return left.top() >= 0 && left.bottom() <= height && right.top() >= 0 &&
           right.bottom() <= height && left.top() == right.top();
}

/// A document built by hand: @p chapters chapters, each a heading and @p perChapter body
/// sentences, in both languages, paired 1:1; the pairs in @p doubtful are doubtful.
AlignedText chapteredText(int chapters, int perChapter, const QList<int> &doubtful = {})
{
    Document document;
    document.layout = Layout::Blocks;
    SourceText source;
    QList<Bead> beads;
    for (Language language : {Language::Chinese, Language::English}) {
        Side &side = document.side(language);
        side.language = language;
        for (int chapter = 0; chapter < chapters; ++chapter) {
            for (int i = -1; i < perChapter; ++i) {
                const QString text =
                    language == Language::Chinese
                        ? (i < 0 ? QStringLiteral("第%1章").arg(chapter + 1)
                                 : QStringLiteral("這是第%1句。").arg(i + 1))
                        : (i < 0 ? QStringLiteral("Chapter %1").arg(chapter + 1)
                                 : QStringLiteral("This is sentence %1.").arg(i + 1));
                Paragraph paragraph;
                paragraph.role = i < 0 ? ParagraphRole::Heading : ParagraphRole::Body;
                paragraph.range = {source.text.size(), text.size()};
                paragraph.sentences.append(Sentence{paragraph.range, {}});
                side.paragraphs.append(paragraph);
                source.text += text + QStringLiteral("\n\n");
            }
        }
    }
    document.sources.append(source);
    const int count = chapters * (perChapter + 1);
    for (int i = 0; i < count; ++i)
        beads.append(Bead{i, 1, i, 1, doubtful.contains(i) ? 0.3 : 1.0});
    return AlignedText(std::move(document), std::move(beads));
}

/// The largest change to the panes' text (characters) since it was made: a change to a block's or
/// the document's format counts the whole part it lays out again.
class LargestChange : public QObject
{
public:
    explicit LargestChange(const QList<SentencePane *> &panes)
    {
        for (SentencePane *pane : panes)
            connect(pane->document(), &QTextDocument::contentsChange, this,
                    [this](int, int removed, int added) {
                        m_largest = std::max({m_largest, removed, added});
                    });
    }
    int characters() const { return m_largest; }

private:
    int m_largest = 0;
};

} // namespace

class TestReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyShortcutBelongsToOneAction();
    void zoomOutKeyZoomsOut();
    void scriptSwitchOnALongDocumentKeepsThePlace();
    void scriptSwitchLeavesTheEnglishAndEmptiesNothingAtOnce();
    void bothEndsAreLevelFromEitherPane();
    void aLongTextFillsInStepsAndKeepsThePlace();
    void goingToAPairNeverLaysTheWholeTextOutAgain();
    void goingToAPairNotFilledYetLandsThereInSteps();
    void zoomLaysALongTextOutInSmallSteps();
    void theWholeLineBoxIsTheTarget();
    void everythingShownFollowsTheScript();
    void openOffersOnlyWhatItReads();
    void windowFitsTheScreen();
    void interleavedKeepsAReadableMeasure();
    void oneLanguageReadsAsOnePane();
    void learnerRevealIsForgottenOnReopen();
    void statusCountsOneUnit();
    void exportRunsOffTheWindowAndSaysWhereItSaved();
    void exportCancelledBeforeWritingLeavesNoFile();
    void exportLeavesNoThreadBehind();
    void exportDefaultsToTheScriptOnScreen();
    void reopensWhereTheReaderStopped();
    void goToPairAndBookmarks();
    void findOnALongTextRunsOffTheWindow();
    void contentsListTheHeadings();
    void contentsPairBothBooksChapters();
    void contentsBringHeadingsInDifferentPairsLevel();
    void subtitlePairsShowTheirTime();
    void ctrlCCopiesTheSelectedPair();
    void selectAllCopiesTheTextWithoutBlankEnds();
    void contextMenuOffersPairActions();
    void learnerHidesAgain();
    void doubtfulPairsBothWays();

private:
    bool openSample();
    bool open(const QStringList &paths);
    bool openLong();
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QString m_longPath;
    AlignedText m_long;
};

void TestReader::initTestCase()
{
    testing::usePrivateSettings();
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_longPath = writeLongDocument(m_dir, LongPairs);
    QVERIFY(!m_longPath.isEmpty());
    // Read and aligned once; each test shows it in a fresh window (opening itself is tested on
    // the sample and in tst_mainwindow).
    ImportResult imported = ImportJob::run({m_longPath}, [] { return false; });
    QVERIFY(imported.text);
    m_long = std::move(*imported.text);
}

void TestReader::init()
{
    m_window = testing::shownWindow({1100, 560});
    QVERIFY(m_window);
}

bool TestReader::open(const QStringList &paths)
{
    if (!m_window->openFiles(paths))
        return false;
    return QTest::qWaitFor([this] { return !m_window->isLoading() && m_window->alignedText(); },
                           OpenTimeoutMs);
}

bool TestReader::openLong()
{
    m_window->showAlignedText(m_long, {m_longPath});
    // A long text fills in over a few turns of the event loop.
    return QTest::qWaitFor([this] { return !m_window->isLoading(); }, OpenTimeoutMs) &&
           m_window->alignedText() && !m_window->alignedText()->isEmpty();
}

bool TestReader::openSample()
{
    return open({MainWindow::samplePath()});
}

void TestReader::everyShortcutBelongsToOneAction()
{
    // Two actions (or one action twice) on one key make Qt call the key ambiguous: it does
    // nothing at all.
    QHash<QString, QString> owner;
    for (const QAction *action : m_window->allActions()) {
        QSet<QString> own;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString name = key.toString(QKeySequence::PortableText);
            QVERIFY2(!own.contains(name), qPrintable(action->text() + u' ' + name));
            own.insert(name);
            QVERIFY2(!owner.contains(name),
                     qPrintable(name + u' ' + owner.value(name) + u' ' + action->text()));
            owner.insert(name, action->text());
        }
    }
    QVERIFY(owner.size() > 10);
}

void TestReader::zoomOutKeyZoomsOut()
{
    QVERIFY(openSample());
    SentencePane *chinese = m_window->chinesePane();
    chinese->setFocus();
    const double before = chinese->font().pointSizeF();
    QTest::keyClick(chinese, Qt::Key_Minus, Qt::ControlModifier);
    QTRY_VERIFY(chinese->font().pointSizeF() < before);
    QTest::keyClick(chinese, Qt::Key_Equal, Qt::ControlModifier);
    QTRY_COMPARE(chinese->font().pointSizeF(), before);
}

void TestReader::scriptSwitchOnALongDocumentKeepsThePlace()
{
    QVERIFY(openLong());
    QVERIFY(m_window->alignedText()->beads().size() >= LongPairs);
    const int bead = 3769;
    const SentenceKey key = sentenceOf(*m_window, bead, Language::Chinese);
    QVERIFY(key.isValid());
    click(m_window->chinesePane(), key);
    QCOMPARE(m_window->selectedBead(), bead);
    QVERIFY(isLevel(*m_window, bead));
    for (const QString &button :
         {QStringLiteral("简"), QStringLiteral("繁 台"), QStringLiteral("原")}) {
        QAbstractButton *scriptButton = toolButton(*m_window, button);
        QVERIFY(scriptButton);
        QTest::mouseClick(scriptButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->statusBar()->currentMessage().contains(QStringLiteral("Converting")) &&
                !m_window->isLoading(),
            30000);
        QCOMPARE(m_window->selectedBead(), bead);
        QTRY_VERIFY2(isLevel(*m_window, bead), qPrintable(button));
    }
    QVERIFY(m_window->chinesePane()->selectedTexts().value(0).contains(
        QStringLiteral("西部地區的發展")));
}

void TestReader::scriptSwitchLeavesTheEnglishAndEmptiesNothingAtOnce()
{
    // Emptying a long text's panes took tens of milliseconds of the switch's turn, and the
    // English pane was emptied and filled again for nothing: a script switch changes the Chinese.
    QVERIFY(openLong());
    m_window->setReaderLayout(MainWindow::ReaderLayout::Learner);
    QTRY_VERIFY(!m_window->isLoading());
    const int bead = 3000;
    QVERIFY(m_window->goToPair(bead + 1));
    QVERIFY(
        !m_window->englishPane()->isSentenceHidden(sentenceOf(*m_window, bead, Language::English)));
    SentencePane *chinese = m_window->chinesePane();
    SentencePane *english = m_window->englishPane();
    const QPointer<QTextDocument> shown = chinese->document();
    const QPointer<QTextDocument> englishText = english->document();
    const QString englishBefore = englishText->toPlainText();
    const int length = shown->characterCount();
    LargestChange change({chinese, english});
    bool replacedInTheTurn = false;
    QObject watching; // Ends the connection with the test: the window outlives the flag.
    connect(m_window.get(), &MainWindow::scriptChanged, &watching,
            [&] { replacedInTheTurn = chinese->document() != shown && !shown.isNull(); });
    m_window->setScript(ChineseScript::Simplified);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->script() == ChineseScript::Simplified && !m_window->isLoading(), 30000);
    QVERIFY2(change.characters() < length / 100,
             qPrintable(QStringLiteral("%1 of %2").arg(change.characters()).arg(length)));
    QVERIFY(english->document() == englishText);
    QCOMPARE(englishText->toPlainText(), englishBefore);
    // The old Chinese text gives way to a new document at once and goes over later turns.
    QVERIFY(replacedInTheTurn);
    QTRY_VERIFY(shown.isNull());
    // The pair stays selected, level and revealed; the Chinese is in the new script.
    QCOMPARE(m_window->selectedBead(), bead);
    QTRY_VERIFY(isLevel(*m_window, bead));
    QVERIFY(!english->isSentenceHidden(sentenceOf(*m_window, bead, Language::English)));
    const SentenceKey key = sentenceOf(*m_window, bead, Language::Chinese);
    QCOMPARE(chinese->sentenceDisplayText(key),
             m_window->readerDocument()->chineseIn(ChineseScript::Simplified).value(key.index));
}

void TestReader::bothEndsAreLevelFromEitherPane()
{
    QVERIFY(openLong());
    SentencePane *chinese = m_window->chinesePane();
    SentencePane *english = m_window->englishPane();
    const int last = int(m_window->alignedText()->beads().size()) - 1;
    // End in either pane: the last pair, level in both.
    for (SentencePane *pane : {chinese, english}) {
        pane->setFocus();
        QTest::keyClick(pane, Qt::Key_End);
        QCOMPARE(m_window->selectedBead(), last);
        QTRY_VERIFY(isLevel(*m_window, last));
        QTest::keyClick(pane, Qt::Key_Home);
        QCOMPARE(m_window->selectedBead(), 0);
        QTRY_VERIFY(isLevel(*m_window, 0));
        // Ctrl+End and Ctrl+Home, the keys for a document's ends elsewhere, do the same.
        QTest::keyClick(pane, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(m_window->selectedBead(), last);
        QTest::keyClick(pane, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(m_window->selectedBead(), 0);
    }
    // A click on the last English sentence, the view scrolled to its end.
    english->verticalScrollBar()->setValue(english->verticalScrollBar()->maximum());
    click(english, sentenceOf(*m_window, last, Language::English));
    QVERIFY(isLevel(*m_window, last));
    // And one near the end on the Chinese side, with the Chinese view at its end.
    chinese->verticalScrollBar()->setValue(chinese->verticalScrollBar()->maximum());
    click(chinese, sentenceOf(*m_window, last - 2, Language::Chinese));
    QVERIFY(isLevel(*m_window, last - 2));

    // The sample: the English opens with three unmatched sentences, so its title stands lower
    // than the Chinese one; a click on either title brings the other level.
    QVERIFY(openSample());
    english->verticalScrollBar()->setValue(0);
    click(english, {Language::English, 3});
    QVERIFY(isLevel(*m_window, 3));
    // Home on the English side (the unmatched opening) brings the Chinese to its start.
    english->setFocus();
    QTest::keyClick(english, Qt::Key_End);
    QTest::keyClick(english, Qt::Key_Home);
    QCOMPARE(m_window->selectedBead(), 0);
    QTRY_VERIFY(chinese->verticalScrollBar()->value() <=
                chinese->verticalScrollBar()->minimum() + chinese->viewport()->height() / 2);
    QVERIFY(chinese->sentenceRect({Language::Chinese, 0}).top() >= 0);
}

void TestReader::aLongTextFillsInStepsAndKeepsThePlace()
{
    QVERIFY(openLong());
    QVERIFY(m_window->goToPair(4000));
    // Reopened, the panes fill in over several turns of the event loop instead of freezing the
    // window, and the place comes back once the part holding it is there.
    m_window->showAlignedText(m_long, {m_longPath});
    SentencePane *chinese = m_window->chinesePane();
    QVERIFY(m_window->isLoading());
    QVERIFY(chinese->isFilling());
    const qsizetype firstPart = chinese->beadsShown().size();
    QVERIFY2(firstPart < 3999, qPrintable(QString::number(firstPart)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), OpenTimeoutMs);
    QVERIFY(chinese->beadsShown().size() > firstPart);
    QVERIFY(chinese->showsBead(int(m_long.beads().size()) - 1));
    QCOMPARE(m_window->selectedBead(), 3999);
    QTRY_VERIFY(isLevel(*m_window, 3999));
}

void TestReader::goingToAPairNeverLaysTheWholeTextOutAgain()
{
    // Levelling a pair near the start can need room above one pane's text, and the room goes
    // again further on. Making it used to lay the whole text out again: a freeze of a second and
    // more on a novel, at the first jumps from the contents.
    QVERIFY(openLong());
    SentencePane *chinese = m_window->chinesePane();
    SentencePane *english = m_window->englishPane();
    const SentenceKey fifth = sentenceOf(*m_window, 4, Language::Chinese);
    const int naturalTop = chinese->sentenceRect(fifth).top();
    const int length = chinese->document()->characterCount();
    LargestChange change({chinese, english});
    // Pair 5 clicked in the English, whose pairs run two lines to the Chinese one: the Chinese
    // text has to start lower for its pair 5 to come level.
    click(english, sentenceOf(*m_window, 4, Language::English));
    QCOMPARE(m_window->selectedBead(), 4);
    QVERIFY(isLevel(*m_window, 4));
    QCOMPARE(chinese->verticalScrollBar()->value(), 0);
    QVERIFY2(chinese->sentenceRect(fifth).top() > naturalTop,
             qPrintable(QString::number(chinese->sentenceRect(fifth).top())));
    // Go to Pair further on (the room goes again), to the last pair (room below) and back.
    for (int pair : {2500, 5000, 5, 1}) {
        QVERIFY(m_window->goToPair(pair));
        QTRY_VERIFY2(isLevel(*m_window, pair - 1), qPrintable(QString::number(pair)));
    }
    // A taller and a shorter view (the room below follows the view's height).
    for (int taller : {80, -160}) {
        const int height = chinese->viewport()->height();
        m_window->resize(m_window->width(), m_window->height() + taller);
        QTRY_VERIFY(chinese->viewport()->height() != height);
        QTRY_VERIFY(isLevel(*m_window, 0));
    }
    QVERIFY2(change.characters() < length / 100,
             qPrintable(QStringLiteral("%1 of %2").arg(change.characters()).arg(length)));
}

void TestReader::zoomLaysALongTextOutInSmallSteps()
{
    // A new font size lays every paragraph out again. Qt did it in steps that doubled in size, the
    // last ones a third of the text and more in one turn of the event loop, and putting the pair
    // back in view laid out all the text above it at once.
    QVERIFY(openLong());
    const int bead = 3000;
    QVERIFY(m_window->goToPair(bead + 1));
    QTRY_VERIFY(isLevel(*m_window, bead));
    const QList<SentencePane *> panes = {m_window->chinesePane(), m_window->englishPane()};
    const auto firstLineHeights = [](const SentencePane *pane) {
        QList<double> heights;
        for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next())
            heights.append(block.layout()->lineCount() > 0 ? block.layout()->lineAt(0).height()
                                                           : 0.0);
        return heights;
    };
    QList<QList<double>> before;
    for (const SentencePane *pane : panes)
        before.append(firstLineHeights(pane));
    // A paragraph laid out again has a first line of another height.
    const auto laidOutAgain = [&](int index) {
        const QList<double> now = firstLineHeights(panes.at(index));
        int count = 0;
        for (int i = 0; i < now.size(); ++i)
            count += now.at(i) > 0 && now.at(i) != before.at(index).at(i);
        return count;
    };
    m_window->zoom(1);
    QList<int> done = {laidOutAgain(0), laidOutAgain(1)};
    QList<int> largestStep = done;
    QElapsedTimer waited;
    waited.start();
    for (int i = 0; i < 2; ++i) {
        const int paragraphs = int(before.at(i).size());
        while (done.at(i) < paragraphs && waited.elapsed() < OpenTimeoutMs) {
            QCoreApplication::processEvents();
            for (int j = 0; j < 2; ++j) {
                const int now = laidOutAgain(j);
                largestStep[j] = std::max(largestStep.at(j), now - done.at(j));
                done[j] = now;
            }
        }
    }
    for (int i = 0; i < 2; ++i) {
        const int paragraphs = int(before.at(i).size());
        QCOMPARE(done.at(i), paragraphs);
        QVERIFY2(largestStep.at(i) < paragraphs / 5,
                 qPrintable(QStringLiteral("%1 of %2").arg(largestStep.at(i)).arg(paragraphs)));
    }
    QCOMPARE(m_window->selectedBead(), bead);
    QTRY_VERIFY(isLevel(*m_window, bead));
}

void TestReader::goingToAPairNotFilledYetLandsThereInSteps()
{
    QVERIFY(openLong());
    // Opened again: the panes fill from the start in steps, and the reader goes at once to a
    // pair far beyond the first part.
    m_window->showAlignedText(m_long, {m_longPath});
    SentencePane *chinese = m_window->chinesePane();
    QVERIFY(chinese->isFilling());
    const int target = 2000;
    QVERIFY(!chinese->showsBead(target - 1));
    int steps = 0;
    int landedAtStep = -1;
    bool landedWhileFilling = false;
    // After the window's own handler, which puts the place in view once its part is there.
    const auto step = [&] {
        ++steps;
        if (landedAtStep < 0 && chinese->showsBead(target - 1) && isLevel(*m_window, target - 1)) {
            landedAtStep = steps;
            landedWhileFilling = m_window->isLoading();
        }
    };
    QObject watching; // Ends the connections with the test: the panes outlive `step`.
    for (SentencePane *pane : {chinese, m_window->englishPane()})
        connect(pane, &SentencePane::contentGrown, &watching, step);
    QVERIFY(m_window->goToPair(target));
    // The jump itself returns at once: nothing was filled or laid out for it on the spot.
    QCOMPARE(steps, 0);
    QVERIFY(!chinese->showsBead(target - 1));
    QCOMPARE(m_window->selectedBead(), target - 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), OpenTimeoutMs);
    // It came level in a step of the fill, as soon as its part was there, not at the end.
    QVERIFY2(landedAtStep > 0, qPrintable(QString::number(steps)));
    QVERIFY(landedWhileFilling);
    QCOMPARE(m_window->selectedBead(), target - 1);
    QTRY_VERIFY(isLevel(*m_window, target - 1));
}

void TestReader::theWholeLineBoxIsTheTarget()
{
    QVERIFY(openSample());
    SentencePane *chinese = m_window->chinesePane();
    // A long sentence: several lines, each with spacing below it.
    const SentenceKey key{Language::Chinese, 9};
    chinese->ensureSentenceVisible(key);
    const QRect first = chinese->sentenceRect(key);
    QVERIFY(first.height() > 4);
    // Every y from the top of the first line to just above the next line selects the pair.
    const int pitch = qRound(first.height() * 1.35);
    for (int dy = 0; dy < pitch - 1; ++dy) {
        const QPoint point(first.center().x(), first.top() + dy);
        QVERIFY2(chinese->sentenceAt(point) == key, qPrintable(QString::number(dy)));
    }
    m_window->selectBead(-1);
    QTest::mouseClick(chinese->viewport(), Qt::LeftButton, {},
                      QPoint(first.center().x(), first.top() + pitch - 2));
    QCOMPARE(m_window->selectedBead(), m_window->alignedText()->beadOf(key));
}

void TestReader::everythingShownFollowsTheScript()
{
    QVERIFY(openSample());
    QTest::mouseClick(toolButton(*m_window, QStringLiteral("简")), Qt::LeftButton);
    const auto *header = m_window->findChild<QLabel *>(QStringLiteral("metadataHeader"));
    QVERIFY2(header->text().contains(QStringLiteral("新华网")), qPrintable(header->text()));
    QVERIFY(!header->text().contains(QStringLiteral("新華網")));
    QVERIFY2(m_window->windowTitle().contains(QStringLiteral("召开会议")),
             qPrintable(m_window->windowTitle()));
    QTest::mouseClick(toolButton(*m_window, QStringLiteral("原")), Qt::LeftButton);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("召開會議")));
}

void TestReader::openOffersOnlyWhatItReads()
{
    const QStringList filters = MainWindow::openFileFilters().split(QStringLiteral(";;"));
    for (const QString &filter : filters) {
        QVERIFY2(!filter.contains(QStringLiteral("*.doc ")), qPrintable(filter));
        QVERIFY2(!filter.contains(QStringLiteral("*.mobi")), qPrintable(filter));
    }
    // Projects and aligned files open too (core/project/OpenDocument).
    for (const char *pattern : {"*.duizhao", "*.tmx", "*.tsv", "*.zh", "*.json"})
        QVERIFY2(filters.value(1).contains(QLatin1String(pattern)), pattern);
    // The default (first) filter shows files without an extension.
    QVERIFY2(filters.constFirst().endsWith(QStringLiteral("(*)")), qPrintable(filters.first()));
    QVERIFY(filters.join(u' ').contains(QStringLiteral("*.txt")));
}

void TestReader::windowFitsTheScreen()
{
    const QRect available = m_window->screen()->availableGeometry();
    m_window->hide();
    m_window->resize(available.width() + 800, available.height() + 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->frameGeometry().width() <= available.width());
    QVERIFY(m_window->frameGeometry().height() <= available.height());
}

void TestReader::interleavedKeepsAReadableMeasure()
{
    QVERIFY(openSample());
    m_window->resize(1800, 700);
    m_window->setReaderLayout(MainWindow::ReaderLayout::Interleaved);
    SentencePane *pane = m_window->chinesePane();
    QTRY_VERIFY(pane->width() > 1500);
    QVERIFY(!pane->horizontalScrollBar()->isVisible());
    // No line runs wider than a readable measure, and the column sits in the middle.
    const int averageChar = pane->fontMetrics().averageCharWidth();
    for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next())
        for (int i = 0; i < block.layout()->lineCount(); ++i)
            QVERIFY(block.layout()->lineAt(i).naturalTextWidth() <= 80 * averageChar);
    const QRect viewport = pane->viewport()->geometry();
    QVERIFY(viewport.left() > 100);
    QVERIFY(qAbs(viewport.left() - (pane->width() - viewport.right())) < 40);
}

void TestReader::oneLanguageReadsAsOnePane()
{
    const QString path = m_dir.filePath(QStringLiteral("english-only.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("A quiet morning.\n\nThe river ran under the bridge. Nobody crossed it.\n");
    file.close();
    QVERIFY(open({path}));
    SentencePane *chinese = m_window->chinesePane();
    QVERIFY(!m_window->englishPane()->isVisible());
    QVERIFY(chinese->toPlainText().contains(QStringLiteral("The river ran")));
    // Plain, readable text: not the grey, dotted "no counterpart" marking.
    QTextCursor cursor(chinese->document());
    cursor.setPosition(3);
    QCOMPARE(cursor.charFormat().underlineStyle(), QTextCharFormat::NoUnderline);
    QCOMPARE(cursor.charFormat().foreground().color(), m_window->theme().text);
    const auto *notice = m_window->findChild<QLabel *>(QStringLiteral("documentNotice"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(!notice->text().isEmpty());
}

void TestReader::learnerRevealIsForgottenOnReopen()
{
    QVERIFY(openSample());
    m_window->setReaderLayout(MainWindow::ReaderLayout::Learner);
    SentencePane *english = m_window->englishPane();
    click(m_window->chinesePane(), {Language::Chinese, 11});
    click(m_window->chinesePane(), {Language::Chinese, 9});
    QVERIFY(!english->isSentenceHidden({Language::English, 14}));
    const int selected = m_window->selectedBead();
    // Reopened, the sample comes back at the pair last selected, and only that one is shown:
    // what was revealed before is hidden again, as the panes draw from the one reader state.
    QVERIFY(openSample());
    QCOMPARE(m_window->selectedBead(), selected);
    QVERIFY(english->isSentenceHidden({Language::English, 14}));
    QVERIFY(!english->isSentenceHidden({Language::English, 12}));
    // Forgotten documents open with nothing selected and nothing revealed.
    m_window->close();
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->setReaderLayout(MainWindow::ReaderLayout::Learner);
    m_window->show();
    QVERIFY(openSample());
    QCOMPARE(m_window->selectedBead(), -1);
    QVERIFY(m_window->englishPane()->isSentenceHidden({Language::English, 12}));
}

void TestReader::statusCountsOneUnit()
{
    QVERIFY(openSample());
    const auto *counts = m_window->findChild<QLabel *>(QStringLiteral("pairCounts"));
    const auto *position = m_window->findChild<QLabel *>(QStringLiteral("readingPositionLabel"));
    // The total is the same number in both labels.
    QVERIFY2(counts->text().startsWith(QStringLiteral("16 pairs")), qPrintable(counts->text()));
    QVERIFY2(position->text().contains(QStringLiteral("of 16")), qPrintable(position->text()));

    // Opening two files names both while it works.
    const QString zh = m_dir.filePath(QStringLiteral("zh.txt"));
    const QString en = m_dir.filePath(QStringLiteral("en.txt"));
    for (const auto &[path, text] : {std::pair(zh, QByteArray("今天天氣很好。")),
                                     std::pair(en, QByteArray("The weather is fine today."))}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    QVERIFY(m_window->openFiles({zh, en}));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("zh.txt")) &&
                 message.contains(QStringLiteral("en.txt")),
             qPrintable(message));
    QTRY_VERIFY(!m_window->isLoading());
}

void TestReader::exportRunsOffTheWindowAndSaysWhereItSaved()
{
    QVERIFY(openLong());
    ExportSettings settings;
    settings.format = ExportFormat::Pdf;
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QElapsedTimer timer;
    timer.start();
    ExportJob *job = startExport(m_window.get(), *m_window->alignedText(), settings, path);
    // Back at once: the writing happens off the UI thread.
    QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(job->isRunning());
    QVERIFY(m_window->findChild<QProgressDialog *>(QStringLiteral("exportProgress")));
    QMessageBox *result = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (result = m_window->findChild<QMessageBox *>(QStringLiteral("exportResult"))), 120000);
    QVERIFY2(result->text().contains(QDir::toNativeSeparators(path)), qPrintable(result->text()));
    QVERIFY(QFileInfo(path).size() > 10000);
    bool offersToOpen = false;
    for (const QAbstractButton *button : result->buttons())
        offersToOpen |= button->text().contains(QStringLiteral("Open"));
    QVERIFY(offersToOpen);
    result->close();
}

void TestReader::exportCancelledBeforeWritingLeavesNoFile()
{
    QVERIFY(openSample());
    ExportSettings settings;
    settings.format = ExportFormat::Tsv;
    const QString path = m_dir.filePath(QStringLiteral("cancelled.tsv"));
    const std::optional<Error> error =
        writeExport(*m_window->alignedText(), settings, path, [] { return true; });
    QVERIFY(error && error->code == ErrorCode::Cancelled);
    QVERIFY(!QFileInfo::exists(path));
}

namespace {

QStringList threadIds()
{
    // Linux: one entry per thread of this process.
    return QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

void TestReader::exportLeavesNoThreadBehind()
{
    // A PDF export lays text out, so its thread holds font caches. Left idle in the global pool,
    // that thread ended only after the application and its fonts on quitting, and crashed there
    // (bench_reader --stalls: a segfault, and the buffered output lost).
    QVERIFY(openSample());
    // Threads left over from opening (both pools) end now, so only the export's are new.
    QThreadPool::globalInstance()->waitForDone();
    backgroundPool()->waitForDone();
    const QStringList before = threadIds();
    ExportSettings settings;
    settings.format = ExportFormat::Pdf;
    QPointer<ExportJob> job = startExport(m_window.get(), *m_window->alignedText(), settings,
                                          m_dir.filePath(QStringLiteral("threads.pdf")));
    QStringList exportThreads = threadIds();
    exportThreads.removeIf([&before](const QString &id) { return before.contains(id); });
    QVERIFY(!exportThreads.isEmpty());              // It runs off the UI thread.
    QTRY_VERIFY_WITH_TIMEOUT(job.isNull(), 120000); // Deleted once finished.
    // An idle pool thread would linger for its 30 s expiry; an ending one takes milliseconds.
    const auto exportThreadsRemaining = [&exportThreads] {
        const QStringList now = threadIds();
        QStringList remaining;
        for (const QString &id : std::as_const(exportThreads))
            if (now.contains(id))
                remaining.append(id);
        return remaining;
    };
    QTRY_COMPARE_WITH_TIMEOUT(exportThreadsRemaining(), QStringList(), 5000);
    if (auto *result = m_window->findChild<QMessageBox *>(QStringLiteral("exportResult")))
        result->close();
}

void TestReader::exportDefaultsToTheScriptOnScreen()
{
    QVERIFY(openSample());
    QTest::mouseClick(toolButton(*m_window, QStringLiteral("简")), Qt::LeftButton);
    QString scriptShown;
    QObject answering; // Not fired after the test if no dialog came: `scriptShown` is gone then.
    QTimer::singleShot(0, &answering, [&scriptShown] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        scriptShown = dialog->findChild<QComboBox *>(QStringLiteral("exportScript"))->currentText();
        dialog->reject();
    });
    for (QAction *action : m_window->allActions())
        if (action->text().startsWith(QStringLiteral("&Export")))
            action->trigger();
    QVERIFY2(scriptShown.contains(QStringLiteral("Simplified")), qPrintable(scriptShown));
}

void TestReader::reopensWhereTheReaderStopped()
{
    QVERIFY(openSample());
    click(m_window->englishPane(), {Language::English, 15});
    QTest::mouseClick(toolButton(*m_window, QStringLiteral("简")), Qt::LeftButton);
    m_window->toggleBookmark();
    const int bead = m_window->selectedBead();
    QVERIFY(bead > 0);
    // Another document, then the sample again: back at the same pair, in the same script.
    QVERIFY(openLong());
    QCOMPARE(m_window->selectedBead(), -1);
    // Meanwhile another run of these tests (a second checkout built and tested at the same
    // time) starts and clears its settings, in the file Qt's test mode gives them both.
    const QString organization = QCoreApplication::organizationName();
    QSettings otherRun(
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' +
            (organization.isEmpty() ? QStringLiteral("Unknown Organization") : organization) +
            u'/' + QCoreApplication::applicationName() + QStringLiteral(".conf"),
        QSettings::IniFormat);
    otherRun.clear();
    otherRun.sync();
    QVERIFY(openSample());
    QCOMPARE(m_window->selectedBead(), bead);
    QCOMPARE(m_window->script(), ChineseScript::Simplified);
    QCOMPARE(m_window->readingPosition()->bookmarks(), QList<int>{bead});
    // And after quitting: a new window reopens it there too.
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(openSample());
    QCOMPARE(m_window->selectedBead(), bead);
    QCOMPARE(m_window->script(), ChineseScript::Simplified);
    QTRY_VERIFY(isLevel(*m_window, bead));
}

void TestReader::findOnALongTextRunsOffTheWindow()
{
    // Folding every Chinese sentence of a long text for finding happens on a worker: the first
    // find says it is searching and returns, and the hits come when the worker is done.
    QVERIFY(openLong());
    const int bead = LongPairs - 2;
    const QString query = QStringLiteral("第%1段").arg(bead);
    QCOMPARE(m_window->find(query), -1);
    const auto *count = m_window->findChild<QLabel *>(QStringLiteral("findCount"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("Searching…"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->chinesePane()->findHitCount(), 1, OpenTimeoutMs);
    QCOMPARE(count->text(), QStringLiteral("1 of 1"));
    QTRY_VERIFY(isLevel(*m_window, bead)); // Brought into view.
    testing::saveScreenshot(*m_window, QStringLiteral("find-long-text"));
    // Later finds use what the worker built, at once, in either script.
    QCOMPARE(m_window->find(QStringLiteral("第%1段：西部地区").arg(bead)), 1);
    QCOMPARE(m_window->find(QStringLiteral("PARAGRAPH %1:").arg(bead)), 1);
    QCOMPARE(m_window->find(QString()), 0);
}

void TestReader::goToPairAndBookmarks()
{
    QVERIFY(openLong());
    QVERIFY(m_window->goToPair(4000));
    QCOMPARE(m_window->selectedBead(), 3999);
    QTRY_VERIFY(isLevel(*m_window, 3999));
    const auto *position = m_window->findChild<QLabel *>(QStringLiteral("readingPositionLabel"));
    QVERIFY2(position->text().contains(QStringLiteral("Pair 4000 of 5000 · 80%")),
             qPrintable(position->text()));
    m_window->chinesePane()->setFocus();
    QTest::keyClick(m_window->chinesePane(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_window->readingPosition()->bookmarks(), QList<int>{3999});
    PairListPanel *bookmarks = m_window->bookmarksPanel();
    QTRY_VERIFY(bookmarks->isVisible());
    QCOMPARE(bookmarks->entryCount(), 1);
    QTest::keyClick(m_window->chinesePane(), Qt::Key_Home);
    QCOMPARE(m_window->selectedBead(), 0);
    emit bookmarks->list()->itemActivated(bookmarks->list()->item(0));
    QCOMPARE(m_window->selectedBead(), 3999);
    QVERIFY(!m_window->goToPair(5001));
}

void TestReader::contentsListTheHeadings()
{
    m_window->showAlignedText(chapteredText(6, 40), {});
    ContentsPanel *contents = m_window->contentsPanel();
    QTRY_VERIFY(contents->isVisible());
    QCOMPARE(contents->entryCount(), 6);
    QCOMPARE(contents->beadAt(3), 3 * 41);
    QCOMPARE(contents->shownText(3, 0), QStringLiteral("第4章"));
    QCOMPARE(contents->shownText(3, 1), QStringLiteral("Chapter 4"));
    const QRect item = contents->tree()->visualItemRect(contents->tree()->topLevelItem(5));
    QTest::mouseClick(contents->tree()->viewport(), Qt::LeftButton, {}, item.center());
    QCOMPARE(m_window->selectedBead(), 5 * 41);
    QTRY_VERIFY(isLevel(*m_window, 5 * 41));
    // Headings read as headings.
    QTextCursor cursor(m_window->chinesePane()->document());
    cursor.setPosition(1);
    QVERIFY(cursor.charFormat().fontWeight() >= QFont::DemiBold);
}

void TestReader::contentsPairBothBooksChapters()
{
    // Two EPUBs: the English has a translator's preface the Chinese lacks, and lacks chapter 3.
    QList<fixtures::Chapter> chinese;
    QList<fixtures::Chapter> english = {
        {QStringLiteral("Translator's Preface"),
         {QStringLiteral("This translation follows the first edition closely."),
          QStringLiteral("The notes at the end explain the names of places.")}}};
    for (int k = 1; k <= 5; ++k) {
        chinese.append(fixtures::bookChapter(k, true));
        if (k != 3)
            english.append(fixtures::bookChapter(k, false));
    }
    const auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("zh.epub"), fixtures::epub(QStringLiteral("zh"), chinese)));
    QVERIFY(write(QStringLiteral("en.epub"), fixtures::epub(QStringLiteral("en"), english)));
    QVERIFY(open(
        {m_dir.filePath(QStringLiteral("zh.epub")), m_dir.filePath(QStringLiteral("en.epub"))}));

    ContentsPanel *contents = m_window->contentsPanel();
    QTRY_VERIFY(contents->isVisible());
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("(missing)"), QStringLiteral("Translator's Preface")},
        {QStringLiteral("第一章"), QStringLiteral("Chapter 1")},
        {QStringLiteral("第二章"), QStringLiteral("Chapter 2")},
        {QStringLiteral("第三章"), QStringLiteral("(missing)")},
        {QStringLiteral("第四章"), QStringLiteral("Chapter 4")},
        {QStringLiteral("第五章"), QStringLiteral("Chapter 5")}};
    QCOMPARE(contents->entryCount(), int(expected.size()));
    QCOMPARE(contents->tree()->topLevelItem(3)->toolTip(1),
             QStringLiteral("The English book has no such chapter"));
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(contents->shownText(row, 0), expected.at(row).first);
        QCOMPARE(contents->shownText(row, 1), expected.at(row).second);
    }

    // Clicking chapter 4 brings both books' chapter 4 level, from the end of the book.
    QTest::keyClick(m_window->chinesePane(), Qt::Key_End);
    const QRect fourth = contents->tree()->visualItemRect(contents->tree()->topLevelItem(4));
    QTest::mouseClick(contents->tree()->viewport(), Qt::LeftButton, {}, fourth.center());
    const int bead = m_window->selectedBead();
    QCOMPARE(bead, contents->beadAt(4));
    QCOMPARE(m_window->alignedText()->sentenceText(sentenceOf(*m_window, bead, Language::Chinese)),
             QStringLiteral("第四章"));
    QCOMPARE(m_window->alignedText()->sentenceText(sentenceOf(*m_window, bead, Language::English)),
             QStringLiteral("Chapter 4"));
    QTRY_VERIFY(isLevel(*m_window, bead));
    testing::saveScreenshot(*m_window, QStringLiteral("contents-two-epubs"));

    // The preface, which only the English book has, opens in the English pane.
    emit contents->tree()->itemActivated(contents->tree()->topLevelItem(0), 0);
    const SentenceKey preface = sentenceOf(*m_window, m_window->selectedBead(), Language::English);
    QCOMPARE(m_window->alignedText()->sentenceText(preface),
             QStringLiteral("Translator's Preface"));
    QTRY_VERIFY(m_window->englishPane()->showsSentence(preface));
    const QRect shown = m_window->englishPane()->sentenceRect(preface);
    QVERIFY(shown.top() >= 0 && shown.bottom() <= m_window->englishPane()->viewport()->height());
}

void TestReader::contentsBringHeadingsInDifferentPairsLevel()
{
    // Six chapters of a heading and 40 sentences; chapter 5's headings were left unpaired, so
    // the two books' chapter 5 starts in two pairs, the Chinese heading's first.
    const AlignedText paired = chapteredText(6, 40);
    Document document = paired.document();
    for (Side *side : {&document.chinese, &document.english})
        for (int chapter = 0; chapter < 6; ++chapter)
            side->chapters.append({QString(), chapter * 41, 41});
    QList<Bead> beads = paired.beads();
    const int heading = 4 * 41;
    beads[heading] = Bead{heading, 1, heading, 0};
    beads.insert(heading + 1, Bead{heading + 1, 0, heading, 1});
    m_window->showAlignedText(AlignedText(std::move(document), std::move(beads)), {});
    ContentsPanel *contents = m_window->contentsPanel();
    QTRY_COMPARE(contents->entryCount(), 6);
    QCOMPARE(contents->shownText(4, 0), QStringLiteral("第5章"));
    QCOMPARE(contents->shownText(4, 1), QStringLiteral("Chapter 5"));
    QCOMPARE(contents->beadAt(4), heading);

    emit contents->tree()->itemActivated(contents->tree()->topLevelItem(4), 0);
    QCOMPARE(m_window->selectedBead(), heading);
    const SentenceKey chinese{Language::Chinese, heading};
    const SentenceKey english{Language::English, heading};
    QTRY_VERIFY(m_window->chinesePane()->showsSentence(chinese) &&
                m_window->englishPane()->showsSentence(english));
    const QRect left = m_window->chinesePane()->sentenceRect(chinese);
    const QRect right = m_window->englishPane()->sentenceRect(english);
    QVERIFY(left.top() >= 0 && left.bottom() <= m_window->chinesePane()->viewport()->height());
    QCOMPARE(right.top(), left.top());
}

void TestReader::subtitlePairsShowTheirTime()
{
    // Two subtitle files; the English cue from 3 s to 7 s spans two Chinese cues.
    const QByteArray zh = "1\n00:00:01,000 --> 00:00:02,500\n第一句话有1个词。\n\n"
                          "2\n00:00:03,000 --> 00:00:05,000\n他买了2本书，\n\n"
                          "3\n00:00:05,000 --> 00:00:07,000\n又卖了3本。\n\n"
                          "4\n01:00:12,000 --> 01:00:13,000\n再见，5号。\n";
    const QByteArray en = "WEBVTT\n\n00:01.100 --> 00:02.400\nThe first line has 1 word.\n\n"
                          "00:03.000 --> 00:07.000\nHe bought 2 books and sold 3.\n\n"
                          "01:00:12.100 --> 01:00:13.000\nGoodbye, number 5.\n";
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("film.zh.srt"), zh},
                                      std::pair{QStringLiteral("film.en.vtt"), en}}) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    QVERIFY(open({m_dir.filePath(QStringLiteral("film.zh.srt")),
                  m_dir.filePath(QStringLiteral("film.en.vtt"))}));
    const auto *position = m_window->findChild<QLabel *>(QStringLiteral("readingPositionLabel"));
    const auto clickedTime = [&](const QString &english) {
        const AlignedText &text = *m_window->alignedText();
        for (int i = 0; i < text.sentenceCount(Language::English); ++i)
            if (text.sentenceText({Language::English, i}) == english)
                click(m_window->englishPane(), {Language::English, i});
        return position->text().section(QStringLiteral(" · "), 2);
    };
    // The pair's time runs from its first cue's start to its last cue's end, both languages.
    QCOMPARE(clickedTime(QStringLiteral("He bought 2 books and sold 3.")),
             QStringLiteral("00:03.000–00:07.000"));
    QCOMPARE(clickedTime(QStringLiteral("The first line has 1 word.")),
             QStringLiteral("00:01.000–00:02.500"));
    QCOMPARE(clickedTime(QStringLiteral("Goodbye, number 5.")),
             QStringLiteral("1:00:12.000–1:00:13.000"));
}

void TestReader::ctrlCCopiesTheSelectedPair()
{
    QVERIFY(openSample());
    SentencePane *chinese = m_window->chinesePane();
    click(chinese, {Language::Chinese, 7});
    chinese->setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(chinese, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(
        m_window->alignedText()->sentenceText({Language::Chinese, 7}).simplified()));
    QCOMPARE(lines.at(1),
             m_window->alignedText()->sentenceText({Language::English, 11}).simplified());
}

void TestReader::selectAllCopiesTheTextWithoutBlankEnds()
{
    QVERIFY(openSample());
    for (SentencePane *pane : {m_window->chinesePane(), m_window->englishPane()}) {
        pane->selectAll();
        QGuiApplication::clipboard()->clear();
        pane->copy();
        const QString copied = QGuiApplication::clipboard()->text();
        const Language language =
            pane == m_window->chinesePane() ? Language::Chinese : Language::English;
        const int last = m_window->alignedText()->sentenceCount(language) - 1;
        QVERIFY2(!copied.startsWith(u'\n') && !copied.endsWith(u'\n'), qPrintable(copied));
        QVERIFY(copied.contains(
            m_window->alignedText()->sentenceText({language, 0}).simplified().left(8)));
        QVERIFY(copied.contains(
            m_window->alignedText()->sentenceText({language, last}).simplified().right(8)));
    }
}

void TestReader::contextMenuOffersPairActions()
{
    QVERIFY(openSample());
    SentencePane *english = m_window->englishPane();
    const SentenceKey key{Language::English, 11};
    english->ensureSentenceVisible(key);
    QContextMenuEvent event(QContextMenuEvent::Mouse, english->sentencePoint(key),
                            english->viewport()->mapToGlobal(english->sentencePoint(key)));
    QApplication::sendEvent(english->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts.append(action->text());
    QVERIFY2(texts.contains(QStringLiteral("&Copy Pair")), qPrintable(texts.join(u',')));
    QVERIFY(texts.contains(QStringLiteral("Copy C&hinese")));
    QVERIFY(texts.contains(QStringLiteral("Copy &English")));
    QVERIFY(!texts.join(u',').contains(QStringLiteral("Link")));
    QCOMPARE(m_window->selectedBead(), m_window->alignedText()->beadOf(key));
    for (QAction *action : menu->actions())
        if (action->text() == QStringLiteral("Copy &English"))
            action->trigger();
    menu->close();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             m_window->alignedText()->sentenceText(key).simplified());
}

void TestReader::learnerHidesAgain()
{
    QVERIFY(openSample());
    m_window->setReaderLayout(MainWindow::ReaderLayout::Learner);
    SentencePane *english = m_window->englishPane();
    click(m_window->chinesePane(), {Language::Chinese, 11});
    click(m_window->chinesePane(), {Language::Chinese, 9});
    QVERIFY(!english->isSentenceHidden({Language::English, 14}));
    m_window->readingPosition()->setRevealed(13, false);
    QVERIFY(english->isSentenceHidden({Language::English, 14}));
    QVERIFY(!english->isSentenceHidden({Language::English, 12}));
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(english->isSentenceHidden({Language::English, 12}));
    QVERIFY(!m_window->readingPosition()->hasRevealed());
}

void TestReader::doubtfulPairsBothWays()
{
    m_window->showAlignedText(chapteredText(3, 20, {5, 30, 50}), {});
    SentencePane *english = m_window->englishPane();
    english->setFocus();
    QTest::keyClick(english, Qt::Key_F8);
    QCOMPARE(m_window->selectedBead(), 5);
    QTest::keyClick(english, Qt::Key_F8);
    QCOMPARE(m_window->selectedBead(), 30);
    QTRY_VERIFY(isLevel(*m_window, 30));
    QTest::keyClick(english, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(m_window->selectedBead(), 5);
    // Backward wraps round to the last one.
    QTest::keyClick(english, Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(m_window->selectedBead(), 50);
    QTRY_VERIFY(isLevel(*m_window, 50));
}

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
