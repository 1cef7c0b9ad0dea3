#pragma once

// The lexicon as flat arrays, built from CC-CEDICT text by the build tool (make-lexicon), which
// writes them to cedict.lex as an image (LexiconImage.h). Compiled into both duizhao_core and
// the tool, so that the tool does not have to link the library whose data it produces.

#include <QByteArray>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace duizhao::lexicon {

/// Strings back to back in one UTF-16 buffer; string i is chars[starts[i], starts[i + 1]).
struct StringTable
{
    std::vector<char16_t> chars;
    std::vector<std::uint32_t> starts{0};

    std::uint32_t size() const { return std::uint32_t(starts.size() - 1); }
    QStringView at(std::uint32_t i) const
    {
        return QStringView(chars.data() + starts[i], qsizetype(starts[i + 1] - starts[i]));
    }
    void append(QStringView text);
};

struct LexiconTables
{
    /// Every headword, Traditional and Simplified, once each, in UTF-16 order.
    StringTable headwords;
    /// Headword i's gloss stems: glossIds[glossStarts[i], glossStarts[i + 1]), ascending ids.
    std::vector<std::uint32_t> glossStarts{0};
    std::vector<std::int32_t> glossIds;
    /// Headword i's syllables: ids into syllables, pinyinIds[pinyinStarts[i], pinyinStarts[i+1]).
    std::vector<std::uint32_t> pinyinStarts{0};
    std::vector<std::uint16_t> pinyinIds;
    /// Open-addressing hash table over headwords (linear probing): headword index + 1, or 0 for
    /// an empty bucket; made by buildIndex().
    std::vector<std::uint32_t> buckets;
    /// English stems, sorted: an id is a position, so lookups are binary searches.
    StringTable english;
    /// Toneless pinyin syllables, sorted.
    StringTable syllables;
    /// In UTF-16 code units; set by buildIndex().
    std::uint32_t longestHeadword = 0;

    /// Fills buckets, so that find() finds every headword, and longestHeadword.
    void buildIndex();
};

/// Builds the tables from CC-CEDICT text (cedict_ts.u8 lines); see LexiconTables.cpp for the
/// gloss rules.
LexiconTables buildFromCedict(QStringView cedictText);

} // namespace duizhao::lexicon
