#pragma once

// Beads as text, so a test that compares alignments shows where they differ.
#include "core/align/Aligner.h"

#include <QString>

namespace duizhao::testing {

inline QString describe(const Bead &bead)
{
    return QStringLiteral("[zh %1+%2 en %3+%4 s%5 c%6]")
        .arg(bead.chineseBegin)
        .arg(bead.chineseCount)
        .arg(bead.englishBegin)
        .arg(bead.englishCount)
        .arg(int(bead.status))
        .arg(bead.confidence);
}

inline QString describe(const QList<Bead> &beads)
{
    QString text;
    for (const Bead &bead : beads)
        text += describe(bead);
    return text;
}

} // namespace duizhao::testing
