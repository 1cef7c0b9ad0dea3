#include "app/gui/ProjectActions.h"

#include "app/common/ErrorText.h"
#include "app/gui/FileDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReaderDocument.h"
#include "core/project/ProjectFile.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace duizhao {

namespace {

// Autosave every minute while there are unsaved changes.
constexpr int DefaultAutosaveMilliseconds = 60'000;

// Windows running at once, each with its own recovery file.
constexpr int MaxRecoverySlots = 64;

QString recoveryFile(int slot)
{
    return ProjectActions::recoveryFolder() + QStringLiteral("/unsaved-%1.").arg(slot) +
           ProjectFile::extension();
}

/// The lock a running window holds on its recovery file. Only a dead holder makes it stale, not
/// its age: a window may run for days.
std::unique_ptr<QLockFile> recoveryLock(const QString &recoveryFile)
{
    auto lock = std::make_unique<QLockFile>(recoveryFile + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    return lock;
}

/// The settings group saying where the document in a recovery file came from.
QString recoveryGroup(const QString &recoveryFile)
{
    return QStringLiteral("recovery/") + QFileInfo(recoveryFile).completeBaseName();
}

QString withProjectExtension(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    return path + u'.' + ProjectFile::extension();
}

} // namespace

ProjectActions::ProjectActions(MainWindow *window, ReaderDocument *document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
{
    m_open = new QAction(this);
    m_open->setObjectName(QStringLiteral("openProject"));
    connect(m_open, &QAction::triggered, this, [this] {
        const QString path = m_openPath();
        if (!path.isEmpty())
            m_window->openFiles({path});
    });
    m_save = new QAction(this);
    m_save->setObjectName(QStringLiteral("saveProject"));
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &ProjectActions::save);
    m_saveAs = new QAction(this);
    m_saveAs->setObjectName(QStringLiteral("saveProjectAs"));
    // Not QKeySequence::SaveAs: some platforms (and the offscreen one) bind nothing to it.
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAs, &QAction::triggered, this, &ProjectActions::saveAs);
    retranslate();
    updateActions();

    m_question = [window](const QString &title, const QString &text,
                          QMessageBox::StandardButtons buttons) {
        QMessageBox box(QMessageBox::Question, title, text, buttons, window);
        return QMessageBox::StandardButton(box.exec());
    };
    m_openPath = [window] {
        return FileDialog::getOpenFileName(window, ProjectActions::tr("Open Project"), QString(),
                                           ProjectActions::tr("Duizhao projects (*.duizhao)"));
    };
    m_savePath = [window](const QString &suggested) {
        return FileDialog::getSaveFileName(window, ProjectActions::tr("Save Project"), suggested,
                                           ProjectActions::tr("Duizhao projects (*.duizhao)"));
    };

    m_autosave.setInterval(DefaultAutosaveMilliseconds);
    connect(&m_autosave, &QTimer::timeout, this, &ProjectActions::writeRecovery);
    connect(document, &ReaderDocument::modifiedChanged, this, &ProjectActions::modifiedChanged);
    connect(window, &MainWindow::documentOpened, this, &ProjectActions::updateActions);
}

void ProjectActions::retranslate()
{
    m_open->setText(tr("Open Pro&ject…"));
    m_save->setText(tr("&Save Project"));
    m_saveAs->setText(tr("Save Project &As…"));
}

void ProjectActions::addTo(QMenu *menu, QAction *before)
{
    retranslate();
    menu->insertActions(before, {m_open, m_save, m_saveAs});
}

void ProjectActions::updateActions()
{
    // A text still aligning is saved once its pairs are there.
    const bool open = m_document->text() != nullptr && !m_document->text()->isAligning();
    m_save->setEnabled(open);
    m_saveAs->setEnabled(open);
}

QString ProjectActions::suggestedPath() const
{
    if (!m_document->projectPath().isEmpty())
        return m_document->projectPath();
    const QStringList &paths = m_document->paths();
    // Beside the text it was read from, named after it; the sample (a resource) goes home.
    if (!paths.isEmpty() && !paths.constFirst().startsWith(u':')) {
        const QFileInfo source(paths.constFirst());
        return source.absolutePath() + u'/' + source.completeBaseName() + u'.' +
               ProjectFile::extension();
    }
    return QDir::homePath() + u'/' + tr("Untitled") + u'.' + ProjectFile::extension();
}

bool ProjectActions::save()
{
    if (m_document->projectPath().isEmpty())
        return saveAs();
    return saveTo(m_document->projectPath());
}

bool ProjectActions::saveAs()
{
    if (!m_document->text())
        return false;
    const QString path = withProjectExtension(m_savePath(suggestedPath()));
    if (path.isEmpty())
        return false;
    return saveTo(path);
}

