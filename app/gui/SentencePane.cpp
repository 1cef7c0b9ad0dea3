#include "app/gui/SentencePane.h"

#include "app/gui/RubyText.h"
#include "core/sync/ReadingPosition.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace duizhao {

namespace {

// The first part, shown in the turn that opens the document: what fills the view.
constexpr qint64 FirstPartBudgetMs = 6;
constexpr int FillBatchParagraphs = 8;

// Source text keeps hand-wrapped newlines; in a pane they would split paragraphs. Replacing them
// one for one keeps find offsets valid.
QString flattened(QString text)
{
    for (QChar &c : text)
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == QChar::ParagraphSeparator)
            c = u' ';
    return text;
}

} // namespace

SentencePane::SentencePane(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setTabChangesFocus(true);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    // Text wraps to the view, and the measure is kept by margins: never a sideways scroll bar.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    document()->setDocumentMargin(DocumentMargin);
    // Read-only: no insertion needs recording for undo (replaceDocument() keeps it so).
    document()->setUndoRedoEnabled(false);
    m_fillTimer.setSingleShot(true);
    m_fillTimer.setInterval(0);
    m_restyleTimer.setSingleShot(true);
    m_restyleTimer.setInterval(0);
    connect(&m_restyleTimer, &QTimer::timeout, this, &SentencePane::restyleStep);
    connect(&m_fillTimer, &QTimer::timeout, this, &SentencePane::fillStep);
    m_disposeTimer.setSingleShot(true);
    m_disposeTimer.setInterval(0);
    connect(&m_disposeTimer, &QTimer::timeout, this, &SentencePane::disposeStep);
    m_relayoutTimer.setSingleShot(true);
    m_relayoutTimer.setInterval(0);
    connect(&m_relayoutTimer, &QTimer::timeout, this, &SentencePane::relayoutStep);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_programmaticScroll)
            return;
        releaseView();
        emit userScrolled();
    });
}

quint64 SentencePane::keyId(SentenceKey key)
{
    return (quint64(key.language == Language::English ? 1 : 0) << 32) | quint32(key.index);
}

void SentencePane::clearContent()
{
    m_fillTimer.stop();
    m_fill.reset();
    m_restyleTimer.stop();
    if (!m_restyling.isEmpty()) {
        m_restyling.clear();
        emit restyled(); // Nothing is left to restyle.
    }
    m_relayoutTimer.stop();
    m_relayoutBlock = -1;
    releaseView();
    m_allFindHits.clear();
    m_allCurrentFindHit = -1;
    m_text = nullptr;
    m_spans.clear();
    m_spanOfKey.clear();
    m_spansOfBead.clear();
    m_beadOrder.clear();
    m_findHits.clear();
    m_lookedUpWords.clear();
    m_linkedWords.clear();
    replaceDocument();
}

QTextCharFormat SentencePane::sentenceFormat(const Span &span, bool hidden) const
{
    QTextCharFormat format;
    format.setFontFamilies(span.key.language == Language::Chinese ? m_style.chineseFamilies
                                                                  : m_style.englishFamilies);
    format.setForeground(m_style.theme.text);
    if (m_style.ruby && span.key.language == Language::Chinese) {
        // A little air between the characters, so each word's reading fits over it.
        format.setFontLetterSpacingType(QFont::PercentageSpacing);
        format.setFontLetterSpacing(m_style.ruby->letterSpacing());
    }
    const ParagraphRole role = m_text->sentenceRole(span.key);
    if (role == ParagraphRole::Title || role == ParagraphRole::Heading) {
        format.setFontWeight(QFont::Bold);
        format.setProperty(QTextFormat::FontSizeAdjustment, role == ParagraphRole::Title ? 1 : 0);
    }
    if (hidden) {
        // A solid bar: the reader sees where the translation is, not what it says.
        format.setForeground(m_style.theme.hiddenBar);
        format.setBackground(m_style.theme.hiddenBar);
        format.setToolTip(tr("Click to show the translation"));
        return format;
    }
    // A sentence whose pair is still being aligned looks like any pair's: most will be one.
    if (!m_style.oneSided && !m_text->isPair(span.bead) && !m_text->isPending(span.bead)) {
        format.setForeground(m_style.theme.unmatched);
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(m_style.theme.unmatched);
        format.setToolTip(span.key.language == Language::Chinese
                              ? tr("No counterpart: this sentence has no English translation")
                              : tr("No counterpart: this sentence has no Chinese original"));
    } else if (!m_style.oneSided && m_text->isDoubtful(span.bead)) {
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(m_style.theme.doubtful);
        format.setToolTip(tr("Doubtful pair: the alignment is %1% sure")
                              .arg(qRound(m_text->beads().at(span.bead).confidence * 100)));
    } else if (!m_style.oneSided && m_text->isConfirmed(span.bead)) {
        format.setToolTip(m_text->beads().at(span.bead).status == PairStatus::Confirmed
                              ? tr("Confirmed pair")
                              : tr("Pair corrected by hand"));
    }
    return format;
}

