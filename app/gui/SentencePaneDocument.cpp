// A long text's document, the parts of its life that would hold up the window: laid out again
// after a font change, restyled when many pairs change (an alignment arriving) and taken apart
// when the pane shows another text, all over several turns of the event loop (SentencePane.cpp
// fills it).
#include "app/gui/SentencePane.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace duizhao {

namespace {

// A document set aside is taken apart in steps of about this long, between the fill steps.
constexpr qint64 DisposeBudgetMs = 3;
// After a font change, a step lays out at most this much text (and for at most FillBudgetMs):
// about 12 ms of Chinese on a 2-core VM.
constexpr int RelayoutStepCharacters = 20000;

} // namespace

void SentencePane::replaceDocument()
{
    QTextDocument *old = document();
    if (old->blockCount() <= SynchronousParagraphs) {
        clear();
        return;
    }
    // Emptying a long document takes tens of milliseconds, in the turn that shows the new text
    // (a script switch, a new layout). A fresh document takes its place at once, set up as the
    // old one was; the old one is taken apart over the next turns. The text control deletes a
    // document it is the parent of as soon as it gets another one: the pane becomes the parent.
    auto *fresh = new QTextDocument(this);
    fresh->setDefaultFont(old->defaultFont());
    fresh->setDefaultStyleSheet(old->defaultStyleSheet());
    fresh->setDocumentMargin(old->documentMargin());
    fresh->setUndoRedoEnabled(false);
    setExtraSelections({});
    old->documentLayout()->installEventFilter(this);
    old->setParent(this);
    setDocument(fresh);
    m_discarded.append(old);
    m_disposeTimer.start();
}

void SentencePane::disposeStep()
{
    if (m_discarded.isEmpty())
        return;
    // Most of deleting a document is freeing each paragraph's layout: that goes in parts, and
    // the rest (the text and its formats) in a turn of its own.
    QTextDocument *old = m_discarded.constFirst();
    if (m_discardedBlocksFreed >= old->blockCount()) {
        delete m_discarded.takeFirst();
        m_discardedBlocksFreed = 0;
    } else {
        QElapsedTimer elapsed;
        elapsed.start();
        for (QTextBlock block = old->findBlockByNumber(m_discardedBlocksFreed); block.isValid();
             block = block.next()) {
            block.clearLayout();
            if (++m_discardedBlocksFreed % 64 == 0 && elapsed.elapsed() >= DisposeBudgetMs)
                break;
        }
    }
    if (!m_discarded.isEmpty())
        m_disposeTimer.start();
}

void SentencePane::changeEvent(QEvent *event)
{
    // A new font is the document's default font: every paragraph is laid out again. Qt does that
    // from a timer in steps that double in size, up to 200,000 characters at once (a tenth of a
    // second and more on a long text); the pane takes steps of its own size instead.
    const bool wasProgrammatic = std::exchange(m_programmaticScroll, true);
    QTextBrowser::changeEvent(event);
    m_programmaticScroll = wasProgrammatic;
    if (event->type() != QEvent::FontChange || document()->blockCount() <= SynchronousParagraphs)
        return;
    document()->documentLayout()->installEventFilter(this);
    m_relayoutBlock = 0;
    m_relayoutTimer.start();
}

bool SentencePane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Timer) {
        // Qt's own layout steps (the layout's timers): none for a document set aside, whose
        // layout would go on laying it out, and none while the pane takes steps of its own.
        const bool setAside =
            std::any_of(m_discarded.cbegin(), m_discarded.cend(),
                        [watched](const QObject *old) { return old == watched->parent(); });
        if (setAside || (m_relayoutBlock >= 0 && watched == document()->documentLayout()))
            return true;
    }
    return QTextBrowser::eventFilter(watched, event);
}

