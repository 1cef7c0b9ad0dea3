#pragma once

#include "core/export/AlignedPairs.h"
#include "core/model/Confidence.h"
#include "core/pdf/PdfOutline.h"

#include <QPageLayout>
#include <QPageSize>

#include <functional>

class QPagedPaintDevice;

namespace duizhao {

enum class PdfLayout
{
    SideBySide,  ///< One row per pair: Chinese | English.
    Interleaved, ///< Chinese, then its English below, per pair.
};

struct PdfOptions
{
    PdfLayout layout = PdfLayout::SideBySide;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    double marginMillimetres = 18.0;
    double fontSizePoints = 10.5; ///< Body text; titles and notes scale from it.
    bool pairNumbers = true;
    bool markLowConfidence = true; ///< An orange bar beside pairs below lowConfidence.
    double lowConfidence = DoubtfulConfidence;
    /// Asked between pairs and between pages: true stops the work with Cancelled, and nothing
    /// is written (a long book takes seconds to typeset).
    std::function<bool()> isCancelled;
};

/// The fonts an export uses. Chinese: AR PL UMing (TW, CN or HK face by the exported script),
/// because Qt's PDF writer maps Noto CJK glyphs shared with Kangxi radicals back to the radicals
/// in the ToUnicode table (一 copies as ⼀); UMing has no such shared glyphs. English: DejaVu
/// Serif with shaping off, so "fi" is not a ligature that copies as "ﬁ".
struct PdfFonts
{
    QString latin;          ///< DejaVu Serif
    QString chinese;        ///< AR PL UMing TW / CN / HK
    QString chineseReserve; ///< WenQuanYi Micro Hei when installed (also alias-free), else empty

    /// FontUnavailable with the family name when a required font is not installed.
    static Result<PdfFonts> forLanguageTag(const QString &chineseLanguageTag);
};

/// Paints aligned pairs on pages: a title block with the metadata, a running header with the
/// title, "n / N" page numbers, rows that are never split across pages unless taller than one.
/// The same code paints a PDF (QPdfWriter) and a print or print preview (QPrinter): the device's
/// own page layout is used, so set it before calling render().
class PdfRenderer
{
public:
    /// Returns the number of pages painted.
    /// Headings are set larger; @p outline, when given, gets where each chapter starts.
    static Result<int> render(const AlignedPairs &pairs, const PdfOptions &options,
                              QPagedPaintDevice *device, QList<PdfOutlineEntry> *outline = nullptr);
    /// Writes a PDF atomically with the options' page size, orientation and margins and the
    /// document properties (title, subject, creator, language in XMP) and bookmarks for the
    /// chapters. Returns the page count.
    static Result<int> writePdf(const AlignedPairs &pairs, const PdfOptions &options,
                                const QString &path);
    /// The page layout options ask for.
    static QPageLayout pageLayout(const PdfOptions &options);
};

} // namespace duizhao
