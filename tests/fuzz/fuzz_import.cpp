// Bytes through the importers. The first byte chooses the way in: format detection on the raw
// bytes (ZIP sniffing, magic numbers, markup), one of the text formats read directly, the
// payload as the main XML part of an otherwise well-formed EPUB, DOCX or ODT package (so the
// fuzzer reaches the XML readers instead of stopping at the ZIP checksum), one of the aligned
// formats (TMX, TSV, JSON pairs, Moses), or a .duizhao project.

#include "core/import/AlignedFormats.h"
#include "core/import/Importer.h"
#include "core/project/ProjectFile.h"
#include "tests/import/ImportFixtures.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace duizhao;

namespace {

QByteArray epubAround(const QByteArray &chapter)
{
    return fixtures::zip(
        {{QStringLiteral("mimetype"), "application/epub+zip", false},
         {QStringLiteral("META-INF/container.xml"),
          "<?xml version=\"1.0\"?><container version=\"1.0\" "
          "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile "
          "full-path=\"content.opf\" media-type=\"application/oebps-package+xml\"/>"
          "</rootfiles></container>"},
         {QStringLiteral("content.opf"),
          "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" "
          "version=\"3.0\"><metadata/><manifest><item id=\"c\" href=\"c.xhtml\" "
          "media-type=\"application/xhtml+xml\"/></manifest><spine><itemref idref=\"c\"/>"
          "</spine></package>"},
         {QStringLiteral("c.xhtml"), chapter}});
}

QByteArray docxAround(const QByteArray &document)
{
    return fixtures::zip(
        {{QStringLiteral("[Content_Types].xml"), "<?xml version=\"1.0\"?><Types/>"},
         {QStringLiteral("word/document.xml"), document}});
}

QByteArray odtAround(const QByteArray &content)
{
    return fixtures::zip(
        {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", false},
         {QStringLiteral("content.xml"), content}});
}

void checkImported(const Result<ImportedText> &imported)
{
    if (!imported)
        return;
    // Every structure range must lie inside the text it describes.
    const qsizetype length = imported->text.size();
    for (const TextRange &heading : imported->headings) {
        if (heading.start < 0 || heading.length < 0 || heading.end() > length)
            std::abort();
    }
    for (const ImportedText::ChapterStart &chapter : imported->chapters) {
        if (chapter.offset < 0 || chapter.offset > length)
            std::abort();
    }
    for (const ImportedText::TimedRange &cue : imported->cues) {
        if (cue.range.start < 0 || cue.range.length < 0 || cue.range.end() > length)
            std::abort();
    }
}

void checkPairs(const Result<ImportedPairs> &pairs)
{
    if (!pairs)
        return;
    const Result<AlignedDocument> aligned = alignedDocument(*pairs, {}, {});
    // The pairs become a document whose beads cover it exactly.
    if (aligned && misfittingBead(aligned->document, aligned->beads))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray payload(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 12) {
    case 0: {
        const Result<FileFormat> format = detectFormat(payload, {});
        if (format && *format != FileFormat::PlainText && *format != FileFormat::Pdf)
            checkImported(importBytes(payload, *format));
        break;
    }
    case 1:
        checkImported(importBytes(payload, FileFormat::Html));
        break;
    case 2:
        checkImported(importBytes(payload, FileFormat::Srt));
        break;
    case 3:
        checkImported(importBytes(payload, FileFormat::WebVtt));
        break;
    case 4:
        checkImported(importBytes(epubAround(payload), FileFormat::Epub));
        break;
    case 5:
        checkImported(importBytes(docxAround(payload), FileFormat::Docx));
        break;
    case 6:
        checkImported(importBytes(odtAround(payload), FileFormat::Odt));
        break;
    case 7:
        checkPairs(readTmx(payload));
        break;
    case 8:
        checkPairs(readTsvPairs(payload));
        break;
    case 9:
        checkPairs(readJsonPairs(payload));
        break;
    case 10: { // Moses: the Chinese file, a NUL, the English file.
        const qsizetype split = std::max<qsizetype>(payload.indexOf('\0'), 0);
        checkPairs(readMosesPairs(payload.first(split), payload.mid(split + 1)));
        break;
    }
    case 11: {
        // A project that loads has passed its checks: its beads must fit its document.
        const Result<Project> project = ProjectFile::fromBytes(payload);
        if (project && misfittingBead(project->document, project->beads))
            std::abort();
        break;
    }
    }
    return 0;
}
