#include "core/pdf/PdfRenderer.h"

#include "core/io/SafeFile.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace duizhao {

namespace {

// Colours of the reader's light theme (app/gui/ReaderTheme.cpp), so print and screen agree.
const QColor textColour(0x1e, 0x1e, 0x1e);
const QColor unmatchedColour(0x8a, 0x8a, 0x8a);
const QColor doubtfulColour(0xe0, 0x6c, 0x00);
const QColor ruleColour(0xd4, 0xd4, 0xd0);
const QColor noteColour(0x60, 0x60, 0x60);

constexpr double epsilon = 0.01;

// Qt keeps text positions and widths in 26.6 fixed point (at most about 33 million device
// units): one layout of a few hundred thousand characters silently loses its lines. Longer texts
// are laid out in runs of at most this many characters, stacked in the same column.
constexpr qsizetype MaxLayoutCharacters = 8000;

/// Where to end a run of text that starts at @p start: after the last white space in the second
/// half of the window, else at the window's end (never inside a surrogate pair).
qsizetype runEnd(const QString &text, qsizetype start)
{
    qsizetype end = start + MaxLayoutCharacters;
    if (end >= text.size())
        return text.size();
    for (qsizetype i = end; i > start + MaxLayoutCharacters / 2; --i) {
        if (text.at(i - 1).isSpace())
            return i;
    }
    if (text.at(end - 1).isHighSurrogate())
        --end;
    return end;
}

/// A wrapped text placed inside a block.
struct Piece
{
    std::unique_ptr<QTextLayout> layout;
    QPointF origin; ///< Of the layout, relative to the block's top-left corner.
    QColor colour = textColour;
};

/// What is kept together on a page if it fits: a pair's row, or the title block.
struct Block
{
    std::vector<Piece> pieces;
    qreal height = 0;
    QString label; ///< The pair number, drawn in the gutter.
    bool doubtful = false;
    qreal padding = 0;
    bool ruleBelow = true;
    int pairIndex = -1;        ///< Index into AlignedPairs::pairs; -1 for the title block.
    bool keepWithNext = false; ///< A heading: never alone at the foot of a page.
};

/// A block (or a slice of a block taller than a page) on a page. Lines whose bottom lies in
/// (sliceStart, sliceEnd] are drawn, shifted so that sliceStart is at pageY.
struct Placement
{
    const Block *block = nullptr;
    qreal pageY = 0;
    qreal sliceStart = -1;
    qreal sliceEnd = std::numeric_limits<qreal>::max();
    qreal drawnFrom = 0; ///< Block coordinate shown at pageY.
};

bool isTitleRepeat(const AlignedPair &pair, const AlignedPairs &pairs)
{
    if (!pair.title || (pairs.chineseTitle.isEmpty() && pairs.englishTitle.isEmpty()))
        return false;
    auto same = [](const QString &a, const QString &b) {
        return a.simplified() == b.simplified();
    };
    return (pair.chinese.isEmpty() || same(pair.chinese, pairs.chineseTitle)) &&
           (pair.english.isEmpty() || same(pair.english, pairs.englishTitle));
}

class Typesetter
{
public:
    Typesetter(const AlignedPairs &pairs, const PdfOptions &options, const PdfFonts &fonts,
               QPagedPaintDevice *device)
        : m_pairs(pairs)
        , m_options(options)
        , m_device(device)
    {
        m_pageWidth = device->width();
        m_pageHeight = device->height();
        // Text with Han asks for UMing first: Qt caches the fallback of a Latin-first family list,
        // so a later export in another script would reuse the first export's UMing face. Latin
        // text asks for DejaVu first. Shaping off: no "fi" ligatures that copy as "ﬁ".
        const QStringList chineseFamilies = families(fonts, {fonts.chinese, fonts.latin});
        const QStringList latinFamilies = families(fonts, {fonts.latin, fonts.chinese});
        m_chineseFont = makeFont(chineseFamilies, options.fontSizePoints * 1.1);
        m_englishFont = makeFont(latinFamilies, options.fontSizePoints);
        m_smallFont = makeFont(latinFamilies, options.fontSizePoints * 0.78);
        m_smallChineseFont = makeFont(chineseFamilies, options.fontSizePoints * 0.78);
        m_chineseTitleFont = makeFont(chineseFamilies, options.fontSizePoints * 1.75);
        m_englishTitleFont = makeFont(latinFamilies, options.fontSizePoints * 1.35);
        m_englishTitleFont.setBold(true);
        m_chineseRowTitleFont = makeFont(chineseFamilies, options.fontSizePoints * 1.25);
        m_englishRowTitleFont = makeFont(latinFamilies, options.fontSizePoints * 1.1);
        m_englishRowTitleFont.setBold(true);

        const QFontMetricsF small(m_smallFont, device);
        m_headerBand = small.height() + millimetres(4);
        m_footerBand = small.height() + millimetres(4);
        m_gutter = options.pairNumbers
                       ? small.horizontalAdvance(QStringLiteral("0000")) + millimetres(1.5)
                   : options.markLowConfidence ? millimetres(2.5)
                                               : 0;
    }

