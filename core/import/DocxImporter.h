#pragma once

#include "core/import/Importer.h"

namespace duizhao {

/// Word documents (Office Open XML): paragraphs in order, headings by their style (Heading n,
/// Title, or an outline level), tables row by row, footnotes, comments and deleted text out of
/// the body.
class DocxImporter : public Importer
{
public:
    Result<ImportedText> read(const QByteArray &bytes) const override;
};

} // namespace duizhao
