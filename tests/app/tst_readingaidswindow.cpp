// The reading aids as a reader uses them in the window: the dictionary pop-up over the panes,
// pinyin above the Chinese, script variants, word links, read aloud, and the docks.

#include "app/gui/ConcordancePanel.h"
#include "app/gui/DictionaryPopup.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/FileDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PreferencesDialog.h"
#include "app/gui/ReaderSettings.h"
#include "app/gui/ReadingAids.h"
#include "app/gui/SentencePane.h"
#include "app/gui/VocabularyPanel.h"
#include "core/project/ProjectFile.h"
#include "tests/app/PrivateSettings.h"
#include "tests/app/Screenshots.h"
#include "tests/app/TestWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace duizhao;
using duizhao::testing::saveScreenshot;

namespace {

constexpr int OpenTimeoutMs = 30000;

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

/// The first sentence of @p pane's side whose shown text contains @p word, and where.
TextHit findShown(const MainWindow &window, SentencePane *pane, Language language,
                  const QString &word)
{
    for (int i = 0; i < window.alignedText()->sentenceCount(language); ++i) {
        const SentenceKey key{language, i};
        const int at = int(pane->sentenceDisplayText(key).indexOf(word));
        if (at >= 0)
            return {key, at, int(word.size())};
    }
    return {};
}

void moveMouse(SentencePane *pane, const QPoint &pos, Qt::KeyboardModifiers modifiers = {})
{
    QMouseEvent move(QEvent::MouseMove, pos, pane->viewport()->mapToGlobal(pos), Qt::NoButton,
                     Qt::NoButton, modifiers);
    QApplication::sendEvent(pane->viewport(), &move);
}

/// A point on the @p index-th character of a range.
QPoint characterPoint(SentencePane *pane, const TextHit &range, int index = 0)
{
    pane->ensureSentenceVisible(range.sentence);
    return pane->rangeRect({range.sentence, range.offset + index, 1}).center();
}

QString popupText(const MainWindow &window)
{
    return window.readingAids()->popup()->findChild<QLabel *>(QStringLiteral("entries"))->text();
}

} // namespace

class TestReadingAidsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hoverShowsTheLongestWord();
    void hoverInAConvertedScriptShowsTheOriginal();
    void hoverOverEnglishShowsChineseEntries();
    void modifierClickModeIgnoresHover();
    void popupAddsTheWordWithItsPair();
    void pinyinReadsHeteronymsByWord();
    void pinyinKeepsClickTargetsAndLevelling();
    void zhuyinAndToneColours();
    void concordanceClickSelectsThePair();
    void vocabularyRowSelectsThePair();
    void scriptMenuFitsTheSource();
    void phraseConversionKeepsTheSentences();
    void exportAndPrintConvertAsShown();
    void hoveringAWordLinksItsTranslation();
    void wordLinksUseTheDocumentsOwnPairs();
    void readAloudSaysWhyItCannot();

private:
    bool open(const QString &path);
    QString writeText(const QString &name, const QString &text);
    /// File → Export… in @p format to @p path, answering its dialogs; the file's text.
    QString exportThroughMenu(ExportFormat format, const QString &path);
    /// The links of 沃卡梅 ↔ Vokamei in the open document.
    void checkNameLinks();
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestReadingAidsWindow::initTestCase()
{
    testing::usePrivateSettings();
    QSettings().clear();
}

void TestReadingAidsWindow::init()
{
    m_window = testing::shownWindow({1100, 620});
    QVERIFY(m_window);
}

void TestReadingAidsWindow::cleanup()
{
    m_window.reset();
}

bool TestReadingAidsWindow::open(const QString &path)
{
    if (!m_window->openFiles({path}))
        return false;
    if (!QTest::qWaitFor([this] { return !m_window->isLoading() && m_window->alignedText(); },
                         OpenTimeoutMs))
        return false;
    // What the opening queued (restoring the place) runs before the test goes on.
    QCoreApplication::processEvents();
    return true;
}

QString TestReadingAidsWindow::writeText(const QString &name, const QString &text)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

