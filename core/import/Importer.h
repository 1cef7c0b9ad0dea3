#pragma once

#include "core/import/ImportedText.h"
#include "core/io/Error.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace duizhao {

enum class FileFormat
{
    PlainText,
    Epub,
    Html,
    Docx,
    Odt,
    Pdf,
    Srt,
    WebVtt,
    // Aligned formats: pairs someone already made, opened as they are (core/project/OpenDocument).
    Tmx,
    PairsTsv,
    Moses,
    PairsJson,
    Project,
};

/// TMX, TSV pairs, Moses, Duizhao's JSON export and projects: files that hold pairs, not text
/// to align. readDocument() reads them as plain text; openDocument() reads their pairs.
bool isAlignedFormat(FileFormat format);

struct FileFormatInfo
{
    FileFormat format;
    QString name; ///< "EPUB", "Word (DOCX)", …: a format name, the same in all languages.
    QStringList extensions; ///< Without dots, lower case.
};

/// Reads one file format into text with its structure. One small class per format.
class Importer
{
public:
    virtual ~Importer() = default;
    /// Errors carry no path: the caller adds it.
    virtual Result<ImportedText> read(const QByteArray &bytes) const = 0;
};

/// The formats Duizhao reads, plain text first: for Open dialogs and help text. PDF is listed
/// once its importer is registered (it lives in a library of its own, with Qt Gui). The aligned
/// formats are always listed.
QList<FileFormatInfo> supportedFormats();

/// Adds or replaces the importer of a format.
void registerImporter(FileFormat format, std::shared_ptr<const Importer> importer);

/// What the bytes are: by their content first (magic numbers, ZIP contents, markup), by the
/// file name's extension second. Known formats Duizhao cannot read (Word 97 .doc, MOBI/AZW, RTF,
/// other office files) are UnsupportedFormat errors naming them.
Result<FileFormat> detectFormat(const QByteArray &bytes, const QString &path);

/// Reads bytes of a detected format other than plain text.
Result<ImportedText> importBytes(const QByteArray &bytes, FileFormat format);

} // namespace duizhao
