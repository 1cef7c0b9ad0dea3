#include "app/gui/MainWindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace duizhao;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensTheBundledSample();
    void badFileKeepsTheOpenDocument();
};

void TestMainWindow::opensTheBundledSample()
{
    MainWindow window;
    QVERIFY(window.openSample());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.document());
    QCOMPARE(window.document()->sentenceRefs(Language::Chinese).size(), 14);
    auto *chinese = window.findChild<QTextBrowser *>(QStringLiteral("chinesePane"));
    auto *english = window.findChild<QTextBrowser *>(QStringLiteral("englishPane"));
    QVERIFY(chinese && english);
    QVERIFY(chinese->toPlainText().contains(QStringLiteral("會議還研究了其他事項。")));
    QVERIFY(!chinese->toPlainText().contains(QStringLiteral("發佈時間")));
    QVERIFY(english->toPlainText().contains(QStringLiteral("Some other issues")));
    auto *header = window.findChild<QLabel *>(QStringLiteral("metadataHeader"));
    QVERIFY(header->text().contains(QStringLiteral("曹川川")));
    QVERIFY(header->text().contains(QStringLiteral("2024-08-27 08:40:00")));
}

void TestMainWindow::badFileKeepsTheOpenDocument()
{
    MainWindow window;
    QVERIFY(window.openSample());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("binary.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\x7F"
                          "ELF\0\0\0\0",
                          8));
    file.close();
    QVERIFY(!window.openFiles({path}));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("not a text file")));
    QVERIFY(window.document());
    QCOMPARE(window.document()->sentenceRefs(Language::English).size(), 19);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
