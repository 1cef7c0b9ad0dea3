#include "app/gui/MainWindow.h"

#include "app/common/ErrorText.h"
#include "app/gui/EditActions.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/FindBar.h"
#include "app/gui/ImportJob.h"
#include "app/gui/Preferences.h"
#include "app/gui/ProjectActions.h"
#include "app/gui/ReaderDocument.h"
#include "app/gui/ReaderPanels.h"
#include "app/gui/ReaderSettings.h"
#include "app/gui/ReadingAids.h"
#include "app/gui/SentencePane.h"
#include "app/gui/ShortcutsDialog.h"
#include "core/sync/ReadingPosition.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFontDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace duizhao {

namespace {

// The widest a single column of text runs, in average characters.
constexpr int ReadableMeasure = 72;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ReaderDocument(this))
    , m_position(m_document->state())
    , m_import(new ImportJob(this))
{
    m_projectActions = new ProjectActions(this, m_document);
    // A saved project is opened again from the recent list.
    connect(m_projectActions, &ProjectActions::saved, this,
            [this](const QString &path) { addRecentFiles({path}); });
    setWindowTitle(tr("Duizhao"));
    setAcceptDrops(true);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new QLabel(central);
    m_header->setObjectName(QStringLiteral("metadataHeader"));
    m_header->setAccessibleName(tr("Document information"));
    m_header->setWordWrap(true);
    m_header->setContentsMargins(18, 10, 18, 10);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("paneSplitter"));
    m_splitter->setHandleWidth(3);
    m_chinesePane = new SentencePane(m_splitter);
    m_chinesePane->setObjectName(QStringLiteral("chinesePane"));
    m_chinesePane->setAccessibleName(tr("Chinese text"));
    m_englishPane = new SentencePane(m_splitter);
    m_englishPane->setObjectName(QStringLiteral("englishPane"));
    m_englishPane->setAccessibleName(tr("English text"));
    m_findBar = new FindBar(central);
    m_findBar->hide();
    m_notice = new QLabel(central);
    m_notice->setObjectName(QStringLiteral("documentNotice"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(18, 6, 18, 6);
    m_notice->hide();
    layout->addWidget(m_header);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("pairCounts"));
    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("readingPositionLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Opening progress"));
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelOpening"));
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_positionLabel);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelLoading);

    connectPane(m_chinesePane);
    connectPane(m_englishPane);
    connect(m_import, &ImportJob::finished, this, &MainWindow::importFinished);
    connect(m_import, &ImportJob::textRead, this, &MainWindow::showTextWhileAligning);
    connect(m_import, &ImportJob::alignmentGrew, this, &MainWindow::showAlignmentSoFar);
    connect(m_import, &ImportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_position, &ReadingPosition::positionChanged, this,
            [this](int bead, double fraction, const void *source) {
                if (m_syncAction->isChecked())
                    for (SentencePane *pane : activePanes())
                        if (pane != source) // The pane that scrolled is already there.
                            pane->scrollToPosition(bead, fraction);
                updateStatus();
            });
    connect(m_position, &ReadingPosition::selectionChanged, this, [this](int bead) {
        // Clicking a pair in the Learner layout shows its translation.
        if (m_layout == ReaderLayout::Learner)
            m_position->setRevealed(bead, true);
        for (SentencePane *pane : {m_chinesePane, m_englishPane})
            pane->updateSelection();
        updateStatus();
    });
    connect(m_position, &ReadingPosition::revealedChanged, this, [this](int bead) {
        for (SentencePane *pane : {m_chinesePane, m_englishPane})
            pane->updateRevealed(bead);
    });
    connect(m_document, &ReaderDocument::scriptReady, this, [this](ChineseScript script) {
        statusBar()->clearMessage();
        // Only if the reader has not picked another script meanwhile.
        if (m_scriptGroup->checkedAction()->data().toInt() == int(script))
            applyScript(script, Rebuild::ScriptSwitch);
    });
    connect(m_findBar, &FindBar::queryChanged, this, &MainWindow::find);
    connect(m_findBar, &FindBar::activated, m_document, &ReaderDocument::prepareFind);
    connect(m_document, &ReaderDocument::findReady, this, [this] {
        if (!m_findBar->query().isEmpty())
            find(m_findBar->query());
    });
    connect(m_findBar, &FindBar::nextRequested, this, &MainWindow::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &MainWindow::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        find(QString());
        m_chinesePane->setFocus();
    });

    m_contents = new ContentsPanel(this);
    m_contents->setObjectName(QStringLiteral("contentsPanel"));
    addDockWidget(Qt::LeftDockWidgetArea, m_contents);
    m_contents->hide();
    connect(m_contents, &ContentsPanel::entryActivated, this, &MainWindow::goToContentsEntry);
    m_bookmarks = new PairListPanel(tr("Bookmarks"), this);
    m_bookmarks->setObjectName(QStringLiteral("bookmarksPanel"));
    addDockWidget(Qt::LeftDockWidgetArea, m_bookmarks);
    m_bookmarks->hide();
    connect(m_bookmarks, &PairListPanel::pairActivated, this,
            [this](int bead) { goToPair(bead + 1); });
    connect(m_position, &ReadingPosition::bookmarksChanged, this, &MainWindow::updatePanels);

    m_edits = new EditActions(this, m_document);
    // Edits make the document modified; undoing back to the saved state, or saving, clears it.
    connect(m_edits->undoStack(), &QUndoStack::cleanChanged, m_document,
            [this](bool clean) { m_document->setModified(!clean); });
    connect(m_projectActions, &ProjectActions::saved, m_edits->undoStack(), &QUndoStack::setClean);
    m_aids = new ReadingAids(this, m_document);
    connect(m_aids, &ReadingAids::rubyChanged, this, [this] { rebuildPanes(); });
    connect(m_aids, &ReadingAids::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    createMenus();
    resize(1200, 760);
    loadSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectPane(SentencePane *pane)
{
    pane->setReaderState(m_position);
    connect(pane, &SentencePane::contextMenuRequested, this, &MainWindow::showContextMenu);
    connect(pane, &SentencePane::copyPairRequested, this, &MainWindow::copySelectedPair);
    connect(pane, &SentencePane::sentenceClicked, this,
            [this, pane](SentenceKey key) { onSentenceClicked(pane, key); });
    connect(pane, &SentencePane::sentenceHovered, this, [this](SentenceKey key) {
        int bead = m_text ? m_text->beadOf(key) : -1;
        // Not a pair yet (or not laid out as one, interleaved): nothing to light up.
        if (m_text &&
            (m_text->isPending(bead) || (isAligning() && m_layout == ReaderLayout::Interleaved)))
            bead = -1;
        for (SentencePane *each : {m_chinesePane, m_englishPane})
            each->setHoveredBead(bead);
    });
    connect(
        pane, &SentencePane::navigationRequested, this,
        [this, pane](SentencePane::Navigation navigation) { onNavigation(pane, int(navigation)); });
    connect(pane, &SentencePane::userScrolled, this, [this, pane] {
        m_movedWhileAligning = m_movedWhileAligning || isAligning();
        const auto [bead, fraction] = pane->positionAtTop();
        m_position->setPosition(bead, fraction, pane);
    });
    // Re-wrapping after a resize or zoom loses the place; the reading position restores it.
    connect(pane, &SentencePane::viewResized, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::restoreView); });
    connect(
        pane, &SentencePane::restyled, this,
        [this, pane] {
            if (pane == m_restylingPane)
                restyleNext();
        },
        Qt::QueuedConnection);
    // A long text fills in steps: the place is restored once the part holding it is there.
    connect(pane, &SentencePane::contentGrown, this, [this] {
        if (m_restorePending)
            restoreView();
    });
}

