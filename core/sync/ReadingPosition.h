#pragma once

#include <QObject>

namespace duizhao {

/// The one source of truth for where the reader is: the bead at the top of the view plus how far
/// into it (0..1), and the selected bead. Views report changes with themselves as @p source and
/// ignore notifications whose source is themselves, so two synchronized views never echo each
/// other (Okular's excludeObserver idea).
class ReadingPosition : public QObject
{
    Q_OBJECT

public:
    explicit ReadingPosition(QObject *parent = nullptr);

    int bead() const { return m_bead; }
    double fraction() const { return m_fraction; }
    int selectedBead() const { return m_selectedBead; }

    /// Moves the position; emits positionChanged only when it actually changes.
    void setPosition(int bead, double fraction, const void *source);
    /// Selects a bead (-1: none); emits selectionChanged only when it changes.
    void setSelectedBead(int bead, const void *source);
    /// Forgets position and selection (a new document), without notifying.
    void reset();

signals:
    void positionChanged(int bead, double fraction, const void *source);
    void selectionChanged(int bead, const void *source);

private:
    int m_bead = 0;
    double m_fraction = 0.0;
    int m_selectedBead = -1;
};

} // namespace duizhao
