// The reading-aid widgets offscreen: the dictionary pop-up and the concordance panel, also as it
// follows the window's script.

#include "app/gui/ConcordancePanel.h"
#include "app/gui/DictionaryPopup.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReadingAids.h"
#include "app/gui/SpeechReader.h"
#include "app/gui/VocabularyPanel.h"
#include "core/align/Aligner.h"
#include "core/parse/DocumentReader.h"
#include "tests/app/PrivateSettings.h"
#include "tests/app/Screenshots.h"
#include "tests/app/TestWindow.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace duizhao;
using duizhao::testing::saveScreenshot;

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

/// The text of every highlighted hit of @p panel's Chinese, as listed.
QStringList chineseHitTexts(const ConcordancePanel &panel)
{
    QStringList texts;
    for (const ConcordanceHit &hit : panel.hits())
        for (const TextRange &range : hit.chineseHits)
            texts << hit.chinese.mid(range.start, range.length);
    return texts;
}

QString fileText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestReadingAidWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void popupShowsEntries();
    void popupAddsToVocabulary();
    void popupWithoutEntries();
    void concordancePanelSearchesAndJumps();
    void concordancePanelShowsTheConvertedScript();
    void concordanceFollowsTheWindowsScript();
    void vocabularyPanelListsAndExports();
    void speechReaderSpeaksOrSaysWhyNot();
};

void TestReadingAidWidgets::initTestCase()
{
    testing::usePrivateSettings();
}

void TestReadingAidWidgets::popupShowsEntries()
{
    const auto dictionary = Dictionary::shared();
    const QString text = utf8("推動西部大開發");
    DictionaryPopup popup;
    popup.showMatch(dictionary->longestMatch(text, 5), QPoint(20, 20), utf8("開發"));
    QVERIFY(popup.isVisible());
    const auto *label = popup.findChild<QLabel *>(QStringLiteral("entries"));
    QVERIFY(label);
    QVERIFY(label->text().contains(utf8("開發 · 开发")));
    QVERIFY(label->text().contains(utf8("kāi")));
    QVERIFY(label->text().contains(QLatin1String("to develop")));
    QVERIFY(label->text().contains(QLatin1String("#d7263d"))); // tone 1 colour
    popup.setMatch(dictionary->longestMatch(utf8("銀行"), 0));
    QVERIFY(label->text().contains(utf8("家 jiā")));
    popup.setZhuyin(true);
    QVERIFY(label->text().contains(utf8("ㄧㄣˊ")));
    popup.setZhuyin(false);
    saveScreenshot(popup, QStringLiteral("dictionary-popup"));
    QTest::keyClick(&popup, Qt::Key_Escape);
    QVERIFY(!popup.isVisible());
}

void TestReadingAidWidgets::popupAddsToVocabulary()
{
    DictionaryPopup popup;
    popup.setMatch(Dictionary::shared()->longestMatch(utf8("開發"), 0));
    QSignalSpy added(&popup, &DictionaryPopup::addToVocabulary);
    auto *button = popup.findChild<QPushButton *>(QStringLiteral("addToVocabulary"));
    QVERIFY(button && button->isEnabled());
    button->click();
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).value<DictionaryEntry>().simplified, utf8("开发"));
}

void TestReadingAidWidgets::popupWithoutEntries()
{
    DictionaryPopup popup;
    popup.setMatch(Dictionary::shared()->longestMatch(QStringLiteral("abc"), 0));
    QVERIFY(!popup.findChild<QPushButton *>(QStringLiteral("addToVocabulary"))->isEnabled());
}

void TestReadingAidWidgets::concordancePanelSearchesAndJumps()
{
    Result<Document> document = readDocument(
        {QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt")});
    QVERIFY(document.hasValue());
    Result<QList<Bead>> beads = alignDocument(*document);
    QVERIFY(beads.hasValue());
    ConcordancePanel panel;
    panel.resize(520, 420);
    panel.setConcordance(std::make_shared<Concordance>(*document, *beads));
    panel.setQuery(utf8("西部大开发"));
    QVERIFY(panel.hits().size() >= 3);
    auto *results = panel.findChild<QTextBrowser *>(QStringLiteral("results"));
    QVERIFY(results->toHtml().contains(QLatin1String("#ffe066")));
    QVERIFY(results->toPlainText().contains(utf8("西部大開發")));
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("count"))->text().isEmpty());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    saveScreenshot(panel, QStringLiteral("concordance-panel"));

    QSignalSpy activated(&panel, &ConcordancePanel::pairActivated);
    emit results->anchorClicked(QUrl(QStringLiteral("pair:#%1").arg(panel.hits().first().bead)));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), panel.hits().first().bead);

    QTemporaryDir dir;
    QCOMPARE(panel.exportTsv(dir.filePath(QStringLiteral("hits.tsv"))), QString());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("hits.tsv"))));
    QVERIFY(!panel.exportTsv(dir.filePath(QStringLiteral("no/such/dir/hits.tsv"))).isEmpty());

    panel.setQuery(QStringLiteral("meetings"));
    QVERIFY(!panel.hits().isEmpty());
    QVERIFY(!panel.hits().first().englishHits.isEmpty());
}