void SentencePane::setContent(const AlignedText *text, const QList<PaneParagraph> &paragraphs,
                              const DisplayText &displayText, const PaneStyle &style)
{
    // Filling the document resets the scroll bar; that is not the reader scrolling.
    m_programmaticScroll = true;
    clearContent();
    m_text = text;
    m_style = style;
    QPalette pal = palette();
    pal.setColor(QPalette::Base, style.theme.base);
    pal.setColor(QPalette::Text, style.theme.text);
    pal.setColor(QPalette::Window, style.theme.base); // The margins around a centred measure.
    setPalette(pal);
    setAutoFillBackground(true);

    // Two empty blocks hold the room above and below the text (setRoom); the text goes between.
    QTextBlockFormat room;
    room.setLineHeight(0, QTextBlockFormat::FixedHeight);
    QTextCursor ends(document());
    ends.setBlockFormat(room);
    ends.insertBlock(room);
    Fill fill;
    fill.paragraphs = paragraphs;
    fill.displayText = displayText;
    fill.interleaved =
        paragraphs.size() > 1 && paragraphs.first().language != paragraphs.last().language;
    m_fill = std::move(fill);
    // A short text is shown whole at once; a long one starts with what fills the view (a short
    // step: both panes take theirs in the same turn of the event loop).
    fillFor(paragraphs.size() <= SynchronousParagraphs ? -1 : FirstPartBudgetMs);
    updateMeasure();
    setRoom(DocumentMargin, viewport()->height());
    m_programmaticScroll = false;
    updateExtraSelections();
    if (m_fill)
        m_fillTimer.start();
}

void SentencePane::fillStep()
{
    if (!m_fill)
        return;
    const bool wasProgrammatic = std::exchange(m_programmaticScroll, true);
    fillFor(FillBudgetMs);
    finishLayout();
    m_programmaticScroll = wasProgrammatic;
    showFindHits();
    if (m_fill)
        m_fillTimer.start();
    emit contentGrown();
}

void SentencePane::fillFor(qint64 budgetMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    // At the end of the text, before the room below it.
    QTextCursor cursor(document()->lastBlock());
    cursor.movePosition(QTextCursor::PreviousCharacter);
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    while (m_fill->next < m_fill->paragraphs.size()) {
        cursor.beginEditBlock();
        const int batchEnd =
            std::min(int(m_fill->paragraphs.size()), m_fill->next + FillBatchParagraphs);
        while (m_fill->next < batchEnd)
            appendParagraph(cursor, m_fill->paragraphs.at(m_fill->next++));
        cursor.endEditBlock();
        if (budgetMs < 0)
            continue;
        // Laying the new part out is most of the cost: it counts against the budget too.
        layout->blockBoundingRect(document()->lastBlock());
        if (elapsed.elapsed() >= budgetMs)
            break;
    }
    if (m_fill->next >= m_fill->paragraphs.size())
        m_fill.reset();
}

