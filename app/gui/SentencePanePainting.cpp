// What a sentence pane paints over its text: pinyin or zhuyin above the Chinese lines, and the
// marks of confirmed and edited pairs in the margin.
#include "app/gui/RubyText.h"
#include "app/gui/SentencePane.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

namespace duizhao {

QList<RubyPlacement> SentencePane::rubyPlacements(const QRect &viewportRect) const
{
    QList<RubyPlacement> placements;
    if (!m_style.ruby || m_spans.isEmpty())
        return placements;
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    // The readings of a line sit in the room above it: start a line early.
    const double top = viewportRect.top() + scroll.y();
    const double bottom = viewportRect.bottom() + scroll.y() + fontMetrics().height() * 2;
    // The first sentence reaching into the view, by bisection (a hit test walks the blocks).
    const auto firstShown =
        std::lower_bound(m_spans.cbegin(), m_spans.cend(), top, [this](const Span &span, double y) {
            return lineRect(std::max(span.start, span.end - 1)).bottom() < y;
        });
    if (firstShown == m_spans.cend())
        return placements;
    for (QTextBlock block = document()->findBlock(firstShown->start); block.isValid();
         block = block.next()) {
        const QRectF blockRect = layout->blockBoundingRect(block);
        if (blockRect.top() > bottom)
            break;
        const QTextLayout *text = block.layout();
        if (!text || block.blockFormat().lineHeightType() != QTextBlockFormat::MinimumHeight)
            continue;
        const QPointF origin = blockRect.topLeft() - scroll;
        const int blockStart = block.position();
        const auto firstSpan =
            std::lower_bound(m_spans.cbegin(), m_spans.cend(), blockStart,
                             [](const Span &span, int position) { return span.end <= position; });
        const QString blockText = block.text();
        for (auto it = firstSpan; it != m_spans.cend(); ++it) {
            const Span &span = *it;
            if (span.start >= blockStart + block.length())
                break;
            if (span.end <= blockStart || span.key.language != Language::Chinese ||
                isSentenceHidden(span.key))
                continue;
            const QString sentence = blockText.mid(span.start - blockStart, span.end - span.start);
            const QFont font = chineseFont(m_text->sentenceRole(span.key));
            for (int i = 0; i < text->lineCount(); ++i) {
                const QTextLine line = text->lineAt(i);
                // A line counts when it or the reading above it is in the view.
                const double lineTop = blockRect.top() + line.y();
                if (lineTop + line.height() < top || lineTop - line.height() > bottom)
                    continue;
                placements += m_style.ruby->place(sentence, span.start - blockStart, line, origin,
                                                  font, m_style.theme.text);
            }
        }
    }
    return placements;
}

void SentencePane::paintEvent(QPaintEvent *event)
{
    if (!m_heldView.isNull()) {
        QPainter(viewport()).drawPixmap(0, 0, m_heldView);
        return;
    }
    QTextBrowser::paintEvent(event);
    paintRuby(event->rect());
    paintStatusMarks();
}

void SentencePane::paintRuby(const QRect &area)
{
    if (!m_style.ruby)
        return;
    const QList<RubyPlacement> placements = rubyPlacements(area);
    if (placements.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(m_style.ruby->rubyFont(chineseFont(ParagraphRole::Body)));
    const double ascent = painter.fontMetrics().ascent();
    for (const RubyPlacement &placement : placements) {
        painter.save();
        painter.setPen(placement.colour);
        painter.translate(placement.rect.left(), placement.rect.top() + ascent);
        painter.scale(placement.scale, 1.0);
        painter.drawText(QPointF(0, 0), placement.text);
        painter.restore();
    }
}

QRect SentencePane::statusMarkRect(SentenceKey key) const
{
    const int index = spanIndexOf(key);
    if (index < 0 || m_style.oneSided || !m_text || !m_text->isConfirmed(m_spans.at(index).bead))
        return {};
    const Span &span = m_spans.at(index);
    const int scroll = verticalScrollBar()->value();
    const int top = qRound(lineRect(span.start).top()) - scroll;
    const int bottom = qRound(lineRect(std::max(span.start, span.end - 1)).bottom()) - scroll;
    // A thin bar in the left margin, beside the sentence's lines.
    constexpr int MarkWidth = 3;
    const int left = int(DocumentMargin) / 2 - 2;
    return QRect(left, top + 2, MarkWidth, std::max(4, bottom - top - 4));
}

void SentencePane::paintStatusMarks()
{
    if (!m_text || m_style.oneSided || m_spans.isEmpty())
        return;
    // Only the spans on screen: from the one at the top of the view down to the bottom edge.
    const int scroll = verticalScrollBar()->value();
    const int topPosition =
        document()->documentLayout()->hitTest(QPointF(DocumentMargin, scroll), Qt::FuzzyHit);
    auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), std::max(0, topPosition),
                               [](int pos, const Span &span) { return pos < span.start; });
    if (it != m_spans.cbegin())
        --it;
    QPainter painter(viewport());
    for (; it != m_spans.cend(); ++it) {
        const QRect mark = statusMarkRect(it->key);
        if (mark.isEmpty()) {
            if (lineRect(it->start).top() - scroll > viewport()->height())
                break;
            continue;
        }
        if (mark.top() > viewport()->height())
            break;
        const bool confirmed = m_text->beads().at(it->bead).status == PairStatus::Confirmed;
        painter.fillRect(mark, confirmed ? m_style.theme.confirmedMark : m_style.theme.editedMark);
    }
}

} // namespace duizhao
