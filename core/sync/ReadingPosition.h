#pragma once

#include <QList>
#include <QObject>
#include <QSet>

namespace duizhao {

/// The reader's state for the open document, with one owner: the bead at the top of the view and
/// how far into it (0..1), the selected bead, the beads a learner has revealed and the bookmarks.
/// Both panes and the header observe it and keep no copies. Views report changes with themselves
/// as @p source and ignore notifications whose source is themselves, so two synchronized views
/// never echo each other (Okular's excludeObserver idea).
class ReadingPosition : public QObject
{
    Q_OBJECT

public:
    explicit ReadingPosition(QObject *parent = nullptr);

    int bead() const { return m_bead; }
    double fraction() const { return m_fraction; }
    int selectedBead() const { return m_selectedBead; }
    bool isRevealed(int bead) const { return m_revealed.contains(bead); }
    bool hasRevealed() const { return !m_revealed.isEmpty(); }
    /// The revealed beads, in document order.
    QList<int> revealedBeads() const;
    /// Bookmarked beads, in document order.
    const QList<int> &bookmarks() const { return m_bookmarks; }
    bool isBookmarked(int bead) const { return m_bookmarks.contains(bead); }

    /// Moves the position; emits positionChanged only when it actually changes.
    void setPosition(int bead, double fraction, const void *source);
    /// Selects a bead (-1: none); emits selectionChanged only when it changes.
    void setSelectedBead(int bead, const void *source);
    /// Learner layout: shows or hides again the translation of @p bead.
    void setRevealed(int bead, bool revealed);
    /// Hides every revealed translation again.
    void hideAll();
    void setBookmarked(int bead, bool bookmarked);
    void setBookmarks(QList<int> beads);
    /// Forgets everything (a new document); notifies with a null source.
    void reset();

signals:
    void positionChanged(int bead, double fraction, const void *source);
    void selectionChanged(int bead, const void *source);
    /// @p bead is -1 when several changed at once.
    void revealedChanged(int bead);
    void bookmarksChanged();

private:
    int m_bead = 0;
    double m_fraction = 0.0;
    int m_selectedBead = -1;
    QSet<int> m_revealed;
    QList<int> m_bookmarks;
};

} // namespace duizhao
