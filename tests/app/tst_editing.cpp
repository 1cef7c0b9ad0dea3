// Correcting the alignment in the reader window: every edit by its key, menu entry or context
// menu, undone and redone, with the panes, the status marks and the count checked after each.
#include "app/gui/ChineseScripts.h"
#include "app/gui/EditActions.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ProjectActions.h"
#include "app/gui/ReaderDocument.h"
#include "app/gui/SentencePane.h"
#include "core/sync/ReadingPosition.h"
#include "tests/app/PrivateSettings.h"
#include "tests/app/TestWindow.h"
#include "tests/core/BeadText.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

using namespace duizhao;

namespace {

/// @p paragraphs paragraphs of three sentences a side, one file, paired 1:1 by hand with
/// confidences from 0.3 up, so some pairs are doubtful.
AlignedText handMadeText(int paragraphs)
{
    Document document;
    document.layout = Layout::Blocks;
    document.sources.append(SourceText());
    QString &source = document.sources.first().text;
    for (Language language : {Language::Chinese, Language::English}) {
        Side &side = document.side(language);
        side.language = language;
        int number = 0;
        for (int p = 0; p < paragraphs; ++p) {
            Paragraph paragraph;
            paragraph.range.start = source.size();
            for (int s = 0; s < 3; ++s, ++number) {
                if (s > 0)
                    source += u' ';
                const QString text = language == Language::Chinese
                                         ? QStringLiteral("這是第%1句。").arg(number + 1)
                                         : QStringLiteral("This is sentence %1.").arg(number + 1);
                paragraph.sentences.append(Sentence{{source.size(), text.size()}, {}});
                source += text;
            }
            paragraph.range.length = source.size() - paragraph.range.start;
            side.paragraphs.append(paragraph);
            source += QStringLiteral("\n\n");
        }
    }
    QList<Bead> beads;
    for (int i = 0; i < paragraphs * 3; ++i)
        beads.append(Bead{i, 1, i, 1, 0.3 + 0.1 * (i % 8)});
    return AlignedText(std::move(document), std::move(beads));
}

QString beadsText(const AlignedText &text)
{
    return testing::describe(text.beads());
}

QAction *menuAction(QMenuBar *bar, const QString &menuObjectName, const QString &text)
{
    for (QAction *menuEntry : bar->actions()) {
        QMenu *menu = menuEntry->menu();
        if (!menu || (!menuObjectName.isEmpty() && menu->objectName() != menuObjectName))
            continue;
        for (QAction *action : menu->actions())
            if (action->text() == text || action->objectName() == text)
                return action;
    }
    return nullptr;
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void confirmByKeyMarksAndCounts();
    void mergeUndoRedoByKeysAndMenu();
    void moveActsOnTheClickedSide();
    void splitPairAndUnmatchFromTheContextMenu();
    void linkTheDraggedSentences();
    void textFixesThroughTheDialog();
    void joinAndSplitSentences();
    void confirmUpToAndJumpToUnconfirmed();
    void refusedEditsSaySoAndChangeNothing();
    void realignInTheBackground();
    void editsKeepTheReadingPosition();
    void historyAndCleanState();
    void editsMakeTheProjectModifiedUntilSavedOrUndone();
    void openingAnotherDocumentForgetsTheHistory();
    void marksOnTheSample();
    void findHitsFollowTheSentences();
    void interleavedLinkAndLearnerReveals();
    void anEditDuringReAligningWins();
    void onlyEditedSentencesAreConvertedAgain();
    void reAligningStopsWhenAskedAgain();
    void menusRebuiltForANewLanguageKeepTheEdits();

private:
    void click(SentenceKey key);
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    const AlignedText &text() const { return *m_window->alignedText(); }
    QString countText() const { return m_edits->countLabel()->text(); }
    std::unique_ptr<MainWindow> m_window;
    EditActions *m_edits = nullptr;
};

void TestEditing::initTestCase()
{
    testing::usePrivateSettings();
}

void TestEditing::init()
{
    m_window = testing::shownWindow({1100, 600});
    QVERIFY(m_window);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->showAlignedText(handMadeText(4), {});
    QTRY_VERIFY(!m_window->isLoading());
    m_edits = m_window->editActions();
    QVERIFY(m_edits);
}

void TestEditing::cleanup()
{
    m_window.reset();
}

void TestEditing::click(SentenceKey key)
{
    SentencePane *pane =
        key.language == Language::English ? m_window->englishPane() : m_window->chinesePane();
    pane->ensureSentenceVisible(key);
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, pane->sentencePoint(key));
    pane->setFocus();
}

