// Opening documents: the import in the background, a long text shown while it aligns, its
// pairs as they settle, and the previous document back when opening fails or is cancelled.
#include "app/common/ErrorText.h"
#include "app/gui/ImportJob.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Preferences.h"
#include "app/gui/ProjectActions.h"
#include "app/gui/ReaderDocument.h"
#include "app/gui/ReaderPanels.h"
#include "app/gui/ReaderSettings.h"
#include "app/gui/SentencePane.h"
#include "core/sync/ReadingPosition.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace duizhao {

namespace {

/// The pairs from @p first that look other than a plain pair: unmatched, doubtful, confirmed.
/// Settled pairs come with their final confidence, so those before @p first look as they should.
QList<int> markedBeads(const AlignedText &text, int first)
{
    QList<int> beads;
    for (int b = first; b < text.alignedBeadCount(); ++b)
        if (!text.isPair(b) || text.isConfirmed(b) || text.isDoubtful(b))
            beads.append(b);
    return beads;
}

} // namespace

QString MainWindow::samplePath()
{
    return QStringLiteral(":/samples/cpc-western-development.txt");
}

bool MainWindow::openSample()
{
    return openFiles({samplePath()});
}

bool MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !m_projectActions->maybeDiscardChanges())
        return false;
    m_import->start(paths.mid(0, 2));
    m_loading = true;
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    QStringList names;
    for (const QString &path : paths.mid(0, 2))
        names.append(QFileInfo(path).fileName());
    statusBar()->showMessage(tr("Opening %1…").arg(names.join(QStringLiteral(" + "))));
    return true;
}

bool MainWindow::isLoading() const
{
    // Until the result has been taken in and shown whole, not merely until the job stops.
    return m_loading || m_chinesePane->isFilling() || m_englishPane->isFilling();
}

void MainWindow::cancelLoading()
{
    m_import->cancel();
}

void MainWindow::importFinished()
{
    m_loading = false;
    m_progress->hide();
    m_cancelButton->hide();
    ImportResult result = m_import->takeResult();
    if (result.error) {
        if (isAligning())
            reopenPrevious();
        if (result.error->code == ErrorCode::Cancelled)
            statusBar()->showMessage(tr("Opening cancelled; the previous document stays open."));
        else
            showError(errorText(*result.error));
        return;
    }
    if (result.text && isAligning() && result.paths == m_document->paths())
        finishAlignment(std::move(*result.text));
    else if (result.text)
        showAlignedText(std::move(*result.text), result.paths, std::move(result.origin),
                        result.chineseVariant);
    m_previous.reset();
}

bool MainWindow::isAligning() const
{
    return m_text && m_text->isAligning();
}

void MainWindow::showTextWhileAligning()
{
    std::optional<ImportPreview> preview = m_import->takePreview();
    if (!preview)
        return;
    // Kept until the alignment arrives: cancelling it brings this document back. (A document
    // still aligning that another replaces was cancelled: the one before it is kept.)
    if (m_text && !m_text->isAligning())
        m_previous = PreviousDocument{*m_text, m_document->paths(),
                                      ProjectOrigin{m_document->projectPath(), viewState()},
                                      m_document->isModified()};
    m_movedWhileAligning = false;
    showAlignedText(std::move(preview->text), preview->paths, {}, preview->chineseVariant);
    statusBar()->showMessage(tr("Aligning: pairs can be clicked as soon as they are aligned."));
}

int MainWindow::replacePairs(AlignedText text)
{
    const int alignedBefore = m_text->alignedBeadCount();
    // Placeholders are numbered differently from pairs: the place is kept by its sentence, in
    // the pane being read.
    const QList<SentenceKey> atTop = m_text->beadSentences(m_position->bead());
    const double fraction = m_position->fraction();
    m_document->replaceText(std::move(text), false);
    m_document->setDoubtfulThreshold(preferences::doubtfulThreshold());
    m_text = m_document->text();
    SentencePane *lead = m_englishPane->hasFocus() ? m_englishPane : m_chinesePane;
    if (!atTop.isEmpty())
        m_position->setPosition(std::max(0, m_text->beadOf(atTop.constFirst())), fraction, lead);
    return alignedBefore;
}

