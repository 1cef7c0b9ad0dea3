#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace duizhao {

/// A bookmark: where a chapter starts in the PDF.
struct PdfOutlineEntry
{
    QString title;
    int page = 0;         ///< 0-based.
    double topPoints = 0; ///< From the page's top edge, in points.
};

/// Adds a flat outline (the bookmarks a PDF viewer lists) to a PDF that Qt's PDF writer made, as
/// an incremental update: the original bytes are kept and the new objects, a catalog naming
/// them, a cross-reference section and a trailer are appended. Returns @p pdf unchanged when
/// there is nothing to add or its structure is not the one expected.
QByteArray addPdfOutline(const QByteArray &pdf, const QList<PdfOutlineEntry> &entries,
                         double pageHeightPoints);

} // namespace duizhao
