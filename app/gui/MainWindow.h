#pragma once

#include "app/gui/AlignedText.h"
#include "app/gui/ChineseScripts.h"
#include "app/gui/ReaderDocument.h"
#include "app/gui/ReaderTheme.h"
#include "core/text/ScriptConverter.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;

namespace duizhao {

class EditActions;
class FindBar;
class ContentsPanel;
class PairListPanel;
class ProjectActions;
class ImportJob;
class ReadingAids;
class ReadingPosition;
class SentencePane;
struct DocumentMemory;

/// A subtitle time as the status bar shows it: "01:02.500", or "1:01:02.500" past an hour.
QString cueTimeText(qint64 milliseconds);

/// The reader window: a metadata header over the Chinese and the English pane, kept in step by
/// the alignment.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class ReaderLayout
    {
        SideBySide,
        Interleaved,
        Learner, ///< Side by side, each English sentence hidden until its pair is clicked.
    };
    enum class ThemeChoice
    {
        System,
        Light,
        Dark,
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts opening one bilingual file or a pair of files in the background; on failure the
    /// window says why and keeps what was open. False when there is nothing to open.
    bool openFiles(const QStringList &paths);
    bool openSample();
    /// Shows a document already read and aligned (what an import ends with). @p paths name its
    /// files, for the recent list and for reopening where the reader stopped; @p origin the
    /// project it was saved in, if any.
    void showAlignedText(AlignedText text, const QStringList &paths, ProjectOrigin origin = {},
                         std::optional<ChineseVariant> chineseVariant = std::nullopt);
    /// Save, Save As, the unsaved-changes question and the recovery copy (app/gui/ProjectActions).
    ProjectActions *projectActions() const { return m_projectActions; }
    ReaderDocument *readerDocument() const { return m_document; }
    /// The place and choices a project saves: position, selection, revealed pairs, bookmarks,
    /// script, layout and zoom.
    ViewState viewState() const;
    bool isLoading() const;
    /// The document shown is still being aligned: its text is there to read, its pairs are not
    /// (AlignedText::isAligning()).
    bool isAligning() const;
    /// Pairs that arrived are still being restyled, pane by pane (restyleInTurn()).
    bool isRestyling() const;
    void cancelLoading();

    const Document *document() const;
    const AlignedText *alignedText() const;
    SentencePane *chinesePane() const { return m_chinesePane; }
    SentencePane *englishPane() const { return m_englishPane; }
    ReadingPosition *readingPosition() const { return m_position; }
    /// The pop-up dictionary, pinyin, word links, read aloud, concordance and vocabulary.
    ReadingAids *readingAids() const { return m_aids; }

    void selectBead(int bead, SentencePane *origin = nullptr);
    int selectedBead() const;

    ChineseScript script() const { return m_script; }
    void setScript(ChineseScript script);
    ReaderLayout readerLayout() const { return m_layout; }
    void setReaderLayout(ReaderLayout layout);
    void setThemeChoice(ThemeChoice choice);
    const ReaderTheme &theme() const { return m_theme; }
    void setSynchronizedScrolling(bool enabled);
    void zoom(int steps);
    /// Finds in both panes; returns the number of hits, or -1 while a long text is still being
    /// made ready for finding (the find runs again when it is).
    int find(const QString &query);
    void findNext();
    void findPrevious();
    void nextDoubtfulPair();
    void previousDoubtfulPair();
    /// Selects pair @p number (1-based, as the status bar counts) and brings it into view.
    bool goToPair(int number);
    /// Goes to the chapter (or heading) of Contents line @p row in both panes.
    void goToContentsEntry(int row);
    /// The selected pair as text: its Chinese (in the script shown), a newline, its English.
    QString selectedPairText() const;
    void copySelectedPair();
    /// Every action of the window, menus and toolbars alike (for the shortcut audit).
    QList<QAction *> allActions() const;
    /// The file filters the Open dialogs offer, the readable formats first.
    static QString openFileFilters();