QString TestReadingAidsWindow::exportThroughMenu(ExportFormat format, const QString &path)
{
    ExportSettings settings;
    settings.format = format;
    settings.save();
    // The file name comes from the test; the options dialog is answered once it is up.
    FileDialog::setNextFileName(path);
    QTimer answer;
    bool optionsAccepted = false;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (!optionsAccepted) {
            if (auto *options = m_window->findChild<ExportDialog *>()) {
                optionsAccepted = true;
                options->accept();
            }
        }
    });
    answer.start(20);
    m_window->findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
    answer.stop();
    QMessageBox *result = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                return (result =
                            m_window->findChild<QMessageBox *>(QStringLiteral("exportResult")));
            },
            OpenTimeoutMs))
        return {};
    delete result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestReadingAidsWindow::hoverShowsTheLongestWord()
{
    QVERIFY(open(MainWindow::samplePath()));
    SentencePane *pane = m_window->chinesePane();
    const TextHit word = findShown(*m_window, pane, Language::Chinese, utf8("開發"));
    QVERIFY(word.sentence.isValid());
    moveMouse(pane, characterPoint(pane, word));
    ReadingAids *aids = m_window->readingAids();
    QVERIFY(aids->popup()->isVisible());
    QVERIFY(popupText(*m_window).contains(utf8("開發 · 开发")));
    QVERIFY(popupText(*m_window).contains(utf8("kāi")));
    QVERIFY(popupText(*m_window).contains(QLatin1String("to develop")));
    // The word is underlined where it is: the longest match from the hovered character.
    QCOMPARE(aids->lookedUpWord().sentence, word.sentence);
    QCOMPARE(aids->lookedUpWord().offset, word.offset);
    QCOMPARE(aids->lookedUpWord().length, 2);
    const QList<QTextEdit::ExtraSelection> marks = pane->extraSelections();
    QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [](const QTextEdit::ExtraSelection &mark) {
        return mark.format.fontUnderline() && mark.cursor.selectedText() == utf8("開發");
    }));
    saveScreenshot(*m_window, QStringLiteral("hover-window"));
    saveScreenshot(*aids->popup(), QStringLiteral("hover-popup"));
    if (testing::takingScreenshots())
        QVERIFY(QTest::qWaitForWindowExposed(aids->popup()));
    testing::saveScreen(QStringLiteral("hover-screen"));

    // Escape closes it; so does moving off the text.
    QTest::keyClick(pane, Qt::Key_Escape);
    QVERIFY(!aids->popup()->isVisible());
    moveMouse(pane, characterPoint(pane, word));
    QVERIFY(aids->popup()->isVisible());
    moveMouse(pane, QPoint(2, pane->viewport()->height() - 2));
    QVERIFY(!aids->popup()->isVisible());
    QVERIFY(!aids->lookedUpWord().sentence.isValid());
}

void TestReadingAidsWindow::hoverInAConvertedScriptShowsTheOriginal()
{
    QVERIFY(open(MainWindow::samplePath()));
    m_window->setScript(ChineseScript::Simplified);
    SentencePane *pane = m_window->chinesePane();
    // 産 (as written) is 产 in Simplified; 著力 is 着力.
    const TextHit word = findShown(*m_window, pane, Language::Chinese, utf8("着力"));
    QVERIFY(word.sentence.isValid());
    moveMouse(pane, characterPoint(pane, word));
    QVERIFY(m_window->readingAids()->popup()->isVisible());
    QVERIFY2(popupText(*m_window).contains(utf8("As written: 著力")),
             qPrintable(popupText(*m_window)));
    const TextHit product = findShown(*m_window, pane, Language::Chinese, utf8("生产力"));
    QVERIFY(product.sentence.isValid());
    moveMouse(pane, characterPoint(pane, product, 1));
    QVERIFY(popupText(*m_window).contains(utf8("As written: 産")));
}

void TestReadingAidsWindow::hoverOverEnglishShowsChineseEntries()
{
    QVERIFY(open(MainWindow::samplePath()));
    SentencePane *pane = m_window->englishPane();
    const TextHit word = findShown(*m_window, pane, Language::English, QStringLiteral("reform"));
    QVERIFY(word.sentence.isValid());
    moveMouse(pane, characterPoint(pane, word, 2));
    ReadingAids *aids = m_window->readingAids();
    QVERIFY(aids->popup()->isVisible());
    QCOMPARE(aids->lookedUpWord().offset, word.offset);
    QCOMPARE(aids->lookedUpWord().length, 6);
    const DictionaryMatch &match = aids->popup()->match();
    QVERIFY(!match.entries.isEmpty());
    QVERIFY(
        std::any_of(match.entries.cbegin(), match.entries.cend(), [](const DictionaryEntry &entry) {
            return entry.simplified == QString::fromUtf8("改革");
        }));
}

