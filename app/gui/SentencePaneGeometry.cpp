// Where things are in a sentence pane: the sentence or character under a point, the rectangles
// of sentences and words, each bead's place in the document, and scrolling to a bead or a
// position (SentencePane.cpp fills the pane and handles input).
#include "app/gui/SentencePane.h"

#include <QAbstractTextDocumentLayout>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextLayout>

#include <algorithm>

namespace duizhao {

int SentencePane::spanIndexOf(SentenceKey key) const
{
    return m_spanOfKey.value(keyId(key), -1);
}

int SentencePane::spanIndexAt(int position) const
{
    auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), position,
                               [](int pos, const Span &span) { return pos < span.start; });
    if (it == m_spans.cbegin())
        return -1;
    --it;
    return position < it->end ? int(it - m_spans.cbegin()) : -1;
}

QRectF SentencePane::lineRect(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return {};
    const QRectF blockRect = document()->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    const int inBlock = position - block.position();
    const QTextLine line = layout ? layout->lineForTextPosition(inBlock) : QTextLine();
    if (!line.isValid())
        return QRectF(blockRect.topLeft(), QSizeF(1, blockRect.height()));
    return QRectF(blockRect.left() + line.cursorToX(inBlock), blockRect.top() + line.y(), 1,
                  line.height());
}

int SentencePane::documentPositionAt(const QPoint &viewportPos) const
{
    const QPointF documentPos(viewportPos.x() + horizontalScrollBar()->value(),
                              viewportPos.y() + verticalScrollBar()->value());
    const int nearest = document()->documentLayout()->hitTest(documentPos, Qt::FuzzyHit);
    const QTextBlock block = document()->findBlock(std::max(0, nearest));
    const QTextLayout *layout = block.layout();
    if (!block.isValid() || !layout || layout->lineCount() == 0)
        return -1;
    const QRectF blockRect = document()->documentLayout()->blockBoundingRect(block);
    const double y = documentPos.y() - blockRect.top();
    const double x = documentPos.x() - blockRect.left();
    // With readings above the text, each line's box starts where its reading does.
    const bool rubyAbove = block.blockFormat().lineHeightType() == QTextBlockFormat::MinimumHeight;
    const double room = rubyAbove ? layout->lineAt(0).y() : 0.0;
    // The whole line box is the target: from the top of a line to the top of the next one, so
    // the spacing between lines is no dead gap.
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const double bottom = i + 1 < layout->lineCount()
                                  ? layout->lineAt(i + 1).y() - room
                                  : line.y() + line.height() * (rubyAbove ? 1.1 : 1.35);
        if (y < line.y() - room || y >= bottom)
            continue;
        if (x < line.x() || x >= line.x() + line.naturalTextWidth())
            return -1;
        return block.position() + line.xToCursor(x, QTextLine::CursorOnCharacter);
    }
    return -1;
}

SentenceKey SentencePane::sentenceAt(const QPoint &viewportPos) const
{
    const int position = documentPositionAt(viewportPos);
    const int index = position >= 0 ? spanIndexAt(position) : -1;
    return index >= 0 ? m_spans.at(index).key : SentenceKey{};
}

TextHit SentencePane::characterAt(const QPoint &viewportPos) const
{
    const int position = documentPositionAt(viewportPos);
    const int index = position >= 0 ? spanIndexAt(position) : -1;
    if (index < 0)
        return {};
    return {m_spans.at(index).key, position - m_spans.at(index).start, 1};
}

QRect SentencePane::rangeRect(const TextHit &range) const
{
    const int index = spanIndexOf(range.sentence);
    if (index < 0)
        return {};
    const Span &span = m_spans.at(index);
    const int start = std::min(span.start + range.offset, span.end);
    const int end = std::min(start + std::max(1, range.length), span.end);
    const QRectF first = lineRect(start);
    const QRectF last = lineRect(end);
    // A word broken over two lines: its part on the first line.
    const double right = last.top() == first.top() ? last.left() : first.left() + 8;
    return QRectF(first.left() - horizontalScrollBar()->value(),
                  first.top() - verticalScrollBar()->value(), std::max(1.0, right - first.left()),
                  first.height())
        .toRect();
}

QRect SentencePane::sentenceRect(SentenceKey key) const
{
    const int index = spanIndexOf(key);
    if (index < 0)
        return {};
    const QRectF first = lineRect(m_spans.at(index).start);
    const QRectF next = lineRect(std::min(m_spans.at(index).start + 1, m_spans.at(index).end));
    const double width = next.top() == first.top() ? std::max(1.0, next.left() - first.left()) : 8;
    return QRectF(first.left() - horizontalScrollBar()->value(),
                  first.top() - verticalScrollBar()->value(), width, first.height())
        .toRect();
}

QPoint SentencePane::sentencePoint(SentenceKey key) const
{
    return sentenceRect(key).center();
}

double SentencePane::beadTop(int bead) const
{
    return lineRect(m_spans.at(m_spansOfBead.value(bead).first).start).top();
}

