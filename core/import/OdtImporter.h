#pragma once

#include "core/import/Importer.h"

namespace duizhao {

/// OpenDocument text (LibreOffice, WPS): paragraphs and headings (text:h) in order, lists and
/// tables row by row, notes, annotations and tracked deletions out of the body.
class OdtImporter : public Importer
{
public:
    Result<ImportedText> read(const QByteArray &bytes) const override;
};

} // namespace duizhao