void TestReadingAidsWindow::modifierClickModeIgnoresHover()
{
    QVERIFY(open(MainWindow::samplePath()));
    ReadingAids *aids = m_window->readingAids();
    aids->setLookupTrigger(ReadingAids::LookupTrigger::ControlClick);
    SentencePane *pane = m_window->chinesePane();
    const TextHit word = findShown(*m_window, pane, Language::Chinese, utf8("開發"));
    QPoint point = characterPoint(pane, word);
    moveMouse(pane, point);
    QVERIFY(!aids->popup()->isVisible());
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, Qt::ControlModifier, point);
    QVERIFY(aids->popup()->isVisible());
    QVERIFY(popupText(*m_window).contains(QLatin1String("to develop")));
    // The click still selects the pair, as any click does.
    QCOMPARE(m_window->selectedBead(), m_window->alignedText()->beadOf(word.sentence));
    QCOMPARE(QSettings().value(SettingsKey::LookupTrigger).toInt(),
             int(ReadingAids::LookupTrigger::ControlClick));
    // Preferences choose it too, and pinyin.
    {
        PreferencesDialog preferences(m_window.get());
        auto *lookup = preferences.findChild<QComboBox *>(QStringLiteral("lookupTrigger"));
        auto *ruby = preferences.findChild<QComboBox *>(QStringLiteral("ruby"));
        QCOMPARE(lookup->currentData().toInt(), int(ReadingAids::LookupTrigger::ControlClick));
        lookup->setCurrentIndex(lookup->findData(int(ReadingAids::LookupTrigger::AltClick)));
        ruby->setCurrentIndex(ruby->findData(int(RubyKind::Pinyin)));
        preferences.save();
    }
    aids->loadSettings();
    QCOMPARE(aids->lookupTrigger(), ReadingAids::LookupTrigger::AltClick);
    QCOMPARE(aids->rubyKind(), RubyKind::Pinyin);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading(); }));
    point = characterPoint(pane, word); // Pinyin spaces the characters out.
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, Qt::AltModifier, point);
    QVERIFY(aids->popup()->isVisible());

    // With the pop-up off, a right click still offers to look the word up.
    aids->setLookupTrigger(ReadingAids::LookupTrigger::Off);
    QVERIFY(!aids->popup()->isVisible());
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, point,
                                pane->viewport()->mapToGlobal(point));
    QApplication::sendEvent(pane->viewport(), &menuEvent);
    QMenu *menu = nullptr;
    for (QMenu *each : m_window->findChildren<QMenu *>())
        if (each->isVisible())
            menu = each;
    QVERIFY(menu);
    const QList<QAction *> entries = menu->actions();
    const auto lookUp = std::find_if(entries.cbegin(), entries.cend(), [](QAction *action) {
        return action->text().contains(QLatin1String("Look Up"));
    });
    QVERIFY(lookUp != entries.cend());
    (*lookUp)->trigger();
    menu->close();
    QVERIFY(aids->popup()->isVisible());
    QVERIFY(popupText(*m_window).contains(QLatin1String("to develop")));
}

void TestReadingAidsWindow::popupAddsTheWordWithItsPair()
{
    QVERIFY(open(MainWindow::samplePath()));
    SentencePane *pane = m_window->chinesePane();
    const TextHit word = findShown(*m_window, pane, Language::Chinese, utf8("開發"));
    moveMouse(pane, characterPoint(pane, word));
    ReadingAids *aids = m_window->readingAids();
    aids->popup()->findChild<QPushButton *>(QStringLiteral("addToVocabulary"))->click();
    const VocabularyList &list = aids->vocabularyPanel()->list();
    QCOMPARE(list.size(), 1);
    const VocabularyItem &item = list.items().constFirst();
    QCOMPARE(item.word, utf8("開發"));
    QCOMPARE(item.entry.pinyin, utf8("kāi fā"));
    QCOMPARE(item.bead, m_window->alignedText()->beadOf(word.sentence));
    QVERIFY(item.exampleChinese.contains(utf8("開發")));
    QVERIFY(!item.exampleEnglish.isEmpty());
    QVERIFY(aids->vocabularyPanel()->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().contains(utf8("開發")));
    QVERIFY(aids->vocabularyPanel()->list().toAnkiTsv().contains("kāi fā"));

    // The list is there in the next session, with its example pair.
    MainWindow next;
    next.show();
    QVERIFY(next.readingAids()->vocabularyPanel()->list().items().isEmpty()); // not read yet
    next.readingAids()->vocabularyPanel()->toggleViewAction()->trigger();
    const VocabularyList &kept = next.readingAids()->vocabularyPanel()->list();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.items().constFirst().word, utf8("開發"));
    QCOMPARE(kept.items().constFirst().entry.glosses, item.entry.glosses);
    QCOMPARE(kept.items().constFirst().exampleEnglish, item.exampleEnglish);
}

