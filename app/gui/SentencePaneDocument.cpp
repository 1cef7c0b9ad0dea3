// A long text's document, the parts of its life that would hold up the window: taken apart
// over several turns of the event loop when the pane shows another text (SentencePane.cpp fills
// it).
#include "app/gui/SentencePane.h"

#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextDocument>

namespace duizhao {

namespace {

// A document set aside is taken apart in steps of about this long, between the fill steps.
constexpr qint64 DisposeBudgetMs = 3;

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

} // namespace duizhao