    int run()
    {
        buildBlocks();
        if (cancelled())
            return 0;
        paginate();
        return paint();
    }

    /// Whether the caller asked to stop; asked again only while it has not.
    bool cancelled()
    {
        if (!m_cancelled && m_options.isCancelled)
            m_cancelled = m_options.isCancelled();
        return m_cancelled;
    }

    /// Where each chapter's first row was placed, in points from the top of the paint area.
    QList<PdfOutlineEntry> outline() const
    {
        QList<PdfOutlineEntry> entries;
        for (const ChapterMark &chapter : m_pairs.chapters) {
            for (int page = 0; page < int(m_pages.size()); ++page) {
                const auto placed = std::find_if(
                    m_pages.at(page).begin(), m_pages.at(page).end(), [&](const Placement &p) {
                        return p.block->pairIndex >= chapter.pairIndex && p.sliceStart < 0;
                    });
                if (placed != m_pages.at(page).end()) {
                    entries.append(
                        {chapter.title(), page, placed->pageY * 72.0 / m_device->logicalDpiY()});
                    break;
                }
            }
        }
        return entries;
    }

    bool painterFailed() const { return m_painterFailed; }
    /// The number of the first pair (0: the title block) whose text a layout did not take in
    /// full, or -1: nothing may be dropped silently.
    int incompletePair() const { return m_incompletePair; }

private:
    static QStringList families(const PdfFonts &fonts, QStringList list)
    {
        if (!fonts.chineseReserve.isEmpty())
            list.append(fonts.chineseReserve);
        return list;
    }

    static QFont makeFont(const QStringList &families, double points)
    {
        QFont font;
        font.setFamilies(families);
        font.setPointSizeF(points);
        font.setStyleStrategy(QFont::PreferNoShaping);
        font.setKerning(false);
        return font;
    }

    qreal millimetres(double mm) const { return mm / 25.4 * m_device->logicalDpiY(); }

    /// Lays out @p text at @p origin in runs a text layout can hold; returns the bottom.
    qreal addText(Block &block, const QString &text, const QFont &font, qreal width,
                  qreal lineSpacing, QPointF origin, QColor colour)
    {
        qreal y = origin.y();
        for (qsizetype start = 0; start < text.size();) {
            const qsizetype end = runEnd(text, start);
            block.pieces.push_back(makePiece(text.sliced(start, end - start), font, width,
                                             lineSpacing, QPointF(origin.x(), y), colour));
            y = pieceBottom(block.pieces.back());
            start = end;
        }
        return y;
    }

    Piece makePiece(const QString &text, const QFont &font, qreal width, qreal lineSpacing,
                    QPointF origin, QColor colour, Qt::Alignment alignment = Qt::AlignLeft)
    {
        Piece piece;
        QString shown = text;
        shown.replace(u'\n', QChar::LineSeparator);
        piece.layout = std::make_unique<QTextLayout>(shown, font, m_device);
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        piece.layout->setTextOption(option);
        piece.layout->setCacheEnabled(true);
        qreal y = 0;
        bool positionLost = false;
        piece.layout->beginLayout();
        for (QTextLine line = piece.layout->createLine(); line.isValid();
             line = piece.layout->createLine()) {
            line.setLineWidth(width);
            const qreal leading = line.height() * (lineSpacing - 1.0);
            line.setPosition(QPointF(0, y + leading / 2));
            // Past the fixed-point range a line lands elsewhere than asked: text would be lost.
            if (std::abs(line.position().y() - (y + leading / 2)) > 1)
                positionLost = true;
            y += line.height() + leading;
        }
        piece.layout->endLayout();
        qsizetype laidOut = 0;
        for (int i = 0; i < piece.layout->lineCount(); ++i)
            laidOut += piece.layout->lineAt(i).textLength();
        if ((positionLost || laidOut != shown.size()) && m_incompletePair < 0)
            m_incompletePair = m_currentPair;
        piece.origin = origin;
        piece.colour = colour;
        return piece;
    }