void TestReadingAidsWindow::pinyinReadsHeteronymsByWord()
{
    QVERIFY(open(writeText(QStringLiteral("heteronyms.txt"),
                           utf8("我們去銀行取錢。長城很長。他喜歡聽音樂。\n"
                                "We went to the bank for money. The Great Wall is long. He "
                                "likes music.\n"))));
    ReadingAids *aids = m_window->readingAids();
    aids->setRuby(RubyKind::Pinyin, ToneColours::Off);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading(); }));
    SentencePane *pane = m_window->chinesePane();
    const QList<RubyPlacement> placements = pane->rubyPlacements(pane->viewport()->rect());
    QStringList readings;
    for (const RubyPlacement &placement : placements)
        readings.append(placement.text);
    const QString all = readings.join(u' ');
    QVERIFY2(all.contains(utf8("yín háng")), qPrintable(all));
    QVERIFY2(all.contains(utf8("Cháng chéng")), qPrintable(all));
    QVERIFY2(all.contains(utf8("yīn yuè")), qPrintable(all));
    // Each reading sits over its own character, above the line, and never on its neighbour.
    const TextHit bank = findShown(*m_window, pane, Language::Chinese, utf8("銀行"));
    const QRect hang = pane->rangeRect({bank.sentence, bank.offset + 1, 1});
    const auto over = std::find_if(placements.cbegin(), placements.cend(),
                                   [&](const RubyPlacement &p) { return p.text == utf8("háng"); });
    QVERIFY(over != placements.cend());
    QVERIFY(over->rect.bottom() <= hang.top() + 1);
    QVERIFY(over->rect.bottom() >= hang.top() - hang.height());
    QVERIFY(std::abs(over->rect.center().x() - hang.center().x()) < hang.width() / 2.0);
    // With pinyin on, the pop-up still finds the word under the pointer.
    moveMouse(pane, characterPoint(pane, bank));
    QCOMPARE(m_window->readingAids()->popup()->match().entries.constFirst().pinyin,
             utf8("yín háng"));
    if (testing::takingScreenshots())
        QVERIFY(QTest::qWaitForWindowExposed(m_window->readingAids()->popup()));
    testing::saveScreen(QStringLiteral("pinyin-screen"));
    for (int i = 1; i < placements.size(); ++i)
        if (placements.at(i).rect.top() == placements.at(i - 1).rect.top())
            QVERIFY(placements.at(i).rect.left() >= placements.at(i - 1).rect.right() - 0.5);
    saveScreenshot(*m_window, QStringLiteral("pinyin-window"));

    aids->setRuby(RubyKind::None, ToneColours::Off);
    QVERIFY(pane->rubyPlacements(pane->viewport()->rect()).isEmpty());
}

