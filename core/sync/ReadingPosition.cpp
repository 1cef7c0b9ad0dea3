#include "core/sync/ReadingPosition.h"

#include <cmath>

namespace duizhao {

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

void ReadingPosition::reset()
{
    m_bead = 0;
    m_fraction = 0.0;
    m_selectedBead = -1;
}

} // namespace duizhao