void MainWindow::showAlignmentSoFar()
{
    std::optional<ImportPreview> preview = m_import->takePreview();
    if (!preview || !isAligning() || preview->paths != m_document->paths() ||
        preview->text.alignedBeadCount() <= m_text->alignedBeadCount())
        return;
    const int alignedBefore = replacePairs(std::move(preview->text));
    // Only the pairs just aligned look different; placeholders look like any text. The
    // interleaved layout follows the pairs: it is laid out again once they are all there.
    if (m_layout != ReaderLayout::Interleaved)
        restyleInTurn(markedBeads(*m_text, alignedBefore));
    updateStatus();
}

bool MainWindow::isRestyling() const
{
    return m_restylingPane || !m_restyleQueue.isEmpty();
}

void MainWindow::restyleInTurn(const QList<int> &beads)
{
    // The panes take turns, also across calls. Each restyling step is an edit of a book-length
    // text, which Qt's layout answers by going over every paragraph (about 20 ms for 20,000
    // pairs); two panes in one turn of the event loop would double the stall. Every pane numbers
    // its sentences by the new pairs at once: a selection must light up the right ones.
    for (SentencePane *pane : activePanes()) {
        pane->renumberBeads();
        m_restyleQueue.append({pane, beads});
    }
    if (!m_restylingPane)
        restyleNext();
}

void MainWindow::restyleNext()
{
    m_restylingPane = nullptr;
    while (!m_restyleQueue.isEmpty() && !m_restylingPane) {
        auto [pane, beads] = m_restyleQueue.takeFirst();
        if (!pane)
            continue;
        m_restylingPane = pane;
        // The next pane starts in a later turn: restyled() is connected queued.
        pane->restyleBeads(beads);
    }
}

void MainWindow::finishAlignment(AlignedText text)
{
    const int alignedBefore = replacePairs(std::move(text));
    if (m_layout == ReaderLayout::Interleaved || activePanes().size() != 2) {
        refreshText(false, 0, int(m_text->beads().size()));
    } else {
        // Restyling every pair of a book would stall the window: only the pairs not settled
        // before get their marks (the settled ones were marked as they came).
        restyleInTurn(markedBeads(*m_text, alignedBefore));
        updatePanels();
        updateStatus();
    }
    // Long texts with chapters open with their contents beside them (restoreDocument()).
    if (m_contents->entryCount() >= 3)
        m_contents->show();
    // Not moved meanwhile: the reader goes back to where they stopped last time.
    if (const std::optional<DocumentMemory> memory = DocumentMemory::load(m_document->paths());
        memory && !m_movedWhileAligning) {
        restorePlace(*memory);
        restoreView();
    }
    statusBar()->clearMessage();
    emit documentOpened();
}

void MainWindow::reopenPrevious()
{
    std::optional<PreviousDocument> previous = std::exchange(m_previous, std::nullopt);
    if (previous) {
        showAlignedText(std::move(previous->text), previous->paths, std::move(previous->origin));
        m_document->setModified(previous->modified);
        return;
    }
    // Nothing was open before: nothing is now.
    m_chinesePane->clearContent();
    m_englishPane->clearContent();
    m_document->close();
    m_text = nullptr;
    m_header->hide();
    m_notice->hide();
    m_countsLabel->clear();
    m_positionLabel->clear();
    setWindowTitle(tr("Duizhao"));
    updatePanels();
    emit documentOpened();
}

void MainWindow::showAlignedText(AlignedText text, const QStringList &paths, ProjectOrigin origin,
                                 std::optional<ChineseVariant> chineseVariant)
{
    rememberDocument();
    m_restyleQueue.clear(); // Pairs of the old text.
    // The panes point into the old text: empty them before it is replaced.
    m_chinesePane->clearContent();
    m_englishPane->clearContent();
    m_document->open(std::move(text), paths, std::move(origin), chineseVariant);
    m_text = m_document->text();
    // Writing the settings file takes a while: not in the turn that shows the text.
    if (!paths.isEmpty() && !paths.constFirst().startsWith(u':'))
        QTimer::singleShot(0, this, [this, paths] { addRecentFiles(paths); });
    showText();
    emit documentOpened();
}

} // namespace duizhao