void TestReadingAidsWindow::pinyinKeepsClickTargetsAndLevelling()
{
    QVERIFY(open(MainWindow::samplePath()));
    SentencePane *chinese = m_window->chinesePane();
    SentencePane *english = m_window->englishPane();
    const QList<int> beadsBefore = chinese->beadsShown();
    m_window->readingAids()->setRuby(RubyKind::Pinyin, ToneColours::Pleco);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading(); }));
    QCOMPARE(chinese->beadsShown(), beadsBefore);
    QVERIFY(!chinese->rubyPlacements(chinese->viewport()->rect()).isEmpty());
    QVERIFY(english->rubyPlacements(english->viewport()->rect()).isEmpty());
    for (int index : {3, 5, 9}) {
        const SentenceKey key{Language::Chinese, index};
        chinese->ensureSentenceVisible(key);
        QTest::mouseClick(chinese->viewport(), Qt::LeftButton, {}, chinese->sentencePoint(key));
        const int bead = m_window->alignedText()->beadOf(key);
        QCOMPARE(m_window->selectedBead(), bead);
        // The counterpart comes level with the sentence clicked.
        SentenceKey counterpart;
        for (const SentenceKey &each : m_window->alignedText()->beadSentences(bead))
            if (each.language == Language::English && !counterpart.isValid())
                counterpart = each;
        if (counterpart.isValid())
            QVERIFY(std::abs(english->sentenceRect(counterpart).top() -
                             chinese->sentenceRect(key).top()) <= 2);
    }
    // Scrolling the Chinese moves the English in step, pinyin or not.
    QScrollBar *bar = chinese->verticalScrollBar();
    for (int value : {bar->maximum() / 3, bar->maximum() / 2}) {
        bar->setValue(value);
        QVERIFY(std::abs(english->positionAtTop().first - chinese->positionAtTop().first) <= 1);
    }
    // The reading above a character is part of its line's click target.
    const QList<RubyPlacement> placements = chinese->rubyPlacements(chinese->viewport()->rect());
    const RubyPlacement &reading = placements.at(placements.size() / 2);
    const TextHit below = chinese->characterAt(reading.rect.center().toPoint() + QPoint(0, 2));
    QVERIFY(below.sentence.isValid());
    const QRect character = chinese->rangeRect(below);
    QVERIFY(character.top() >= reading.rect.bottom() - 1);
}

void TestReadingAidsWindow::zhuyinAndToneColours()
{
    QVERIFY(
        open(writeText(QStringLiteral("bank.txt"), utf8("我們去銀行。\nWe went to the bank.\n"))));
    ReadingAids *aids = m_window->readingAids();
    aids->setRuby(RubyKind::Zhuyin, ToneColours::Pleco);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading(); }));
    SentencePane *pane = m_window->chinesePane();
    const QList<RubyPlacement> placements = pane->rubyPlacements(pane->viewport()->rect());
    const auto yin = std::find_if(placements.cbegin(), placements.cend(),
                                  [](const RubyPlacement &p) { return p.text == utf8("ㄧㄣˊ"); });
    QVERIFY(yin != placements.cend());
    QCOMPARE(yin->colour, toneColour(ToneColours::Pleco, 2, Qt::black));
    QVERIFY(yin->colour != toneColour(ToneColours::Mdbg, 2, Qt::black));
    saveScreenshot(*m_window, QStringLiteral("zhuyin-window"));
    // Interleaved, dark and zoomed: readings over the Chinese only, in room that follows the
    // font size.
    m_window->setReaderLayout(MainWindow::ReaderLayout::Interleaved);
    m_window->setThemeChoice(MainWindow::ThemeChoice::Dark);
    m_window->zoom(4);
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading(); }));
    // The readings are laid out again in the zoomed font once the queued restore has run.
    const auto readingsShown = [pane] {
        return pane->rubyPlacements(pane->viewport()->rect());
    };
    QTRY_VERIFY(!readingsShown().isEmpty() &&
                readingsShown().constFirst().rect.height() > yin->rect.height());
    const QList<RubyPlacement> interleaved = readingsShown();
    const TextHit english = findShown(*m_window, pane, Language::English, QStringLiteral("bank"));
    const QRect englishLine = pane->rangeRect(english);
    for (const RubyPlacement &placement : interleaved) {
        QVERIFY(placement.rect.bottom() < englishLine.top());
        QVERIFY(placement.rect.height() > yin->rect.height()); // zoomed with the text
    }
    const auto darkYin =
        std::find_if(interleaved.cbegin(), interleaved.cend(),
                     [](const RubyPlacement &p) { return p.text == utf8("ㄧㄣˊ"); });
    QVERIFY(darkYin != interleaved.cend());
    QCOMPARE(darkYin->colour, toneColour(ToneColours::Pleco, 2, Qt::white));
    QVERIFY(darkYin->colour.lightness() > yin->colour.lightness());
    saveScreenshot(*m_window, QStringLiteral("zhuyin-interleaved-dark"));
    aids->setRuby(RubyKind::Pinyin, ToneColours::Mdbg);
    QCOMPARE(QSettings().value(SettingsKey::Ruby).toInt(), int(RubyKind::Pinyin));
    QCOMPARE(QSettings().value(SettingsKey::ToneColours).toInt(), int(ToneColours::Mdbg));
}

