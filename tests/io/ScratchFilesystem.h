#pragma once

// Test helpers for the places a write can fail: a tiny tmpfs that fills up, a read-only mount,
// FIFOs and device nodes. Mounting needs root (as here and in CI); tests QSKIP when it fails.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace duizhao::testing {

/// A tmpfs of a few KiB mounted on a temporary folder, unmounted when destroyed.
class ScratchFilesystem
{
public:
    explicit ScratchFilesystem(qint64 bytes)
    {
        if (!m_dir.isValid())
            return;
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0,
                            options.constData()) == 0;
    }
    ~ScratchFilesystem()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    ScratchFilesystem(const ScratchFilesystem &) = delete;
    ScratchFilesystem &operator=(const ScratchFilesystem &) = delete;

    bool isMounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }

    /// Makes the mount read-only (root ignores permission bits, not a read-only mount).
    bool makeReadOnly()
    {
        return m_mounted && ::mount(nullptr, QFile::encodeName(m_dir.path()).constData(), nullptr,
                                    MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

/// The names in @p dir, hidden ones included: a failed write leaves no temporary file behind.
inline QStringList folderEntries(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

inline mode_t fileType(const QString &path)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & S_IFMT;
}

/// A character device node like /dev/null (1, 3) or /dev/full (1, 7), made by mknod (root).
inline bool makeCharacterDevice(const QString &path, unsigned minor)
{
    return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0;
}

} // namespace duizhao::testing
