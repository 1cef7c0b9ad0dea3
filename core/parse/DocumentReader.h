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

/// Books, office files and web pages may be this many times larger than a text file: they hold
/// images and markup besides their text.
inline constexpr qint64 ContainerSizeFactor = 4;

/// Opens one bilingual file (Chinese and English blocks in either order, or interleaved
/// paragraphs) or two files (one per language, in either order). The layout, each paragraph's
/// language, the metadata and the titles are detected, not asked for. Each file may be plain
/// text or any format supportedFormats() lists (EPUB, HTML, DOCX, ODT, subtitles, PDF), found by
/// its content first and its extension second; the format's headings, chapters and cue times
/// are kept.
Result<Document> readDocument(const QStringList &paths, const ReadOptions &options = {});

/// The same for text already in memory (one entry per file).
Result<Document> parseDocument(QList<SourceText> sources, const ReadOptions &options = {});

} // namespace duizhao