void TestReadingAidsWindow::concordanceClickSelectsThePair()
{
    QVERIFY(open(MainWindow::samplePath()));
    ConcordancePanel *panel = m_window->readingAids()->concordancePanel();
    QVERIFY(!panel->isVisible());
    const QList<QAction *> actions = m_window->allActions();
    const auto toggle = std::find(actions.cbegin(), actions.cend(), panel->toggleViewAction());
    QVERIFY(toggle != actions.cend());
    panel->toggleViewAction()->trigger();
    QVERIFY(panel->isVisible());
    panel->setQuery(utf8("西部大开发"));
    QTRY_VERIFY(panel->hits().size() >= 3); // Built on a worker when the panel first shows.
    const int bead = panel->hits().at(1).bead;
    auto *results = panel->findChild<QTextBrowser *>(QStringLiteral("results"));
    emit results->anchorClicked(QUrl(QStringLiteral("pair:#%1").arg(bead)));
    QCOMPARE(m_window->selectedBead(), bead);
    saveScreenshot(*m_window, QStringLiteral("concordance-window"));

    // Another document: the concordance searches it, not the old one.
    QVERIFY(
        open(writeText(QStringLiteral("bank.txt"), utf8("我們去銀行。\nWe went to the bank.\n"))));
    panel->setQuery(utf8("銀行"));
    QTRY_COMPARE(panel->hits().size(), 1);
}

void TestReadingAidsWindow::vocabularyRowSelectsThePair()
{
    QVERIFY(open(MainWindow::samplePath()));
    ReadingAids *aids = m_window->readingAids();
    SentencePane *pane = m_window->chinesePane();
    const TextHit word = findShown(*m_window, pane, Language::Chinese, utf8("改革"));
    moveMouse(pane, characterPoint(pane, word));
    QVERIFY(aids->addLookedUpWord());
    QVERIFY(!aids->addLookedUpWord()); // once only
    m_window->selectBead(0);
    emit aids->vocabularyPanel()->pairActivated(aids->vocabularyPanel()->list().items()[0].bead);
    QCOMPARE(m_window->selectedBead(), m_window->alignedText()->beadOf(word.sentence));
}

void TestReadingAidsWindow::scriptMenuFitsTheSource()
{
    const auto visibleScripts = [this] {
        QList<ChineseScript> scripts;
        for (QAction *action : m_window->allActions())
            if (action->actionGroup() && action->isVisible() &&
                action->text().contains(QLatin1String("Traditional (")) +
                        action->text().contains(QLatin1String("&Simplified")) +
                        action->text().contains(QLatin1String("&Original")) >
                    0)
                scripts.append(ChineseScript(action->data().toInt()));
        std::sort(scripts.begin(), scripts.end());
        return scripts;
    };
    QVERIFY(open(writeText(QStringLiteral("simplified.txt"),
                           utf8("这个软件的信息很有用。我们在网络上发展。\n"
                                "The information in this software is useful. We develop on the "
                                "network.\n"))));
    // A Simplified text converts to every Traditional, not to Simplified.
    QCOMPARE(
        visibleScripts(),
        (QList<ChineseScript>{ChineseScript::Original, ChineseScript::TraditionalTaiwan,
                              ChineseScript::TraditionalHongKong, ChineseScript::Traditional}));
    auto *phrases = m_window->findChild<QAction *>(QStringLiteral("phraseConversion"));
    QVERIFY(phrases && phrases->isEnabled());

    // The Traditional sample converts to Simplified (and the other Traditional standards).
    QVERIFY(open(MainWindow::samplePath()));
    const QList<ChineseScript> scripts = visibleScripts();
    QVERIFY(scripts.contains(ChineseScript::Simplified));
    QVERIFY(scripts.size() < 5);
}

void TestReadingAidsWindow::phraseConversionKeepsTheSentences()
{
    QVERIFY(open(writeText(QStringLiteral("simplified.txt"),
                           utf8("这个软件的信息很有用。我们在网络上发展。\n"
                                "The information in this software is useful. We develop on the "
                                "network.\n"))));
    SentencePane *pane = m_window->chinesePane();
    const QList<int> beads = pane->beadsShown();
    m_window->setScript(ChineseScript::TraditionalTaiwan);
    QVERIFY(pane->toPlainText().contains(utf8("軟件")));
    m_window->findChild<QAction *>(QStringLiteral("phraseConversion"))->trigger();
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading(); }));
    QVERIFY2(pane->toPlainText().contains(utf8("軟體")), qPrintable(pane->toPlainText()));
    QVERIFY(pane->toPlainText().contains(utf8("網路")));
    QCOMPARE(pane->beadsShown(), beads);
    // Hovering the converted word shows what was written.
    const TextHit word = findShown(*m_window, pane, Language::Chinese, utf8("軟體"));
    moveMouse(pane, characterPoint(pane, word));
    QVERIFY2(popupText(*m_window).contains(utf8("As written: 软件")),
             qPrintable(popupText(*m_window)));
    m_window->findChild<QAction *>(QStringLiteral("phraseConversion"))->trigger();
    QVERIFY(pane->toPlainText().contains(utf8("軟件")));
}