    static QString samplePath();
    ContentsPanel *contentsPanel() const { return m_contents; }
    PairListPanel *bookmarksPanel() const { return m_bookmarks; }
    void toggleBookmark();
    /// Correcting the alignment: its actions, undo stack and history (app/gui/EditActions).
    EditActions *editActions() const { return m_edits; }
    /// Redraws the panes and panels after the open text was edited in place, at the reading
    /// position the reader state now holds. Pairs [firstBead, firstBead + beadCount) changed;
    /// @p sentencesChanged: sentences were edited too (a text fix), not only regrouped.
    void refreshText(bool sentencesChanged, int firstBead, int beadCount);

signals:
    /// A document is shown; a long one twice: read and still aligning (isAligning()), then
    /// aligned.
    void documentOpened();
    /// The Chinese panes show another script, or the same one through another conversion.
    void scriptChanged();
    void openFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void connectPane(SentencePane *pane);
    void importFinished();
    /// A long document is read: its text is shown while it is aligned.
    void showTextWhileAligning();
    /// More of the document shown while aligning is aligned: those pairs can be clicked.
    void showAlignmentSoFar();
    /// Puts @p text (the same sentences, in other pairs) in place of the open one, keeping the
    /// reader at the sentence they were at; returns the pairs aligned before.
    int replacePairs(AlignedText text);
    /// The alignment of the document shown while aligning: its pairs replace the placeholders,
    /// the reader stays where they are.
    void finishAlignment(AlignedText text);
    /// Restyles @p beads in the active panes, one pane after the other.
    void restyleInTurn(const QList<int> &beads);
    /// Starts the next pane's restyling, if any is waiting.
    void restyleNext();
    /// Opening the document shown while aligning failed or was cancelled: the document open
    /// before comes back, as it was.
    void reopenPrevious();
    void showText();
    /// What a rebuild of the panes is for.
    enum class Rebuild
    {
        AllText,
        ScriptSwitch, ///< Only the Chinese changed: the English pane stays as it is.
    };
    void rebuildPanes(Rebuild rebuild = Rebuild::AllText);
    void restoreView();
    bool placeIsShown(const QList<SentencePane *> &panes) const;
    void updateHeader();
    SentenceKey firstShownSentence(int bead, const SentencePane *pane) const;
    /// Shows the text in @p script; @p rebuild is ScriptSwitch for a switch of the text shown.
    void applyScript(ChineseScript script, Rebuild rebuild = Rebuild::AllText);
    void applyZoom();
    QList<SentencePane *> activePanes() const;
    SentencePane *paneShowing(SentenceKey key) const;
    void onSentenceClicked(SentencePane *pane, SentenceKey key);
    void onNavigation(SentencePane *pane, int navigation);
    void showBead(int bead, SentencePane *origin);
    void stepDoubtful(int direction);
    void showContextMenu(SentenceKey key, const QPoint &globalPos);
    void fitToScreen();
    /// Remembers where the reader is in the open document (DocumentMemory), to reopen there.
    void rememberDocument() const;
    void restoreDocument();
    /// The position, selection and bookmarks of a document read before.
    void restorePlace(const DocumentMemory &memory);
    void updatePanels();
    void goToHit(int hit);
    void updateStatus();
    void showError(const QString &message);
    void addRecentFiles(const QStringList &paths);
    void loadSettings();
    void saveSettings() const;
    ChineseScript fontScript() const; ///< The script whose Chinese font is shown.
    /// The script of the original text's font: also for Han in the English, never converted.
    ChineseScript originalFontScript() const;
    QString chineseFamily();

    /// The document a long one still aligning replaced, for reopenPrevious().
    struct PreviousDocument
    {
        AlignedText text;
        QStringList paths;
        ProjectOrigin origin;
        bool modified = false;
    };
    std::optional<PreviousDocument> m_previous;
    /// Pairs to restyle, pane by pane, in order (restyleInTurn()); one pane at a time.
    QList<std::pair<QPointer<SentencePane>, QList<int>>> m_restyleQueue;
    QPointer<SentencePane> m_restylingPane; ///< The pane restyling now, if any.
    /// The reader moved or clicked in the document shown while aligning: its alignment arriving
    /// leaves them there rather than going back to where they last stopped.
    bool m_movedWhileAligning = false;

    ReaderDocument *m_document = nullptr;
    const AlignedText *m_text = nullptr; ///< The open document's text, or null.
    ReadingPosition *m_position = nullptr;
    ImportJob *m_import = nullptr;
    ProjectActions *m_projectActions = nullptr;
    EditActions *m_edits = nullptr;
    ReadingAids *m_aids = nullptr;

    ChineseScript m_script = ChineseScript::Original;
    bool m_loading = false;
    bool m_restorePending = false; ///< restoreView() waits for a pane to fill in the place.
    ReaderLayout m_layout = ReaderLayout::SideBySide;
    ThemeChoice m_themeChoice = ThemeChoice::System;
    ReaderTheme m_theme = ReaderTheme::light();
    int m_zoomSteps = 0;
    double m_basePointSize = 13.0;
    QString m_englishFamily = QStringLiteral("DejaVu Serif");

    QList<TextHit> m_hits;
    int m_currentHit = -1;

    QLabel *m_header = nullptr;
    QSplitter *m_splitter = nullptr;
    SentencePane *m_chinesePane = nullptr;
    SentencePane *m_englishPane = nullptr;
    FindBar *m_findBar = nullptr;
    QLabel *m_notice = nullptr; ///< A one-language document says so above the text.
    ContentsPanel *m_contents = nullptr;
    PairListPanel *m_bookmarks = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_positionLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QAction *m_syncAction = nullptr;
    QActionGroup *m_scriptGroup = nullptr;
    QActionGroup *m_layoutGroup = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace duizhao