void TestEditing::press(int key, Qt::KeyboardModifiers modifiers)
{
    // A dialog just closed may leave no window active: the window's keys need it active.
    if (!m_window->isActiveWindow()) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestEditing::confirmByKeyMarksAndCounts()
{
    const QString original = beadsText(text());
    QCOMPARE(countText(), QStringLiteral("0 of 12 pairs confirmed"));
    QVERIFY(m_window->alignedText()->isDoubtful(0));
    click({Language::Chinese, 0});
    QCOMPARE(m_window->selectedBead(), 0);
    QVERIFY(m_window->chinesePane()->statusMarkRect({Language::Chinese, 0}).isEmpty());
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(text().beads().at(0).status, PairStatus::Confirmed);
    QCOMPARE(countText(), QStringLiteral("1 of 12 pairs confirmed"));
    // A confirmed pair is no longer in doubt; both its sentences carry the mark, no other does.
    QVERIFY(!text().isDoubtful(0));
    QVERIFY(!m_window->chinesePane()->statusMarkRect({Language::Chinese, 0}).isEmpty());
    QVERIFY(!m_window->englishPane()->statusMarkRect({Language::English, 0}).isEmpty());
    QVERIFY(m_window->englishPane()->statusMarkRect({Language::English, 1}).isEmpty());
    QCOMPARE(m_window->chinesePane()->sentenceToolTip({Language::Chinese, 0}),
             QStringLiteral("Confirmed pair"));
    // The mark is painted where statusMarkRect says, in the confirmed colour.
    SentencePane *pane = m_window->chinesePane();
    const QRect mark = pane->statusMarkRect({Language::Chinese, 0});
    const QImage image = pane->viewport()->grab().toImage();
    QCOMPARE(image.pixelColor(mark.center() * image.devicePixelRatio()),
             m_window->theme().confirmedMark);
    QCOMPARE(m_window->selectedBead(), 0);

    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(beadsText(text()), original);
    QCOMPARE(countText(), QStringLiteral("0 of 12 pairs confirmed"));
    QVERIFY(pane->statusMarkRect({Language::Chinese, 0}).isEmpty());
}

void TestEditing::mergeUndoRedoByKeysAndMenu()
{
    const QString original = beadsText(text());
    click({Language::English, 4});
    press(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(text().beads().size(), 11);
    QCOMPARE(text().beads().at(4).chineseCount, 2);
    QCOMPARE(text().beads().at(4).status, PairStatus::Edited);
    // The merged pair stays selected: both panes highlight all of it.
    QCOMPARE(m_window->selectedBead(), 4);
    QCOMPARE(m_window->englishPane()->selectedTexts(),
             (QStringList{QStringLiteral("This is sentence 5."),
                          QStringLiteral("This is sentence 6.")}));
    QVERIFY(!m_window->englishPane()->statusMarkRect({Language::English, 5}).isEmpty());
    const QString merged = beadsText(text());

    // Undo from the Edit menu, redo by key.
    QAction *undo = menuAction(m_window->menuBar(), QString(), QStringLiteral("undoEdit"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Merge pair 5 with the next"));
    undo->trigger();
    QCOMPARE(beadsText(text()), original);
    QCOMPARE(m_window->chinesePane()->selectedTexts(), QStringList{QStringLiteral("這是第5句。")});
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(beadsText(text()), merged);

    // And with the previous pair, from the Align menu.
    QAction *mergePrevious = menuAction(m_window->menuBar(), QStringLiteral("alignMenu"),
                                        QStringLiteral("Merge with &Previous Pair"));
    QVERIFY(mergePrevious);
    mergePrevious->trigger();
    QCOMPARE(text().beads().size(), 10);
    QCOMPARE(text().beads().at(3).chineseCount, 3);
    QCOMPARE(m_window->selectedBead(), 3);
    m_edits->undoStack()->undo();
    m_edits->undoStack()->undo();
    QCOMPARE(beadsText(text()), original);
}

void TestEditing::moveActsOnTheClickedSide()
{
    click({Language::English, 6});
    press(Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(text().beads().at(5).englishCount, 2);
    QCOMPARE(text().beads().at(6).englishCount, 0);
    QCOMPARE(text().beads().at(6).chineseCount, 1);
    QVERIFY(text().isUnmatched({Language::Chinese, 6}));
    // The Chinese sentence left alone is drawn as unmatched.
    QVERIFY(m_window->chinesePane()
                ->sentenceToolTip({Language::Chinese, 6})
                .startsWith(QStringLiteral("No counterpart")));

    click({Language::Chinese, 2});
    press(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(text().beads().at(2).chineseCount, 0);
    QCOMPARE(text().beads().at(3).chineseCount, 2);
    QCOMPARE(m_edits->undoStack()->count(), 2);
}

void TestEditing::splitPairAndUnmatchFromTheContextMenu()
{
    // Make a 2-2 pair, then split it before its second English sentence.
    click({Language::Chinese, 3});
    press(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(text().beads().at(3).englishCount, 2);
    click({Language::English, 4});
    press(Qt::Key_Return, Qt::AltModifier);
    QCOMPARE(text().beads().size(), 12);
    QCOMPARE(text().beads().at(3).chineseCount, 1);
    QCOMPARE(text().beads().at(3).englishCount, 1);
    QCOMPARE(text().beads().at(4).englishBegin, 4);

    // Right click a sentence: the edits are in its menu.
    SentencePane *english = m_window->englishPane();
    const SentenceKey key{Language::English, 8};
    english->ensureSentenceVisible(key);
    QContextMenuEvent event(QContextMenuEvent::Mouse, english->sentencePoint(key),
                            english->viewport()->mapToGlobal(english->sentencePoint(key)));
    QApplication::sendEvent(english->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *unmatch = nullptr;
    QStringList texts;
    for (QAction *action : menu->actions()) {
        texts.append(action->text());
        if (action->text() == QStringLiteral("Mark Sentence &Unmatched"))
            unmatch = action;
    }
    QVERIFY2(texts.contains(QStringLiteral("&Confirm Pair")), qPrintable(texts.join(u',')));
    QVERIFY(texts.contains(QStringLiteral("Merge with &Next Pair")));
    QVERIFY(unmatch);
    unmatch->trigger();
    menu->close();
    QVERIFY(text().isUnmatched(key));
    QVERIFY(text().isUnmatched({Language::Chinese, 8}));
    QCOMPARE(text().beads().size(), 13);
}

void TestEditing::linkTheDraggedSentences()
{
    // Drag across Chinese 3-4 and English 3-5, then Ctrl+L.
    const auto selectAcross = [](SentencePane *pane, SentenceKey from, SentenceKey to) {
        pane->ensureSentenceVisible(from);
        QTextCursor cursor = pane->cursorForPosition(pane->sentencePoint(from));
        const int start = cursor.position();
        pane->ensureSentenceVisible(to);
        cursor.setPosition(start);
        cursor.setPosition(pane->cursorForPosition(pane->sentencePoint(to)).position() + 2,
                           QTextCursor::KeepAnchor);
        pane->setTextCursor(cursor);
    };
    selectAcross(m_window->chinesePane(), {Language::Chinese, 3}, {Language::Chinese, 4});
    selectAcross(m_window->englishPane(), {Language::English, 3}, {Language::English, 5});
    QCOMPARE(m_window->englishPane()->sentencesInTextSelection().size(), 3);
    m_window->englishPane()->setFocus();
    press(Qt::Key_L, Qt::ControlModifier);
    const int bead = text().beadOf({Language::Chinese, 3});
    QCOMPARE(text().beads().at(bead).chineseCount, 2);
    QCOMPARE(text().beads().at(bead).englishCount, 3);
    QCOMPARE(text().beadOf({Language::English, 5}), bead);
    QVERIFY(text().isUnmatched({Language::Chinese, 5}));
    QCOMPARE(m_window->selectedBead(), bead);
    QVERIFY(m_window->englishPane()->sentencesInTextSelection().isEmpty());
    // Nothing dragged: nothing linked, and the status bar says how.
    m_window->chinesePane()->setTextCursor(QTextCursor(m_window->chinesePane()->document()));
    const int edits = m_edits->undoStack()->count();
    press(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(m_edits->undoStack()->count(), edits);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("drag")));
}

void TestEditing::textFixesThroughTheDialog()
{
    click({Language::English, 1});
    press(Qt::Key_F2);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("sentenceDialog"))));
    auto *line = dialog->findChild<QLineEdit *>(QStringLiteral("sentenceText"));
    QCOMPARE(line->text(), QStringLiteral("This is sentence 2."));
    line->setText(QStringLiteral("This is the second sentence, corrected."));
    dialog->accept();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("sentenceDialog")));
    QCOMPARE(text().sentenceText({Language::English, 1}),
             QStringLiteral("This is the second sentence, corrected."));
    QCOMPARE(m_window->englishPane()->sentenceDisplayText({Language::English, 1}),
             QStringLiteral("This is the second sentence, corrected."));
    // The text after it, in the same file, is intact.
    QCOMPARE(text().sentenceText({Language::English, 2}), QStringLiteral("This is sentence 3."));
    QCOMPARE(text().beads().at(1).status, PairStatus::Edited);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->englishPane()->sentenceDisplayText({Language::English, 1}),
             QStringLiteral("This is sentence 2."));

    // Chinese too: the script caches follow.
    click({Language::Chinese, 0});
    press(Qt::Key_F2);
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("sentenceDialog"))));
    dialog->findChild<QLineEdit *>(QStringLiteral("sentenceText"))
        ->setText(QStringLiteral("這是改過的第一句。"));
    dialog->accept();
    QCOMPARE(m_window->chinesePane()->sentenceDisplayText({Language::Chinese, 0}),
             QStringLiteral("這是改過的第一句。"));
    m_window->setScript(ChineseScript::Simplified);
    QCOMPARE(m_window->chinesePane()->sentenceDisplayText({Language::Chinese, 0}),
             QStringLiteral("这是改过的第一句。"));
    // Shown in Simplified: the edited sentence is converted, the rest kept as converted.
    QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("sentenceDialog")));
    click({Language::Chinese, 2});
    press(Qt::Key_F2);
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("sentenceDialog"))));
    dialog->findChild<QLineEdit *>(QStringLiteral("sentenceText"))
        ->setText(QStringLiteral("這是第三句，經過編輯。"));
    dialog->accept();
    QCOMPARE(m_window->chinesePane()->sentenceDisplayText({Language::Chinese, 2}),
             QStringLiteral("这是第三句，经过编辑。"));
    QCOMPARE(m_window->chinesePane()->sentenceDisplayText({Language::Chinese, 3}),
             QStringLiteral("这是第4句。"));
    QCOMPARE(m_window->chinesePane()->sentenceDisplayText({Language::Chinese, 0}),
             QStringLiteral("这是改过的第一句。"));
    m_edits->undoStack()->undo();
    QCOMPARE(m_window->chinesePane()->sentenceDisplayText({Language::Chinese, 2}),
             QStringLiteral("这是第3句。"));
}

