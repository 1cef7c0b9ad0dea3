#pragma once

#include "app/gui/BackgroundTask.h"
#include "core/edit/AlignmentEdit.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <atomic>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class QUndoStack;

namespace duizhao {

class MainWindow;
class ReaderDocument;

/// Correcting the alignment where one reads: the edit actions (menu, toolbar, keys, context
/// menu), their undo stack and history, and the count of confirmed pairs in the status bar. Each
/// edit is made by core/edit on the open text and pushed as one undoable command; applying it
/// keeps the reader on the same pair.
class EditActions : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Confirm,
        ConfirmUpTo,
        MergePrevious,
        MergeNext,
        MoveFirstUp,
        MoveLastDown,
        SplitPair,
        MarkUnmatched,
        Link,
        Realign,
        EditText,
        SplitSentence,
        JoinSentences,
        NextUnconfirmed,
        PreviousUnconfirmed,
    };
    Q_ENUM(Kind)

    EditActions(MainWindow *window, ReaderDocument *document);
    ~EditActions() override;

    /// Clean when the text is as opened (or last saved: call setClean() after saving);
    /// QUndoStack::cleanChanged() says when that changes.
    QUndoStack *undoStack() const { return m_stack; }
    QAction *action(Kind kind) const { return m_actions.value(kind); }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QMenu *alignMenu() const { return m_menu; }
    QToolBar *toolBar() const { return m_toolBar; }
    QDockWidget *historyDock() const { return m_history; }
    QLabel *countLabel() const { return m_count; }

    /// Puts the toolbar in the window, on a row under the reader's toolbar (once; hidden).
    void placeToolBar();
    /// Undo, Redo and the history at the top of the window's Edit menu.
    void addUndoActions(QMenu *editMenu);
    /// The edits that apply to @p key (a right-clicked sentence) at the end of @p menu.
    void addToContextMenu(QMenu *menu, SentenceKey key);

    /// The sentence edits act on: the one clicked last if it is in the selected pair, else the
    /// selected pair's first sentence in the pane with the focus.
    SentenceKey currentSentence() const;
    /// Pushes @p outcome as one undoable command named @p name; a refusal is said in the status
    /// bar instead. True when the text changed.
    bool perform(const EditOutcome &outcome, const QString &name);
    /// Runs the action as from its menu entry (for the edits that need no dialog).
    void trigger(Kind kind);
    bool isRealigning() const { return m_realign.isRunning(); }

    static QString refusalText(EditRefusal refusal);

signals:
    /// An edit was done, undone or redone: the text and the counts changed.
    void textEdited();

private:
    friend class AlignmentCommand;

    bool eventFilter(QObject *watched, QEvent *event) override;
    void createActions();
    QAction *addAction(Kind kind, const QKeySequence &shortcut, void (EditActions::*slot)());
    /// Every word shown, in the interface language (again after it changes).
    void retranslate();
    void updateUndoTexts();
    void apply(const AlignmentEdit &edit, bool forward);
    void documentOpened();
    void updateCount();
    void updateEnabled();
    int selectedBead() const;
    void showMessage(const QString &message);

    void confirm();
    void confirmUpTo();
    void mergePrevious();
    void mergeNext();
    void moveFirstUp();
    void moveLastDown();
    void splitPair();
    void markUnmatched();
    void link();
    void realign();
    void realignFinished();
    void editText();
    void splitSentence();
    void joinSentences();
    void nextUnconfirmed();
    void previousUnconfirmed();
    void stepUnconfirmed(int direction);

    MainWindow *m_window;
    ReaderDocument *m_document;
    QUndoStack *m_stack;
    QHash<Kind, QAction *> m_actions;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QMenu *m_menu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QDockWidget *m_history = nullptr;
    QLabel *m_count = nullptr;
    bool m_toolBarPlaced = false;
    SentenceKey m_clicked;
    int m_revision = 0; ///< Counts changes of the text: a re-alignment of an older one is dropped.
    QFutureWatcher<void> m_realign;
    std::shared_ptr<BackgroundResult<std::optional<EditOutcome>>> m_realigned;
    int m_realignRevision = -1;
    std::atomic<bool> m_cancelRealign = false;
};

} // namespace duizhao
