#pragma once

#include "core/align/Aligner.h"

#include <vector>

namespace duizhao::alignment {

/// For each unit, the unit shortly before it on the same side that it repeats all but word for
/// word, or -1: a
/// block a document picked up twice (a pasted paragraph, a web page's repeated summary). A
/// translation holds such text once, so the copy is the likely one without counterpart. Units of
/// fewer than @p minimumLength characters (spaces left out) are never repeats: dialogue and
/// headings repeat on purpose, and are translated each time.
std::vector<int> repeatedUnits(const QList<AlignmentUnit> &units, int minimumLength);

} // namespace duizhao::alignment
