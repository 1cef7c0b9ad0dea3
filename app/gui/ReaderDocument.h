#pragma once

#include "app/gui/AlignedText.h"
#include "app/gui/BackgroundTask.h"
#include "app/gui/ChineseScripts.h"
#include "core/model/TextFinder.h"
#include "core/project/ProjectFile.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace duizhao {

class ReadingPosition;
struct DocumentMemory;

/// Where an opened document came from when it was a project (or its recovery copy).
struct ProjectOrigin
{
    QString projectPath;           ///< The .duizhao file Save writes to; empty: Save asks for one.
    std::optional<ViewState> view; ///< The view state it was saved with.
};

/// The open document: the aligned text, its Chinese in every script (converted off the UI
/// thread when long), the reader state (position, selection, revealed pairs, bookmarks) and the
/// files it came from. MainWindow is the glue between this and the widgets.
class ReaderDocument : public QObject
{
    Q_OBJECT

public:
    explicit ReaderDocument(QObject *parent = nullptr);
    ~ReaderDocument() override;

    /// Null when nothing is open.
    const AlignedText *text() const { return m_text ? &*m_text : nullptr; }
    const QStringList &paths() const { return m_paths; }
    ReadingPosition *state() const { return m_state; }

    /// Replaces the document; the reader state starts afresh, unmodified. @p chineseVariant:
    /// the original's variant when it was detected off the UI thread.
    void open(AlignedText text, const QStringList &paths, ProjectOrigin origin = {},
              std::optional<ChineseVariant> chineseVariant = std::nullopt);
    /// Closes the document: nothing is open afterwards.
    void close();
    /// Replaces the text with an edited version of it, keeping the reader state (the editor
    /// moves it with the pairs). @p sentencesChanged: a text fix, so the converted Chinese is
    /// redone.
    void replaceText(AlignedText text, bool sentencesChanged);

    /// Pairs less sure than this (0–1) are doubtful (Preferences).
    void setDoubtfulThreshold(double threshold);
    /// What the document taught, learned after it opened (see ReadingAids).
    void setLearnedWords(std::shared_ptr<const LearnedWords> words);

    /// The project file Save writes to; empty for a document not saved as a project yet.
    const QString &projectPath() const { return m_projectPath; }
    void setProjectPath(const QString &path) { m_projectPath = path; }
    /// Whether the document has changes not saved in its project. Edits set it; saving, or
    /// the undo stack returning to its clean state, clears it.
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    /// The view state the project was saved with, once (for the window to restore).
    std::optional<ViewState> takeSavedView();
    /// The open document as a project, with @p view.
    Project project(const ViewState &view) const;

    /// True when @p script can be shown now, without converting.
    bool isReady(ChineseScript script) const;
    /// Converting @p script would take long enough to need a background thread.
    bool needsBackgroundConversion(ChineseScript script) const;
    /// Converts in the background; scriptReady() follows (at once when it is ready already).
    void convertInBackground(ChineseScript script);
    /// The Chinese sentences in @p script (converted now if needed: short texts only).
    const QStringList &chineseIn(ChineseScript script);
    /// A sentence as shown in @p script when that is ready, else as written.
    QString displayText(SentenceKey key, ChineseScript script) const;
    /// The original's own script, guessed from a sample.
    bool originalIsTraditional();
    ChineseVariant originalVariant();
    /// The OpenCC configuration that shows the original in @p script (empty: none needed).
    QString conversionFor(ChineseScript script);
    /// Whether conversions change vocabulary too (軟件 ↔ 軟體); cached conversions are dropped.
    void setPhraseConversion(bool phrases);
    bool phraseConversion() const { return m_scripts.phrases(); }

    /// Hits of @p query in bead order, Traditional and Simplified alike, English in any case;
    /// nothing while a long text is still being made ready for finding (findReady() follows).
    std::optional<QList<TextHit>> find(const QString &query);
    /// Starts making a long text ready for finding, off the UI thread (when the find bar opens).
    void prepareFind();
    /// The pair as text: its Chinese (as shown in @p script), a newline, its English.
    QString pairText(int bead, ChineseScript script) const;
    /// The next doubtful pair from @p from in @p direction (+1, -1), wrapping; -1 if none.
    int doubtfulPair(int from, int direction) const;

    /// What to remember of the reader's place and choices.
    DocumentMemory memory() const;

signals:
    void scriptReady(duizhao::ChineseScript script);
    void modifiedChanged(bool modified);
    /// The text can be searched now: find() again.
    void findReady();

private:
    bool needsBackgroundFinder() const;

    std::optional<AlignedText> m_text;
    QStringList m_paths;
    ChineseScripts m_scripts;
    std::shared_ptr<TextFinder> m_finder; ///< Built on first use (on a worker when long).
    QFutureWatcher<void> m_finderBuild;
    std::shared_ptr<BackgroundResult<std::shared_ptr<TextFinder>>> m_builtFinder;
    ReadingPosition *m_state = nullptr;
    QFutureWatcher<void> m_conversion;
    std::shared_ptr<BackgroundResult<QStringList>> m_converted;
    ChineseScript m_converting = ChineseScript::Original;
    QString m_projectPath;
    std::optional<ViewState> m_savedView;
    bool m_modified = false;
};

} // namespace duizhao