double SentencePane::beadViewTop(int bead) const
{
    // Readings above the first line belong to the bead: a view starting at it shows them.
    const int start = m_spans.at(m_spansOfBead.value(bead).first).start;
    const QTextBlock block = document()->findBlock(start);
    const QTextLayout *layout = block.layout();
    const bool rubyAbove = layout && layout->lineCount() > 0 &&
                           block.blockFormat().lineHeightType() == QTextBlockFormat::MinimumHeight;
    return beadTop(bead) - (rubyAbove ? layout->lineAt(0).y() : 0.0);
}

double SentencePane::beadBottom(int bead) const
{
    const Span &last = m_spans.at(m_spansOfBead.value(bead).second);
    return lineRect(std::max(last.start, last.end - 1)).bottom();
}

std::pair<int, double> SentencePane::positionAtTop() const
{
    if (m_spans.isEmpty())
        return {0, 0.0};
    const double top = verticalScrollBar()->value();
    const int position = document()->documentLayout()->hitTest(
        QPointF(document()->documentMargin() + 1, top + 1), Qt::FuzzyHit);
    int index = spanIndexAt(std::max(0, position));
    if (index < 0) {
        // Between sentences (a separator or a paragraph gap): take the sentence before.
        auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), position,
                                   [](int pos, const Span &span) { return pos < span.start; });
        index = it == m_spans.cbegin() ? 0 : int(it - m_spans.cbegin()) - 1;
    }
    const int bead = m_spans.at(index).bead;
    if (bead < 0)
        return {0, 0.0};
    const double beadStart = beadViewTop(bead);
    const double beadEnd = beadBottom(bead);
    const double fraction = beadEnd > beadStart ? (top - beadStart) / (beadEnd - beadStart) : 0.0;
    return {bead, std::clamp(fraction, 0.0, 1.0)};
}

bool SentencePane::setScrollValue(int value)
{
    // A place to show: what the view held (holdView()) is out of date.
    releaseView();
    QScrollBar *bar = verticalScrollBar();
    // Laid out again in steps (a font change): the place asked for was laid out just now.
    if (value > bar->maximum() && m_relayoutBlock >= 0)
        reportLaidOutSize();
    value = std::clamp(value, bar->minimum(), bar->maximum());
    if (value == bar->value())
        return false;
    m_programmaticScroll = true;
    bar->setValue(value);
    m_programmaticScroll = false;
    emit synchronizedScroll();
    return true;
}

void SentencePane::scrollToPosition(int bead, double fraction)
{
    if (m_beadOrder.isEmpty())
        return;
    if (showsBead(bead)) {
        const double top = beadViewTop(bead);
        setScrollValue(qRound(top + fraction * (beadBottom(bead) - top)));
        return;
    }
    // The bead has nothing here (an unmatched sentence of the other side): stay at the end of
    // the nearest bead before it, or the start of the first one after it.
    auto after = std::lower_bound(m_beadOrder.cbegin(), m_beadOrder.cend(), bead);
    if (after != m_beadOrder.cbegin())
        setScrollValue(qRound(beadBottom(*(after - 1))));
    else
        setScrollValue(qRound(beadViewTop(*after)) - int(document()->documentMargin()));
}

void SentencePane::scrollDocumentYTo(double documentY, int viewportY)
{
    const double above = roomAbove();
    const int value = qRound(documentY) - viewportY;
    if (value < 0) {
        // The text has to start lower than it can: grow the room above it by the difference.
        setRoom(above - value, viewport()->height());
        setScrollValue(0);
        return;
    }
    if (above > DocumentMargin && value > above - DocumentMargin) {
        // Scrolled past the extra room: give it back, keeping the view where it is.
        setRoom(DocumentMargin, viewport()->height());
        setScrollValue(value - qRound(above - DocumentMargin));
        return;
    }
    setScrollValue(value);
}

void SentencePane::alignSentenceAt(SentenceKey key, int viewportY)
{
    const int index = spanIndexOf(key);
    if (index < 0)
        return;
    scrollDocumentYTo(lineRect(m_spans.at(index).start).top(), viewportY);
}

void SentencePane::alignBeadAt(int bead, int viewportY)
{
    if (m_beadOrder.isEmpty())
        return;
    if (showsBead(bead)) {
        scrollDocumentYTo(beadTop(bead), viewportY);
        return;
    }
    // Nothing of this bead here: the bead after it takes its place, or the last one.
    auto after = std::lower_bound(m_beadOrder.cbegin(), m_beadOrder.cend(), bead);
    const int nearest = after == m_beadOrder.cend() ? m_beadOrder.constLast() : *after;
    scrollDocumentYTo(beadTop(nearest), viewportY);
}

void SentencePane::ensureSentenceVisible(SentenceKey key)
{
    const QRect rect = sentenceRect(key);
    if (rect.isNull())
        return;
    // Keep a few lines below it in view, so the reader sees what follows.
    if (rect.top() < 0 || rect.bottom() + 3 * rect.height() > viewport()->height())
        setScrollValue(verticalScrollBar()->value() + rect.top() - viewport()->height() / 3);
}

QMimeData *SentencePane::createMimeDataFromSelection() const
{
    // The room at each end of the text is an empty block: it is not part of what was read.
    QString text = textCursor().selection().toPlainText();
    while (text.startsWith(u'\n'))
        text.remove(0, 1);
    while (text.endsWith(u'\n'))
        text.chop(1);
    auto *mime = new QMimeData;
    mime->setText(text);
    return mime;
}

} // namespace duizhao