void TestEditing::joinAndSplitSentences()
{
    click({Language::English, 0});
    press(Qt::Key_J, Qt::ControlModifier);
    QCOMPARE(text().sentenceCount(Language::English), 11);
    QCOMPARE(text().sentenceText({Language::English, 0}),
             QStringLiteral("This is sentence 1. This is sentence 2."));
    QVERIFY(text().isUnmatched({Language::Chinese, 1}));
    QCOMPARE(m_window->englishPane()->sentenceDisplayText({Language::English, 1}),
             QStringLiteral("This is sentence 3."));

    // Split it again where the cursor is put in the dialog.
    press(Qt::Key_F2, Qt::ShiftModifier);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("sentenceDialog"))));
    dialog->findChild<QLineEdit *>(QStringLiteral("sentenceText"))->setCursorPosition(20);
    dialog->accept();
    QCOMPARE(text().sentenceCount(Language::English), 12);
    QCOMPARE(text().sentenceText({Language::English, 1}), QStringLiteral("This is sentence 2."));
    QCOMPARE(text().beadOf({Language::English, 1}), 0); // Both stay in the pair.
    // Undo both: the text is as opened.
    m_edits->undoStack()->undo();
    m_edits->undoStack()->undo();
    QCOMPARE(beadsText(text()), beadsText(handMadeText(4)));
    QCOMPARE(text().document().sentenceTexts(Language::English),
             handMadeText(4).document().sentenceTexts(Language::English));
}

