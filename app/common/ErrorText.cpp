#include "app/common/ErrorText.h"

#include <QCoreApplication>
#include <QDir>

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
        return ErrorText::tr("%1 is too large to be a text document (%2 MB).")
            .arg(where)
            .arg(double(error.position) / (1024.0 * 1024.0), 0, 'f', 1);
    case ErrorCode::EmptyDocument:
        return ErrorText::tr("%1 is empty: there is no text to read.").arg(where);
    case ErrorCode::BinaryData:
        return ErrorText::tr("%1 is not a text file (it holds binary data at byte %2).")
            .arg(where)
            .arg(error.position);
    case ErrorCode::InvalidUtf8:
        return ErrorText::tr(
                   "%1 is not valid UTF-8: the bytes at offset %2 are malformed. Save it again as "
                   "UTF-8, GB18030 or Big5.")
            .arg(where)
            .arg(error.position);
    case ErrorCode::UnknownEncoding:
        return ErrorText::tr(
                   "The encoding of %1 is not recognised. Duizhao reads UTF-8, UTF-16 (with a byte "
                   "order mark), GB18030 and Big5.")
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
        return ErrorText::tr("%1 could not be written.").arg(where);
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
    case Notice::ExtraTextKept:
        return ErrorText::tr(
            "Some text lies outside the Chinese and English blocks; it is kept and shown "
            "as having no counterpart.");
    }
    return {};
}

} // namespace duizhao
