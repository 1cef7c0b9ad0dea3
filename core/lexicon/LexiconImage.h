#pragma once

// The cedict.lex image: the lexicon's tables laid out so that they are used where they lie, in
// the executable's read-only data or in a file read into memory, with no decompression, copying
// or index building at start-up.
//
// Little-endian. A 16-byte header (magic "DZLX", version, longest headword, zero), then each
// array as its length (u32) and its elements, every length on a 4-byte boundary: headword
// characters and starts, gloss starts and ids, pinyin starts and ids, hash buckets, English stem
// characters and starts, syllable characters and starts.

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <span>

namespace duizhao::lexicon {

struct LexiconTables;

/// Strings back to back: string i is chars[starts[i], starts[i + 1]).
struct StringSpans
{
    std::span<const char16_t> chars;
    std::span<const std::uint32_t> starts;

    std::uint32_t size() const { return starts.empty() ? 0 : std::uint32_t(starts.size() - 1); }
    QStringView at(std::uint32_t i) const
    {
        return QStringView(chars.data() + starts[i], qsizetype(starts[i + 1] - starts[i]));
    }
};

/// Read-only views of the tables (see LexiconTables for what each holds).
struct LexiconView
{
    StringSpans headwords;
    std::span<const std::uint32_t> glossStarts;
    std::span<const std::int32_t> glossIds;
    std::span<const std::uint32_t> pinyinStarts;
    std::span<const std::uint16_t> pinyinIds;
    std::span<const std::uint32_t> buckets;
    StringSpans english;
    StringSpans syllables;
    std::uint32_t longestHeadword = 0;

    /// Index of @p word in headwords, or -1.
    std::int32_t find(QStringView word) const;
};

/// How much of an image readImage() checks.
enum class ImageCheck
{
    /// Every offset, id and bucket, so that a damaged file cannot make a lookup read out of
    /// bounds: for files.
    Everything,
    /// The layout only: for the image built into the executable, which cannot be damaged apart
    /// from it and whose pages should not all be touched at start-up.
    Layout,
};

/// The image of @p tables.
QByteArray serialize(const LexiconTables &tables);
/// Views into @p image, which must outlive them and start on a 4-byte boundary; nullopt when it
/// is truncated, misaligned, of another version or inconsistent. @p errorOffset receives the
/// byte offset where reading failed.
std::optional<LexiconView> readImage(QByteArrayView image, ImageCheck check,
                                     qint64 *errorOffset = nullptr);

/// FNV-1a over UTF-16 code units, the hash of the buckets.
std::uint32_t headwordHash(QStringView text);

} // namespace duizhao::lexicon
