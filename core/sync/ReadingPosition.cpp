#include "core/sync/ReadingPosition.h"

#include <algorithm>
#include <cmath>

namespace duizhao {

QList<int> ReadingPosition::revealedBeads() const
{
    QList<int> beads(m_revealed.begin(), m_revealed.end());
    std::sort(beads.begin(), beads.end());
    return beads;
}

ReadingPosition::ReadingPosition(QObject *parent)
    : QObject(parent)
{}

void ReadingPosition::setPosition(int bead, double fraction, const void *source)
{
    // Sub-pixel differences are noise from layout rounding, not a move.
    if (bead == m_bead && std::abs(fraction - m_fraction) < 1e-4)
        return;
    m_bead = bead;
    m_fraction = fraction;
    emit positionChanged(bead, fraction, source);
}

void ReadingPosition::setSelectedBead(int bead, const void *source)
{
    if (bead == m_selectedBead)
        return;
    m_selectedBead = bead;
    emit selectionChanged(bead, source);
}

void ReadingPosition::setRevealed(int bead, bool revealed)
{
    if (bead < 0 || m_revealed.contains(bead) == revealed)
        return;
    if (revealed)
        m_revealed.insert(bead);
    else
        m_revealed.remove(bead);
    emit revealedChanged(bead);
}

void ReadingPosition::hideAll()
{
    if (m_revealed.isEmpty())
        return;
    m_revealed.clear();
    emit revealedChanged(-1);
}

void ReadingPosition::setBookmarked(int bead, bool bookmarked)
{
    if (bead < 0 || isBookmarked(bead) == bookmarked)
        return;
    if (bookmarked)
        m_bookmarks.insert(std::lower_bound(m_bookmarks.begin(), m_bookmarks.end(), bead), bead);
    else
        m_bookmarks.removeOne(bead);
    emit bookmarksChanged();
}

void ReadingPosition::setBookmarks(QList<int> beads)
{
    std::sort(beads.begin(), beads.end());
    beads.erase(std::unique(beads.begin(), beads.end()), beads.end());
    if (beads == m_bookmarks)
        return;
    m_bookmarks = std::move(beads);
    emit bookmarksChanged();
}

void ReadingPosition::reset()
{
    m_bead = 0;
    m_fraction = 0.0;
    const bool hadSelection = m_selectedBead >= 0;
    m_selectedBead = -1;
    if (hadSelection)
        emit selectionChanged(-1, nullptr);
    hideAll();
    setBookmarks({});
}

} // namespace duizhao