void TestEditing::confirmUpToAndJumpToUnconfirmed()
{
    click({Language::Chinese, 4});
    press(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(countText(), QStringLiteral("5 of 12 pairs confirmed"));
    press(Qt::Key_F7);
    QCOMPARE(m_window->selectedBead(), 5);
    click({Language::Chinese, 1});
    press(Qt::Key_F7);
    QCOMPARE(m_window->selectedBead(), 5);
    press(Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(m_window->selectedBead(), 11); // Wraps round, past the confirmed ones.
    // F8 skips doubtful pairs the user confirmed: pair 1 (30%) is confirmed now.
    click({Language::Chinese, 8});
    press(Qt::Key_F8);
    QCOMPARE(m_window->selectedBead(), 9);
    press(Qt::Key_F8);
    QCOMPARE(m_window->selectedBead(), 10);
    press(Qt::Key_F8);
    QCOMPARE(m_window->selectedBead(), 8);
}

void TestEditing::refusedEditsSaySoAndChangeNothing()
{
    const QString original = beadsText(text());
    click({Language::Chinese, 0});
    press(Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier); // Nothing before the first.
    QCOMPARE(beadsText(text()), original);
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    QCOMPARE(m_edits->undoStack()->count(), 0);
    press(Qt::Key_Return, Qt::ControlModifier);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Already confirmed."));
    QCOMPARE(m_edits->undoStack()->count(), 1);
    press(Qt::Key_R, Qt::ControlModifier); // Confirmed: not the aligner's to redo.
    QVERIFY(!m_edits->isRealigning());
    QVERIFY(
        m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Re-aligning works")));
}

void TestEditing::realignInTheBackground()
{
    // Scramble pairs 3-6 by hand (moves), confirm 2 and 7, then re-align between them.
    click({Language::Chinese, 2});
    press(Qt::Key_Return, Qt::ControlModifier);
    click({Language::Chinese, 7});
    press(Qt::Key_Return, Qt::ControlModifier);
    QList<Bead> beads = text().beads();
    beads[3] = Bead{3, 2, 3, 1};
    beads[4] = Bead{5, 1, 4, 2};
    beads.removeAt(5);
    m_window->showAlignedText(AlignedText(text().document(), beads), {});
    QTRY_VERIFY(!m_window->isLoading());
    QCOMPARE(m_edits->undoStack()->count(), 0);
    const QString scrambled = beadsText(text());
    click({Language::Chinese, 5});
    press(Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(m_edits->undoStack()->count() == 1, 20000);
    QVERIFY(!m_edits->isRealigning());
    // The confirmed pairs around it are as they were; between them the aligner's own again.
    QCOMPARE(text().beads().at(2).status, PairStatus::Confirmed);
    QVERIFY(text().beads().at(3).status == PairStatus::Automatic);
    QCOMPARE(text().beads().size(), 12);
    QVERIFY(beadsText(text()) != scrambled);
    m_edits->undoStack()->undo();
    QCOMPARE(beadsText(text()), scrambled);
}

void TestEditing::editsKeepTheReadingPosition()
{
    m_window->showAlignedText(handMadeText(60), {});
    QTRY_VERIFY(!m_window->isLoading());
    m_window->goToPair(120);
    SentencePane *pane = m_window->chinesePane();
    const SentenceKey key{Language::Chinese, 119};
    const QRect before = pane->sentenceRect(key);
    QVERIFY(pane->viewport()->rect().contains(before.center()));
    pane->setFocus();
    const int chineseScroll = pane->verticalScrollBar()->value();
    const int englishScroll = m_window->englishPane()->verticalScrollBar()->value();
    press(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->selectedBead(), 119);
    // A pair edit leaves the text in place: neither pane moves at all.
    QCOMPARE(pane->verticalScrollBar()->value(), chineseScroll);
    QCOMPARE(m_window->englishPane()->verticalScrollBar()->value(), englishScroll);
    QVERIFY(!m_window->isLoading());
    QTRY_VERIFY(!m_window->isLoading());
    // Same sentence, same place on screen (within a line), still selected.
    const QRect after = pane->sentenceRect(key);
    QVERIFY2(std::abs(after.top() - before.top()) <= before.height(),
             qPrintable(QStringLiteral("%1 -> %2").arg(before.top()).arg(after.top())));
    QCOMPARE(pane->selectedTexts().size(), 2);
    // Bookmarks move with their pairs.
    m_window->readingPosition()->setBookmarked(150, true);
    m_window->goToPair(10);
    click({Language::Chinese, 9});
    press(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->readingPosition()->bookmarks(), QList<int>{149});
    m_edits->undoStack()->undo();
    QCOMPARE(m_window->readingPosition()->bookmarks(), QList<int>{150});
}

void TestEditing::historyAndCleanState()
{
    QUndoStack *stack = m_edits->undoStack();
    QVERIFY(stack->isClean());
    QSignalSpy clean(stack, &QUndoStack::cleanChanged);
    click({Language::Chinese, 0});
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(clean.size(), 1);
    QCOMPARE(clean.at(0).at(0).toBool(), false);
    // The history lists the edit by name, in a dock from the Edit menu.
    QAction *history = menuAction(m_window->menuBar(), QString(), QStringLiteral("Edit &History"));
    QVERIFY(history);
    history->trigger();
    QVERIFY(m_edits->historyDock()->isVisible());
    QCOMPARE(stack->text(0), QStringLiteral("Confirm pair 1"));
    auto *view = m_edits->historyDock()->findChild<QUndoView *>();
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 2); // "<as opened>" and the edit.
    // Picking the first row in the history goes back to the text as opened.
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(stack->isClean());
    QCOMPARE(clean.size(), 2);
    QCOMPARE(countText(), QStringLiteral("0 of 12 pairs confirmed"));
    // The toolbar is there when asked for, with the same actions.
    QVERIFY(m_edits->toolBar()->isHidden());
    m_edits->toolBar()->toggleViewAction()->trigger();
    QVERIFY(m_edits->toolBar()->isVisible());
    QVERIFY(m_edits->toolBar()->actions().contains(m_edits->action(EditActions::Kind::Confirm)));
}

void TestEditing::editsMakeTheProjectModifiedUntilSavedOrUndone()
{
    ReaderDocument *document = m_window->readerDocument();
    QVERIFY(!document->isModified());
    click({Language::Chinese, 0});
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(document->isModified());
    QVERIFY(m_window->isWindowModified());
    press(Qt::Key_Z, Qt::ControlModifier); // Undone back to the text as opened: nothing to save.
    QVERIFY(!document->isModified());
    QVERIFY(!m_window->isWindowModified());

    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(document->isModified());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.duizhao"));
    m_window->projectActions()->setSavePathQuestion([path](const QString &) { return path; });
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!document->isModified());
    QVERIFY(m_edits->undoStack()->isClean()); // The saved state is the clean one now.
    // Undoing past the save leaves the text unlike the file again.
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(document->isModified());
    press(Qt::Key_Y, Qt::ControlModifier);
    QVERIFY(!document->isModified());
}

void TestEditing::openingAnotherDocumentForgetsTheHistory()
{
    click({Language::Chinese, 0});
    press(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_edits->undoStack()->isClean());
    m_window->showAlignedText(handMadeText(2), {});
    QTRY_VERIFY(!m_window->isLoading());
    QCOMPARE(m_edits->undoStack()->count(), 0);
    QVERIFY(m_edits->undoStack()->isClean());
    QVERIFY(!m_edits->undoAction()->isEnabled());
    QCOMPARE(countText(), QStringLiteral("0 of 6 pairs confirmed"));
}

void TestEditing::marksOnTheSample()
{
    // The sample as a reader sees it after a few corrections. With DUIZHAO_SCREENSHOT_DIR set
    // (run under xvfb-run with QT_QPA_PLATFORM=xcb) the window is saved there to look at.
    QVERIFY(m_window->openSample());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading() && m_window->alignedText() &&
                                 m_window->alignedText()->beads().size() > 10,
                             20000);
    m_edits->toolBar()->show();
    click({Language::Chinese, 3});
    press(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    click({Language::Chinese, 6});
    press(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    click({Language::English, 12});
    press(Qt::Key_Return, Qt::ControlModifier);
    const int confirmed = text().confirmedCount();
    QVERIFY(confirmed >= 5);
    QCOMPARE(countText(),
             QStringLiteral("%1 of %2 pairs confirmed").arg(confirmed).arg(text().beads().size()));
    const int edited = text().beadOf({Language::Chinese, 6});
    const SentenceKey editedSentence = text().beadSentences(edited).constFirst();
    m_window->chinesePane()->ensureSentenceVisible(editedSentence);
    const QRect mark = m_window->chinesePane()->statusMarkRect(editedSentence);
    QVERIFY(!mark.isEmpty());
    const QImage pane = m_window->chinesePane()->viewport()->grab().toImage();
    QCOMPARE(pane.pixelColor(mark.center() * pane.devicePixelRatio()),
             m_window->theme().editedMark);
    const QString folder = qEnvironmentVariable("DUIZHAO_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QCoreApplication::processEvents(); // The status bar lays its labels out again.
        QVERIFY(m_window->grab().save(folder + QStringLiteral("/status-marks.png")));
    }
}

void TestEditing::findHitsFollowTheSentences()
{
    const auto currentHitText = [](SentencePane *pane) {
        for (const QTextEdit::ExtraSelection &selection : pane->extraSelections())
            if (selection.format.background().color() == QColor(0x5c, 0xc0, 0x3a))
                return selection.cursor.selectedText();
        return QString();
    };
    QCOMPARE(m_window->find(QStringLiteral("sentence 5.")), 1);
    SentencePane *english = m_window->englishPane();
    QCOMPARE(currentHitText(english), QStringLiteral("sentence 5."));
    // Joining two sentences before it renumbers it: the highlight stays on its words.
    click({Language::English, 3});
    press(Qt::Key_J, Qt::ControlModifier);
    QCOMPARE(text().sentenceText({Language::English, 3}),
             QStringLiteral("This is sentence 4. This is sentence 5."));
    QCOMPARE(english->findHitCount(), 1);
    QCOMPARE(currentHitText(english), QStringLiteral("sentence 5."));
}

void TestEditing::interleavedLinkAndLearnerReveals()
{
    m_window->setReaderLayout(MainWindow::ReaderLayout::Interleaved);
    SentencePane *pane = m_window->chinesePane();
    // One drag over Chinese 2 down to English 3 (pairs 2 and 3, interleaved).
    pane->ensureSentenceVisible({Language::Chinese, 2});
    QTextCursor cursor = pane->cursorForPosition(pane->sentencePoint({Language::Chinese, 2}));
    const int start = cursor.position();
    cursor.setPosition(start);
    cursor.setPosition(
        pane->cursorForPosition(pane->sentencePoint({Language::English, 3})).position() + 2,
        QTextCursor::KeepAnchor);
    pane->setTextCursor(cursor);
    pane->setFocus();
    press(Qt::Key_L, Qt::ControlModifier);
    const int bead = text().beadOf({Language::Chinese, 2});
    QCOMPARE(text().beads().at(bead).chineseCount, 2);
    QCOMPARE(text().beads().at(bead).englishCount, 2);

    // Learner: a revealed translation stays revealed on the pair after an edit before it.
    m_window->setReaderLayout(MainWindow::ReaderLayout::Learner);
    click({Language::Chinese, 8});
    const int revealed = text().beadOf({Language::Chinese, 8});
    QVERIFY(m_window->readingPosition()->isRevealed(revealed));
    click({Language::Chinese, 0});
    press(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->readingPosition()->isRevealed(revealed - 1));
    QVERIFY(!m_window->englishPane()->isSentenceHidden({Language::English, 8}));
    QVERIFY(m_window->englishPane()->isSentenceHidden({Language::English, 6}));
}

void TestEditing::anEditDuringReAligningWins()
{
    click({Language::Chinese, 5});
    press(Qt::Key_R, Qt::ControlModifier);
    // Before the aligner's result comes back (it needs the event loop), the reader edits.
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_edits->undoStack()->count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_edits->isRealigning(), 20000);
    QTRY_VERIFY(
        m_window->statusBar()->currentMessage().startsWith(QStringLiteral("The text changed")));
    QCOMPARE(m_edits->undoStack()->count(), 1);
}

void TestEditing::onlyEditedSentencesAreConvertedAgain()
{
    ChineseScripts scripts;
    scripts.setOriginal({QStringLiteral("一。"), QStringLiteral("發展。"), QStringLiteral("三。")});
    // Marked entries: converting again would replace them.
    scripts.insert(ChineseScript::Simplified,
                   {QStringLiteral("kept 1"), QStringLiteral("kept 2"), QStringLiteral("kept 3")});
    scripts.updateOriginal({QStringLiteral("一。"), QStringLiteral("會議。"),
                            QStringLiteral("經濟。"), QStringLiteral("三。")});
    QCOMPARE(*scripts.cached(ChineseScript::Simplified),
             (QStringList{QStringLiteral("kept 1"), QStringLiteral("会议。"),
                          QStringLiteral("经济。"), QStringLiteral("kept 3")}));
    QCOMPARE(scripts.original().size(), 4);
    scripts.updateOriginal({QStringLiteral("一。"), QStringLiteral("三。")});
    QCOMPARE(*scripts.cached(ChineseScript::Simplified),
             (QStringList{QStringLiteral("kept 1"), QStringLiteral("kept 3")}));
}

void TestEditing::reAligningStopsWhenAskedAgain()
{
    // Nothing confirmed in a long text: the stretch is all of it, which takes a while.
    m_window->showAlignedText(handMadeText(3000), {});
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLoading(), 60000);
    click({Language::Chinese, 0});
    press(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(m_edits->isRealigning());
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Re-aligning pairs 1 to 9000")));
    press(Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!m_edits->isRealigning(), 60000);
    QTRY_COMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Re-aligning was stopped."));
    QCOMPARE(m_edits->undoStack()->count(), 0);
}

void TestEditing::menusRebuiltForANewLanguageKeepTheEdits()
{
    click({Language::Chinese, 0});
    press(Qt::Key_Return, Qt::ControlModifier);
    // What a change of interface language does: the window rebuilds its menus and toolbar.
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_window.get(), &change);
    QVERIFY(menuAction(m_window->menuBar(), QStringLiteral("alignMenu"),
                       QStringLiteral("&Confirm Pair")));
    int undoEntries = 0;
    for (QAction *menu : m_window->menuBar()->actions())
        if (menu->menu())
            undoEntries += int(menu->menu()->actions().count(m_edits->undoAction()));
    QCOMPARE(undoEntries, 1);
    QCOMPARE(m_edits->undoAction()->text(), QStringLiteral("&Undo Confirm pair 1"));
    QCOMPARE(m_window->findChildren<QToolBar *>(QStringLiteral("alignToolBar")).size(), 1);
    // The keys still work.
    click({Language::Chinese, 1});
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(countText(), QStringLiteral("2 of 12 pairs confirmed"));
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