const Document *MainWindow::document() const
{
    return m_text ? &m_text->document() : nullptr;
}

const AlignedText *MainWindow::alignedText() const
{
    return m_text ? &*m_text : nullptr;
}

void MainWindow::updateHeader()
{
    Metadata metadata = m_text->document().metadata;
    // Every Chinese word on screen follows the script the panes show (English passes unchanged).
    if (m_script != ChineseScript::Original) {
        QString *fields[] = {&metadata.title, &metadata.source, &metadata.author, &metadata.editor};
        QStringList texts;
        for (const QString *field : fields)
            texts.append(*field);
        // The conversion that fits the original, as for the text below.
        texts = ChineseScripts::convertWith(texts, m_document->conversionFor(m_script));
        for (int i = 0; i < texts.size(); ++i)
            *fields[i] = texts.at(i);
    }
    QStringList details;
    if (!metadata.published.isEmpty())
        details.append(tr("Published %1").arg(metadata.published.toHtmlEscaped()));
    if (!metadata.source.isEmpty())
        details.append(tr("Source: %1").arg(metadata.source.toHtmlEscaped()));
    if (!metadata.author.isEmpty())
        details.append(tr("Author: %1").arg(metadata.author.toHtmlEscaped()));
    if (!metadata.editor.isEmpty())
        details.append(tr("Editor: %1").arg(metadata.editor.toHtmlEscaped()));
    const QString &title = metadata.title;
    // "[*]": the mark of unsaved changes (setWindowModified, from ProjectActions).
    // A document without a title (a translation memory, say) is called by its file's name.
    QString name = title.isEmpty() ? metadata.englishTitle : title;
    if (name.isEmpty() && !m_document->paths().isEmpty())
        name = QFileInfo(m_document->paths().constFirst()).fileName();
    setWindowTitle(tr("%1 — Duizhao").arg(name) + QStringLiteral("[*]"));
    QString header;
    if (!metadata.title.isEmpty())
        header += QStringLiteral("<span style=\"font-family:'%1'; font-size:large; "
                                 "font-weight:bold\">%2</span><br>")
                      .arg(chineseFamily(), title.toHtmlEscaped());
    if (!metadata.englishTitle.isEmpty())
        header += QStringLiteral("<i>%1</i><br>").arg(metadata.englishTitle.toHtmlEscaped());
    header += details.join(QStringLiteral(" · "));
    m_header->setText(header);
    m_header->setVisible(!header.isEmpty());
}