    static qreal pieceBottom(const Piece &piece)
    {
        const int count = piece.layout->lineCount();
        if (count == 0)
            return piece.origin.y();
        const QTextLine last = piece.layout->lineAt(count - 1);
        return piece.origin.y() + last.position().y() + last.height();
    }

    void finish(Block &block, qreal bottomPadding)
    {
        qreal bottom = 0;
        for (const Piece &piece : block.pieces)
            bottom = std::max(bottom, pieceBottom(piece));
        block.height = bottom + bottomPadding;
    }

    void buildTitleBlock()
    {
        Block block;
        const qreal width = m_pageWidth;
        qreal y = 0;
        auto add = [&](const QString &text, const QFont &font, QColor colour, qreal spaceAfter) {
            if (text.isEmpty())
                return;
            y = addText(block, text, font, width, 1.2, QPointF(0, y), colour) + spaceAfter;
        };
        add(m_pairs.chineseTitle, m_chineseTitleFont, textColour, millimetres(1.5));
        add(m_pairs.englishTitle, m_englishTitleFont, textColour, millimetres(2.5));
        QStringList fields;
        for (const MetadataField &field : m_pairs.metadataFields) {
            if (!field.value.trimmed().isEmpty())
                fields.append(field.key.trimmed() + QStringLiteral(": ") + field.value.trimmed());
        }
        add(fields.join(QStringLiteral("    ")), m_smallChineseFont, noteColour, millimetres(1));
        if (m_options.markLowConfidence)
            add(QStringLiteral("Grey: no counterpart.  Orange bar: alignment confidence below "
                               "%1%.")
                    .arg(qRound(m_options.lowConfidence * 100)),
                m_smallFont, noteColour, 0);
        if (block.pieces.empty())
            return;
        finish(block, millimetres(5));
        block.padding = 0;
        m_blocks.push_back(std::move(block));
    }

    void buildPairBlock(const AlignedPair &pair, int displayNumber)
    {
        Block block;
        m_currentPair = displayNumber;
        const QFontMetricsF englishMetrics(m_englishFont, m_device);
        block.padding = englishMetrics.height() * 0.45;
        block.label = QString::number(displayNumber);
        block.doubtful = m_options.markLowConfidence && !pair.unmatched &&
                         pair.confidence < m_options.lowConfidence;
        const QColor colour = pair.unmatched ? unmatchedColour : textColour;
        const bool title = pair.title || pair.heading;
        const QFont &chineseFont = title ? m_chineseRowTitleFont : m_chineseFont;
        const QFont &englishFont = title ? m_englishRowTitleFont : m_englishFont;
        const qreal available = m_pageWidth - m_gutter;
        const qreal top = block.padding;
        if (m_options.layout == PdfLayout::SideBySide) {
            // Chinese is about half as wide as its English for the same content: give English
            // the wider column so both sides of a row end near the same line.
            const qreal gap = millimetres(6);
            const qreal chineseWidth = (available - gap) * 0.42;
            const qreal englishWidth = available - gap - chineseWidth;
            addText(block, pair.chinese, chineseFont, chineseWidth, 1.45, QPointF(m_gutter, top),
                    colour);
            addText(block, pair.english, englishFont, englishWidth, 1.3,
                    QPointF(m_gutter + chineseWidth + gap, top), colour);
        } else {
            qreal y = top;
            if (!pair.chinese.isEmpty())
                y = addText(block, pair.chinese, chineseFont, available, 1.45, QPointF(m_gutter, y),
                            colour) +
                    englishMetrics.height() * 0.2;
            addText(block, pair.english, englishFont, available, 1.3, QPointF(m_gutter, y),
                    pair.unmatched ? unmatchedColour : QColor(0x33, 0x33, 0x33));
        }
        finish(block, block.padding);
        m_blocks.push_back(std::move(block));
    }

