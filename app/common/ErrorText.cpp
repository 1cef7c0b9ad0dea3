#include "app/common/ErrorText.h"

#include "core/io/TextDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace duizhao {

namespace {

// A named translation context: lupdate files a free ErrorText::tr() in namespace duizhao under the
// context "duizhao", where the run-time lookup of "duizhao::ErrorText" would never find it.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(duizhao::ErrorText)
};

QString displayPath(const QString &path)
{
    return path.isEmpty() ? ErrorText::tr("the text") : QDir::toNativeSeparators(path);
}

QString writeFailureText(const Error &error, const QString &where)
{
    switch (error.writeFailure) {
    case WriteFailure::NoSuchFolder:
        return ErrorText::tr("%1 could not be written: its folder does not exist.").arg(where);
    case WriteFailure::PermissionDenied:
        return ErrorText::tr("%1 could not be written: permission denied.").arg(where);
    case WriteFailure::ReadOnlyFileSystem:
        return ErrorText::tr("%1 could not be written: the disk or folder is read-only.")
            .arg(where);
    case WriteFailure::IsAFolder:
        return ErrorText::tr("%1 could not be written: it is a folder.").arg(where);
    case WriteFailure::DiskFull:
        return ErrorText::tr("%1 could not be written: the disk is full. Any old file of that "
                             "name is unchanged.")
            .arg(where);
    case WriteFailure::NameTooLong:
        return ErrorText::tr("%1 could not be written: the name is too long.").arg(where);
    case WriteFailure::UnsupportedFile:
        return ErrorText::tr("%1 could not be written: it is a special file (a socket, a block "
                             "device, or a pipe that nobody reads), which Duizhao does not "
                             "replace.")
            .arg(where);
    case WriteFailure::LayoutFailed:
        return ErrorText::tr("%1 could not be written: the text of pair %2 could not be laid "
                             "out on the page.")
            .arg(where)
            .arg(error.position);
    case WriteFailure::Other:
        return ErrorText::tr("%1 could not be written: %2.")
            .arg(where, qt_error_string(error.systemError));
    case WriteFailure::Unknown:
        break;
    }
    return ErrorText::tr("%1 could not be written.").arg(where);
}

} // namespace

QString errorText(const Error &error)
{
    const QString where = displayPath(error.context);
    switch (error.code) {
    case ErrorCode::FileNotFound:
        return ErrorText::tr("%1 does not exist.").arg(where);
    case ErrorCode::FileUnreadable:
        return ErrorText::tr("%1 cannot be read (is it a folder, or not readable by you?).")
            .arg(where);
    case ErrorCode::FileTooLarge:
        // Exact figures: "64.0 MB" for a file one byte over the limit would repeat the limit.
        return ErrorText::tr("%1 is too large to be a text document: it has %2 bytes, and "
                             "Duizhao opens files of up to %3 bytes (%4 MiB).")
            .arg(where, QLocale().toString(error.size), QLocale().toString(DefaultMaxTextFileBytes))
            .arg(DefaultMaxTextFileBytes / (1024 * 1024));
    case ErrorCode::EmptyDocument:
        return ErrorText::tr("%1 is empty: there is no text to read.").arg(where);
    case ErrorCode::BinaryData:
        return ErrorText::tr("%1 is not a text file (it holds binary data at byte %2). If it is "
                             "text, it may be UTF-16 without a byte order mark: save it again as "
                             "UTF-8.")
            .arg(where)
            .arg(error.position);
    case ErrorCode::InvalidUtf8:
        return ErrorText::tr(
                   "%1 is not valid UTF-8: the bytes at offset %2 are malformed. Save it again as "
                   "UTF-8, GB18030 or Big5.")
            .arg(where)
            .arg(error.position);
    case ErrorCode::InvalidUtf16:
        return ErrorText::tr(
                   "%1 is UTF-16 but is damaged at byte %2: half of a character is missing (an "
                   "unpaired surrogate, or an odd last byte). Save it again as UTF-8 or UTF-16.")
            .arg(where)
            .arg(error.position);
    case ErrorCode::UnknownEncoding:
        return ErrorText::tr(
                   "The encoding of %1 is not recognised. Duizhao reads UTF-8, UTF-16, GB18030 "
                   "and Big5.")
            .arg(where);
    case ErrorCode::NoReadableText:
        return ErrorText::tr("%1 holds neither Chinese nor English text.").arg(where);
    case ErrorCode::SideMismatch:
        return ErrorText::tr(
                   "The two files must be one Chinese and one English text, but %1 is in the same "
                   "language as the other file.")
            .arg(where);
    case ErrorCode::InvalidArgument:
        return ErrorText::tr("Invalid argument: %1.").arg(error.context);
    case ErrorCode::WriteFailed:
        return writeFailureText(error, where);
    case ErrorCode::ConversionUnavailable:
        return ErrorText::tr("Chinese script conversion is not available (OpenCC: %1).")
            .arg(error.context);
    case ErrorCode::FontUnavailable:
        return ErrorText::tr("The font \"%1\" needed for PDF export is not installed (Debian: "
                             "fonts-arphic-uming, fonts-dejavu-core).")
            .arg(error.context);
    case ErrorCode::Cancelled:
        return ErrorText::tr("Cancelled.");
    case ErrorCode::UnsupportedFormat:
        return ErrorText::tr(
                   "%1 is a %2 file, which Duizhao cannot read. Save it as EPUB, DOCX, ODT, HTML, "
                   "PDF or plain text and open that.")
            .arg(where, error.detail);
    case ErrorCode::DrmProtected:
        return ErrorText::tr(
                   "%1 is protected (%2 with DRM or a password): its text cannot be read.")
            .arg(where, error.detail);
    case ErrorCode::MalformedFile:
        return ErrorText::tr("%1 is not a valid %2 file, or is damaged.").arg(where, error.detail);
    case ErrorCode::LimitExceeded:
        return ErrorText::tr(
                   "%1 was refused: it expands, nests or grows beyond safe limits (%2). It may "
                   "be damaged or built to exhaust memory.")
            .arg(where, error.detail);
    case ErrorCode::NoTextLayer:
        return ErrorText::tr(
                   "%1 holds scanned page images but no text. Run it through OCR first (e.g. "
                   "ocrmypdf) and open the result.")
            .arg(where);
    case ErrorCode::NewerVersion:
        return ErrorText::tr("%1 was saved by a newer version of Duizhao (project format %2). "
                             "Update Duizhao to open it; the file is left as it is.")
            .arg(where)
            .arg(error.version);
    }
    return ErrorText::tr("Unknown error.");
}

QString noticeText(Notice notice)
{
    switch (notice) {
    case Notice::ChineseMissing:
        return ErrorText::tr(
            "No Chinese text was found; the document shows its English side only.");
    case Notice::EnglishMissing:
        return ErrorText::tr(
            "No English text was found; the document shows its Chinese side only.");
    case Notice::DecodingDoubtful:
        return ErrorText::tr(
            "Parts of the file look like another encoding (it may mix UTF-8, GB18030 and Big5): "
            "some characters may be shown wrongly.");
    case Notice::ExtraTextKept:
        return ErrorText::tr(
            "Some text lies outside the Chinese and English blocks; it is kept and shown "
            "as having no counterpart.");
    }
    return {};
}

} // namespace duizhao