void TestReadingAidsWindow::exportAndPrintConvertAsShown()
{
    // 软件 is 軟體 in Taiwan's vocabulary (s2twp) and 軟件 character for character (s2tw).
    QVERIFY(open(writeText(QStringLiteral("software.txt"),
                           utf8("这个软件的信息很有用。\nThe information in this software is "
                                "useful.\n"))));
    m_window->setScript(ChineseScript::TraditionalTaiwan);
    m_window->findChild<QAction *>(QStringLiteral("phraseConversion"))->trigger();
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading(); }));
    QVERIFY(m_window->chinesePane()->toPlainText().contains(utf8("軟體")));
    for (const auto &[format, suffix] :
         {std::pair{ExportFormat::Tsv, "tsv"}, std::pair{ExportFormat::Html, "html"},
          std::pair{ExportFormat::Tmx, "tmx"}, std::pair{ExportFormat::Json, "json"}}) {
        const QString exported = exportThroughMenu(
            format, m_dir.filePath(QStringLiteral("phrases.") + QLatin1String(suffix)));
        QVERIFY2(exported.contains(utf8("這個軟體")),
                 qPrintable(QLatin1String(suffix) + exported.left(2000)));
    }
    const auto shown = [this](ChineseScript script) {
        return m_window->readerDocument()->conversionFor(script);
    };
    Result<AlignedPairs> printed =
        printedPairs(*m_window->alignedText(), m_window->script(), shown);
    QVERIFY(printed);
    QCOMPARE(printed->pairs.constFirst().chinese, utf8("這個軟體的資訊很有用。"));

    // Without phrase conversion, the same characters as on screen.
    m_window->findChild<QAction *>(QStringLiteral("phraseConversion"))->trigger();
    QVERIFY(QTest::qWaitFor([this] { return !m_window->isLoading(); }));
    QVERIFY(m_window->chinesePane()->toPlainText().contains(utf8("軟件")));
    QVERIFY(exportThroughMenu(ExportFormat::Tsv, m_dir.filePath(QStringLiteral("plain.tsv")))
                .contains(utf8("這個軟件")));
    printed = printedPairs(*m_window->alignedText(), m_window->script(), shown);
    QVERIFY(printed);
    QCOMPARE(printed->pairs.constFirst().chinese, utf8("這個軟件的信息很有用。"));
}

void TestReadingAidsWindow::hoveringAWordLinksItsTranslation()
{
    QVERIFY(open(MainWindow::samplePath()));
    SentencePane *chinese = m_window->chinesePane();
    SentencePane *english = m_window->englishPane();
    const TextHit word = findShown(*m_window, chinese, Language::Chinese, utf8("改革"));
    QVERIFY(word.sentence.isValid());
    ReadingAids *aids = m_window->readingAids();
    // Outside the selected pair, nothing is linked.
    m_window->selectBead(0);
    QVERIFY(aids->linkWordsAt(chinese, characterPoint(chinese, word)).isEmpty());
    const int bead = m_window->alignedText()->beadOf(word.sentence);
    m_window->selectBead(bead);
    const QList<TextHit> links = aids->linkWordsAt(chinese, characterPoint(chinese, word));
    QVERIFY(!links.isEmpty());
    for (const TextHit &link : links)
        QCOMPARE(link.sentence.language, Language::English);
    const TextHit &first = links.constFirst();
    QCOMPARE(english->sentenceDisplayText(first.sentence).mid(first.offset, first.length),
             QStringLiteral("reform"));
    const QList<QTextEdit::ExtraSelection> marks = english->extraSelections();
    QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [](const QTextEdit::ExtraSelection &mark) {
        return mark.cursor.selectedText() == QLatin1String("reform");
    }));
    // And back: the English word links to its Chinese.
    const TextHit reform = {first.sentence, first.offset, first.length};
    const QList<TextHit> back = aids->linkWordsAt(english, characterPoint(english, reform, 1));
    QVERIFY(std::any_of(back.cbegin(), back.cend(), [&](const TextHit &link) {
        return chinese->sentenceDisplayText(link.sentence).mid(link.offset, link.length) ==
               utf8("改革");
    }));
    saveScreenshot(*m_window, QStringLiteral("word-links"));
}