    void buildBlocks()
    {
        buildTitleBlock();
        int displayNumber = 0;
        for (int i = 0; i < m_pairs.pairs.size(); ++i) {
            const AlignedPair &pair = m_pairs.pairs.at(i);
            if (cancelled())
                return;
            if (isTitleRepeat(pair, m_pairs))
                continue; // Already in the title block.
            buildPairBlock(pair, ++displayNumber);
            m_blocks.back().pairIndex = i;
            m_blocks.back().keepWithNext = pair.heading;
        }
        if (!m_blocks.empty())
            m_blocks.back().ruleBelow = false;
    }

    qreal contentTop(int page) const { return page == 0 ? 0 : m_headerBand; }
    qreal contentBottom() const { return m_pageHeight - m_footerBand; }

    void paginate()
    {
        m_pages.assign(1, {});
        qreal y = contentTop(0);
        auto newPage = [&] {
            m_pages.emplace_back();
            y = contentTop(int(m_pages.size()) - 1);
        };
        const qreal fullPage = contentBottom() - m_headerBand;
        for (std::size_t index = 0; index < m_blocks.size(); ++index) {
            const Block &block = m_blocks.at(index);
            // A heading goes to the next page with its first row when they do not fit together.
            const qreal withNext = block.keepWithNext && index + 1 < m_blocks.size()
                                       ? block.height + m_blocks.at(index + 1).height
                                       : block.height;
            if (y + withNext > contentBottom() + epsilon && withNext <= fullPage &&
                !m_pages.back().empty())
                newPage();
            if (y + block.height <= contentBottom() + epsilon) {
                m_pages.back().push_back({&block, y});
                y += block.height;
                continue;
            }
            if (block.height <= fullPage + epsilon) {
                newPage();
                m_pages.back().push_back({&block, y});
                y += block.height;
                continue;
            }
            // Taller than a page: slice at line boundaries, each column on its own.
            qreal start = -1;
            qreal shownFrom = 0;
            for (;;) {
                const qreal end = shownFrom + (contentBottom() - y);
                m_pages.back().push_back({&block, y, start, end, shownFrom});
                qreal next = std::numeric_limits<qreal>::max();
                for (const Piece &piece : block.pieces) {
                    for (int i = 0; i < piece.layout->lineCount(); ++i) {
                        const QTextLine line = piece.layout->lineAt(i);
                        const qreal top = piece.origin.y() + line.position().y();
                        if (top + line.height() > end + epsilon) {
                            next = std::min(next, top);
                            break;
                        }
                    }
                }
                if (next == std::numeric_limits<qreal>::max())
                    break;
                start = end;
                shownFrom = std::clamp(next, shownFrom + 1, end); // always move on
                newPage();
            }
            y += block.height - shownFrom;
        }
    }

    void drawPlacement(QPainter &painter, const Placement &placement) const
    {
        const Block &block = *placement.block;
        const qreal shift = placement.pageY - placement.drawnFrom;
        const bool firstSlice = placement.sliceStart < 0;
        qreal drawnTop = std::numeric_limits<qreal>::max();
        qreal drawnBottom = 0;
        for (const Piece &piece : block.pieces) {
            painter.setPen(piece.colour);
            for (int i = 0; i < piece.layout->lineCount(); ++i) {
                const QTextLine line = piece.layout->lineAt(i);
                const qreal top = piece.origin.y() + line.position().y();
                const qreal bottom = top + line.height();
                if (bottom <= placement.sliceStart + epsilon ||
                    bottom > placement.sliceEnd + epsilon)
                    continue;
                line.draw(&painter, QPointF(piece.origin.x(), piece.origin.y() + shift));
                drawnTop = std::min(drawnTop, top);
                drawnBottom = std::max(drawnBottom, bottom);
            }
        }
        if (firstSlice && !block.label.isEmpty() && m_options.pairNumbers &&
            !block.pieces.empty() && block.pieces.front().layout->lineCount() > 0) {
            // The number sits on the baseline of the row's first line.
            const Piece &first = block.pieces.front();
            const QTextLine line = first.layout->lineAt(0);
            const qreal baseline = first.origin.y() + line.position().y() + line.ascent() + shift;
            painter.setFont(m_smallFont);
            painter.setPen(block.doubtful ? doubtfulColour : unmatchedColour);
            painter.drawText(QPointF(0, baseline), block.label);
        }
        if (block.doubtful && drawnBottom > 0) {
            const qreal barWidth = millimetres(0.7);
            painter.fillRect(QRectF(m_gutter - millimetres(1.6), drawnTop + shift, barWidth,
                                    drawnBottom - drawnTop),
                             doubtfulColour);
        }
        const bool lastSlice = placement.sliceEnd >= block.height;
        if (block.ruleBelow && lastSlice) {
            painter.setPen(QPen(ruleColour, millimetres(0.15)));
            const qreal y = placement.pageY + block.height - placement.drawnFrom;
            painter.drawLine(QPointF(m_gutter, y), QPointF(m_pageWidth, y));
        }
    }

