#pragma once

#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QLockFile;
class QMenu;

namespace duizhao {

class MainWindow;
class ReaderDocument;

/// File → Save and Save As for .duizhao projects, the question before unsaved changes are
/// discarded, and the recovery copy: while the document has unsaved changes it is written every
/// minute to a recovery file (under the application's data folder), removed once the changes are
/// saved or discarded; at the next start a recovery file left behind is offered back. Each
/// running window keeps its own recovery file, locked while it runs, so a second Duizhao never
/// offers (or removes) the copy of one still running.
/// The dialogs go through replaceable functions, so tests can answer them.
class ProjectActions : public QObject
{
    Q_OBJECT

public:
    /// Asks a question with @p buttons and returns the one chosen.
    using Question = std::function<QMessageBox::StandardButton(
        const QString &title, const QString &text, QMessageBox::StandardButtons buttons)>;
    /// Asks where to save, starting from @p suggested; an empty string cancels.
    using SavePathQuestion = std::function<QString(const QString &suggested)>;
    /// Asks which project to open; an empty string cancels.
    using OpenPathQuestion = std::function<QString()>;

    ProjectActions(MainWindow *window, ReaderDocument *document);
    ~ProjectActions() override;

    /// Adds Open Project, Save and Save As to @p menu, before @p before (or at the end).
    void addTo(QMenu *menu, QAction *before = nullptr);
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }

    /// Saves to the project file, asking for one the first time. False if not saved.
    bool save();
    /// Asks for a file and saves there. False if cancelled or not saved.
    bool saveAs();
    /// Saves to @p path (a .duizhao project); on failure says why and changes nothing.
    bool saveTo(const QString &path);

    /// Before the document is closed or replaced: with unsaved changes, asks Save / Discard /
    /// Cancel. True when it may go (saved, discarded, or nothing to save).
    bool maybeDiscardChanges();
    /// The window closed for good: the recovery copy is no longer needed.
    void windowClosed();

    /// Writes the recovery copy now (the autosave timer's work). False if nothing to write.
    bool writeRecovery();
    void setAutosaveInterval(int milliseconds);
    int autosaveInterval() const { return m_autosave.interval(); }
    /// At start: when a recovery file was left behind by a Duizhao no longer running, offers to
    /// restore it. True if restored.
    bool offerRecovery();
    /// This window's recovery file; empty until one was first written.
    QString recoveryPath() const { return m_recoveryPath; }
    /// Where recovery files are kept.
    static QString recoveryFolder();

    void setQuestion(Question question) { m_question = std::move(question); }
    void setSavePathQuestion(SavePathQuestion question) { m_savePath = std::move(question); }
    void setOpenPathQuestion(OpenPathQuestion question) { m_openPath = std::move(question); }

signals:
    /// The document was saved as @p path (an undo stack marks itself clean here).
    void saved(const QString &path);

private:
    void retranslate();
    void updateActions();
    void modifiedChanged(bool modified);
    void removeRecovery();
    bool claimRecoverySlot();
    QString suggestedPath() const;

    MainWindow *m_window;
    ReaderDocument *m_document;
    QAction *m_open = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QTimer m_autosave;
    std::unique_ptr<QLockFile> m_recoveryLock; ///< Held while this window owns m_recoveryPath.
    QString m_recoveryPath;
    Question m_question;
    SavePathQuestion m_savePath;
    OpenPathQuestion m_openPath;
};

} // namespace duizhao
