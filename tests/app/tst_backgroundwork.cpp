// The reader's work off the UI thread: it runs below the window's priority, and opening works
// out in the background what showing the text needs (so the window does not stall for it).
#include "app/gui/BackgroundTask.h"
#include "app/gui/ImportJob.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReaderDocument.h"
#include "tests/app/GeneratedText.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace duizhao;

class TestBackgroundWork : public QObject
{
    Q_OBJECT

private slots:
    void backgroundWorkRunsBelowTheWindow();
    void openingDetectsTheScriptInTheBackground();
    void openingHandsTheScriptToTheReader();
};

void TestBackgroundWork::backgroundWorkRunsBelowTheWindow()
{
#ifndef Q_OS_LINUX
    QSKIP("Thread priorities are lowered on Linux only");
#else
    const int windowNiceness = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    auto result = std::make_shared<BackgroundResult<int>>();
    QFuture<void> done = runInBackground(backgroundPool(), result, [](QPromise<void> &) {
        return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    });
    done.waitForFinished();
    const std::optional<int> niceness = result->take();
    QVERIFY(niceness);
    QCOMPARE(*niceness, std::min(windowNiceness + BackgroundNiceness, 19));
    // The window's own thread keeps its priority.
    QCOMPARE(getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())), windowNiceness);
#endif
}

void TestBackgroundWork::openingDetectsTheScriptInTheBackground()
{
    const ImportResult traditional = ImportJob::run({MainWindow::samplePath()}, {}, {});
    QVERIFY(traditional.text);
    QVERIFY(traditional.chineseVariant);
    QVERIFY(*traditional.chineseVariant != ChineseVariant::Simplified);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("simplified.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("西部地区的发展取得了新的进展。\n\n会议还研究了其他事项。\n\n"
                                  "The western region made new progress.\n\n"
                                  "The meeting also studied other matters.\n")
                       .toUtf8());
    }
    const ImportResult simplified = ImportJob::run({path}, {}, {});
    QVERIFY(simplified.text);
    QCOMPARE(simplified.chineseVariant, std::optional(ChineseVariant::Simplified));
}

void TestBackgroundWork::openingHandsTheScriptToTheReader()
{
    // What the job found is what the reader uses, without guessing again on the UI thread.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.txt"));
    QVERIFY(testing::writeGeneratedPairs(path, 50));
    ImportResult result = ImportJob::run({path}, {}, {});
    QVERIFY(result.text);
    QVERIFY(result.chineseVariant != ChineseVariant::TraditionalHongKong);
    ReaderDocument document;
    document.open(std::move(*result.text), {path}, {}, ChineseVariant::TraditionalHongKong);
    QCOMPARE(document.originalVariant(), ChineseVariant::TraditionalHongKong);
    QCOMPARE(document.conversionFor(ChineseScript::Simplified), QStringLiteral("hk2s"));
}

QTEST_MAIN(TestBackgroundWork)
#include "tst_backgroundwork.moc"
