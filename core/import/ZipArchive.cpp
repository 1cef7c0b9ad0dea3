#include "core/import/ZipArchive.h"

#include <zip.h>

namespace duizhao {

struct ZipArchive::State
{
    QByteArray bytes; // libzip reads from this buffer: it must outlive the archive.
    zip_t *archive = nullptr;
    QString format;
    ArchiveLimits limits;
    qint64 bytesRead = 0;
    QStringList names;
};

ZipArchive::ZipArchive(std::unique_ptr<State> state)
    : m_state(std::move(state))
{}

ZipArchive::~ZipArchive()
{
    if (m_state->archive)
        zip_discard(m_state->archive);
}

Result<std::shared_ptr<ZipArchive>> ZipArchive::open(const QByteArray &bytes, const QString &format,
                                                     const ArchiveLimits &limits)
{
    auto state = std::make_unique<State>();
    state->bytes = bytes;
    state->format = format;
    state->limits = limits;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(state->bytes.constData(),
                                                    zip_uint64_t(state->bytes.size()), 0, &error);
    if (source)
        state->archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (!state->archive) {
        if (source)
            zip_source_free(source);
        return Error{ErrorCode::MalformedFile, {}, -1, format};
    }
    const zip_int64_t count = zip_get_num_entries(state->archive, 0);
    if (count > limits.maxEntries) {
        zip_discard(state->archive);
        return Error{ErrorCode::LimitExceeded, {}, count, QStringLiteral("zip-entries")};
    }
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(state->archive, zip_uint64_t(i), 0))
            state->names.append(QString::fromUtf8(name));
    }
    return std::shared_ptr<ZipArchive>(new ZipArchive(std::move(state)));
}

QStringList ZipArchive::names() const
{
    return m_state->names;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_state->names.contains(name);
}

Result<QByteArray> ZipArchive::read(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = zip_name_locate(m_state->archive, utf8.constData(), 0);
    if (index < 0)
        return Error{ErrorCode::MalformedFile, {}, -1, m_state->format};
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_state->archive, zip_uint64_t(index), 0, &stat) != 0)
        return Error{ErrorCode::MalformedFile, {}, -1, m_state->format};
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return Error{ErrorCode::DrmProtected, {}, -1, m_state->format};
    const ArchiveLimits &limits = m_state->limits;
    if ((stat.valid & ZIP_STAT_SIZE) && qint64(stat.size) > limits.maxEntryBytes)
        return Error{
            ErrorCode::LimitExceeded, {}, qint64(stat.size), QStringLiteral("zip-entry-size")};
    zip_file_t *file = zip_fopen_index(m_state->archive, zip_uint64_t(index), 0);
    if (!file)
        return Error{ErrorCode::MalformedFile, {}, -1, m_state->format};
    QByteArray content;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t got = zip_fread(file, buffer, sizeof buffer);
        if (got < 0) {
            zip_fclose(file);
            return Error{ErrorCode::MalformedFile, {}, -1, m_state->format};
        }
        if (got == 0)
            break;
        // Count what really comes out, not what the header claims.
        m_state->bytesRead += got;
        if (content.size() + got > limits.maxEntryBytes ||
            m_state->bytesRead > limits.maxTotalBytes) {
            zip_fclose(file);
            return Error{
                ErrorCode::LimitExceeded, {}, m_state->bytesRead, QStringLiteral("zip-expansion")};
        }
        content.append(buffer, qsizetype(got));
    }
    zip_fclose(file);
    return content;
}

} // namespace duizhao
