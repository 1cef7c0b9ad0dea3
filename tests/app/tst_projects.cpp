// Projects in the reader window: Save / Save As, reopening with the pairs and the place, the
// unsaved-changes question, the recovery copy after a crash, aligned files opened as they are.

#include "app/gui/MainWindow.h"
#include "app/gui/ProjectActions.h"
#include "app/gui/ReaderDocument.h"
#include "core/export/TmxWriter.h"
#include "core/project/ProjectFile.h"
#include "core/sync/ReadingPosition.h"
#include "tests/app/PrivateSettings.h"
#include "tests/io/ScratchFilesystem.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLockFile>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace duizhao;
using duizhao::testing::fileBytes;
using duizhao::testing::writeBytes;

namespace {

constexpr int OpenTimeoutMs = 30000;

/// Answers every question with the next of @p answers, recording what was asked.
struct ScriptedAnswers
{
    QList<QMessageBox::StandardButton> answers;
    QStringList asked;

    ProjectActions::Question question()
    {
        return [this](const QString &title, const QString &text, QMessageBox::StandardButtons) {
            asked.append(title + u'\n' + text);
            return answers.isEmpty() ? QMessageBox::Cancel : answers.takeFirst();
        };
    }
};

} // namespace

class TestProjects : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void saveWritesTheProjectAndClearsTheMark();
    void reopenedProjectHasItsPairsAndPlace();
    void closingAsksBeforeDiscarding();
    void openingAnotherFileAsksFirst();
    void recoveryIsOfferedAfterACrash();
    void recoveryCanBeDiscarded();
    void recoveryOfAKilledProcessIsOffered();
    void damagedAndNewerProjectsAreRefused();
    void tmxOpensWithConfirmedPairs();
    void droppedProjectOpens();

private:
    std::unique_ptr<MainWindow> newWindow();
    bool open(MainWindow &window, const QStringList &paths);
    MainWindow &window() { return *m_window; }
    ReaderDocument &document() { return *m_window->readerDocument(); }

    std::unique_ptr<MainWindow> m_window;
    ScriptedAnswers m_answers;
    QString m_savePath;
    QTemporaryDir m_dir;
};

void TestProjects::initTestCase()
{
    testing::usePrivateSettings();
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<MainWindow> TestProjects::newWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->projectActions()->setQuestion(m_answers.question());
    window->projectActions()->setSavePathQuestion([this](const QString &) { return m_savePath; });
    window->resize(1000, 500);
    window->show();
    return window;
}

bool TestProjects::open(MainWindow &target, const QStringList &paths)
{
    QSignalSpy opened(&target, &MainWindow::documentOpened);
    if (!target.openFiles(paths))
        return false;
    return QTest::qWaitFor([&] { return !target.isLoading() && opened.count() > 0; },
                           OpenTimeoutMs);
}

void TestProjects::init()
{
    QSettings().clear();
    QDir(ProjectActions::recoveryFolder()).removeRecursively();
    m_answers = {};
    m_savePath.clear();
    m_window = newWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(open(window(), {MainWindow::samplePath()}));
}

void TestProjects::cleanup()
{
    // Whatever a test left unsaved is not asked about again.
    if (m_window)
        document().setModified(false);
    m_window.reset();
}

void TestProjects::saveWritesTheProjectAndClearsTheMark()
{
    QVERIFY(!window().isWindowModified());
    QVERIFY(window().windowTitle().contains(QStringLiteral("[*]")));
    document().setModified(true);
    QVERIFY(window().isWindowModified());
    // No file yet: Save asks where (the name gets the .duizhao extension).
    m_savePath = m_dir.filePath(QStringLiteral("western"));
    window().activateWindow();
    QTest::keySequence(&window(), QKeySequence::Save);
    const QString saved = m_savePath + QStringLiteral(".duizhao");
    QVERIFY(QFile::exists(saved));
    QCOMPARE(document().projectPath(), saved);
    QVERIFY(!document().isModified());
    QVERIFY(!window().isWindowModified());
    const Result<Project> project = ProjectFile::load(saved);
    QVERIFY(project);
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0), saved);
    QCOMPARE(project->beads.size(), window().alignedText()->beads().size());
    // Save As (Ctrl+Shift+S) asks again, and Save then goes to the new file.
    m_savePath = m_dir.filePath(QStringLiteral("western-copy.duizhao"));
    document().setModified(true);
    QTest::keyClick(&window(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QFile::exists(m_savePath));
    QCOMPARE(document().projectPath(), m_savePath);
    QVERIFY(!document().isModified());
    // Saving again goes to the same file without asking.
    m_savePath.clear();
    document().setModified(true);
    QVERIFY(window().projectActions()->save());
    QVERIFY(!document().isModified());
    QVERIFY(m_answers.asked.isEmpty());
}

