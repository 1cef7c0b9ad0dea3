#include "core/io/SafeFile.h"

#include "core/io/Logging.h"

#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace duizhao {

namespace {

// A FIFO with no reader yet: how long to wait for one before saying nobody reads it.
constexpr auto FifoReaderWait = std::chrono::seconds(5);
constexpr auto FifoPollInterval = std::chrono::milliseconds(50);

// Temporary names are ".NAME.XXXXXXXX.tmp" next to the target; NAME is cut so that they stay
// within the file system's name limit.
constexpr qsizetype MaxNameInTemporary = 120;

WriteFailure failureFor(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return WriteFailure::NoSuchFolder;
    case EACCES:
    case EPERM:
        return WriteFailure::PermissionDenied;
    case EROFS:
        return WriteFailure::ReadOnlyFileSystem;
    case EISDIR:
        return WriteFailure::IsAFolder;
    case ENOSPC:
    case EDQUOT:
        return WriteFailure::DiskFull;
    case ENAMETOOLONG:
        return WriteFailure::NameTooLong;
    case ENXIO:
    case ENODEV:
        return WriteFailure::UnsupportedFile;
    default:
        return WriteFailure::Other;
    }
}

Error writeError(const QString &path, WriteFailure failure, int systemError = 0)
{
    Error error{ErrorCode::WriteFailed, path};
    error.writeFailure = failure;
    error.systemError = systemError;
    return error;
}

Error writeError(const QString &path, int systemError)
{
    return writeError(path, failureFor(systemError), systemError);
}

/// Writes all of @p bytes, resuming after signals and short writes; errno on failure, else 0.
int writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (written == 0)
            return EIO;
        data += written;
        left -= written;
    }
    return 0;
}

/// close() that reports its error (NFS and some file systems report write errors only here).
int closeChecked(int fd)
{
    return ::close(fd) == 0 || errno == EINTR ? 0 : errno;
}

/// One file of a set, from its stat to its commit.
struct Target
{
    QString path;      ///< As given, for messages.
    QByteArray native; ///< Symbolic links followed: the file actually replaced.
    QByteArray temporary;
    QByteArray backup;
    bool stream = false;
    bool existed = false;
    struct stat old = {};
};

QByteArray folderOf(const QByteArray &native)
{
    const qsizetype slash = native.lastIndexOf('/');
    if (slash < 0)
        return QByteArrayLiteral(".");
    return slash == 0 ? QByteArrayLiteral("/") : native.left(slash);
}

QByteArray siblingName(const QByteArray &native, const char *suffix)
{
    const qsizetype slash = native.lastIndexOf('/');
    const QByteArray name = native.mid(slash + 1).left(MaxNameInTemporary);
    const QByteArray random =
        QByteArray::number(QRandomGenerator::global()->generate(), 36).rightJustified(7, '0');
    return native.left(slash + 1) + '.' + name + '.' + random + suffix;
}

/// Looks at what is at the path; an Error for what must not be written.
Result<void> inspect(Target &target)
{
    target.native = QFile::encodeName(target.path);
    struct stat link = {};
    if (::lstat(target.native.constData(), &link) == 0 && S_ISLNK(link.st_mode)) {
        // Replace the file the link points to, not the link (a dangling link is replaced).
        if (char *resolved = ::realpath(target.native.constData(), nullptr)) {
            target.native = resolved;
            std::free(resolved);
        }
    }
    if (::stat(target.native.constData(), &target.old) != 0) {
        if (errno == ENOENT)
            return {}; // A new file; a missing folder shows when creating it.
        return writeError(target.path, errno);
    }
    target.existed = true;
    const mode_t type = target.old.st_mode & S_IFMT;
    if (type == S_IFDIR)
        return writeError(target.path, EISDIR);
    if (type == S_IFIFO || type == S_IFCHR)
        target.stream = true;
    else if (type != S_IFREG)
        return writeError(target.path, WriteFailure::UnsupportedFile);
    return {};
}

/// Writes the bytes to a new temporary file beside the target, checked to the last byte.
Result<void> writeTemporary(Target &target, const QByteArray &bytes)
{
    const mode_t mode = target.existed ? (target.old.st_mode & 07777) : 0666;
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        target.temporary = siblingName(target.native, ".tmp");
        fd = ::open(target.temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        const int error = errno;
        target.temporary.clear();
        return writeError(target.path, error);
    }
    if (target.existed) {
        // Keep the old file's permissions (the umask applied to open's mode) and, for root,
        // its owner; neither is worth failing the write over.
        [[maybe_unused]] const int modeKept = ::fchmod(fd, mode);
        if (target.old.st_uid != ::geteuid()) {
            [[maybe_unused]] const int ownerKept =
                ::fchown(fd, target.old.st_uid, target.old.st_gid);
        }
    }
    int error = writeAll(fd, bytes);
    if (error == 0 && ::fsync(fd) != 0 && errno != EINVAL)
        error = errno;
    const int closeError = closeChecked(fd);
    if (error == 0)
        error = closeError;
    if (error != 0) {
        ::unlink(target.temporary.constData());
        target.temporary.clear();
        return writeError(target.path, error);
    }
    return {};
}

