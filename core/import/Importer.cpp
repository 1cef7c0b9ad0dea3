#include "core/import/Importer.h"

#include "core/import/AlignedFormats.h"
#include "core/import/DocxImporter.h"
#include "core/import/EpubImporter.h"
#include "core/import/HtmlImporter.h"
#include "core/import/OdtImporter.h"
#include "core/import/SubtitleImporter.h"
#include "core/import/ZipArchive.h"
#include "core/project/ProjectFile.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStringDecoder>

namespace duizhao {

namespace {

struct Registry
{
    QMutex mutex;
    QHash<FileFormat, std::shared_ptr<const Importer>> importers;

    Registry()
    {
        importers.insert(FileFormat::Epub, std::make_shared<EpubImporter>());
        importers.insert(FileFormat::Html, std::make_shared<HtmlImporter>());
        importers.insert(FileFormat::Docx, std::make_shared<DocxImporter>());
        importers.insert(FileFormat::Odt, std::make_shared<OdtImporter>());
        importers.insert(FileFormat::Srt, std::make_shared<SubtitleImporter>(false));
        importers.insert(FileFormat::WebVtt, std::make_shared<SubtitleImporter>(true));
    }
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

const QList<FileFormatInfo> &allFormats()
{
    static const QList<FileFormatInfo> formats = {
        {FileFormat::PlainText,
         QStringLiteral("Text"),
         {QStringLiteral("txt"), QStringLiteral("text")}},
        {FileFormat::Epub, QStringLiteral("EPUB"), {QStringLiteral("epub")}},
        {FileFormat::Html,
         QStringLiteral("HTML"),
         {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")}},
        {FileFormat::Docx, QStringLiteral("Word (DOCX)"), {QStringLiteral("docx")}},
        {FileFormat::Odt, QStringLiteral("OpenDocument (ODT)"), {QStringLiteral("odt")}},
        {FileFormat::Pdf, QStringLiteral("PDF"), {QStringLiteral("pdf")}},
        {FileFormat::Srt, QStringLiteral("SubRip (SRT)"), {QStringLiteral("srt")}},
        {FileFormat::WebVtt, QStringLiteral("WebVTT"), {QStringLiteral("vtt")}},
        {FileFormat::Project, QStringLiteral("Duizhao project"), {ProjectFile::extension()}},
        {FileFormat::Tmx, QStringLiteral("TMX"), {QStringLiteral("tmx")}},
        {FileFormat::PairsTsv, QStringLiteral("TSV pairs"), {QStringLiteral("tsv")}},
        {FileFormat::Moses,
         QStringLiteral("Moses (.zh + .en)"),
         {QStringLiteral("zh"), QStringLiteral("en")}},
        {FileFormat::PairsJson, QStringLiteral("Duizhao JSON"), {QStringLiteral("json")}},
    };
    return formats;
}

Error unsupported(const QString &name)
{
    return Error{ErrorCode::UnsupportedFormat, {}, -1, name};
}

/// Formats known by name only, to say what they are rather than "binary data".
std::optional<QString> unsupportedByExtension(const QString &extension)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("doc"), QStringLiteral("Word 97–2003 (DOC)")},
        {QStringLiteral("mobi"), QStringLiteral("MOBI")},
        {QStringLiteral("azw"), QStringLiteral("Kindle (AZW)")},
        {QStringLiteral("azw3"), QStringLiteral("Kindle (AZW3)")},
        {QStringLiteral("kfx"), QStringLiteral("Kindle (KFX)")},
        {QStringLiteral("rtf"), QStringLiteral("RTF")},
        {QStringLiteral("wps"), QStringLiteral("WPS")},
        {QStringLiteral("pages"), QStringLiteral("Pages")},
        {QStringLiteral("djvu"), QStringLiteral("DjVu")},
        {QStringLiteral("cbz"), QStringLiteral("comic book (CBZ)")},
    };
    const auto it = names.constFind(extension);
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

Result<FileFormat> detectZip(const QByteArray &bytes, const QString &extension)
{
    Result<std::shared_ptr<ZipArchive>> archive = ZipArchive::open(bytes, QStringLiteral("ZIP"));
    if (!archive)
        return archive.error();
    ZipArchive &zip = **archive;
    if (zip.contains(QStringLiteral("mimetype"))) {
        Result<QByteArray> mimetype = zip.read(QStringLiteral("mimetype"));
        if (!mimetype)
            return mimetype.error();
        const QByteArray type = mimetype->trimmed();
        if (type == "application/epub+zip")
            return FileFormat::Epub;
        if (type == "application/vnd.oasis.opendocument.text")
            return FileFormat::Odt;
        if (type.startsWith("application/vnd.oasis.opendocument."))
            return unsupported(
                QStringLiteral("OpenDocument (%1)").arg(QString::fromLatin1(type.mid(35))));
    }
    if (zip.contains(QStringLiteral("word/document.xml")))
        return FileFormat::Docx;
    if (zip.contains(QStringLiteral("xl/workbook.xml")))
        return unsupported(QStringLiteral("Excel (XLSX)"));
    if (zip.contains(QStringLiteral("ppt/presentation.xml")))
        return unsupported(QStringLiteral("PowerPoint (PPTX)"));
    if (zip.contains(QStringLiteral("META-INF/container.xml")) || extension == u"epub")
        return FileFormat::Epub;
    if (extension == u"docx")
        return FileFormat::Docx;
    if (extension == u"odt")
        return FileFormat::Odt;
    return unsupported(QStringLiteral("ZIP"));
}

/// The first characters of text, for markup and subtitle sniffing (any ASCII-compatible
/// encoding, or UTF-16 by its mark).
QString textHead(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringConverter::Utf16);
        return decoder(head);
    }
    QString text = QString::fromLatin1(head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head);
    return text;
}

bool looksLikeHtml(const QString &head)
{
    static const QRegularExpression start(
        QStringLiteral("^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html)[\\s>]"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (start.match(head).hasMatch())
        return true;
    return head.contains(QStringLiteral("<body"), Qt::CaseInsensitive) &&
           head.contains(QStringLiteral("</"), Qt::CaseInsensitive);
}

bool looksLikeTmx(const QString &head)
{
    // The root element, or a DOCTYPE naming it (whose internal subset may be long).
    static const QRegularExpression root(QStringLiteral("<(!DOCTYPE\\s+)?tmx[\\s>\\[]"),
                                         QRegularExpression::CaseInsensitiveOption);
    return head.trimmed().startsWith(u'<') && root.match(head).hasMatch();
}

bool looksLikeSrt(const QString &head)
{
    static const QRegularExpression cue(
        QStringLiteral("^\\s*(\\d+\\s*\\r?\\n)?\\d{1,3}:\\d{2}:\\d{2}[,.]\\d{1,3}\\s*-->"));
    return cue.match(head).hasMatch();
}

} // namespace

bool isAlignedFormat(FileFormat format)
{
    switch (format) {
    case FileFormat::Tmx:
    case FileFormat::PairsTsv:
    case FileFormat::Moses:
    case FileFormat::PairsJson:
    case FileFormat::Project:
        return true;
    default:
        return false;
    }
}

QList<FileFormatInfo> supportedFormats()
{
    Registry &instance = registry();
    const QMutexLocker lock(&instance.mutex);
    QList<FileFormatInfo> formats;
    for (const FileFormatInfo &info : allFormats()) {
        if (info.format == FileFormat::PlainText || isAlignedFormat(info.format) ||
            instance.importers.contains(info.format))
            formats.append(info);
    }
    return formats;
}

void registerImporter(FileFormat format, std::shared_ptr<const Importer> importer)
{
    Registry &instance = registry();
    const QMutexLocker lock(&instance.mutex);
    instance.importers.emplace(format, std::move(importer)); // insert() would copy
}

Result<FileFormat> detectFormat(const QByteArray &bytes, const QString &path)
{
    const QString extension = QFileInfo(path).suffix().toLower();
    if (bytes.startsWith("PK\x03\x04"))
        return detectZip(bytes, extension);
    if (bytes.left(1024).contains("%PDF-"))
        return FileFormat::Pdf;
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        if (extension == u"xls" || extension == u"ppt")
            return unsupported(extension.toUpper());
        return unsupported(QStringLiteral("Word 97–2003 (DOC)"));
    }
    if (bytes.size() >= 68 && (bytes.mid(60, 8) == "BOOKMOBI" || bytes.mid(60, 8) == "TEXtREAd"))
        return unsupported(QStringLiteral("MOBI"));
    if (bytes.startsWith("{\\rtf"))
        return unsupported(QStringLiteral("RTF"));
    if (bytes.startsWith("\xE0\xEA") || bytes.startsWith("\xEA\x60"))
        return unsupported(QStringLiteral("Kindle (KFX)"));
    if (ProjectFile::looksLikeProject(bytes))
        return FileFormat::Project;
    if (looksLikeJsonPairs(bytes))
        return FileFormat::PairsJson;
    const QString head = textHead(bytes);
    if (looksLikeTmx(head))
        return FileFormat::Tmx;
    if (head.trimmed().startsWith(QStringLiteral("WEBVTT")))
        return FileFormat::WebVtt;
    if (looksLikeSrt(head))
        return FileFormat::Srt;
    if (looksLikeHtml(head))
        return FileFormat::Html;
    if (const std::optional<QString> name = unsupportedByExtension(extension))
        return unsupported(*name);
    // The extension names a format the content did not show: markup and subtitles may be
    // unusual, but a binary format without its signature is damaged.
    for (const FileFormatInfo &info : allFormats()) {
        // Any JSON may be called .json: only the content says it is Duizhao's export.
        if (info.format == FileFormat::PlainText || info.format == FileFormat::PairsJson ||
            !info.extensions.contains(extension))
            continue;
        // Aligned formats are text too: their own readers say what is wrong with them.
        const bool textual = info.format == FileFormat::Html || info.format == FileFormat::Srt ||
                             info.format == FileFormat::WebVtt || isAlignedFormat(info.format);
        if (!textual)
            return Error{ErrorCode::MalformedFile, {}, -1, info.name};
        return info.format;
    }
    return FileFormat::PlainText;
}

Result<ImportedText> importBytes(const QByteArray &bytes, FileFormat format)
{
    std::shared_ptr<const Importer> importer;
    {
        Registry &instance = registry();
        const QMutexLocker lock(&instance.mutex);
        importer = instance.importers.value(format);
    }
    if (!importer) {
        for (const FileFormatInfo &info : allFormats()) {
            if (info.format == format)
                return unsupported(info.name);
        }
        return unsupported(QString());
    }
    return importer->read(bytes);
}

} // namespace duizhao