void SentencePane::appendParagraph(QTextCursor &cursor, const PaneParagraph &paragraph)
{
    const bool firstParagraph = std::exchange(m_fill->firstParagraph, false);
    QTextBlockFormat blockFormat;
    blockFormat.setBottomMargin(paragraph.role == ParagraphRole::Title ? 14 : 10);
    // A chapter heading stands apart from the chapter before it.
    if (paragraph.role == ParagraphRole::Heading && !firstParagraph)
        blockFormat.setTopMargin(18);
    blockFormat.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    if (m_style.ruby && paragraph.language == Language::Chinese) {
        // A minimum height puts a line's extra room above its text: there the readings go.
        const QFont text = chineseFont(paragraph.role);
        blockFormat.setLineHeight(std::ceil(QFontMetricsF(text).height()) +
                                      m_style.ruby->room(text),
                                  QTextBlockFormat::MinimumHeight);
    }
    // Interleaved layout: the English under its Chinese, indented, tight to it.
    if (!firstParagraph && paragraph.language == Language::English &&
        m_fill->previousLanguage == Language::Chinese && m_fill->interleaved)
        blockFormat.setLeftMargin(14);
    cursor.insertBlock(blockFormat);
    m_fill->previousLanguage = paragraph.language;
    for (int i = 0; i < paragraph.sentences.size(); ++i) {
        Span span;
        span.key = paragraph.sentences.at(i);
        span.bead = m_text->beadOf(span.key);
        // A rebuild (theme, font, script) keeps what the learner has already revealed.
        const bool hidden = m_style.hiddenLanguage == span.key.language && !isRevealed(span.bead);
        span.start = cursor.position();
        cursor.insertText(flattened(m_fill->displayText(span.key)), sentenceFormat(span, hidden));
        span.end = cursor.position();
        m_spanOfKey.insert(keyId(span.key), int(m_spans.size()));
        if (span.bead >= 0) {
            auto it = m_spansOfBead.find(span.bead);
            if (it == m_spansOfBead.end()) {
                m_spansOfBead.insert(span.bead, {int(m_spans.size()), int(m_spans.size())});
                m_beadOrder.append(span.bead);
            } else {
                it->second = int(m_spans.size());
            }
        }
        m_spans.append(span);
        if (span.key.language == Language::English && i + 1 < paragraph.sentences.size())
            cursor.insertText(QStringLiteral(" "), QTextCharFormat());
    }
}

bool SentencePane::isRevealed(int bead) const
{
    return m_state && m_state->isRevealed(bead);
}

int SentencePane::selectedBead() const
{
    return m_state ? m_state->selectedBead() : -1;
}

void SentencePane::finishLayout()
{
    // Qt lays a long document out in steps from a timer, and until it is done the scroll range
    // covers only the part laid out: positions further down would be clamped to it.
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    layout->blockBoundingRect(document()->lastBlock());
    emit layout->documentSizeChanged(layout->documentSize());
}

void SentencePane::setRoom(double above, double below)
{
    // Room past the end (and, when levelling needs it, before the start): the first and the last
    // pair can come level with their counterpart anywhere in the view.
    const double lineHeight = fontMetrics().height() * 1.35;
    below = std::max(DocumentMargin, below - 2 * lineHeight);
    const bool wasProgrammatic = std::exchange(m_programmaticScroll, true);
    // The room is the height of an empty block at either end. Changing a block lays out that
    // block alone, the rest only moves; the document's margins would lay the whole text out
    // again, a second and more for a novel.
    setEmptyBlockHeight(document()->firstBlock(), above - DocumentMargin);
    setEmptyBlockHeight(document()->lastBlock(), below - DocumentMargin);
    m_programmaticScroll = wasProgrammatic;
    finishLayout();
}

void SentencePane::setEmptyBlockHeight(const QTextBlock &block, double height)
{
    QTextBlockFormat format = block.blockFormat();
    if (format.lineHeightType() == QTextBlockFormat::FixedHeight && format.lineHeight() == height)
        return;
    format.setLineHeight(height, QTextBlockFormat::FixedHeight);
    QTextCursor(block).setBlockFormat(format);
}

double SentencePane::roomAbove() const
{
    return DocumentMargin + document()->firstBlock().blockFormat().lineHeight();
}