void TestReadingAidsWindow::wordLinksUseTheDocumentsOwnPairs()
{
    // 沃卡梅 (Vokamei) is in no dictionary; the aligner learns it from the pairs it comes in.
    QVERIFY(open(writeText(
        QStringLiteral("name.txt"),
        utf8("沃卡梅住在山上。沃卡梅每天早上喝茶。我們的老師叫沃卡梅。他的朋友很喜歡沃卡梅。"
             "今天下雨了。沃卡梅明天去北京。這個城市很大。沃卡梅寫了一本書。\n"
             "Vokamei lives on the mountain. Vokamei drinks tea every morning. Our teacher is "
             "called Vokamei. His friend likes Vokamei very much. It rained today. Vokamei goes "
             "to Beijing tomorrow. This city is big. Vokamei wrote a book.\n"))));
    // Aligned here, the aligner hands back what it learned; saved and opened again, the pairs
    // are learned from the project's alignment after it opens.
    const QString project = m_dir.filePath(QStringLiteral("name.duizhao"));
    QVERIFY(ProjectFile::save(m_window->readerDocument()->project({}), project));
    for (bool reopened : {false, true}) {
        if (reopened) {
            QVERIFY(open(project));
            QVERIFY(
                QTest::qWaitFor([this] { return bool(m_window->alignedText()->learnedWords()); }));
        }
        checkNameLinks();
        if (QTest::currentTestFailed())
            return;
    }
}

void TestReadingAidsWindow::checkNameLinks()
{
    SentencePane *chinese = m_window->chinesePane();
    SentencePane *english = m_window->englishPane();
    const TextHit name = findShown(*m_window, chinese, Language::Chinese, utf8("沃卡梅"));
    QVERIFY(name.sentence.isValid());
    m_window->selectBead(m_window->alignedText()->beadOf(name.sentence));
    ReadingAids *aids = m_window->readingAids();
    // The middle character is a dictionary word (卡, card) whose glosses are not in the pair.
    const QList<TextHit> links = aids->linkWordsAt(chinese, characterPoint(chinese, name, 1));
    QCOMPARE(links.size(), 1);
    QCOMPARE(english->sentenceDisplayText(links.first().sentence)
                 .mid(links.first().offset, links.first().length),
             QStringLiteral("Vokamei"));
    // And back: the English name marks the whole Chinese name.
    QList<TextHit> back = aids->linkWordsAt(english, characterPoint(english, links.first()));
    QVERIFY(!back.isEmpty());
    std::sort(back.begin(), back.end(),
              [](const TextHit &a, const TextHit &b) { return a.offset < b.offset; });
    QString marked;
    for (const TextHit &hit : back) {
        QCOMPARE(hit.sentence, name.sentence);
        marked += chinese->sentenceDisplayText(hit.sentence).mid(hit.offset, hit.length);
    }
    QCOMPARE(marked, utf8("沃卡梅"));
    saveScreenshot(*m_window, QStringLiteral("learned-word-links"));
}

void TestReadingAidsWindow::readAloudSaysWhyItCannot()
{
    QVERIFY(open(MainWindow::samplePath()));
    ReadingAids *aids = m_window->readingAids();
    QSignalSpy notices(aids, &ReadingAids::notice);
    m_window->selectBead(-1);
    QVERIFY(!aids->readSelectedPair());
    QCOMPARE(notices.size(), 1);
    m_window->selectBead(2);
    const bool started = aids->readSelectedPair();
    // Either the system reads it, or the reader is told why not, in words.
    if (!started) {
        QCOMPARE(notices.size(), 2);
        QVERIFY(!notices.last().at(0).toString().isEmpty());
        QCOMPARE(m_window->statusBar()->currentMessage(), notices.last().at(0).toString());
    }
}

QTEST_MAIN(TestReadingAidsWindow)
#include "tst_readingaidswindow.moc"
