#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace duizhao {

/// What went wrong, as a value. Core never writes user-facing sentences: the UI and the CLI turn
/// an ErrorCode (plus its context) into words.
enum class ErrorCode
{
    FileNotFound,
    FileUnreadable,
    FileTooLarge, ///< Over the size limit (the file's size in size).
    EmptyDocument,
    BinaryData,      ///< NUL bytes or control characters: not a text file.
    InvalidUtf8,     ///< Looks like UTF-8 but has malformed sequences (offset in context).
    InvalidUtf16,    ///< UTF-16 with an unpaired surrogate or an odd last byte (byte offset).
    UnknownEncoding, ///< No supported encoding decodes the bytes cleanly.
    NoReadableText,  ///< Decodes, but holds neither Chinese nor English text.
    SideMismatch,    ///< Two files given, but they are not one Chinese and one English.
    InvalidArgument,
    WriteFailed,
    ConversionUnavailable, ///< OpenCC configuration or data missing.
    FontUnavailable,       ///< A font the PDF export needs is not installed (family in context).
    Cancelled,
    UnsupportedFormat, ///< A known format Duizhao does not read (its name in detail).
    DrmProtected,      ///< Encrypted (DRM, password): the text cannot be read (format in detail).
    MalformedFile,     ///< Not a valid file of its format (format in detail).
    LimitExceeded,     ///< Expands, nests or grows beyond safe limits (which one in detail).
    NoTextLayer,       ///< A PDF of scanned pages: images only, no text to read.
    NewerVersion,      ///< Written by a newer Duizhao (the file's format version in version).
};

/// Why a file could not be written (with ErrorCode::WriteFailed).
enum class WriteFailure
{
    Unknown,
    NoSuchFolder, ///< The folder does not exist, or a part of the path is a file.
    PermissionDenied,
    ReadOnlyFileSystem,
    IsAFolder, ///< The output path names a folder.
    DiskFull,  ///< No space left (or over quota); also /dev/full.
    NameTooLong,
    UnsupportedFile, ///< A socket or block device at the output path: never written or replaced.
    LayoutFailed,    ///< The text could not be laid out (PDF); nothing was written.
    Other,           ///< See Error::systemError.
};

struct Error
{
    Error(ErrorCode errorCode, QString where = {}, qint64 offset = -1, QString what = {})
        : code(errorCode)
        , context(std::move(where))
        , position(offset)
        , detail(std::move(what))
    {}

    ErrorCode code;
    QString context;      ///< A path, an encoding name or a detail; never a sentence.
    qint64 position = -1; ///< Byte or character offset (or a pair's number) where it applies.
    qint64 size = -1;     ///< A file's size in bytes (FileTooLarge), -1 if none.
    qint64 version = -1;  ///< A file's format version (NewerVersion), -1 if none.
    WriteFailure writeFailure = WriteFailure::Unknown;
    int systemError = 0; ///< errno of the failed system call, 0 if none.
    QString detail;      ///< A format name or a limit's identifier; never a sentence.
};

/// A value or an Error (std::expected arrives with C++23). Ignoring one is a compiler warning:
/// an error nobody looked at is an error lost.
template <class T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool hasValue() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Success, or an Error: for operations that have nothing to return.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }

    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

/// FileTooLarge, with the file's size.
Error fileTooLarge(const QString &path, qint64 size);
/// NewerVersion, with the file's format version.
Error newerVersion(qint64 version);

/// Stable English identifier of a code, for logs and JSON (not for users to read).
QString errorCodeName(ErrorCode code);

} // namespace duizhao
