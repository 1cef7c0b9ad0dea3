#include "core/pdfimport/PdfImporter.h"

#include "core/pdfimport/PdfLayout.h"

#include <poppler-qt6.h>

namespace duizhao {

namespace {

const QString Format = QStringLiteral("PDF");

/// Beyond this a PDF is no book to read side by side.
constexpr int MaxPages = 5000;

/// The page's words grouped into lines, in poppler's reading order.
QList<PdfLine> pageLines(const Poppler::Page &page)
{
    QList<PdfLine> lines;
    const std::vector<std::unique_ptr<Poppler::TextBox>> words = page.textList();
    const Poppler::TextBox *previous = nullptr;
    for (const std::unique_ptr<Poppler::TextBox> &word : words) {
        const QRectF box = word->boundingBox();
        const bool sameLine = previous && box.center().y() > previous->boundingBox().top() &&
                              box.center().y() < previous->boundingBox().bottom() &&
                              box.left() >= previous->boundingBox().left();
        if (!sameLine) {
            lines.append({word->text(), box});
        } else {
            PdfLine &line = lines.last();
            if (previous->hasSpaceAfter())
                line.text += u' ';
            line.text += word->text();
            line.box = line.box.united(box);
        }
        previous = word.get();
    }
    return lines;
}

} // namespace

Result<ImportedText> PdfImporter::read(const QByteArray &bytes) const
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return Error{ErrorCode::MalformedFile, {}, -1, Format};
    if (document->isLocked())
        return Error{ErrorCode::DrmProtected, {}, -1, Format};
    const int count = document->numPages();
    if (count > MaxPages)
        return Error{ErrorCode::LimitExceeded, {}, count, QStringLiteral("pdf-pages")};
    QList<PdfPage> pages;
    qsizetype characters = 0;
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        PdfPage laidOut{page->pageSizeF(), pageLines(*page)};
        for (const PdfLine &line : laidOut.lines)
            characters += line.text.trimmed().size();
        pages.append(laidOut);
    }
    if (characters == 0)
        return Error{ErrorCode::NoTextLayer, {}, -1, Format};
    ImportedText text = pdfText(pages);
    text.encoding = Format;
    return text;
}

void registerPdfImporter()
{
    registerImporter(FileFormat::Pdf, std::make_shared<PdfImporter>());
}

} // namespace duizhao
