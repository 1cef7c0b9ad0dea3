#include "core/export/ExportFormats.h"

#include "core/export/HtmlWriter.h"
#include "core/export/JsonWriter.h"
#include "core/export/MosesWriter.h"
#include "core/export/TmxWriter.h"
#include "core/export/TsvWriter.h"
#include "core/io/SafeFile.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace duizhao {

namespace {

Result<ExportWritten> written(Result<QStringList> files)
{
    if (!files)
        return files.error();
    return ExportWritten{*files, 0};
}

/// The writer of a format that is one file of text: its bytes, written safely.
template <QByteArray (*bytes)(const AlignedPairs &, const PdfOptions &)>
Result<ExportWritten> writeBytes(const AlignedPairs &pairs, const PdfOptions &options,
                                 const QString &path)
{
    return written(writeFileSafely(path, bytes(pairs, options)));
}

QByteArray tmxBytes(const AlignedPairs &pairs, const PdfOptions &)
{
    return TmxWriter::toXml(pairs);
}

QByteArray tsvBytes(const AlignedPairs &pairs, const PdfOptions &)
{
    return TsvWriter::toTsv(pairs);
}

QByteArray ankiBytes(const AlignedPairs &pairs, const PdfOptions &)
{
    return TsvWriter::toAnki(pairs);
}

QByteArray jsonBytes(const AlignedPairs &pairs, const PdfOptions &)
{
    return JsonWriter::toBytes(pairs);
}

QByteArray htmlBytes(const AlignedPairs &pairs, const PdfOptions &options)
{
    return HtmlWriter::toHtml(pairs, options.lowConfidence);
}

Result<ExportWritten> writePdf(const AlignedPairs &pairs, const PdfOptions &options,
                               const QString &path)
{
    const Result<int> pages = PdfRenderer::writePdf(pairs, options, path);
    if (!pages)
        return pages.error();
    return ExportWritten{{path}, *pages};
}

Result<ExportWritten> writeMoses(const AlignedPairs &pairs, const PdfOptions &, const QString &path)
{
    return written(MosesWriter::write(pairs, path));
}

QStringList suffixes(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

} // namespace

const QList<ExportFormatInfo> &exportFormats()
{
    static const QList<ExportFormatInfo> formats = {
        {ExportFormat::Pdf, QStringLiteral("pdf"), QStringLiteral("pdf"), suffixes({"pdf"}), true,
         true, nullptr, writePdf},
        {ExportFormat::Tmx, QStringLiteral("tmx"), QStringLiteral("tmx"), suffixes({"tmx"}), false,
         false, tmxBytes, writeBytes<tmxBytes>},
        {ExportFormat::Tsv, QStringLiteral("tsv"), QStringLiteral("tsv"), suffixes({"tsv"}), false,
         false, tsvBytes, writeBytes<tsvBytes>},
        // ".txt" says nothing about the content, so no output name implies Anki.
        {ExportFormat::Anki,
         QStringLiteral("anki"),
         QStringLiteral("txt"),
         {},
         false,
         false,
         ankiBytes,
         writeBytes<ankiBytes>},
        {ExportFormat::Moses, QStringLiteral("moses"), QStringLiteral("zh"), suffixes({"zh", "en"}),
         false, false, nullptr, writeMoses},
        {ExportFormat::Json, QStringLiteral("json"), QStringLiteral("json"), suffixes({"json"}),
         false, false, jsonBytes, writeBytes<jsonBytes>},
        {ExportFormat::Html, QStringLiteral("html"), QStringLiteral("html"),
         suffixes({"html", "htm"}), false, true, htmlBytes, writeBytes<htmlBytes>},
    };
    return formats;
}

const ExportFormatInfo &exportFormatInfo(ExportFormat format)
{
    const QList<ExportFormatInfo> &formats = exportFormats();
    const auto found =
        std::find_if(formats.begin(), formats.end(),
                     [format](const ExportFormatInfo &info) { return info.format == format; });
    Q_ASSERT(found != formats.end());
    return *found;
}

const ExportFormatInfo *exportFormatNamed(const QString &name)
{
    for (const ExportFormatInfo &info : exportFormats()) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

const ExportFormatInfo *exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const ExportFormatInfo &info : exportFormats()) {
        if (info.claims.contains(suffix))
            return &info;
    }
    return nullptr;
}

QStringList exportFormatNames()
{
    QStringList names;
    for (const ExportFormatInfo &info : exportFormats())
        names.append(info.name);
    return names;
}

double NumericExportOption::clamped(double number) const
{
    return std::isfinite(number) ? std::clamp(number, low, high) : low;
}

const QList<NumericExportOption> &numericExportOptions()
{
    // The margin's upper end still leaves a text column on A4 portrait (PdfRenderer::writePdf).
    static const QList<NumericExportOption> options = {
        {QStringLiteral("margin"), 0, 60, 1, &PdfOptions::marginMillimetres},
        {QStringLiteral("font-size"), 6, 24, 0.5, &PdfOptions::fontSizePoints},
        {QStringLiteral("low-confidence"), 0, 1, 0.05, &PdfOptions::lowConfidence},
    };
    return options;
}

const NumericExportOption &numericExportOption(double PdfOptions::*value)
{
    const QList<NumericExportOption> &options = numericExportOptions();
    const auto found =
        std::find_if(options.begin(), options.end(),
                     [value](const NumericExportOption &option) { return option.value == value; });
    Q_ASSERT(found != options.end());
    return *found;
}

} // namespace duizhao
