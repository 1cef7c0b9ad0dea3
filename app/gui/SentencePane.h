#pragma once

#include "app/gui/AlignedText.h"
#include "app/gui/ReaderTheme.h"

#include <QHash>
#include <QSet>
#include <QTextBrowser>

#include <functional>
#include <optional>

namespace duizhao {

/// How a pane draws its sentences.
struct PaneStyle
{
    ReaderTheme theme = ReaderTheme::light();
    QStringList chineseFamilies;
    QStringList englishFamilies;
    /// Learner mode: sentences of this language stay hidden until their pair is clicked.
    std::optional<Language> hiddenLanguage;
};

/// One reading pane: paragraphs of sentences, each sentence a click target. Highlights are
/// extra selections, so selecting, hovering and finding never rebuild the text.
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

    void setContent(const AlignedText *text, const QList<PaneParagraph> &paragraphs,
                    const DisplayText &displayText, const PaneStyle &style);
    void clearContent();

    bool showsSentence(SentenceKey key) const;
    bool showsBead(int bead) const;
    /// Beads with at least one sentence here, in reading order.
    QList<int> beadsShown() const;
    SentenceKey sentenceAt(const QPoint &viewportPos) const;
    /// A viewport point on the first character of @p key (for tests and keyboard clicks).
    QPoint sentencePoint(SentenceKey key) const;
    /// The sentence's first line in viewport coordinates.
    QRect sentenceRect(SentenceKey key) const;
    QString sentenceDisplayText(SentenceKey key) const;
    QString sentenceToolTip(SentenceKey key) const;
    bool isSentenceHidden(SentenceKey key) const;

    void setSelectedBead(int bead);
    void setHoveredBead(int bead);
    void setFindHits(const QList<TextHit> &hits, int currentHit);
    void revealBead(int bead);
    QStringList selectedTexts() const; ///< Display texts of the highlighted pair, in order.
    QStringList hoveredTexts() const;
    int findHitCount() const { return int(m_findHits.size()); }

    /// The bead at the top of the view and how far into it (0..1) the top edge is.
    std::pair<int, double> positionAtTop() const;
    /// Programmatic moves: they do not report userScrolled, and emit synchronizedScroll once
    /// when the view actually moved.
    void scrollToPosition(int bead, double fraction);
    void alignSentenceAt(SentenceKey key, int viewportY);
    void alignBeadAt(int bead, int viewportY);
    void ensureSentenceVisible(SentenceKey key);

signals:
    void sentenceClicked(duizhao::SentenceKey key);
    void sentenceHovered(duizhao::SentenceKey key); ///< Invalid key: the mouse left the text.
    void navigationRequested(duizhao::SentencePane::Navigation navigation);
    void userScrolled();
    void synchronizedScroll();
    void viewResized();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Span
    {
        SentenceKey key;
        int start = 0;
        int end = 0;
        int bead = -1;
    };

    static quint64 keyId(SentenceKey key);
    int spanIndexAt(int documentPosition) const;
    int spanIndexOf(SentenceKey key) const;
    QTextCharFormat sentenceFormat(const Span &span, bool hidden) const;
    QRectF lineRect(int documentPosition) const; ///< Document coordinates.
    double beadTop(int bead) const;
    double beadBottom(int bead) const;
    bool setScrollValue(int value);
    void updateExtraSelections();
    QList<QTextEdit::ExtraSelection> beadSelections(int bead, const QColor &color) const;
    QStringList beadTexts(int bead) const;

    const AlignedText *m_text = nullptr;
    PaneStyle m_style;
    QList<Span> m_spans;
    QHash<quint64, int> m_spanOfKey;
    QHash<int, std::pair<int, int>> m_spansOfBead; ///< First and last span index.
    QList<int> m_beadOrder;
    QSet<int> m_revealedBeads;
    int m_selectedBead = -1;
    int m_hoveredBead = -1;
    QList<TextHit> m_findHits;
    int m_currentFindHit = -1;
    bool m_programmaticScroll = false;
    QPoint m_pressPos;
};

} // namespace duizhao
