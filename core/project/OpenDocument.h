#pragma once

#include "core/align/Aligner.h"
#include "core/parse/DocumentReader.h"
#include "core/project/ProjectFile.h"

#include <QStringList>

#include <functional>

namespace duizhao {

/// Opens what the user picked, for every front end: a .duizhao project as saved; an aligned
/// file (TMX, TSV pairs, a Moses pair, Duizhao's JSON export) as a document whose pairs are
/// Confirmed beads; anything else through readDocument(), with no beads yet (aligned is false).
/// A Moses pair is "x.zh" with "x.en" (both given, or one given and the other beside it); when
/// their line counts differ they are read as two texts to align. With options.presplit only
/// readDocument() is used.
Result<Project> openDocument(const QStringList &paths, const ReadOptions &options = {});

/// openDocument(), then the aligner when the file brought no pairs of its own.
Result<Project> openAndAlign(const QStringList &paths, const ReadOptions &options = {},
                             const AlignerModel &model = {},
                             const std::function<void(double)> &reportProgress = {});

/// The other file of a Moses pair ("x.zh" for "x.en" and the reverse) when it exists.
QString mosesCounterpart(const QString &path);

} // namespace duizhao
