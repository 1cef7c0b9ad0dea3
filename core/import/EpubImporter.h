#pragma once

#include "core/import/Importer.h"

namespace duizhao {

/// EPUB 2 and 3: the container, the package's spine in reading order, chapter titles from the
/// navigation document or the NCX, and the text of each XHTML document (images, scripts,
/// styles, notes and ruby annotations left out). Each spine document is a chapter.
class EpubImporter : public Importer
{
public:
    Result<ImportedText> read(const QByteArray &bytes) const override;
};

} // namespace duizhao
