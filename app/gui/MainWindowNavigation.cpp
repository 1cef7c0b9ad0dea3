// The reader window's movement between pairs: selecting one, bringing it level in both panes,
// the keyboard steps, the doubtful-pair steps and Go to Pair (MainWindow.cpp holds the reading
// itself, MainWindowMenus.cpp the menus and panels).
#include "app/gui/MainWindow.h"
#include "app/gui/ReaderDocument.h"
#include "app/gui/SentencePane.h"
#include "core/sync/ReadingPosition.h"

#include <QProgressBar>
#include <QStatusBar>

#include <algorithm>

namespace duizhao {

bool MainWindow::placeIsShown(const QList<SentencePane *> &panes) const
{
    // Enough past the place to fill the view below it; a pane still filling shows less.
    constexpr int BeadsBelow = 100;
    const int needed = std::max(m_position->bead(), m_position->selectedBead()) + BeadsBelow;
    return std::all_of(panes.cbegin(), panes.cend(),
                       [needed](const SentencePane *pane) { return pane->isReadyThrough(needed); });
}

SentenceKey MainWindow::firstShownSentence(int bead, const SentencePane *pane) const
{
    for (const SentenceKey &key : m_text->beadSentences(bead))
        if (pane->showsSentence(key))
            return key;
    return {};
}

QList<SentencePane *> MainWindow::activePanes() const
{
    QList<SentencePane *> panes;
    for (SentencePane *pane : {m_chinesePane, m_englishPane})
        if (!pane->isHidden() && !pane->beadsShown().isEmpty())
            panes.append(pane);
    return panes;
}

SentencePane *MainWindow::paneShowing(SentenceKey key) const
{
    for (SentencePane *pane : activePanes())
        if (pane->showsSentence(key))
            return pane;
    return nullptr;
}

void MainWindow::selectBead(int bead, SentencePane *origin)
{
    if (m_text && m_text->isPending(bead))
        return; // Not a pair yet.
    m_position->setSelectedBead(bead, origin);
}

int MainWindow::selectedBead() const
{
    return m_position->selectedBead();
}

void MainWindow::onSentenceClicked(SentencePane *pane, SentenceKey key)
{
    const int bead = m_text->beadOf(key);
    // The interleaved layout shows the pairs as they are once the alignment is done.
    if (m_text->isPending(bead) || (isAligning() && m_layout == ReaderLayout::Interleaved)) {
        // Its pair is not known yet: say so rather than select half of one.
        statusBar()->showMessage(
            tr("Still aligning: this sentence's pair is not known yet (%1% done).")
                .arg(m_progress->value()),
            4000);
        return;
    }
    m_movedWhileAligning = m_movedWhileAligning || isAligning();
    selectBead(bead, pane);
    // The counterpart comes level with the sentence clicked, so the eye moves straight across.
    const int clickedTop = pane->sentenceRect(key).top();
    for (SentencePane *other : activePanes())
        if (other != pane)
            other->alignBeadAt(bead, clickedTop);
}

void MainWindow::showBead(int bead, SentencePane *origin)
{
    const SentenceKey first = firstShownSentence(bead, origin);
    if (!first.isValid()) {
        // Not filled in yet: shown when it is.
        m_restorePending = origin->isFilling();
        return;
    }
    origin->ensureSentenceVisible(first);
    // Record where the reader now is; the panes other than the origin follow the position...
    const auto [topBead, fraction] = origin->positionAtTop();
    m_position->setPosition(topBead, fraction, origin);
    // ...and then bring the pair exactly level with it.
    const int top = origin->sentenceRect(first).top();
    for (SentencePane *other : activePanes())
        if (other != origin)
            other->alignBeadAt(bead, top);
}

void MainWindow::onNavigation(SentencePane *pane, int navigation)
{
    if (!m_text)
        return;
    const QList<int> beads = pane->beadsShown();
    if (beads.isEmpty())
        return;
    const int current = beads.indexOf(m_position->selectedBead());
    int target = 0;
    switch (SentencePane::Navigation(navigation)) {
    case SentencePane::Navigation::Previous:
        target = current < 0 ? 0 : std::max(0, current - 1);
        break;
    case SentencePane::Navigation::Next:
        target = current < 0 ? 0 : std::min(int(beads.size()) - 1, current + 1);
        break;
    case SentencePane::Navigation::First:
        target = 0;
        break;
    case SentencePane::Navigation::Last:
        target = int(beads.size()) - 1;
        break;
    }
    selectBead(beads.at(target), pane);
    showBead(beads.at(target), pane);
}

void MainWindow::nextDoubtfulPair()
{
    stepDoubtful(1);
}

void MainWindow::previousDoubtfulPair()
{
    stepDoubtful(-1);
}

void MainWindow::stepDoubtful(int direction)
{
    if (!m_text)
        return;
    const int count = int(m_text->beads().size());
    // With nothing selected, forward starts at the first pair and backward at the last.
    const int from = m_position->selectedBead() >= 0 ? m_position->selectedBead()
                     : direction > 0                 ? -1
                                                     : count;
    const int bead = m_document->doubtfulPair(from, direction);
    if (bead >= 0) {
        goToPair(bead + 1);
        return;
    }
    statusBar()->showMessage(tr("No doubtful pairs: the aligner is sure of every pair."), 4000);
}

bool MainWindow::goToPair(int number)
{
    if (!m_text || number < 1 || number > m_text->beads().size())
        return false;
    const int bead = number - 1;
    SentencePane *origin = m_englishPane->hasFocus() ? m_englishPane : m_chinesePane;
    if (!firstShownSentence(bead, origin).isValid())
        for (SentencePane *pane : activePanes())
            if (firstShownSentence(bead, pane).isValid())
                origin = pane;
    selectBead(bead, nullptr);
    showBead(bead, origin);
    return true;
}

} // namespace duizhao