void MainWindow::showText()
{
    m_hits.clear();
    m_currentHit = -1;
    QStringList notices;
    for (Notice notice : m_text->document().notices)
        if (notice != Notice::ExtraTextKept)
            notices.append(noticeText(notice));
    m_notice->setText(notices.join(u' '));
    m_notice->setVisible(!notices.isEmpty());
    statusBar()->clearMessage();
    restoreDocument();
    if (!m_findBar->query().isEmpty())
        find(m_findBar->query());
}

ChineseScript MainWindow::fontScript() const
{
    return m_script != ChineseScript::Original ? m_script : originalFontScript();
}

ChineseScript MainWindow::originalFontScript() const
{
    const bool traditional = !m_text || m_text->sentenceCount(Language::Chinese) == 0 ||
                             m_document->originalIsTraditional();
    return traditional ? ChineseScript::TraditionalTaiwan : ChineseScript::Simplified;
}

QString MainWindow::chineseFamily()
{
    // Never leave Han to font fallback: it picks Japanese glyph shapes (toolchain notes §3c).
    return preferences::chineseFamily(fontScript());
}

void MainWindow::rebuildPanes(Rebuild rebuild)
{
    if (!m_text)
        return;
    PaneStyle style;
    style.theme = m_theme;
    const QString han = chineseFamily();
    style.chineseFamilies = {han};
    // English text is never converted: Han in it (a name in brackets) keeps the original's font,
    // so a script switch can leave the English pane as it is.
    style.englishFamilies = {m_englishFamily, preferences::chineseFamily(originalFontScript())};
    style.ruby = m_aids->ruby();
    // A copy (shared, not duplicated): a long text is filled in later, after the script cache
    // may have changed.
    const QStringList chinese = m_document->chineseIn(m_script);
    const AlignedText *text = &*m_text;
    const auto display = [text, chinese](SentenceKey key) {
        return key.language == Language::Chinese ? chinese.value(key.index)
                                                 : text->sentenceText(key);
    };
    const bool hasChinese = m_text->sentenceCount(Language::Chinese) > 0;
    const bool hasEnglish = m_text->sentenceCount(Language::English) > 0;
    // One language only: one readable pane, plain text (nothing to mark as unmatched).
    style.oneSided = !hasChinese || !hasEnglish;
    if (m_layout == ReaderLayout::Interleaved || style.oneSided) {
        // A single column keeps a readable measure, centred, however wide the window.
        style.measure = ReadableMeasure;
        const QList<PaneParagraph> paragraphs =
            style.oneSided
                ? text->sideParagraphs(hasChinese ? Language::Chinese : Language::English)
                : text->interleavedParagraphs();
        m_chinesePane->setContent(text, paragraphs, display, style);
        m_chinesePane->setAccessibleName(
            style.oneSided ? tr("Text") : tr("Chinese and English text, interleaved"));
        m_englishPane->clearContent();
        m_englishPane->hide();
    } else {
        m_chinesePane->setContent(text, text->sideParagraphs(Language::Chinese), display, style);
        m_chinesePane->setAccessibleName(tr("Chinese text"));
        if (m_layout == ReaderLayout::Learner)
            style.hiddenLanguage = Language::English;
        // A script switch changes only the Chinese: the English pane keeps its text, its place
        // and what is still to fill.
        if (rebuild == Rebuild::AllText)
            m_englishPane->setContent(text, text->sideParagraphs(Language::English), display,
                                      style);
        m_englishPane->show();
    }
    for (SentencePane *pane : {m_chinesePane, m_englishPane})
        pane->setFindHits(m_hits, m_currentHit);
    restoreView();
    updateStatus();
}

