#pragma once

#include "core/io/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace duizhao {

/// The one way Duizhao writes a user's file: every exporter, and so both front ends.
///
/// - A regular file (or a new one) is replaced atomically: the bytes go to a temporary file in
///   the same folder, every write, the fsync and the close are checked, and only then is it
///   renamed over the old file, whose permissions it keeps. On failure the old file is exactly as
///   it was and no temporary file is left behind.
/// - A FIFO or character device at the path is written as a stream, never replaced (a FIFO must
///   get a reader within a few seconds); a socket or block device is refused.
/// - Failure is Error{WriteFailed, path} with a WriteFailure reason and the errno.
Result<QStringList> writeFileSafely(const QString &path, const QByteArray &bytes);

/// Files that belong together (Moses OUT.zh and OUT.en): all of them are written, or none of the
/// old files changes. Every file is first written in full to a temporary file; only then are they
/// renamed into place, each old file kept as a hard-link backup until the whole set is in place,
/// so that a failed rename puts back the files already replaced.
class FileSetWriter
{
public:
    void add(const QString &path, const QByteArray &bytes);
    /// The paths written, in the order added.
    Result<QStringList> commit();

private:
    Result<QStringList> commitEntries();

    struct Entry
    {
        QString path;
        QByteArray bytes;
    };
    QList<Entry> m_entries;
};

} // namespace duizhao