void TestProjects::reopenedProjectHasItsPairsAndPlace()
{
    const QList<Bead> beads = window().alignedText()->beads();
    window().readingPosition()->setBookmarks({2, 5});
    window().selectBead(3);
    window().setScript(ChineseScript::Simplified);
    window().setReaderLayout(MainWindow::ReaderLayout::Interleaved);
    const QString path = m_dir.filePath(QStringLiteral("reopen.duizhao"));
    QVERIFY(window().projectActions()->saveTo(path));
    const ViewState view = window().viewState();

    // Elsewhere (no memory of where it was read), in another state.
    QSettings().clear();
    auto other = newWindow();
    other->setScript(ChineseScript::Original);
    other->setReaderLayout(MainWindow::ReaderLayout::SideBySide);
    QVERIFY(open(*other, {path}));
    const AlignedText *text = other->alignedText();
    QVERIFY(text);
    QCOMPARE(text->beads().size(), beads.size());
    for (int b = 0; b < beads.size(); ++b)
        QVERIFY(text->beads().at(b).sameLink(beads.at(b)));
    QCOMPARE(other->readerDocument()->projectPath(), path);
    QVERIFY(!other->readerDocument()->isModified());
    QCOMPARE(other->readingPosition()->bookmarks(), (QList<int>{2, 5}));
    QCOMPARE(other->selectedBead(), 3);
    QCOMPARE(other->script(), ChineseScript::Simplified);
    QCOMPARE(other->readerLayout(), MainWindow::ReaderLayout::Interleaved);
    QCOMPARE(other->viewState().bookmarks, view.bookmarks);

    // File → Open Project does the same.
    auto third = newWindow();
    third->projectActions()->setOpenPathQuestion([path] { return path; });
    QSignalSpy opened(third.get(), &MainWindow::documentOpened);
    third->projectActions()->openAction()->trigger();
    QVERIFY(opened.wait(OpenTimeoutMs));
    QCOMPARE(third->readerDocument()->projectPath(), path);
}

void TestProjects::closingAsksBeforeDiscarding()
{
    document().setModified(true);
    m_answers.answers = {QMessageBox::Cancel};
    QVERIFY(!window().close());
    QVERIFY(window().isVisible());
    QVERIFY(document().isModified());
    QCOMPARE(m_answers.asked.size(), 1);
    QVERIFY(m_answers.asked.constFirst().contains(QStringLiteral("not saved")));

    // Save: asks where, saves, then closes.
    m_answers.answers = {QMessageBox::Save};
    m_savePath = m_dir.filePath(QStringLiteral("on-close.duizhao"));
    QVERIFY(window().close());
    QVERIFY(ProjectFile::load(m_savePath));

    // Unmodified: no question at all.
    m_window = newWindow();
    QVERIFY(open(window(), {MainWindow::samplePath()}));
    m_answers.asked.clear();
    QVERIFY(window().close());
    QVERIFY(m_answers.asked.isEmpty());

    // Discard: closes without writing anything.
    m_window = newWindow();
    QVERIFY(open(window(), {MainWindow::samplePath()}));
    document().setModified(true);
    m_answers.answers = {QMessageBox::Discard};
    m_savePath = m_dir.filePath(QStringLiteral("never.duizhao"));
    QVERIFY(window().close());
    QVERIFY(!QFile::exists(m_savePath));
}

void TestProjects::openingAnotherFileAsksFirst()
{
    document().setModified(true);
    const AlignedText *before = window().alignedText();
    m_answers.answers = {QMessageBox::Cancel};
    QVERIFY(!window().openFiles({MainWindow::samplePath()}));
    QVERIFY(!window().isLoading());
    QCOMPARE(window().alignedText(), before);
    QVERIFY(document().isModified());

    m_answers.answers = {QMessageBox::Discard};
    QVERIFY(open(window(), {MainWindow::samplePath()}));
    QVERIFY(!document().isModified());
    QCOMPARE(m_answers.asked.size(), 2);
}

void TestProjects::recoveryIsOfferedAfterACrash()
{
    QVERIFY(window().projectActions()->recoveryPath().isEmpty());
    window().readingPosition()->setBookmarks({4});
    // The autosave timer writes the recovery copy while there are unsaved changes.
    window().projectActions()->setAutosaveInterval(50);
    document().setModified(true);
    QTRY_VERIFY_WITH_TIMEOUT(!window().projectActions()->recoveryPath().isEmpty(), 5000);
    const QString recovery = window().projectActions()->recoveryPath();
    QVERIFY(QFile::exists(recovery));
    const int beads = int(window().alignedText()->beads().size());

    // While that window runs, another one does not offer its changes.
    {
        auto second = newWindow();
        QVERIFY(!second->projectActions()->offerRecovery());
        QVERIFY(m_answers.asked.isEmpty());
    }

    // A crash: the window goes without closing (no question, nothing cleaned up).
    m_window.reset();
    QVERIFY(QFile::exists(recovery));

    m_window = newWindow();
    m_answers.answers = {QMessageBox::Yes};
    QVERIFY(window().projectActions()->offerRecovery());
    QCOMPARE(m_answers.asked.size(), 1);
    QVERIFY(window().alignedText());
    QCOMPARE(window().alignedText()->beads().size(), beads);
    QCOMPARE(window().readingPosition()->bookmarks(), QList<int>{4});
    // Still unsaved, and still recoverable.
    QVERIFY(document().isModified());
    QVERIFY(window().isWindowModified());
    QCOMPARE(window().projectActions()->recoveryPath(), recovery);
    QVERIFY(QFile::exists(recovery));

    // Once saved, the recovery copy goes.
    m_savePath = m_dir.filePath(QStringLiteral("recovered.duizhao"));
    QVERIFY(window().projectActions()->save());
    QVERIFY(!QFile::exists(recovery));
    QVERIFY(!window().projectActions()->offerRecovery());
}