void MainWindow::refreshText(bool sentencesChanged, int firstBead, int beadCount)
{
    const QList<SentencePane *> panes = activePanes();
    if (!sentencesChanged && m_layout != ReaderLayout::Interleaved && panes.size() == 2) {
        // The same text in new pairs: the panes stay as they are, scrolled where they were.
        for (SentencePane *pane : panes)
            pane->refreshBeads(firstBead, beadCount);
        updatePanels();
        updateStatus();
        return;
    }
    if (!m_hits.isEmpty()) {
        // Sentences may have moved: the hits are found again, the current one kept by number.
        m_hits = m_document->find(m_findBar->query()).value_or(QList<TextHit>());
        m_currentHit = std::min(m_currentHit, int(m_hits.size()) - 1);
        m_findBar->setHitCount(m_currentHit, int(m_hits.size()));
    }
    // The panes hold the old alignment's spans: rebuilt, then put back at the reader's place.
    rebuildPanes();
    updatePanels();
}

void MainWindow::restoreView()
{
    if (!m_text)
        return;
    const QList<SentencePane *> panes = activePanes();
    if (panes.isEmpty())
        return;
    m_restorePending = !placeIsShown(panes);
    if (m_restorePending)
        return;
    for (SentencePane *pane : panes)
        pane->releaseView();
    // The pane being read leads; the others follow it, keeping the selected pair level
    // (re-wrapping after a resize, zoom or the find bar must not undo that).
    SentencePane *lead = panes.constFirst();
    for (SentencePane *pane : panes)
        if (pane->hasFocus())
            lead = pane;
    lead->scrollToPosition(m_position->bead(), m_position->fraction());
    // A selected sentence stays in view through re-wrapping.
    const int selected = m_position->selectedBead();
    const SentenceKey selectedKey =
        selected >= 0 ? firstShownSentence(selected, lead) : SentenceKey();
    if (selectedKey.isValid())
        lead->ensureSentenceVisible(selectedKey);
    if (!m_syncAction->isChecked())
        return;
    for (SentencePane *pane : panes) {
        if (pane == lead)
            continue;
        if (selectedKey.isValid())
            pane->alignBeadAt(selected, lead->sentenceRect(selectedKey).top());
        else
            pane->scrollToPosition(m_position->bead(), m_position->fraction());
    }
}

void MainWindow::setScript(ChineseScript script)
{
    for (QAction *action : m_scriptGroup->actions())
        if (action->data().toInt() == int(script))
            action->setChecked(true);
    if (m_text && m_document->needsBackgroundConversion(script)) {
        // Large documents convert off the UI thread; the panes switch when it is done.
        statusBar()->showMessage(tr("Converting the Chinese text…"));
        m_document->convertInBackground(script);
        return;
    }
    applyScript(script, Rebuild::ScriptSwitch);
}

void MainWindow::applyScript(ChineseScript script, Rebuild rebuild)
{
    m_script = script;
    if (m_text)
        updateHeader();
    rebuildPanes(rebuild);
    updatePanels();
    emit scriptChanged();
}

