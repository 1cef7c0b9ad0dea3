#include "core/io/Error.h"

namespace duizhao {

Error fileTooLarge(const QString &path, qint64 size)
{
    Error error{ErrorCode::FileTooLarge, path};
    error.size = size;
    return error;
}

Error newerVersion(qint64 version)
{
    Error error{ErrorCode::NewerVersion};
    error.version = version;
    return error;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileNotFound:
        return QStringLiteral("file-not-found");
    case ErrorCode::FileUnreadable:
        return QStringLiteral("file-unreadable");
    case ErrorCode::FileTooLarge:
        return QStringLiteral("file-too-large");
    case ErrorCode::EmptyDocument:
        return QStringLiteral("empty-document");
    case ErrorCode::BinaryData:
        return QStringLiteral("binary-data");
    case ErrorCode::InvalidUtf8:
        return QStringLiteral("invalid-utf8");
    case ErrorCode::InvalidUtf16:
        return QStringLiteral("invalid-utf16");
    case ErrorCode::UnknownEncoding:
        return QStringLiteral("unknown-encoding");
    case ErrorCode::NoReadableText:
        return QStringLiteral("no-readable-text");
    case ErrorCode::SideMismatch:
        return QStringLiteral("side-mismatch");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::WriteFailed:
        return QStringLiteral("write-failed");
    case ErrorCode::ConversionUnavailable:
        return QStringLiteral("conversion-unavailable");
    case ErrorCode::FontUnavailable:
        return QStringLiteral("font-unavailable");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::UnsupportedFormat:
        return QStringLiteral("unsupported-format");
    case ErrorCode::DrmProtected:
        return QStringLiteral("drm-protected");
    case ErrorCode::MalformedFile:
        return QStringLiteral("malformed-file");
    case ErrorCode::LimitExceeded:
        return QStringLiteral("limit-exceeded");
    case ErrorCode::NoTextLayer:
        return QStringLiteral("no-text-layer");
    case ErrorCode::NewerVersion:
        return QStringLiteral("newer-version");
    }
    return QStringLiteral("unknown");
}

} // namespace duizhao
