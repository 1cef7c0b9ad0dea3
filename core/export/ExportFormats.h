#pragma once

#include "core/export/AlignedPairs.h"
#include "core/pdf/PdfRenderer.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace duizhao {

/// Every format File → Export… and `duizhao-cli export` write.
enum class ExportFormat
{
    Pdf,
    Tmx,
    Tsv,
    Anki,
    Moses,
    Json,
    Html,
};

/// What an export wrote: its files, and for a PDF the number of pages.
struct ExportWritten
{
    QStringList files;
    int pages = 0;
};

/// One export format, as the dialog, `duizhao-cli export` and `duizhao-cli align` know it. The
/// options all formats share are PairOptions (applied by AlignedPairs::build); the rest are in
/// PdfOptions, and the flags say which of them a format uses.
struct ExportFormatInfo
{
    ExportFormat format;
    QString name;       ///< Stable: the CLI's --format value and the key in the settings file.
    QString suffix;     ///< A new file's suffix, without the dot.
    QStringList claims; ///< Suffixes that imply this format in an output name ("txt" implies none).
    bool pageOptions;   ///< Uses PdfOptions' layout, page, margin, font and mark options.
    bool lowConfidence; ///< Uses PdfOptions::lowConfidence.
    /// The file's bytes, for formats that are one file of text; null for PDF and Moses.
    QByteArray (*bytes)(const AlignedPairs &pairs, const PdfOptions &options);
    /// Writes the file (or files) through the safe write path.
    Result<ExportWritten> (*write)(const AlignedPairs &pairs, const PdfOptions &options,
                                   const QString &path);
};

/// All formats, in the order the dialog lists them.
const QList<ExportFormatInfo> &exportFormats();
const ExportFormatInfo &exportFormatInfo(ExportFormat format);
/// The format called @p name ("pdf", "tsv", …), or null.
const ExportFormatInfo *exportFormatNamed(const QString &name);
/// The format an output name's suffix implies ("x.htm" HTML, "x.zh" Moses), or null.
const ExportFormatInfo *exportFormatForPath(const QString &path);
QStringList exportFormatNames();

/// A numeric export option and the values it takes: the dialog's spin box and the CLI's
/// validation use the same range.
struct NumericExportOption
{
    QString name; ///< The CLI option, without "--".
    double low;
    double high;
    double step;
    double PdfOptions::*value;

    bool accepts(double number) const { return number >= low && number <= high; }
    double clamped(double number) const;
};

/// Margin (millimetres), font size (points) and low confidence (a probability).
const QList<NumericExportOption> &numericExportOptions();
const NumericExportOption &numericExportOption(double PdfOptions::*value);

} // namespace duizhao
