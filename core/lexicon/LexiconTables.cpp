#include "core/lexicon/LexiconTables.h"

#include "core/lexicon/LexiconImage.h"
#include "core/text/EnglishStemmer.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <utility>

// How a CC-CEDICT entry becomes lexicon data.
//
// Headwords: every entry is indexed under its Traditional and its Simplified form. Entries that
// share a headword (several readings, e.g. 會 hui4 and kuai4) are merged: their gloss stems are
// pooled, and the pinyin is the first entry's in file order.
//
// Pinyin: the [...] field split on spaces, one syllable per character, lower-cased ("Xi2" →
// "xi"), tone digits removed, and "u:" (CEDICT's spelling of ü) written "v", as pinyin input
// methods do: 女 [nu:3] → "nv". Syllables stay ASCII and 女 nv never collides with 努 nu.
//
// Glosses: the /-separated field, each gloss processed on its own:
//  1. Text in parentheses is removed, nested or not. CEDICT puts usage labels and context there
//     ("(coll.)", "(Tw)", "(of a meeting)", "(bound form)", "(1953–)"), and those words do not
//     translate the headword: keeping them would add noise that the aligner counts as evidence.
//     Pinyin in brackets ("[hui3]") is removed as well.
//  2. Cross-references and usage notes carry no English of their own and are dropped whole:
//     classifiers ("CL:個|个[ge4]"), variants ("variant of", "old variant of", "Japanese variant
//     of"), "see (also) 會議", "used in 自個兒", "used in names", pronunciation notes ("Taiwan
//     pr. [hui3]"), "also written 噢", "same as X", "old name for X". A headword that is a
//     "variant of X" or "same as X" instead receives X's stems (台灣 → 臺灣 "Taiwan"), one level
//     deep, when X is in the dictionary.
//  3. The rest is folded to ASCII (NFKD, accents dropped: "Pokémon" → "pokemon"), lower-cased
//     and split into words of letters a–z; hyphens, digits and Chinese characters separate words
//     ("bye-bye" → "bye"), apostrophes inside a word stay ("one's"). Capitalised names are
//     kept like any word ("Xi Jinping" → "xi", "jinping"; "surname Xi" → "xi").
//  4. One-letter words and stop words (EnglishStemmer::isStopWord: articles, pronouns, "sb",
//     "sth", "variant", "surname" …) are dropped; the rest is stemmed with Snowball English, and a
//     word whose stem is itself a stop word ("variants" → "variant") is dropped too.
//  5. A headword's stems are deduplicated and stored as ascending ids into the vocabulary.

namespace duizhao::lexicon {

namespace {

// Removes (…) and [...] spans (ASCII or full-width parentheses, nesting allowed).
QString withoutBracketed(QStringView gloss)
{
    QString out;
    out.reserve(gloss.size());
    int parens = 0;
    bool inSquare = false;
    for (const QChar c : gloss) {
        if (c == u'(' || c == u'\uFF08') {
            ++parens;
        } else if (c == u')' || c == u'\uFF09') {
            parens = std::max(parens - 1, 0);
            out += u' ';
        } else if (c == u'[') {
            inSquare = true;
        } else if (c == u']') {
            inSquare = false;
            out += u' ';
        } else if (parens == 0 && !inSquare) {
            out += c;
        }
    }
    return out.trimmed();
}

// Glosses that only point at another headword, or describe usage, pronunciation or spelling.
bool isCrossReference(const QString &gloss)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:CL:|(?:\S+\s+){0,3}variant of\b|see\s+(?:also\s+)?[^\sa-z])"
                       R"(|used (?:in|as|for|to|before|after|with|between|at|when|on)\b)"
                       R"(|(?:\S+\s+)?pr\.|also written\b)"
                       R"(|(?:same as|equivalent to|(?:old|former) name (?:for|of))\s+[^\sa-z]))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(gloss).hasMatch();
}

