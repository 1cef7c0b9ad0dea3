#pragma once

#include "core/io/Error.h"
#include "core/io/TextDecoder.h"
#include "core/model/Document.h"

#include <QStringList>

#include <functional>

namespace duizhao {

struct ReadOptions
{
    /// One sentence per line, used as it is (evaluation input): no segmentation, no metadata.
    bool presplit = false;
    qint64 maxFileBytes = DefaultMaxTextFileBytes;
    /// Polled between steps; returning true stops the import with ErrorCode::Cancelled.
    std::function<bool()> isCancelled;
};

/// Opens one bilingual file (Chinese and English blocks in either order, or interleaved
/// paragraphs) or two files (one per language, in either order). The layout, each paragraph's
/// language, the metadata and the titles are detected, not asked for.
Result<Document> readDocument(const QStringList &paths, const ReadOptions &options = {});

/// The same for text already in memory (one entry per file).
Result<Document> parseDocument(QList<SourceText> sources, const ReadOptions &options = {});

} // namespace duizhao
