#pragma once

#include "core/io/Error.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace duizhao {

/// Safe limits for reading an archive: an entry or the whole may not expand beyond them, whatever
/// its headers claim (zip bombs).
struct ArchiveLimits
{
    qint64 maxEntryBytes = 64 * 1024 * 1024;
    qint64 maxTotalBytes = 256 * 1024 * 1024;
    int maxEntries = 20000;
};

/// A ZIP archive in memory (EPUB, DOCX and ODT are ZIPs), read through libzip. Entries are
/// read with their real expanded size counted, so a lying header cannot exhaust memory.
class ZipArchive
{
public:
    /// Opens the archive; MalformedFile (detail @p format) when it is not a readable ZIP.
    static Result<std::shared_ptr<ZipArchive>> open(const QByteArray &bytes, const QString &format,
                                                    const ArchiveLimits &limits = {});
    ~ZipArchive();

    QStringList names() const;
    bool contains(const QString &name) const;
    /// An entry's bytes. Missing entries are MalformedFile; encrypted ones DrmProtected; entries
    /// growing past the limits LimitExceeded.
    Result<QByteArray> read(const QString &name);

private:
    struct State;
    explicit ZipArchive(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace duizhao