void SentencePane::updateMeasure()
{
    int side = 0;
    if (m_style.measure > 0) {
        const int widest =
            m_style.measure * fontMetrics().averageCharWidth() + 2 * int(DocumentMargin);
        side = std::max(0, (width() - verticalScrollBar()->sizeHint().width() - widest) / 2);
    }
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

bool SentencePane::showsSentence(SentenceKey key) const
{
    return m_spanOfKey.contains(keyId(key));
}

bool SentencePane::showsBead(int bead) const
{
    return m_spansOfBead.contains(bead);
}

QList<int> SentencePane::beadsShown() const
{
    return m_beadOrder;
}

QFont SentencePane::chineseFont(ParagraphRole role) const
{
    QFont text = document()->defaultFont();
    text.setFamilies(m_style.chineseFamilies);
    if (role == ParagraphRole::Title)
        text.setPointSizeF(text.pointSizeF() * 1.2); // FontSizeAdjustment 1
    return text;
}

void SentencePane::setWordMarks(const QList<TextHit> &lookedUp, const QList<TextHit> &linked)
{
    m_lookedUpWords = lookedUp;
    m_linkedWords = linked;
    updateExtraSelections();
}

QString SentencePane::sentenceDisplayText(SentenceKey key) const
{
    const int index = spanIndexOf(key);
    if (index < 0)
        return {};
    QTextCursor cursor(document());
    cursor.setPosition(m_spans.at(index).start);
    cursor.setPosition(m_spans.at(index).end, QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

QString SentencePane::sentenceToolTip(SentenceKey key) const
{
    const int index = spanIndexOf(key);
    if (index < 0)
        return {};
    QTextCursor cursor(document());
    cursor.setPosition(m_spans.at(index).start + 1);
    return cursor.charFormat().toolTip();
}

QList<SentenceKey> SentencePane::sentencesInTextSelection() const
{
    const QTextCursor cursor = textCursor();
    QList<SentenceKey> keys;
    if (!cursor.hasSelection())
        return keys;
    for (const Span &span : m_spans)
        if (span.end > cursor.selectionStart() && span.start < cursor.selectionEnd())
            keys.append(span.key);
    return keys;
}

bool SentencePane::isSentenceHidden(SentenceKey key) const
{
    const int index = spanIndexOf(key);
    return index >= 0 && m_style.hiddenLanguage == key.language &&
           !isRevealed(m_spans.at(index).bead);
}

void SentencePane::updateRevealed(int bead)
{
    if (!m_style.hiddenLanguage)
        return;
    if (bead >= 0 && !showsBead(bead))
        return;
    const auto [first, last] =
        bead >= 0 ? m_spansOfBead.value(bead) : std::pair(0, int(m_spans.size()) - 1);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (int i = first; i <= last; ++i) {
        const Span &span = m_spans.at(i);
        if (span.key.language != *m_style.hiddenLanguage)
            continue;
        cursor.setPosition(span.start);
        cursor.setPosition(span.end, QTextCursor::KeepAnchor);
        cursor.setCharFormat(sentenceFormat(span, !isRevealed(span.bead)));
    }
    cursor.endEditBlock();
}

QList<QTextEdit::ExtraSelection> SentencePane::beadSelections(int bead, const QColor &color) const
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!showsBead(bead))
        return selections;
    const auto [first, last] = m_spansOfBead.value(bead);
    for (int i = first; i <= last; ++i) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(m_spans.at(i).start);
        selection.cursor.setPosition(m_spans.at(i).end, QTextCursor::KeepAnchor);
        selection.format.setBackground(color);
        selections.append(selection);
    }
    return selections;
}

