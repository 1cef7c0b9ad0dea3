#pragma once

#include "core/import/Importer.h"

namespace duizhao {

/// PDF through poppler: each page's words in reading order, laid out into paragraphs by
/// pdfText(). Encrypted files are DrmProtected; files of scanned pages without text NoTextLayer.
class PdfImporter : public Importer
{
public:
    Result<ImportedText> read(const QByteArray &bytes) const override;
};

/// Makes readDocument() open PDF files: called once by each front end.
void registerPdfImporter();

} // namespace duizhao
