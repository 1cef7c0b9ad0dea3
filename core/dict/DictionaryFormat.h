#pragma once

// The layout of cedict.dict, the reading dictionary: written by duizhao-make-dictionary at build
// time, read in place by Dictionary (no parsing at start-up). All integers are 32-bit in the
// byte order of the build machine; strings are UTF-16 in one pool, each one a length unit
// followed by its code units, so that lookups compare QStringViews straight into the table.

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace duizhao::dict {

inline constexpr char formatMagic[8] = {'D', 'Z', 'D', 'I', 'C', 'T', '0', '1'};

struct FileHeader
{
    char magic[8];
    std::uint32_t entryCount;
    std::uint32_t keyCount;
    std::uint32_t englishCount;
    std::uint32_t maxKeyLength; ///< Longest headword, in UTF-16 units.
    std::uint32_t entriesOffset;
    std::uint32_t keysOffset;
    std::uint32_t englishOffset;
    std::uint32_t stringsOffset;
    std::uint32_t stringsUnits; ///< Size of the string pool in UTF-16 units.
};

/// One CC-CEDICT line. Each field is an offset into the string pool.
struct EntryRecord
{
    std::uint32_t traditional;
    std::uint32_t simplified;
    std::uint32_t pinyin;  ///< Numbered, as in CC-CEDICT: "kai1 fa1".
    std::uint32_t glosses; ///< Glosses joined by '/', as in CC-CEDICT.
};

/// A headword (Traditional or Simplified) → an entry; sorted by headword, then entry.
struct KeyRecord
{
    std::uint32_t key;
    std::uint32_t entry;
};

/// A stemmed English gloss word → an entry, best first; sorted by word, then rank.
struct EnglishRecord
{
    std::uint32_t word;
    std::uint32_t entry;
    std::uint32_t rank;
};

/// Builds the whole file from CC-CEDICT text (cedict_ts.u8). Empty when no entry was found.
QByteArray buildDictionaryFile(const QString &cedictText, QString *summary = nullptr);

} // namespace duizhao::dict