void SentencePane::relayoutStep()
{
    if (m_relayoutBlock < 0)
        return;
    QElapsedTimer elapsed;
    elapsed.start();
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const int last = document()->blockCount() - 1;
    const int start = document()->findBlockByNumber(m_relayoutBlock).position();
    // Asking where a paragraph is lays the text out up to it.
    for (QTextBlock block; m_relayoutBlock < last && elapsed.elapsed() < FillBudgetMs &&
                           block.position() - start < RelayoutStepCharacters;) {
        m_relayoutBlock = std::min(last, m_relayoutBlock + 8);
        block = document()->findBlockByNumber(m_relayoutBlock);
        layout->blockBoundingRect(block);
    }
    const bool wasProgrammatic = std::exchange(m_programmaticScroll, true);
    if (m_relayoutBlock < last) {
        reportLaidOutSize();
        m_relayoutTimer.start();
    } else {
        m_relayoutBlock = -1;
        finishLayout();
        releaseView();
    }
    m_programmaticScroll = wasProgrammatic;
    emit contentGrown();
}

bool SentencePane::isReadyThrough(int bead) const
{
    if (m_fill && (m_beadOrder.isEmpty() || m_beadOrder.constLast() < bead))
        return false;
    if (m_relayoutBlock < 0)
        return true;
    // The last sentence that starts in the part laid out again.
    const int laidOut = document()->findBlockByNumber(m_relayoutBlock).position();
    const auto after = std::upper_bound(m_spans.cbegin(), m_spans.cend(), laidOut,
                                        [](int pos, const Span &span) { return pos < span.start; });
    return after != m_spans.cbegin() && (after - 1)->bead >= bead;
}

void SentencePane::holdView()
{
    if (document()->blockCount() > SynchronousParagraphs)
        m_heldView = viewport()->grab();
}

void SentencePane::releaseView()
{
    if (m_heldView.isNull())
        return;
    m_heldView = QPixmap();
    viewport()->update();
}

void SentencePane::reportLaidOutSize()
{
    // The view takes its scroll range from the part laid out so far (extrapolated) on this signal;
    // the layout's own timer that sends it waits (eventFilter). Asking the layout for the size
    // would lay the rest out at once.
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const QTextBlock block = document()->findBlockByNumber(std::max(0, m_relayoutBlock));
    emit layout->documentSizeChanged(
        QSizeF(document()->textWidth(), layout->blockBoundingRect(block).bottom()));
}

void SentencePane::renumberBeads()
{
    if (!m_text)
        return;
    m_spansOfBead.clear();
    m_beadOrder.clear();
    m_hoveredBead = -1;
    for (int i = 0; i < m_spans.size(); ++i) {
        Span &span = m_spans[i];
        span.bead = m_text->beadOf(span.key);
        if (span.bead < 0)
            continue;
        auto it = m_spansOfBead.find(span.bead);
        if (it == m_spansOfBead.end()) {
            m_spansOfBead.insert(span.bead, {i, i});
            m_beadOrder.append(span.bead);
        } else {
            it->second = i;
        }
    }
    updateExtraSelections();
    viewport()->update();
}

void SentencePane::restyleStep()
{
    QElapsedTimer timer;
    timer.start();
    qsizetype done = 0;
    while (done < m_restyling.size() && timer.elapsed() < FillBudgetMs)
        done += restyle(m_restyling.mid(done, 50));
    m_restyling.remove(0, done);
    if (!m_restyling.isEmpty())
        m_restyleTimer.start();
    else
        emit restyled();
}

qsizetype SentencePane::restyle(const QList<int> &beads)
{
    if (!m_text)
        return beads.size();
    // Only the changed pairs look different (unmatched, doubtful, their tooltips).
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (int bead : beads) {
        const auto it = m_spansOfBead.constFind(bead);
        if (it == m_spansOfBead.cend())
            continue;
        for (int i = it->first; i <= it->second; ++i) {
            const Span &span = m_spans.at(i);
            const bool hidden =
                m_style.hiddenLanguage == span.key.language && !isRevealed(span.bead);
            cursor.setPosition(span.start);
            cursor.setPosition(span.end, QTextCursor::KeepAnchor);
            cursor.setCharFormat(sentenceFormat(span, hidden));
        }
    }
    cursor.endEditBlock();
    viewport()->update();
    return beads.size();
}

} // namespace duizhao