/// Opens a FIFO or device for writing without creating or truncating anything. A FIFO without a
/// reader is waited for a little, then refused, so that an export never hangs for good.
int openStream(const Target &target, int &error)
{
    const auto deadline = std::chrono::steady_clock::now() + FifoReaderWait;
    for (;;) {
        const int fd =
            ::open(target.native.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        if (fd >= 0) {
            const int flags = ::fcntl(fd, F_GETFL);
            if (flags >= 0)
                ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
            return fd;
        }
        error = errno;
        if (error == EINTR)
            continue;
        if (error != ENXIO || !S_ISFIFO(target.old.st_mode) ||
            std::chrono::steady_clock::now() > deadline)
            return -1;
        std::this_thread::sleep_for(FifoPollInterval);
    }
}

Result<void> writeStream(const Target &target, const QByteArray &bytes)
{
    int error = 0;
    const int fd = openStream(target, error);
    if (fd < 0)
        return writeError(target.path, error);
    error = writeAll(fd, bytes);
    const int closeError = closeChecked(fd);
    if (error == 0)
        error = closeError;
    if (error != 0)
        return writeError(target.path, error);
    return {};
}

void removeTemporaries(QList<Target> &targets)
{
    for (Target &target : targets) {
        if (!target.temporary.isEmpty())
            ::unlink(target.temporary.constData());
        target.temporary.clear();
        if (!target.backup.isEmpty())
            ::unlink(target.backup.constData());
        target.backup.clear();
    }
}

/// A hard link to the old file, so that it can be put back if a later rename of the set fails.
void keepBackup(Target &target)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        target.backup = siblingName(target.native, ".bak");
        if (::link(target.native.constData(), target.backup.constData()) == 0)
            return;
        if (errno != EEXIST)
            break;
    }
    target.backup.clear(); // No hard links here: this file cannot be put back.
}

/// Undoes the renames of targets [0, count): old files back from their backups, new ones removed.
void rollBack(QList<Target> &targets, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        Target &target = targets[i];
        if (target.stream)
            continue;
        if (!target.backup.isEmpty()) {
            if (::rename(target.backup.constData(), target.native.constData()) == 0)
                target.backup.clear();
        } else if (!target.existed) {
            ::unlink(target.native.constData());
        }
    }
}

void syncFolder(const QByteArray &native)
{
    const int fd = ::open(folderOf(native).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Result<QStringList> writeFileSafely(const QString &path, const QByteArray &bytes)
{
    FileSetWriter writer;
    writer.add(path, bytes);
    return writer.commit();
}

void FileSetWriter::add(const QString &path, const QByteArray &bytes)
{
    m_entries.append({path, bytes});
}

Result<QStringList> FileSetWriter::commit()
{
    Result<QStringList> written = commitEntries();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (written)
            qCDebug(lcWrite, "%s: %lld bytes written", qUtf8Printable(entry.path),
                    qlonglong(entry.bytes.size()));
        else
            qCDebug(lcWrite, "%s: not written (%s: failure %d, errno %d)",
                    qUtf8Printable(entry.path), qUtf8Printable(written.error().context),
                    int(written.error().writeFailure), written.error().systemError);
    }
    return written;
}

Result<QStringList> FileSetWriter::commitEntries()
{
    QList<Target> targets;
    QStringList paths;
    for (const Entry &entry : m_entries) {
        Target target;
        target.path = entry.path;
        if (const Result<void> inspected = inspect(target); !inspected)
            return inspected.error();
        targets.append(target);
        paths.append(entry.path);
    }
    // Every regular file written in full first, then the streams (which cannot be undone).
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (targets[i].stream)
            continue;
        if (const Result<void> written = writeTemporary(targets[i], m_entries.at(i).bytes);
            !written) {
            removeTemporaries(targets);
            return written.error();
        }
    }
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (!targets[i].stream)
            continue;
        if (const Result<void> written = writeStream(targets[i], m_entries.at(i).bytes); !written) {
            removeTemporaries(targets);
            return written.error();
        }
    }
    // A single rename is atomic by itself; a set keeps backups to undo the renames before it.
    qsizetype regularFiles = 0;
    for (const Target &target : targets)
        regularFiles += target.stream ? 0 : 1;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        Target &target = targets[i];
        if (target.stream)
            continue;
        if (regularFiles > 1 && target.existed)
            keepBackup(target);
        if (::rename(target.temporary.constData(), target.native.constData()) != 0) {
            const int error = errno;
            rollBack(targets, i);
            removeTemporaries(targets);
            return writeError(target.path, error);
        }
        target.temporary.clear();
    }
    removeTemporaries(targets); // Only the backups are left.
    for (const Target &target : targets) {
        if (!target.stream)
            syncFolder(target.native);
    }
    return paths;
}

} // namespace duizhao
