#include "core/dict/DictionaryFormat.h"
#include "core/text/EnglishStemmer.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <vector>

namespace duizhao::dict {

namespace {

/// The UTF-16 string pool; equal strings are stored once.
class StringPool
{
public:
    std::uint32_t add(const QString &text)
    {
        const auto found = m_offsets.constFind(text);
        if (found != m_offsets.constEnd())
            return *found;
        const auto offset = std::uint32_t(m_units.size());
        m_units.push_back(char16_t(std::min<qsizetype>(text.size(), 0xFFFF)));
        for (qsizetype i = 0; i < text.size() && i < 0xFFFF; ++i)
            m_units.push_back(text.at(i).unicode());
        m_offsets.insert(text, offset);
        return offset;
    }
    QStringView at(std::uint32_t offset) const
    {
        return QStringView(m_units.data() + offset + 1, qsizetype(m_units[offset]));
    }
    const std::vector<char16_t> &units() const { return m_units; }

private:
    std::vector<char16_t> m_units;
    QHash<QString, std::uint32_t> m_offsets;
};

bool isCrossReference(const QString &glosses)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(surname |(old |archaic |Japanese )?variant of |see |used in |abbr\\. for )"));
    return pattern.match(glosses).hasMatch();
}

/// Ranks every stemmed gloss word of one entry: a sense that is just the word ("to develop")
/// first, then short senses, earlier glosses, entries with few senses, two-character words;
/// words only in parenthetical remarks, then cross-references, last.
void addEnglishWords(const EnglishStemmer &stemmer, const QStringList &glosses,
                     qsizetype headwordLength, std::uint32_t entry, StringPool &pool,
                     std::vector<EnglishRecord> &records)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    static const QRegularExpression parenthesis(QStringLiteral("\\([^)]*\\)"));
    QHash<QString, std::uint32_t> best;
    const bool crossReference = !glosses.isEmpty() && isCrossReference(glosses.first());
    // Without frequencies, an entry with few senses is the better guess, and so is a word of two
    // characters: single characters with the same gloss are mostly literary.
    qsizetype senseCount = 0;
    for (const QString &gloss : glosses)
        senseCount += gloss.count(QLatin1Char(';')) + 1;
    const std::uint32_t lengthPenalty =
        headwordLength == 1 ? 3 : std::uint32_t(std::min<qsizetype>(headwordLength - 2, 6));
    for (qsizetype g = 0; g < glosses.size(); ++g) {
        for (const QString &sense : glosses.at(g).split(QLatin1Char(';'))) {
            for (int inside = 0; inside < 2; ++inside) {
                // Pass 0: the sense without its parenthetical remarks; pass 1: the remarks.
                QString text = sense;
                if (inside == 0) {
                    text.remove(parenthesis);
                } else {
                    QStringList remarks;
                    for (auto it = parenthesis.globalMatch(sense); it.hasNext();)
                        remarks << it.next().captured();
                    text = remarks.join(QLatin1Char(' '));
                }
                QStringList stems;
                for (auto it = word.globalMatch(text); it.hasNext();) {
                    const QString lower = it.next().captured().toLower();
                    if (!EnglishStemmer::isStopWord(lower))
                        stems << stemmer.stem(lower);
                }
                for (const QString &stem : stems) {
                    std::uint32_t rank =
                        std::uint32_t(stems.size() == 1 ? 0 : stems.size()) * 1000 +
                        std::uint32_t(std::min<qsizetype>(g, 9)) * 100 +
                        std::uint32_t(std::min<qsizetype>(senseCount - 1, 9)) * 10 + lengthPenalty;
                    if (inside)
                        rank += 20000;
                    if (crossReference)
                        rank += 50000;
                    auto found = best.find(stem);
                    if (found == best.end())
                        best.insert(stem, rank);
                    else
                        *found = std::min(*found, rank);
                }
            }
        }
    }
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        records.push_back({pool.add(it.key()), entry, it.value()});
}

template <typename T>
void appendRecords(QByteArray &file, const std::vector<T> &records)
{
    file.append(reinterpret_cast<const char *>(records.data()),
                qsizetype(records.size()) * qsizetype(sizeof(T)));
}

} // namespace

QByteArray buildDictionaryFile(const QString &cedictText, QString *summary)
{
    // 開發 开发 [kai1 fa1] /to exploit (a resource); to open up (for development); to develop/
    static const QRegularExpression line(
        QStringLiteral("^(\\S+) (\\S+) \\[([^\\]]*)\\] /(.*)/\\s*$"));
    const EnglishStemmer stemmer;
    StringPool pool;
    std::vector<EntryRecord> entries;
    std::vector<KeyRecord> keys;
    std::vector<EnglishRecord> english;
    std::uint32_t maxKeyLength = 0;

    for (QStringView text : QStringView(cedictText).split(QLatin1Char('\n'))) {
        if (text.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch match = line.match(text.toString());
        if (!match.hasMatch())
            continue;
        const QString traditional = match.captured(1);
        const QString simplified = match.captured(2);
        const QString glossText = match.captured(4);
        const auto entry = std::uint32_t(entries.size());
        entries.push_back({pool.add(traditional), pool.add(simplified), pool.add(match.captured(3)),
                           pool.add(glossText)});
        keys.push_back({entries.back().traditional, entry});
        if (simplified != traditional)
            keys.push_back({entries.back().simplified, entry});
        maxKeyLength = std::max(
            {maxKeyLength, std::uint32_t(traditional.size()), std::uint32_t(simplified.size())});
        QStringList glosses = glossText.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        glosses.removeIf([](const QString &g) { return g.startsWith(QLatin1String("CL:")); });
        addEnglishWords(stemmer, glosses, traditional.size(), entry, pool, english);
    }
    if (entries.empty())
        return {};

    std::sort(keys.begin(), keys.end(), [&](const KeyRecord &a, const KeyRecord &b) {
        const int order = pool.at(a.key).compare(pool.at(b.key));
        return order != 0 ? order < 0 : a.entry < b.entry;
    });
    std::sort(english.begin(), english.end(), [&](const EnglishRecord &a, const EnglishRecord &b) {
        const int order = pool.at(a.word).compare(pool.at(b.word));
        if (order != 0)
            return order < 0;
        return a.rank != b.rank ? a.rank < b.rank : a.entry < b.entry;
    });

    FileHeader header{};
    std::memcpy(header.magic, formatMagic, sizeof formatMagic);
    header.entryCount = std::uint32_t(entries.size());
    header.keyCount = std::uint32_t(keys.size());
    header.englishCount = std::uint32_t(english.size());
    header.maxKeyLength = maxKeyLength;
    header.entriesOffset = sizeof(FileHeader);
    header.keysOffset = header.entriesOffset + std::uint32_t(entries.size() * sizeof(EntryRecord));
    header.englishOffset = header.keysOffset + std::uint32_t(keys.size() * sizeof(KeyRecord));
    header.stringsOffset =
        header.englishOffset + std::uint32_t(english.size() * sizeof(EnglishRecord));
    header.stringsUnits = std::uint32_t(pool.units().size());

    QByteArray file(reinterpret_cast<const char *>(&header), sizeof header);
    appendRecords(file, entries);
    appendRecords(file, keys);
    appendRecords(file, english);
    appendRecords(file, pool.units());
    if (summary) {
        *summary = QStringLiteral("%1 entries, %2 headword keys, %3 English postings, %4 bytes")
                       .arg(entries.size())
                       .arg(keys.size())
                       .arg(english.size())
                       .arg(file.size());
    }
    return file;
}

} // namespace duizhao::dict
