#pragma once

#include "core/import/ImportedText.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace duizhao {

/// One line of a PDF page as laid out: its text and where it sits.
struct PdfLine
{
    QString text;
    QRectF box;
};

struct PdfPage
{
    QSizeF size;
    QList<PdfLine> lines; ///< In reading order.
};

/// Turns laid-out PDF lines into paragraphs: running headers, footers and page numbers
/// dropped, hyphenation and line wraps undone, paragraphs split at gaps and indents, and lines
/// set larger than the body kept as headings. Pure geometry, so it is tested without a PDF.
ImportedText pdfText(const QList<PdfPage> &pages);

} // namespace duizhao