void SentencePane::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_hoveredBead != selectedBead())
        selections += beadSelections(m_hoveredBead, m_style.theme.hover);
    selections += beadSelections(selectedBead(), m_style.theme.selection);
    const auto markWords = [&](const QList<TextHit> &words, bool linked) {
        for (const TextHit &word : words) {
            const int index = spanIndexOf(word.sentence);
            if (index < 0)
                continue;
            const Span &span = m_spans.at(index);
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(std::min(span.start + word.offset, span.end));
            selection.cursor.setPosition(std::min(span.start + word.offset + word.length, span.end),
                                         QTextCursor::KeepAnchor);
            if (linked) {
                selection.format.setBackground(m_style.theme.currentFindHit);
            } else {
                selection.format.setFontUnderline(true);
                selection.format.setUnderlineColor(m_style.theme.text);
            }
            selections.append(selection);
        }
    };
    markWords(m_lookedUpWords, false);
    markWords(m_linkedWords, true);
    for (int i = 0; i < m_findHits.size(); ++i) {
        const TextHit &hit = m_findHits.at(i);
        const int index = spanIndexOf(hit.sentence);
        if (index < 0)
            continue;
        const Span &span = m_spans.at(index);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        // Script conversion may change a sentence's length; then mark the whole sentence.
        const bool exact = hit.offset + hit.length <= span.end - span.start;
        selection.cursor.setPosition(exact ? span.start + hit.offset : span.start);
        selection.cursor.setPosition(exact ? span.start + hit.offset + hit.length : span.end,
                                     QTextCursor::KeepAnchor);
        selection.format.setBackground(i == m_currentFindHit ? m_style.theme.currentFindHit
                                                             : m_style.theme.findHit);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

QStringList SentencePane::beadTexts(int bead) const
{
    QStringList texts;
    if (!showsBead(bead))
        return texts;
    const auto [first, last] = m_spansOfBead.value(bead);
    for (int i = first; i <= last; ++i)
        texts.append(sentenceDisplayText(m_spans.at(i).key));
    return texts;
}

QStringList SentencePane::selectedTexts() const
{
    return beadTexts(selectedBead());
}

QStringList SentencePane::hoveredTexts() const
{
    return beadTexts(m_hoveredBead);
}

void SentencePane::updateSelection()
{
    updateExtraSelections();
}

void SentencePane::refreshBeads(int first, int count)
{
    renumberBeads();
    QList<int> beads(std::max(0, count));
    std::iota(beads.begin(), beads.end(), first);
    restyle(beads);
}

void SentencePane::refreshBeads(const QList<int> &beads)
{
    renumberBeads();
    restyleBeads(beads);
}

void SentencePane::restyleBeads(const QList<int> &beads)
{
    m_restyling.append(beads);
    restyleStep();
}

void SentencePane::setHoveredBead(int bead)
{
    if (bead == m_hoveredBead)
        return;
    m_hoveredBead = bead;
    updateExtraSelections();
}

void SentencePane::setFindHits(const QList<TextHit> &hits, int currentHit)
{
    m_allFindHits = hits;
    m_allCurrentFindHit = currentHit;
    showFindHits();
}

void SentencePane::showFindHits()
{
    m_findHits.clear();
    int current = -1;
    for (int i = 0; i < m_allFindHits.size(); ++i) {
        if (!showsSentence(m_allFindHits.at(i).sentence))
            continue;
        if (i == m_allCurrentFindHit)
            current = int(m_findHits.size());
        m_findHits.append(m_allFindHits.at(i));
    }
    m_currentFindHit = current;
    updateExtraSelections();
}

void SentencePane::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy) && !textCursor().hasSelection()) {
        emit copyPairRequested();
        return;
    }
    // Ctrl+Home and Ctrl+End, a document's ends in other readers, are the first and last pair.
    if (event->matches(QKeySequence::MoveToStartOfDocument)) {
        emit navigationRequested(Navigation::First);
        return;
    }
    if (event->matches(QKeySequence::MoveToEndOfDocument)) {
        emit navigationRequested(Navigation::Last);
        return;
    }
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain) {
        switch (event->key()) {
        case Qt::Key_Up:
        case Qt::Key_K:
            emit navigationRequested(Navigation::Previous);
            return;
        case Qt::Key_Down:
        case Qt::Key_J:
            emit navigationRequested(Navigation::Next);
            return;
        case Qt::Key_Home:
            emit navigationRequested(Navigation::First);
            return;
        case Qt::Key_End:
            emit navigationRequested(Navigation::Last);
            return;
        default:
            break;
        }
    }
    QTextBrowser::keyPressEvent(event);
}

void SentencePane::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QTextBrowser::mousePressEvent(event);
}

void SentencePane::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    // A drag selects text to copy; only a click selects a pair.
    if (event->button() == Qt::LeftButton &&
        (event->position().toPoint() - m_pressPos).manhattanLength() < 5) {
        const SentenceKey key = sentenceAt(event->position().toPoint());
        if (key.isValid())
            emit sentenceClicked(key);
    }
}

void SentencePane::mouseMoveEvent(QMouseEvent *event)
{
    QTextBrowser::mouseMoveEvent(event);
    const SentenceKey key = sentenceAt(event->position().toPoint());
    const int bead = m_text ? m_text->beadOf(key) : -1;
    if (bead != m_hoveredBead)
        emit sentenceHovered(key);
}

void SentencePane::leaveEvent(QEvent *event)
{
    QTextBrowser::leaveEvent(event);
    if (m_hoveredBead >= 0)
        emit sentenceHovered({});
}

void SentencePane::resizeEvent(QResizeEvent *event)
{
    releaseView();
    // Re-wrapping moves the scroll bar; that is not the reader scrolling.
    m_programmaticScroll = true;
    QTextBrowser::resizeEvent(event);
    updateMeasure();
    if (!m_spans.isEmpty())
        setRoom(roomAbove(), viewport()->height());
    m_programmaticScroll = false;
    emit viewResized();
}

void SentencePane::contextMenuEvent(QContextMenuEvent *event)
{
    // Delivered through the viewport: the position is already in viewport coordinates.
    const SentenceKey key =
        event->reason() == QContextMenuEvent::Mouse ? sentenceAt(event->pos()) : SentenceKey();
    emit contextMenuRequested(key, event->globalPos());
}

bool SentencePane::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const SentenceKey key = sentenceAt(viewport()->mapFrom(this, help->pos()));
        const QString tip = key.isValid() ? sentenceToolTip(key) : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QTextBrowser::event(event);
}

} // namespace duizhao
