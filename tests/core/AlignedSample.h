#pragma once

// The bundled sample article, read and aligned as the reader opens it.
#include "core/align/Aligner.h"
#include "core/parse/DocumentReader.h"

#include <QString>

#include <optional>

namespace duizhao::testing {

inline QString samplePath()
{
    return QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt");
}

/// Empty when the sample cannot be read or aligned.
inline std::optional<AlignedText> alignedSample()
{
    Result<Document> document = readDocument({samplePath()});
    if (!document)
        return std::nullopt;
    Result<QList<Bead>> beads = alignDocument(document.value());
    if (!beads)
        return std::nullopt;
    return AlignedText(std::move(document).value(), std::move(beads).value());
}

} // namespace duizhao::testing
