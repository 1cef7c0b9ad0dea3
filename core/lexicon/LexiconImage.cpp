#include "core/lexicon/LexiconImage.h"

#include "core/lexicon/LexiconTables.h"

#include <QtEndian>

#include <algorithm>
#include <bit>

namespace duizhao::lexicon {

namespace {

constexpr char kMagic[4] = {'D', 'Z', 'L', 'X'};
// 2: arrays on 4-byte boundaries, the hash buckets and the longest headword stored.
constexpr std::uint32_t kFormatVersion = 2;
constexpr qsizetype kHeaderSize = 16;

void appendU32(QByteArray &out, std::uint32_t value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

template <class T>
void appendArray(QByteArray &out, const std::vector<T> &values)
{
    out.append(QByteArray((4 - out.size() % 4) % 4, '\0'));
    appendU32(out, std::uint32_t(values.size()));
    const qsizetype offset = out.size();
    out.resize(offset + qsizetype(values.size() * sizeof(T)));
    qToLittleEndian<T>(values.data(), qsizetype(values.size()), out.data() + offset);
}

class ImageReader
{
public:
    explicit ImageReader(QByteArrayView image)
        : m_image(image)
    {}

    qsizetype position() const { return m_position; }
    bool atEnd() const { return m_position == m_image.size(); }
    void seek(qsizetype position) { m_position = position; }

    template <class T>
    bool readArray(std::span<const T> &values)
    {
        m_position = (m_position + 3) / 4 * 4;
        if (m_image.size() - m_position < 4)
            return false;
        const auto count = qFromLittleEndian<std::uint32_t>(m_image.data() + m_position);
        m_position += 4;
        if (qsizetype(count) > (m_image.size() - m_position) / qsizetype(sizeof(T)))
            return false;
        // The image starts on a 4-byte boundary and every array on one, so the elements are
        // aligned where they lie.
        values = {reinterpret_cast<const T *>(m_image.data() + m_position), count};
        m_position += qsizetype(count * sizeof(T));
        return true;
    }

    bool readStrings(StringSpans &table)
    {
        return readArray(table.chars) && readArray(table.starts) && !table.starts.empty() &&
               table.starts.back() == table.chars.size();
    }

private:
    QByteArrayView m_image;
    qsizetype m_position = 0;
};

// Offsets that index @p values in order, one more than there are entries.
template <class T>
bool areValidStarts(std::span<const std::uint32_t> starts, std::span<const T> values,
                    std::uint32_t count)
{
    return starts.size() == std::size_t(count) + 1 && starts.front() == 0 &&
           std::ranges::is_sorted(starts) && starts.back() == values.size();
}

bool isStrictlySorted(const StringSpans &table)
{
    for (std::uint32_t i = 1; i < table.size(); ++i) {
        if (!(table.at(i - 1) < table.at(i)))
            return false;
    }
    return true;
}

// Every bucket names a headword or is empty, and at least one is empty, which ends every probe.
bool areValidBuckets(std::span<const std::uint32_t> buckets, std::uint32_t headwordCount)
{
    return std::ranges::all_of(buckets, [&](std::uint32_t b) { return b <= headwordCount; }) &&
           std::ranges::find(buckets, 0u) != buckets.end();
}

} // namespace

std::uint32_t headwordHash(QStringView text)
{
    std::uint32_t hash = 2166136261u;
    for (const QChar c : text)
        hash = (hash ^ c.unicode()) * 16777619u;
    return hash;
}

std::int32_t LexiconView::find(QStringView word) const
{
    if (buckets.empty())
        return -1;
    const auto bucketCount = std::uint32_t(buckets.size());
    for (std::uint32_t bucket = headwordHash(word) % bucketCount; buckets[bucket] != 0;
         bucket = (bucket + 1) % bucketCount) {
        const std::uint32_t index = buckets[bucket] - 1;
        if (headwords.at(index) == word)
            return std::int32_t(index);
    }
    return -1;
}

QByteArray serialize(const LexiconTables &tables)
{
    QByteArray out;
    out.append(kMagic, sizeof kMagic);
    appendU32(out, kFormatVersion);
    appendU32(out, tables.longestHeadword);
    appendU32(out, 0);
    appendArray(out, tables.headwords.chars);
    appendArray(out, tables.headwords.starts);
    appendArray(out, tables.glossStarts);
    appendArray(out, tables.glossIds);
    appendArray(out, tables.pinyinStarts);
    appendArray(out, tables.pinyinIds);
    appendArray(out, tables.buckets);
    appendArray(out, tables.english.chars);
    appendArray(out, tables.english.starts);
    appendArray(out, tables.syllables.chars);
    appendArray(out, tables.syllables.starts);
    return out;
}

std::optional<LexiconView> readImage(QByteArrayView image, ImageCheck check, qint64 *errorOffset)
{
    const auto fail = [&](qsizetype offset) -> std::optional<LexiconView> {
        if (errorOffset)
            *errorOffset = offset;
        return std::nullopt;
    };
    // The elements are used where they lie, so they must already be in the machine's order.
    if constexpr (std::endian::native != std::endian::little)
        return fail(0);
    if (image.size() < kHeaderSize || !image.startsWith(QByteArrayView(kMagic, sizeof kMagic)))
        return fail(0);
    if (qFromLittleEndian<std::uint32_t>(image.data() + 4) != kFormatVersion)
        return fail(4);
    if (reinterpret_cast<quintptr>(image.data()) % 4 != 0)
        return fail(0);

    LexiconView v;
    v.longestHeadword = qFromLittleEndian<std::uint32_t>(image.data() + 8);
    ImageReader in(image);
    in.seek(kHeaderSize);
    const bool read = in.readStrings(v.headwords) && in.readArray(v.glossStarts) &&
                      in.readArray(v.glossIds) && in.readArray(v.pinyinStarts) &&
                      in.readArray(v.pinyinIds) && in.readArray(v.buckets) &&
                      in.readStrings(v.english) && in.readStrings(v.syllables) && in.atEnd();
    if (!read)
        return fail(in.position());
    const std::uint32_t count = v.headwords.size();
    // Sizes only: what every lookup relies on before it reads an element.
    const bool laidOut = v.glossStarts.size() == std::size_t(count) + 1 &&
                         v.pinyinStarts.size() == std::size_t(count) + 1 &&
                         v.buckets.size() > count;
    if (!laidOut)
        return fail(image.size());
    if (check == ImageCheck::Layout)
        return v;
    const auto startsOk = [](const StringSpans &table) {
        return table.starts.front() == 0 && std::ranges::is_sorted(table.starts);
    };
    const bool consistent =
        startsOk(v.headwords) && startsOk(v.english) && startsOk(v.syllables) &&
        areValidStarts(v.glossStarts, v.glossIds, count) &&
        areValidStarts(v.pinyinStarts, v.pinyinIds, count) &&
        std::ranges::all_of(
            v.glossIds,
            [&](std::int32_t id) { return id >= 0 && std::uint32_t(id) < v.english.size(); }) &&
        std::ranges::all_of(v.pinyinIds,
                            [&](std::uint16_t id) { return id < v.syllables.size(); }) &&
        areValidBuckets(v.buckets, count) && isStrictlySorted(v.english);
    if (!consistent)
        return fail(image.size());
    // The longest headword bounds longest-match splitting.
    std::uint32_t longest = 0;
    for (std::uint32_t i = 0; i < count; ++i)
        longest = std::max(longest, std::uint32_t(v.headwords.at(i).size()));
    if (longest != v.longestHeadword)
        return fail(8);
    return v;
}

} // namespace duizhao::lexicon