bool ProjectActions::saveTo(const QString &path)
{
    if (!m_document->text())
        return false;
    const Result<QStringList> written =
        ProjectFile::save(m_document->project(m_window->viewState()), path);
    if (!written) {
        m_question(tr("Cannot save"), errorText(written.error()), QMessageBox::Ok);
        return false;
    }
    m_document->setProjectPath(path);
    m_document->setModified(false);
    removeRecovery();
    emit saved(path);
    m_window->statusBar()->showMessage(
        tr("Saved %1").arg(QDir::toNativeSeparators(QFileInfo(path).fileName())), 4000);
    return true;
}

bool ProjectActions::maybeDiscardChanges()
{
    if (!m_document->isModified() || !m_document->text())
        return true;
    const QString name = m_document->projectPath().isEmpty()
                             ? tr("This document")
                             : QFileInfo(m_document->projectPath()).fileName();
    const QMessageBox::StandardButton answer =
        m_question(tr("Unsaved changes"),
                   tr("%1 has changes that are not saved. Save them before closing?").arg(name),
                   QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        removeRecovery();
        return true;
    }
    return false;
}

ProjectActions::~ProjectActions() = default;

void ProjectActions::windowClosed()
{
    // Closing was allowed: the changes were saved or discarded.
    m_autosave.stop();
    removeRecovery();
    m_recoveryLock.reset();
}

void ProjectActions::modifiedChanged(bool modified)
{
    m_window->setWindowModified(modified);
    if (modified) {
        if (!m_autosave.isActive())
            m_autosave.start();
    } else {
        m_autosave.stop();
        removeRecovery();
    }
}

void ProjectActions::setAutosaveInterval(int milliseconds)
{
    m_autosave.setInterval(milliseconds);
}

QString ProjectActions::recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

bool ProjectActions::claimRecoverySlot()
{
    if (m_recoveryLock)
        return true;
    if (!QDir().mkpath(recoveryFolder()))
        return false;
    // The first slot with no recovery file waiting and no running Duizhao holding its lock.
    for (int slot = 1; slot <= MaxRecoverySlots; ++slot) {
        const QString path = recoveryFile(slot);
        if (QFileInfo::exists(path))
            continue;
        std::unique_ptr<QLockFile> lock = recoveryLock(path);
        if (lock->tryLock(0)) {
            m_recoveryLock = std::move(lock);
            m_recoveryPath = path;
            return true;
        }
    }
    return false;
}

bool ProjectActions::writeRecovery()
{
    if (!m_document->isModified() || !m_document->text() || !claimRecoverySlot())
        return false;
    if (!ProjectFile::save(m_document->project(m_window->viewState()), m_recoveryPath))
        return false;
    QSettings settings;
    settings.beginGroup(recoveryGroup(m_recoveryPath));
    settings.setValue(QStringLiteral("projectPath"), m_document->projectPath());
    settings.setValue(QStringLiteral("paths"), m_document->paths());
    return true;
}

void ProjectActions::removeRecovery()
{
    if (m_recoveryPath.isEmpty())
        return;
    QFile::remove(m_recoveryPath);
    QSettings().remove(recoveryGroup(m_recoveryPath));
}

bool ProjectActions::offerRecovery()
{
    const QDir folder(recoveryFolder());
    const QStringList files = folder.entryList(
        {QStringLiteral("unsaved-*.") + ProjectFile::extension()}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString path = folder.filePath(file);
        std::unique_ptr<QLockFile> lock = recoveryLock(path);
        if (!lock->tryLock(0))
            continue; // A Duizhao still running keeps it up to date.
        QSettings settings;
        settings.beginGroup(recoveryGroup(path));
        const QString projectPath = settings.value(QStringLiteral("projectPath")).toString();
        QStringList paths = settings.value(QStringLiteral("paths")).toStringList();
        settings.endGroup();
        const QString name = projectPath.isEmpty() ? paths.value(0) : projectPath;
        const QMessageBox::StandardButton answer = m_question(
            tr("Restore unsaved changes?"),
            tr("Duizhao did not close normally, and changes to %1 were not saved. Restore them?")
                .arg(QDir::toNativeSeparators(QFileInfo(name).fileName())),
            QMessageBox::Yes | QMessageBox::Discard);
        if (answer != QMessageBox::Yes) {
            QFile::remove(path);
            settings.remove(recoveryGroup(path));
            return false;
        }
        Result<Project> project = ProjectFile::load(path);
        if (!project) {
            // Kept for the user to look at; it will be offered again.
            m_question(tr("Cannot restore"), errorText(project.error()), QMessageBox::Ok);
            return false;
        }
        if (paths.isEmpty())
            paths = {projectPath.isEmpty() ? path : projectPath};
        m_window->showAlignedText(
            AlignedText(std::move(project->document), std::move(project->beads)), paths,
            ProjectOrigin{projectPath, project->view});
        // Still unsaved: this window takes the recovery file over and keeps it until the
        // changes are saved or discarded.
        removeRecovery();
        m_recoveryLock = std::move(lock);
        m_recoveryPath = path;
        m_document->setModified(true);
        writeRecovery();
        return true;
    }
    return false;
}

} // namespace duizhao