void TestProjects::recoveryCanBeDiscarded()
{
    document().setModified(true);
    QVERIFY(window().projectActions()->writeRecovery());
    m_window.reset();
    m_window = newWindow();
    m_answers.answers = {QMessageBox::Discard};
    QVERIFY(!window().projectActions()->offerRecovery());
    QCOMPARE(m_answers.asked.size(), 1);
    QVERIFY(QDir(ProjectActions::recoveryFolder())
                .entryList({QStringLiteral("*.duizhao")}, QDir::Files)
                .isEmpty());
    QVERIFY(!window().alignedText());
}

void TestProjects::recoveryOfAKilledProcessIsOffered()
{
    document().setModified(true);
    QVERIFY(window().projectActions()->writeRecovery());
    const QString recovery = window().projectActions()->recoveryPath();
    m_window.reset();
    // A process that held the recovery file's lock and was killed: the lock file stays behind,
    // naming a process that no longer runs.
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        QLockFile lock(recovery + QStringLiteral(".lock"));
        ::_exit(lock.tryLock(0) ? 0 : 1);
    }
    int status = -1;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QCOMPARE(WEXITSTATUS(status), 0);
    QVERIFY(QFile::exists(recovery + QStringLiteral(".lock")));

    m_window = newWindow();
    m_answers.answers = {QMessageBox::Yes};
    QVERIFY(window().projectActions()->offerRecovery());
    QVERIFY(document().isModified());
    QCOMPARE(window().projectActions()->recoveryPath(), recovery);
}

void TestProjects::damagedAndNewerProjectsAreRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("good.duizhao"));
    QVERIFY(window().projectActions()->saveTo(path));
    const QByteArray good = fileBytes(path);
    const AlignedText *shown = window().alignedText();

    const QString damaged = m_dir.filePath(QStringLiteral("damaged.duizhao"));
    QVERIFY(writeBytes(damaged, good.left(good.size() / 2)));
    QByteArray newer = good;
    newer.replace("\"version\":1,", "\"version\":99,");
    const QString future = m_dir.filePath(QStringLiteral("future.duizhao"));
    QVERIFY(writeBytes(future, newer));

    for (const auto &[file, words] :
         {std::pair{damaged, QStringLiteral("damaged")},
          std::pair{future, QStringLiteral("newer version of Duizhao")}}) {
        QSignalSpy failed(&window(), &MainWindow::openFailed);
        QVERIFY(window().openFiles({file}));
        QVERIFY(failed.wait(OpenTimeoutMs));
        QVERIFY2(failed.constFirst().constFirst().toString().contains(words),
                 qPrintable(failed.constFirst().constFirst().toString()));
        // The document that was open stays open; the file is not touched.
        QCOMPARE(window().alignedText(), shown);
    }
    QCOMPARE(fileBytes(future), newer);
}

void TestProjects::tmxOpensWithConfirmedPairs()
{
    const AlignedText *sample = window().alignedText();
    const Result<AlignedPairs> pairs = AlignedPairs::build(sample->document(), sample->beads());
    QVERIFY(pairs);
    const QString path = m_dir.filePath(QStringLiteral("sample.tmx"));
    QVERIFY(TmxWriter::write(*pairs, path));
    QVERIFY(open(window(), {path}));
    const AlignedText *text = window().alignedText();
    QCOMPARE(text->beads().size(), pairs->pairs.size());
    for (const Bead &bead : text->beads())
        QCOMPARE(bead.status, PairStatus::Confirmed);
    // Not a project: Save asks where instead of writing over the TMX.
    QVERIFY(document().projectPath().isEmpty());
}

void TestProjects::droppedProjectOpens()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.duizhao"));
    QVERIFY(window().projectActions()->saveTo(path));
    auto other = newWindow();
    QVERIFY(QTest::qWaitForWindowExposed(other.get()));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QSignalSpy opened(other.get(), &MainWindow::documentOpened);
    // As a drag ends: entering the window, then the drop.
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(other.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(other.get(), &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(opened.wait(OpenTimeoutMs));
    QCOMPARE(other->readerDocument()->projectPath(), path);
    QCOMPARE(other->alignedText()->beads().size(), window().alignedText()->beads().size());
}

QTEST_MAIN(TestProjects)
#include "tst_projects.moc"
