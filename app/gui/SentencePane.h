#pragma once

#include "app/gui/AlignedText.h"
#include "app/gui/ReaderTheme.h"

#include <QHash>
#include <QPixmap>
#include <QTextBrowser>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QTextBlock;

namespace duizhao {

class RubyText;

/// How a pane draws its sentences.
struct PaneStyle
{
    ReaderTheme theme = ReaderTheme::light();
    QStringList chineseFamilies;
    QStringList englishFamilies;
    /// Learner mode: sentences of this language stay hidden until their pair is clicked.
    std::optional<Language> hiddenLanguage;
    /// A one-language document: nothing has a counterpart, so nothing is marked unmatched.
    bool oneSided = false;
    /// The widest the text runs, in average characters (a readable measure); 0: the pane's width.
    int measure = 0;
    /// Pinyin or zhuyin above the Chinese (app/gui/RubyText.h); null: none.
    std::shared_ptr<const RubyText> ruby;
};

/// A reading drawn above Chinese text: where, what, and its colour (for painting and tests).
struct RubyPlacement
{
    QRectF rect; ///< Viewport coordinates.
    QString text;
    QColor colour;
    double scale = 1.0; ///< Horizontal squeeze, so a long reading never overlaps its neighbour.
};

class ReadingPosition;

/// One reading pane: paragraphs of sentences, each sentence a click target. Highlights are
/// extra selections, so selecting, hovering and finding never rebuild the text. The selection and
/// what a learner revealed are read from the shared ReadingPosition; the pane keeps no copy.
class SentencePane : public QTextBrowser
{
    Q_OBJECT

public:
    enum class Navigation
    {
        Previous,
        Next,
        First,
        Last,
    };
    Q_ENUM(Navigation)

    using DisplayText = std::function<QString(SentenceKey)>;

    explicit SentencePane(QWidget *parent = nullptr);

    /// The reader state the pane draws its selection and revealed pairs from.
    void setReaderState(const ReadingPosition *state) { m_state = state; }

    void setContent(const AlignedText *text, const QList<PaneParagraph> &paragraphs,
                    const DisplayText &displayText, const PaneStyle &style);
    void clearContent();
    /// A long text fills in over several turns of the event loop, so the window never freezes
    /// on it; the part filled so far works as usual, and contentGrown() follows each turn.
    bool isFilling() const { return m_fill.has_value(); }
    /// Pairs are waiting to be restyled (restyleBeads()).
    bool isRestyling() const { return !m_restyling.isEmpty(); }

    /// Whether @p bead and all before it are there and laid out: a long text fills, and after a
    /// font change is laid out again, in steps.
    bool isReadyThrough(int bead) const;
    /// Keeps showing what the view shows now until releaseView() (or another text), so that laying
    /// a long text out again (zoom) never needs the part above the place in one turn to paint.
    void holdView();
    void releaseView();

    bool showsSentence(SentenceKey key) const;
    bool showsBead(int bead) const;
    /// Beads with at least one sentence here, in reading order.
    QList<int> beadsShown() const;
    SentenceKey sentenceAt(const QPoint &viewportPos) const;
    /// The character under a viewport point: its sentence and offset in the text shown (length
    /// 1), or an invalid sentence outside the text.
    TextHit characterAt(const QPoint &viewportPos) const;
    /// The first line of a range of a sentence's shown text, in viewport coordinates.
    QRect rangeRect(const TextHit &range) const;
    /// Marks words: @p lookedUp underlined (the word in the dictionary pop-up), @p linked
    /// tinted (the words that translate the hovered one). Empty lists clear them.
    void setWordMarks(const QList<TextHit> &lookedUp, const QList<TextHit> &linked);
    /// The readings drawn above the Chinese inside @p viewportRect (none without ruby).
    QList<RubyPlacement> rubyPlacements(const QRect &viewportRect) const;
    /// A viewport point on the first character of @p key (for tests and keyboard clicks).
    QPoint sentencePoint(SentenceKey key) const;
    /// The sentence's first line in viewport coordinates.
    QRect sentenceRect(SentenceKey key) const;
    QString sentenceDisplayText(SentenceKey key) const;
    QString sentenceToolTip(SentenceKey key) const;
    bool isSentenceHidden(SentenceKey key) const;
    /// The sentences the text selection (a drag) touches, in order.
    QList<SentenceKey> sentencesInTextSelection() const;
    /// Where a pair's status mark is drawn for the sentence (viewport coordinates): empty when
    /// the pair is the aligner's (automatic) or the sentence not shown.
    QRect statusMarkRect(SentenceKey key) const;