// The headword that a "variant of X" or "same as X" gloss names (its Traditional form), or an
// empty string.
QString variantTarget(const QString &gloss)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:\S+\s+){0,3}(?:variant of|same as)\s+([^\s|,;a-z]+))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = pattern.match(gloss);
    return match.hasMatch() ? match.captured(1) : QString();
}

// Lower-case ASCII words of a gloss (rule 3 above).
QStringList glossWords(const QString &gloss)
{
    QStringList words;
    QString word;
    const QString folded = gloss.normalized(QString::NormalizationForm_KD);
    const auto finishWord = [&] {
        while (word.endsWith(u'\''))
            word.chop(1);
        if (word.size() > 1)
            words.append(word);
        word.clear();
    };
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const char16_t c = folded.at(i).toLower().unicode();
        if (c >= u'a' && c <= u'z')
            word += QChar(c);
        else if ((c == u'\'' || c == u'\u2019') && !word.isEmpty())
            word += u'\'';
        else if (folded.at(i).category() != QChar::Mark_NonSpacing)
            finishWord();
    }
    finishWord();
    return words;
}

QStringList pinyinSyllables(QStringView field)
{
    QStringList syllables;
    for (const QStringView token : field.split(u' ', Qt::SkipEmptyParts)) {
        QString syllable = token.toString().toLower();
        syllable.replace(QStringLiteral("u:"), QStringLiteral("v"));
        syllable.replace(u'\u00FC', u'v');
        while (syllable.size() > 1 && syllable.back().isDigit())
            syllable.chop(1);
        syllables.append(syllable);
    }
    return syllables;
}

class GlossStemmer
{
public:
    // Appends the stems of one gloss field ("/a/b/c/") to @p stems, and the headwords that its
    // variant glosses refer to to @p variantOf.
    void addStems(QStringView glossField, QStringList &stems, QStringList &variantOf)
    {
        for (const QStringView gloss : glossField.split(u'/', Qt::SkipEmptyParts)) {
            const QString text = withoutBracketed(gloss);
            if (text.isEmpty())
                continue;
            if (isCrossReference(text)) {
                if (const QString target = variantTarget(text); !target.isEmpty())
                    variantOf.append(target);
                continue;
            }
            for (const QString &word : glossWords(text)) {
                const QString stemmed = stem(word);
                if (!stemmed.isEmpty())
                    stems.append(stemmed);
            }
        }
    }

private:
    // Empty for stop words; cached because the same few thousand words recur.
    QString stem(const QString &word)
    {
        const auto it = m_cache.constFind(word);
        if (it != m_cache.cend())
            return *it;
        QString stemmed;
        if (!EnglishStemmer::isStopWord(word)) {
            stemmed = m_stemmer.stem(word);
            if (EnglishStemmer::isStopWord(stemmed))
                stemmed.clear();
        }
        m_cache.insert(word, stemmed);
        return stemmed;
    }

    EnglishStemmer m_stemmer;
    QHash<QString, QString> m_cache;
};

struct Headword
{
    QStringList pinyin;
    QStringList stems;
    QStringList variantOf;
};

} // namespace

void StringTable::append(QStringView text)
{
    chars.insert(chars.end(), text.utf16(), text.utf16() + text.size());
    starts.push_back(std::uint32_t(chars.size()));
}

void LexiconTables::buildIndex()
{
    const std::uint32_t count = headwords.size();
    // Load factor two thirds, and always one empty bucket, which ends every probe.
    buckets.assign(count + count / 2 + 1, 0);
    longestHeadword = 0;
    const auto bucketCount = std::uint32_t(buckets.size());
    for (std::uint32_t i = 0; i < count; ++i) {
        longestHeadword = std::max(longestHeadword, std::uint32_t(headwords.at(i).size()));
        std::uint32_t bucket = headwordHash(headwords.at(i)) % bucketCount;
        while (buckets[bucket] != 0)
            bucket = (bucket + 1) % bucketCount;
        buckets[bucket] = i + 1;
    }
}