void MainWindow::setReaderLayout(ReaderLayout layout)
{
    for (QAction *action : m_layoutGroup->actions())
        if (action->data().toInt() == int(layout))
            action->setChecked(true);
    if (layout == m_layout)
        return;
    m_layout = layout;
    // Entering the Learner layout starts with every translation hidden.
    m_position->hideAll();
    rebuildPanes();
}

void MainWindow::setThemeChoice(ThemeChoice choice)
{
    for (QAction *action : m_themeGroup->actions())
        if (action->data().toInt() == int(choice))
            action->setChecked(true);
    m_themeChoice = choice;
    const bool dark = choice == ThemeChoice::Dark ||
                      (choice == ThemeChoice::System && ReaderTheme::systemPrefersDark());
    m_theme = dark ? ReaderTheme::darkTheme() : ReaderTheme::light();
    setPalette(m_theme.palette());
    m_header->setStyleSheet(QStringLiteral("QLabel#metadataHeader { background:%1; color:%2; }")
                                .arg(m_theme.base.name(), m_theme.text.name()));
    rebuildPanes();
}

void MainWindow::setSynchronizedScrolling(bool enabled)
{
    m_syncAction->setChecked(enabled);
}

void MainWindow::zoom(int steps)
{
    m_zoomSteps = std::clamp(m_zoomSteps + steps, -6, 12);
    applyZoom();
}

void MainWindow::applyZoom()
{
    for (SentencePane *pane : {m_chinesePane, m_englishPane}) {
        QFont font = pane->font();
        font.setPointSizeF(m_basePointSize * std::pow(1.1, m_zoomSteps));
        // A long text is laid out again in steps: the view stays as it was until the place is
        // laid out again (restoreView()).
        if (pane->isVisible() && font != pane->font())
            pane->holdView();
        pane->setFont(font);
    }
    // The room for pinyin above the Chinese is measured in the font's size.
    if (m_aids->ruby())
        rebuildPanes();
    QTimer::singleShot(0, this, &MainWindow::restoreView);
}

QString cueTimeText(qint64 milliseconds)
{
    const qint64 seconds = milliseconds / 1000;
    const QString clock = seconds >= 3600 ? QStringLiteral("%1:%2:%3")
                                                .arg(seconds / 3600)
                                                .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                                                .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                                          : QStringLiteral("%1:%2")
                                                .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                                                .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return clock + QStringLiteral(".%1").arg(milliseconds % 1000, 3, 10, QLatin1Char('0'));
}

void MainWindow::goToContentsEntry(int row)
{
    if (!m_text || row < 0 || row >= m_contents->entryCount())
        return;
    // Both panes go there: a chapter one book lacks, or whose start one book lacks, comes
    // level with the other book's nearest text (alignBeadAt).
    goToPair(m_contents->beadAt(row) + 1);
}

void MainWindow::updateStatus()
{
    if (!m_text)
        return;
    if (m_text->isAligning()) {
        // Placeholders are not pairs: only the pairs aligned so far are counted.
        m_countsLabel->setText(tr("Aligning: %1 pairs so far").arg(m_text->alignedBeadCount()));
        m_positionLabel->clear();
        return;
    }
    // One unit throughout: a "pair" is a row of the alignment, matched or not.
    const int total = int(m_text->beads().size());
    m_countsLabel->setText(
        tr("%1 pairs, %2 without a counterpart").arg(total).arg(total - m_text->pairCount()));
    const int selected = m_position->selectedBead();
    const int bead = selected >= 0 ? selected : m_position->bead();
    const int percent = total > 1 ? qRound(100.0 * bead / (total - 1)) : 100;
    QString position = tr("Pair %1 of %2 · %3%").arg(bead + 1).arg(total).arg(percent);
    // Subtitles: when the pair is on screen in the film.
    if (const CueTime cue = m_text->beadCue(bead); cue.isValid())
        position += tr(" · %1–%2").arg(cueTimeText(cue.startMs), cueTimeText(cue.endMs));
    m_positionLabel->setText(position);
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message);
    emit openFailed(message);
    if (isVisible()) {
        // Not modal-blocking: the window stays usable (and testable) behind it.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open"), message,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_projectActions->maybeDiscardChanges()) {
        event->ignore();
        return;
    }
    m_projectActions->windowClosed();
    m_import->cancel();
    rememberDocument();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitToScreen();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (openFiles(paths.mid(0, 2)))
        event->acceptProposedAction();
}

} // namespace duizhao