    void drawHeaderAndFooter(QPainter &painter, int page, int pageCount) const
    {
        painter.setFont(m_smallFont);
        painter.setPen(noteColour);
        const QFontMetricsF metrics(m_smallFont, m_device);
        if (page > 0) {
            const qreal half = m_pageWidth / 2 - millimetres(3);
            const qreal baseline = metrics.ascent();
            const QFontMetricsF chineseMetrics(m_smallChineseFont, m_device);
            painter.setFont(m_smallChineseFont);
            painter.drawText(QPointF(0, baseline),
                             chineseMetrics.elidedText(m_pairs.chineseTitle, Qt::ElideRight, half));
            painter.setFont(m_smallFont);
            const QString english = metrics.elidedText(m_pairs.englishTitle, Qt::ElideRight, half);
            painter.drawText(QPointF(m_pageWidth - metrics.horizontalAdvance(english), baseline),
                             english);
            painter.setPen(QPen(ruleColour, millimetres(0.2)));
            const qreal ruleY = metrics.height() + millimetres(1.5);
            painter.drawLine(QPointF(0, ruleY), QPointF(m_pageWidth, ruleY));
            painter.setPen(noteColour);
        }
        const QString number = QStringLiteral("%1 / %2").arg(page + 1).arg(pageCount);
        painter.drawText(QPointF((m_pageWidth - metrics.horizontalAdvance(number)) / 2,
                                 m_pageHeight - metrics.descent()),
                         number);
    }