LexiconTables buildFromCedict(QStringView cedictText)
{
    GlossStemmer stemmer;
    QHash<QString, qsizetype> indexOf;
    std::vector<Headword> entries;
    QStringList keys;

    for (QStringView line : cedictText.tokenize(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // "Trad Simp [pin1 yin1] /gloss/gloss/"
        const qsizetype space1 = line.indexOf(u' ');
        const qsizetype space2 = line.indexOf(u' ', space1 + 1);
        const qsizetype open = line.indexOf(u'[', space2 + 1);
        const qsizetype close = line.indexOf(u']', open + 1);
        const qsizetype slash = line.indexOf(u'/', close + 1);
        if (space1 <= 0 || space2 <= space1 + 1 || open < 0 || close < 0 || slash < 0)
            continue;
        const QStringView traditional = line.first(space1);
        const QStringView simplified = line.sliced(space1 + 1, space2 - space1 - 1);
        const QStringList pinyin = pinyinSyllables(line.sliced(open + 1, close - open - 1));
        QStringList stems;
        QStringList variantOf;
        stemmer.addStems(line.sliced(slash), stems, variantOf);

        for (const QStringView headword : {traditional, simplified}) {
            const QString key = headword.toString();
            auto it = indexOf.constFind(key);
            if (it == indexOf.cend()) {
                it = indexOf.insert(key, qsizetype(entries.size()));
                entries.push_back({pinyin, {}, {}});
                keys.append(key);
            }
            // Stems added twice (Simplified equal to Traditional) are deduplicated below.
            entries[std::size_t(*it)].stems.append(stems);
            entries[std::size_t(*it)].variantOf.append(variantOf);
        }
    }
    // A variant shares the glosses of the headword it is a variant of (台灣 → 臺灣 "Taiwan"),
    // one level deep and from that headword's own glosses, so the order of lines is irrelevant.
    std::vector<QStringList> inherited(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        for (const QString &target : std::as_const(entries[i].variantOf)) {
            const auto it = indexOf.constFind(target);
            if (it != indexOf.cend() && std::size_t(*it) != i)
                inherited[i].append(entries[std::size_t(*it)].stems);
        }
    }
    for (std::size_t i = 0; i < entries.size(); ++i)
        entries[i].stems.append(inherited[i]);

    LexiconTables tables;
    QStringList vocabulary;
    QStringList syllables;
    for (const Headword &entry : entries) {
        vocabulary.append(entry.stems);
        syllables.append(entry.pinyin);
    }
    for (QStringList *list : {&vocabulary, &syllables}) {
        std::sort(list->begin(), list->end());
        list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    QHash<QString, std::int32_t> englishIds;
    for (const QString &stem : vocabulary) {
        englishIds.insert(stem, std::int32_t(tables.english.size()));
        tables.english.append(stem);
    }
    QHash<QString, std::uint16_t> syllableIds;
    Q_ASSERT(syllables.size() <= std::numeric_limits<std::uint16_t>::max());
    for (const QString &syllable : syllables) {
        syllableIds.insert(syllable, std::uint16_t(tables.syllables.size()));
        tables.syllables.append(syllable);
    }

    // Headwords in UTF-16 order, so the file does not depend on hash iteration order.
    std::vector<qsizetype> order(entries.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = qsizetype(i);
    std::ranges::sort(order, [&](qsizetype a, qsizetype b) { return keys.at(a) < keys.at(b); });
    for (const qsizetype i : order) {
        const Headword &entry = entries[std::size_t(i)];
        tables.headwords.append(keys.at(i));
        std::vector<std::int32_t> ids;
        for (const QString &stem : entry.stems)
            ids.push_back(englishIds.value(stem));
        std::ranges::sort(ids);
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        tables.glossIds.insert(tables.glossIds.end(), ids.begin(), ids.end());
        tables.glossStarts.push_back(std::uint32_t(tables.glossIds.size()));
        for (const QString &syllable : entry.pinyin)
            tables.pinyinIds.push_back(syllableIds.value(syllable));
        tables.pinyinStarts.push_back(std::uint32_t(tables.pinyinIds.size()));
    }
    tables.buildIndex();
    return tables;
}

} // namespace duizhao::lexicon