    /// Redraws the selection after the reader state changed.
    void updateSelection();
    /// The same sentences, regrouped into pairs (an alignment edit): renumbers what is shown and
    /// restyles the pairs [first, first + count) of the new alignment, without rebuilding the text
    /// or moving it. Not for the interleaved layout, whose paragraphs follow the pairs.
    void refreshBeads(int first, int count);
    /// The same, restyling only the pairs in @p beads (the others look as they did), in steps of
    /// about FillBudgetMs when they are many: a whole book's take long.
    void refreshBeads(const QList<int> &beads);
    /// Numbers the spans by the text's beads again (after the pairs changed).
    void renumberBeads();
    /// Restyles @p beads, in steps (emits restyled() when done).
    void restyleBeads(const QList<int> &beads);
    void setHoveredBead(int bead);
    void setFindHits(const QList<TextHit> &hits, int currentHit);
    /// Redraws what the learner revealed or hid again: one bead, or all of them (-1).
    void updateRevealed(int bead);
    QStringList selectedTexts() const; ///< Display texts of the highlighted pair, in order.
    QStringList hoveredTexts() const;
    int findHitCount() const { return int(m_findHits.size()); }

    /// The bead at the top of the view and how far into it (0..1) the top edge is.
    std::pair<int, double> positionAtTop() const;
    /// Programmatic moves: they do not report userScrolled, and emit synchronizedScroll once
    /// when the view actually moved.
    void scrollToPosition(int bead, double fraction);
    void alignSentenceAt(SentenceKey key, int viewportY);
    /// Puts @p bead's first line at @p viewportY; a bead not shown here puts the nearest shown
    /// bead there instead, so the other pane never stays behind.
    void alignBeadAt(int bead, int viewportY);
    void ensureSentenceVisible(SentenceKey key);

signals:
    void sentenceClicked(duizhao::SentenceKey key);
    /// A right click; @p key is invalid outside the sentences.
    void contextMenuRequested(duizhao::SentenceKey key, const QPoint &globalPos);
    void sentenceHovered(duizhao::SentenceKey key); ///< Invalid key: the mouse left the text.
    void navigationRequested(duizhao::SentencePane::Navigation navigation);
    /// Ctrl+C with no text dragged: copy the selected pair.
    void copyPairRequested();
    void userScrolled();
    void synchronizedScroll();
    void viewResized();
    /// More of a long text is shown (isFilling() is false after the last part).
    void contentGrown();
    /// The pairs refreshBeads() was given all look as they should.
    void restyled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    /// A font change (zoom) lays a long text out again in steps of the pane's own.
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    /// Selected text as plain text, without the empty blocks that make room at the ends.
    QMimeData *createMimeDataFromSelection() const override;

private:
    /// Around the text; also the margin the status marks sit in.
    static constexpr double DocumentMargin = 18;
    /// Up to this many paragraphs a text is shown whole at once; longer ones fill in steps of
    /// about FillBudgetMs each, so the event loop (painting, input) runs between them. Both panes
    /// take their step in the same turn: about 25 ms of the UI thread together.
    static constexpr int SynchronousParagraphs = 300;
    static constexpr qint64 FillBudgetMs = 12;
    /// Pinyin or zhuyin above the Chinese lines in @p area, when shown.
    void paintRuby(const QRect &area);
    /// The confirmed and edited pairs' marks in the margin.
    void paintStatusMarks();
    struct Span
    {
        SentenceKey key;
        int start = 0;
        int end = 0;
        int bead = -1;
    };