    int paint()
    {
        QPainter painter;
        if (!painter.begin(m_device)) {
            m_painterFailed = true;
            return 0;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        const int pageCount = int(m_pages.size());
        for (int page = 0; page < pageCount; ++page) {
            if (cancelled())
                break;
            if (page > 0)
                m_device->newPage();
            drawHeaderAndFooter(painter, page, pageCount);
            for (const Placement &placement : m_pages.at(page))
                drawPlacement(painter, placement);
        }
        if (!painter.end())
            m_painterFailed = true;
        return pageCount;
    }

    const AlignedPairs &m_pairs;
    const PdfOptions &m_options;
    QPagedPaintDevice *m_device;
    qreal m_pageWidth = 0;
    qreal m_pageHeight = 0;
    qreal m_headerBand = 0;
    qreal m_footerBand = 0;
    qreal m_gutter = 0;
    QFont m_chineseFont, m_englishFont, m_smallFont, m_smallChineseFont;
    QFont m_chineseTitleFont, m_englishTitleFont, m_chineseRowTitleFont, m_englishRowTitleFont;
    std::vector<Block> m_blocks;
    std::vector<std::vector<Placement>> m_pages;
    bool m_painterFailed = false;
    bool m_cancelled = false;
    int m_currentPair = 0;
    int m_incompletePair = -1;
};

QString xmpMetadata(const AlignedPairs &pairs, const QString &subject)
{
    auto escaped = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    return QStringLiteral(
               "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
               "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
               "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
               "   <dc:format>application/pdf</dc:format>\n"
               "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>"
               "</dc:title>\n"
               "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt>"
               "</dc:description>\n"
               "   <dc:language><rdf:Bag><rdf:li>%3</rdf:li><rdf:li>en</rdf:li></rdf:Bag>"
               "</dc:language>\n"
               "   <xmp:CreatorTool>Duizhao %4</xmp:CreatorTool>\n"
               "   <pdf:Keywords>%2</pdf:Keywords>\n"
               "  </rdf:Description>\n"
               " </rdf:RDF>\n"
               "</x:xmpmeta>\n"
               "<?xpacket end=\"w\"?>")
        .arg(escaped(pairs.title()), escaped(subject), escaped(pairs.chineseLanguageTag),
             QStringLiteral(DUIZHAO_VERSION));
}

} // namespace

Result<PdfFonts> PdfFonts::forLanguageTag(const QString &chineseLanguageTag)
{
    PdfFonts fonts;
    fonts.latin = QStringLiteral("DejaVu Serif");
    fonts.chinese =
        chineseLanguageTag.startsWith(QStringLiteral("zh-Hans")) ? QStringLiteral("AR PL UMing CN")
        : chineseLanguageTag.endsWith(QStringLiteral("-HK"))     ? QStringLiteral("AR PL UMing HK")
                                                                 : QStringLiteral("AR PL UMing TW");
    for (const QString &family : {fonts.latin, fonts.chinese}) {
        if (!QFontDatabase::hasFamily(family))
            return Error{ErrorCode::FontUnavailable, family};
    }
    // For the rare character UMing lacks; also free of radical aliases (see PdfFonts).
    if (QFontDatabase::hasFamily(QStringLiteral("WenQuanYi Micro Hei")))
        fonts.chineseReserve = QStringLiteral("WenQuanYi Micro Hei");
    return fonts;
}

Result<int> PdfRenderer::render(const AlignedPairs &pairs, const PdfOptions &options,
                                QPagedPaintDevice *device, QList<PdfOutlineEntry> *outline)
{
    const Result<PdfFonts> fonts = PdfFonts::forLanguageTag(pairs.chineseLanguageTag);
    if (!fonts)
        return fonts.error();
    if (options.fontSizePoints < 4 || options.fontSizePoints > 36)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("font size")};
    Typesetter typesetter(pairs, options, *fonts, device);
    const int pages = typesetter.run();
    if (typesetter.cancelled())
        return Error{ErrorCode::Cancelled, QString()};
    if (outline) {
        const qreal paintTop = device->pageLayout().paintRect(QPageLayout::Point).top();
        *outline = typesetter.outline();
        for (PdfOutlineEntry &entry : *outline)
            entry.topPoints += paintTop;
    }
    if (typesetter.incompletePair() >= 0) {
        Error error{ErrorCode::WriteFailed, QString(), typesetter.incompletePair()};
        error.writeFailure = WriteFailure::LayoutFailed;
        return error;
    }
    if (typesetter.painterFailed())
        return Error{ErrorCode::WriteFailed, QString()};
    return pages;
}

QPageLayout PdfRenderer::pageLayout(const PdfOptions &options)
{
    const double margin = options.marginMillimetres;
    return QPageLayout(QPageSize(options.pageSize), options.orientation,
                       QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter);
}

Result<int> PdfRenderer::writePdf(const AlignedPairs &pairs, const PdfOptions &options,
                                  const QString &path)
{
    const QPageLayout layout = pageLayout(options);
    if (!layout.isValid() || options.marginMillimetres < 0 ||
        layout.fullRect(QPageLayout::Millimeter).width() < 2 * options.marginMillimetres + 50)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("margins")};
    // The PDF is made in memory, where writing cannot fail half-way, and then written to the
    // file with every byte checked: a full disk is an error, never a truncated "success".
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Result<int> pages = 0;
    QList<PdfOutlineEntry> outline;
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(layout);
        writer.setTitle(pairs.title());
        writer.setCreator(QStringLiteral("Duizhao ") + QStringLiteral(DUIZHAO_VERSION));
        writer.setDocumentXmpMetadata(
            xmpMetadata(pairs, QStringLiteral("Chinese-English parallel text, %1 aligned pairs")
                                   .arg(pairs.pairs.size()))
                .toUtf8());
        pages = render(pairs, options, &writer, &outline);
    }
    if (!pages) {
        Error error = pages.error();
        if (error.code == ErrorCode::WriteFailed || error.code == ErrorCode::Cancelled)
            error.context = path;
        return error;
    }
    const QByteArray pdf =
        addPdfOutline(buffer.data(), outline, layout.fullRect(QPageLayout::Point).height());
    if (const Result<QStringList> written = writeFileSafely(path, pdf); !written)
        return written.error();
    return pages;
}

} // namespace duizhao