void TestReadingAidWidgets::concordancePanelShowsTheConvertedScript()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blog.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(utf8("我在部落格寫文章。\nI write articles on my blog.\n").toUtf8());
    file.close();
    Result<Document> document = readDocument({path});
    QVERIFY(document.hasValue());
    Result<QList<Bead>> beads = alignDocument(*document);
    QVERIFY(beads.hasValue());
    ConcordancePanel panel;
    panel.setConcordance(std::make_shared<Concordance>(*document, *beads));
    // Taiwan phrases to Mainland ones: 部落格 becomes 博客, one character shorter, and what
    // follows it moves; each hit is highlighted where the converted text has it.
    panel.setConversion(QStringLiteral("tw2sp"));
    panel.setQuery(utf8("部落格"));
    QCOMPARE(panel.hits().size(), 1);
    QCOMPARE(panel.hits().constFirst().chinese, utf8("我在博客写文章。"));
    QCOMPARE(chineseHitTexts(panel), QStringList{utf8("博客")});
    auto *results = panel.findChild<QTextBrowser *>(QStringLiteral("results"));
    QVERIFY(results->toPlainText().contains(utf8("我在博客写文章。")));
    panel.setQuery(utf8("文章"));
    QCOMPARE(chineseHitTexts(panel), QStringList{utf8("文章")});
    panel.setQuery(utf8("写"));
    QCOMPARE(chineseHitTexts(panel), QStringList{utf8("写")});
    const QString tsv = dir.filePath(QStringLiteral("hits.tsv"));
    QCOMPARE(panel.exportTsv(tsv), QString());
    QVERIFY(fileText(tsv).contains(utf8("我在博客[写]文章。")));
    // Back to the original script.
    panel.setConversion(QString());
    QCOMPARE(chineseHitTexts(panel), QStringList{utf8("寫")});
    QCOMPARE(panel.hits().constFirst().chinese, utf8("我在部落格寫文章。"));
}

void TestReadingAidWidgets::concordanceFollowsTheWindowsScript()
{
    const std::unique_ptr<MainWindow> window = testing::shownWindow({1000, 600});
    QVERIFY(window);
    QVERIFY(window->openFiles({MainWindow::samplePath()}));
    QVERIFY(QTest::qWaitFor([&window] { return !window->isLoading() && window->alignedText(); },
                            30000));
    ConcordancePanel *panel = window->readingAids()->concordancePanel();
    panel->toggleViewAction()->trigger();
    panel->setQuery(utf8("西部大開發"));
    QTRY_VERIFY(panel->hits().size() >= 3); // Built on a worker when the panel first shows.
    auto *results = panel->findChild<QTextBrowser *>(QStringLiteral("results"));
    QVERIFY(results->toPlainText().contains(utf8("西部大開發")));

    // The reader in Simplified: the list and its TSV in Simplified too, hits highlighted.
    window->setScript(ChineseScript::Simplified);
    QTRY_VERIFY(results->toPlainText().contains(utf8("西部大开发")));
    QVERIFY(!results->toPlainText().contains(utf8("西部大開發")));
    for (const QString &hit : chineseHitTexts(*panel))
        QCOMPARE(hit, utf8("西部大开发"));
    QVERIFY(results->toHtml().contains(QLatin1String("#ffe066")));
    saveScreenshot(*window, QStringLiteral("concordance-simplified"));
    QTemporaryDir dir;
    const QString tsv = dir.filePath(QStringLiteral("hits.tsv"));
    QCOMPARE(panel->exportTsv(tsv), QString());
    QVERIFY(fileText(tsv).contains(utf8("[西部大开发]")));
    QVERIFY(!fileText(tsv).contains(utf8("開發")));

    window->setScript(ChineseScript::Original);
    QTRY_VERIFY(results->toPlainText().contains(utf8("西部大開發")));
}

void TestReadingAidWidgets::vocabularyPanelListsAndExports()
{
    const auto dictionary = Dictionary::shared();
    VocabularyPanel panel;
    auto *table = panel.findChild<QTableWidget *>(QStringLiteral("words"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("exportAnki"))->isEnabled());
    QVERIFY(panel.addItem({utf8("開發"), dictionary->lookup(utf8("開發")).first(),
                           utf8("西部大開發"), QStringLiteral("development"), 4}));
    QVERIFY(!panel.addItem({utf8("开发"), dictionary->lookup(utf8("开发")).first(), {}, {}, 5}));
    QVERIFY(panel.addItem({utf8("銀行"), dictionary->lookup(utf8("銀行")).first(), {}, {}, -1}));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 1)->text(), utf8("kāi fā"));

    QSignalSpy activated(&panel, &VocabularyPanel::pairActivated);
    emit table->cellDoubleClicked(0, 0);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), 4);
    emit table->cellDoubleClicked(1, 0); // no example pair: nothing to show
    QCOMPARE(activated.size(), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vocabulary.tsv"));
    QCOMPARE(panel.exportAnkiTsv(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(utf8("開發 开发\tkāi fā\t")));

    table->setCurrentCell(1, 0);
    panel.removeSelected();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(panel.list().items().first().word, utf8("開發"));
}

void TestReadingAidWidgets::speechReaderSpeaksOrSaysWhyNot()
{
    SpeechReader reader;
    QSignalSpy unavailable(&reader, &SpeechReader::unavailable);
    for (const Language language : {Language::Chinese, Language::English}) {
        const bool started = reader.speak(utf8("西部大開發"), language);
        // Whatever this machine has: either reading starts, or the reader says why it cannot.
        QCOMPARE(started, reader.notice().isEmpty());
        if (!reader.hasEngine())
            QVERIFY(!started);
        reader.stop();
    }
    for (const QList<QVariant> &arguments : unavailable)
        QVERIFY(!arguments.at(0).toString().isEmpty());
}

QTEST_MAIN(TestReadingAidWidgets)
#include "tst_readingaids.moc"