    /// What is left to fill of a long text.
    struct Fill
    {
        QList<PaneParagraph> paragraphs;
        DisplayText displayText;
        int next = 0;
        Language previousLanguage = Language::Chinese;
        bool interleaved = false;
        bool firstParagraph = true;
    };

    static quint64 keyId(SentenceKey key);
    /// The document position of the character under a viewport point, or -1.
    int documentPositionAt(const QPoint &viewportPos) const;
    /// The Chinese text's font in a paragraph of @p role.
    QFont chineseFont(ParagraphRole role) const;
    /// Appends paragraphs until @p budgetMs has passed (all of them when negative).
    void fillFor(qint64 budgetMs);
    void fillStep();
    /// Empties the pane: a long text's document is set aside for disposeStep(), a fresh one
    /// takes its place.
    void replaceDocument();
    /// Takes a set-aside document apart for a few milliseconds; deletes it once that is done.
    void disposeStep();
    /// Lays the text out again after a font change, for about FillBudgetMs.
    void relayoutStep();
    /// While relayoutStep() is not done: lets the view know how far the text is laid out.
    void reportLaidOutSize();
    void appendParagraph(QTextCursor &cursor, const PaneParagraph &paragraph);
    /// Restyles @p beads' sentences now; returns how many beads that was.
    qsizetype restyle(const QList<int> &beads);
    /// Restyles queued beads for about FillBudgetMs; the rest in later turns.
    void restyleStep();
    void showFindHits();
    int spanIndexAt(int documentPosition) const;
    int spanIndexOf(SentenceKey key) const;
    QTextCharFormat sentenceFormat(const Span &span, bool hidden) const;
    QRectF lineRect(int documentPosition) const; ///< Document coordinates.
    double beadTop(int bead) const;
    /// beadTop() less the room for the readings above the bead's first line.
    double beadViewTop(int bead) const;
    double beadBottom(int bead) const;
    bool setScrollValue(int value);
    /// Scrolls so document y @p documentY shows at @p viewportY, making room above the text
    /// when the top of the document has to come lower than the top of the view.
    void scrollDocumentYTo(double documentY, int viewportY);
    void setRoom(double above, double below);
    void setEmptyBlockHeight(const QTextBlock &block, double height);
    /// Above the text: the document's margin and the room made for levelling the first pairs.
    double roomAbove() const;
    void finishLayout();
    void updateMeasure();
    bool isRevealed(int bead) const;
    int selectedBead() const;
    void updateExtraSelections();
    QList<QTextEdit::ExtraSelection> beadSelections(int bead, const QColor &color) const;
    QStringList beadTexts(int bead) const;

    const AlignedText *m_text = nullptr;
    PaneStyle m_style;
    QList<Span> m_spans;
    QHash<quint64, int> m_spanOfKey;
    QHash<int, std::pair<int, int>> m_spansOfBead; ///< First and last span index.
    QList<int> m_beadOrder;
    const ReadingPosition *m_state = nullptr;
    int m_hoveredBead = -1;
    QList<TextHit> m_findHits;
    int m_currentFindHit = -1;
    QList<TextHit> m_allFindHits; ///< As given: those in a part not filled yet count later.
    QList<TextHit> m_lookedUpWords;
    QList<TextHit> m_linkedWords;
    int m_allCurrentFindHit = -1;
    std::optional<Fill> m_fill;
    QTimer m_fillTimer;
    QList<int> m_restyling; ///< Beads whose restyling waits for restyleStep().
    QTimer m_restyleTimer;
    /// Documents of texts shown before, children of the pane until disposeStep() deleted them.
    QList<QTextDocument *> m_discarded;
    int m_discardedBlocksFreed = 0; ///< In m_discarded's first document.
    QTimer m_disposeTimer;
    /// The block the text is laid out again to after a font change; -1: nothing to do.
    int m_relayoutBlock = -1;
    QTimer m_relayoutTimer;
    QPixmap m_heldView; ///< Painted instead of the text while not null (holdView()).
    bool m_programmaticScroll = false;
    QPoint m_pressPos;
};

} // namespace duizhao
