#include "core/dict/Dictionary.h"

#include "core/dict/DictionaryFormat.h"
#include "core/dict/HanTransliterator.h"
#include "core/dict/Pinyin.h"
#include "core/dict/Senses.h"
#include "core/text/EnglishStemmer.h"

#include <QHash>
#include <QRegularExpression>
#include <QResource>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <span>

namespace duizhao {

bool isHanCharacter(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x3134F) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

struct Dictionary::Private
{
    QByteArray data; ///< The whole file; every span below points into it.
    const dict::FileHeader *header = nullptr;
    std::span<const dict::EntryRecord> entries;
    std::span<const dict::KeyRecord> keys;
    std::span<const dict::EnglishRecord> english;
    std::span<const char16_t> strings;

    QStringView string(std::uint32_t offset) const
    {
        if (offset >= strings.size())
            return {};
        const qsizetype length =
            std::min<qsizetype>(strings[offset], qsizetype(strings.size() - offset - 1));
        return QStringView(strings.data() + offset + 1, length);
    }
    DictionaryEntry entry(std::uint32_t index) const;

    /// How many words of two or more characters read a character each way: "長" → chang2 404,
    /// zhang3 186. Counted over the whole table once, at the first single-character reading.
    using ReadingCounts = QHash<QString, int>;
    const QHash<char32_t, ReadingCounts> &wordReadings() const
    {
        std::call_once(wordReadingsCounted, [this] { countWordReadings(); });
        return wordReadingCounts;
    }
    void countWordReadings() const;
    mutable std::once_flag wordReadingsCounted;
    mutable QHash<char32_t, ReadingCounts> wordReadingCounts;
    std::span<const dict::KeyRecord> keyRange(QStringView key) const
    {
        const auto [begin, end] =
            std::equal_range(keys.begin(), keys.end(), key,
                             [this](const auto &a, const auto &b) { return compare(a, b) < 0; });
        return {begin, end};
    }
    int compare(const dict::KeyRecord &record, QStringView key) const
    {
        return string(record.key).compare(key);
    }
    int compare(QStringView key, const dict::KeyRecord &record) const
    {
        return key.compare(string(record.key));
    }
};

namespace {

QList<Classifier> parseClassifiers(QStringView gloss)
{
    // CL:家[jia1],個|个[ge4]
    static const QRegularExpression item(
        QStringLiteral("([^,|\\[]+)(?:\\|([^\\[]+))?\\[([^\\]]*)\\]"));
    QList<Classifier> classifiers;
    for (auto it = item.globalMatch(gloss.mid(3).toString()); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString traditional = match.captured(1);
        const QString simplified = match.hasCaptured(2) ? match.captured(2) : traditional;
        classifiers.append({traditional, simplified, pinyin::toMarks(match.capturedView(3))});
    }
    return classifiers;
}

QList<char32_t> codePoints(QStringView text)
{
    QList<char32_t> points;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (QChar::isHighSurrogate(text.at(i).unicode()) && i + 1 < text.size()) {
            points.append(QChar::surrogateToUcs4(text.at(i), text.at(i + 1)));
            ++i;
        } else {
            points.append(text.at(i).unicode());
        }
    }
    return points;
}

/// The character before @p position, spaces skipped (tokenized text); 0 at the start.
char32_t characterBefore(QStringView sentence, qsizetype position)
{
    qsizetype at = position;
    while (at > 0 && sentence.at(at - 1).isSpace())
        --at;
    if (at == 0)
        return 0;
    if (at > 1 && sentence.at(at - 1).isLowSurrogate() && sentence.at(at - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(sentence.at(at - 2), sentence.at(at - 1));
    return sentence.at(at - 1).unicode();
}

/// Whether a clause starts after @p c: the start of the text, an opening bracket or quotation
/// mark, a dash, or a comma, stop, colon, question or exclamation mark.
bool startsClause(char32_t c)
{
    static const QString clauseMarks = QStringLiteral("。，、；：！？,.;:!?…");
    const QChar::Category category = QChar::category(c);
    return c == 0 || category == QChar::Punctuation_Open ||
           category == QChar::Punctuation_InitialQuote || category == QChar::Punctuation_Dash ||
           (c <= 0xFFFF && clauseMarks.contains(QChar(char16_t(c))));
}

/// A numeral that a measure word follows (一隻, 兩處, 幾個).
bool isCountingNumeral(char32_t c)
{
    static const QString numerals = QStringLiteral("一二三四五六七八九十百千万萬两兩几幾半");
    return c <= 0xFFFF && numerals.contains(QChar(char16_t(c)));
}

/// The @p readings that an entry satisfying @p test gives; all of them when none does.
QStringList narrowed(const QStringList &readings, const QList<DictionaryEntry> &entries,
                     const auto &test)
{
    QStringList kept;
    for (const QString &reading : readings)
        for (const DictionaryEntry &entry : entries)
            if (entry.pinyinNumbered.toLower() == reading && test(entry)) {
                kept << reading;
                break;
            }
    return kept.isEmpty() ? readings : kept;
}

} // namespace

void Dictionary::Private::countWordReadings() const
{
    for (const dict::EntryRecord &record : entries) {
        const QList<QStringView> syllables =
            string(record.pinyin).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (syllables.size() < 2)
            continue;
        const QList<char32_t> traditional = codePoints(string(record.traditional));
        const QList<char32_t> simplified = codePoints(string(record.simplified));
        if (traditional.size() != syllables.size() || simplified.size() != syllables.size())
            continue;
        for (qsizetype i = 0; i < syllables.size(); ++i) {
            const QString reading = syllables.at(i).toString().toLower();
            ++wordReadingCounts[traditional.at(i)][reading];
            if (simplified.at(i) != traditional.at(i))
                ++wordReadingCounts[simplified.at(i)][reading];
        }
    }
}

QString Dictionary::characterReading(QStringView sentence, qsizetype position,
                                     const QList<DictionaryEntry> &entries) const
{
    QStringList readings;
    for (const DictionaryEntry &entry : entries)
        if (!readings.contains(entry.pinyinNumbered.toLower()))
            readings.append(entry.pinyinNumbered.toLower());
    if (readings.size() < 2)
        return readings.value(0);
    const qsizetype unit = sentence.at(position).isHighSurrogate() ? 2 : 1;
    const char32_t before = characterBefore(sentence, position);
    // A particle belongs to the word before it: 跑得快 de, 吃了 le, “好”的 de, and across the
    // spaces of tokenized text; a sentence-final one only where the clause ends (罷？ ba, but
    // 哪本 nǎ).
    if (!startsClause(before)) {
        const qsizetype next = position + unit;
        const bool hanFollows =
            next < sentence.size() && isHanCharacter(codePoints(sentence.mid(next, 2)).first());
        for (const DictionaryEntry &entry : entries)
            if (senses::isParticle(entry) && !(hanFollows && senses::isFinalParticle(entry)))
                return entry.pinyinNumbered.toLower();
    }
    // Otherwise neither a particle's reading nor one that only points elsewhere (surname Du,
    // "used in 便宜"); after a numeral a measure word's (一隻 zhī); else a function word's,
    // since a lone character in running text mostly is one (還 hái "still", 都 dōu "all",
    // 將 jiāng "will", 應 yīng "should"), though its other reading may fill more compounds.
    QStringList candidates = narrowed(
        readings, entries, [](const DictionaryEntry &e) { return !senses::isParticle(e); });
    candidates = narrowed(candidates, entries,
                          [](const DictionaryEntry &e) { return !senses::isCrossReference(e); });
    const QStringList measures =
        isCountingNumeral(before)
            ? narrowed(candidates, entries,
                       [](const DictionaryEntry &e) {
                           return senses::isClassifier(e) && !senses::isCrossReference(e);
                       })
            : candidates;
    candidates = measures != candidates
                     ? measures
                     : narrowed(candidates, entries, [](const DictionaryEntry &e) {
                           return senses::hasFunctionSense(e) && !senses::isCrossReference(e);
                       });
    // Then the reading most words with the character use (長 cháng in 404 words, zhǎng in 186);
    // on a tie ICU's, which is the most common reading (CC-CEDICT's own order is alphabetical).
    const QHash<QString, int> counts =
        d->wordReadings().value(codePoints(sentence.mid(position, unit)).constFirst());
    const auto mostUsed = std::max_element(candidates.cbegin(), candidates.cend(),
                                           [&counts](const QString &a, const QString &b) {
                                               return counts.value(a) < counts.value(b);
                                           });
    QStringList tied;
    for (const QString &reading : candidates)
        if (counts.value(reading) == counts.value(*mostUsed))
            tied << reading;
    if (tied.size() > 1) {
        thread_local const HanTransliterator transliterator;
        const QString common =
            pinyin::markedToNumbered(transliterator.toPinyin(sentence.mid(position, unit)));
        if (tied.contains(common))
            return common;
    }
    return *mostUsed;
}

DictionaryEntry Dictionary::Private::entry(std::uint32_t index) const
{
    const dict::EntryRecord &record = entries[index];
    DictionaryEntry entry;
    entry.traditional = string(record.traditional).toString();
    entry.simplified = string(record.simplified).toString();
    entry.pinyinNumbered = string(record.pinyin).toString();
    entry.pinyin = pinyin::toMarks(entry.pinyinNumbered);
    entry.zhuyin = pinyin::toZhuyin(entry.pinyinNumbered);
    entry.tones = pinyin::toneNumbers(entry.pinyinNumbered);
    for (QStringView gloss : string(record.glosses).split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (gloss.startsWith(QLatin1String("CL:")))
            entry.classifiers += parseClassifiers(gloss);
        else
            entry.glosses << gloss.toString();
    }
    return entry;
}

Dictionary::Dictionary(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

Dictionary::~Dictionary() = default;

std::shared_ptr<const Dictionary> Dictionary::fromData(QByteArray data)
{
    auto p = std::make_unique<Private>();
    // The records are read in place, so they must be aligned; a heap copy always is.
    if (reinterpret_cast<quintptr>(data.constData()) % alignof(dict::FileHeader) != 0)
        data = QByteArray(data.constData(), data.size());
    p->data = data;
    const auto size = std::size_t(data.size());
    if (size >= sizeof(dict::FileHeader)) {
        const auto *header = reinterpret_cast<const dict::FileHeader *>(data.constData());
        const auto fits = [size](std::size_t offset, std::size_t count, std::size_t unit) {
            return offset <= size && count <= (size - offset) / unit;
        };
        if (std::memcmp(header->magic, dict::formatMagic, sizeof dict::formatMagic) == 0 &&
            fits(header->entriesOffset, header->entryCount, sizeof(dict::EntryRecord)) &&
            fits(header->keysOffset, header->keyCount, sizeof(dict::KeyRecord)) &&
            fits(header->englishOffset, header->englishCount, sizeof(dict::EnglishRecord)) &&
            fits(header->stringsOffset, header->stringsUnits, sizeof(char16_t))) {
            const char *base = data.constData();
            p->header = header;
            p->entries = {reinterpret_cast<const dict::EntryRecord *>(base + header->entriesOffset),
                          header->entryCount};
            p->keys = {reinterpret_cast<const dict::KeyRecord *>(base + header->keysOffset),
                       header->keyCount};
            p->english = {
                reinterpret_cast<const dict::EnglishRecord *>(base + header->englishOffset),
                header->englishCount};
            p->strings = {reinterpret_cast<const char16_t *>(base + header->stringsOffset),
                          header->stringsUnits};
        }
    }
    return std::shared_ptr<const Dictionary>(new Dictionary(std::move(p)));
}

std::shared_ptr<const Dictionary> Dictionary::shared()
{
    static std::once_flag once;
    static std::shared_ptr<const Dictionary> instance;
    std::call_once(once, [] {
        const QResource resource(QStringLiteral(":/dict/cedict.dict"));
        instance = fromData(resource.uncompressedData());
    });
    return instance;
}

bool Dictionary::isValid() const
{
    return d->header != nullptr && !d->entries.empty();
}

qsizetype Dictionary::entryCount() const
{
    return qsizetype(d->entries.size());
}

qsizetype Dictionary::byteSize() const
{
    return d->data.size();
}

QList<DictionaryEntry> Dictionary::lookup(QStringView word) const
{
    QList<DictionaryEntry> entries;
    if (!isValid() || word.isEmpty())
        return entries;
    for (const dict::KeyRecord &record : d->keyRange(word))
        entries << d->entry(record.entry);
    return entries;
}

DictionaryMatch Dictionary::longestMatch(QStringView text, qsizetype position) const
{
    DictionaryMatch match;
    match.position = position;
    if (!isValid() || position < 0 || position >= text.size())
        return match;
    const qsizetype longest =
        std::min<qsizetype>(qsizetype(d->header->maxKeyLength), text.size() - position);
    for (qsizetype length = longest; length > 0; --length) {
        // Never split a surrogate pair.
        if (text.at(position + length - 1).isHighSurrogate())
            continue;
        const auto range = d->keyRange(text.mid(position, length));
        if (range.empty())
            continue;
        match.length = length;
        for (const dict::KeyRecord &record : range)
            match.entries << d->entry(record.entry);
        break;
    }
    return match;
}

QList<DictionaryEntry> Dictionary::lookupEnglish(QStringView englishWord, qsizetype limit) const
{
    QList<DictionaryEntry> entries;
    if (!isValid())
        return entries;
    thread_local const EnglishStemmer stemmer;
    const QString stem = stemmer.stem(englishWord.trimmed());
    if (stem.isEmpty())
        return entries;
    const auto [begin, end] =
        std::equal_range(d->english.begin(), d->english.end(), QStringView(stem),
                         [this](const auto &a, const auto &b) {
                             if constexpr (std::is_same_v<std::decay_t<decltype(a)>, QStringView>)
                                 return a.compare(d->string(b.word)) < 0;
                             else
                                 return d->string(a.word).compare(b) < 0;
                         });
    for (auto it = begin; it != end && entries.size() < limit; ++it)
        entries << d->entry(it->entry);
    return entries;
}

QList<PinyinWord> Dictionary::pinyinWords(QStringView sentence) const
{
    thread_local const HanTransliterator transliterator;
    QList<PinyinWord> words;
    qsizetype position = 0;
    while (position < sentence.size()) {
        const char32_t c =
            QChar::isHighSurrogate(sentence.at(position).unicode()) &&
                    position + 1 < sentence.size()
                ? QChar::surrogateToUcs4(sentence.at(position), sentence.at(position + 1))
                : sentence.at(position).unicode();
        const qsizetype unit = c > 0xFFFF ? 2 : 1;
        if (!isHanCharacter(c)) {
            position += unit;
            continue;
        }
        const DictionaryMatch match = longestMatch(sentence, position);
        PinyinWord word;
        word.position = position;
        // A word of several characters fixes the reading (銀行 yínháng); a single character
        // takes ICU's most common reading, since CC-CEDICT lists readings in no useful order.
        if (match.length > unit) {
            const DictionaryEntry &entry = match.entries.constFirst();
            word.length = match.length;
            word.syllables = entry.pinyin.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            word.tones = entry.tones;
            word.zhuyin = entry.zhuyin;
        } else {
            word.length = unit;
            // One character alone: its dictionary reading that fits (see characterReading()),
            // ICU's Han-Latin for a character CC-CEDICT lacks.
            QString numbered = characterReading(sentence, position, match.entries);
            QString reading = pinyin::toMarks(numbered);
            if (numbered.isEmpty()) {
                reading = transliterator.toPinyin(sentence.mid(position, unit));
                if (reading.isEmpty() || isHanCharacter(reading.at(0).unicode()))
                    reading.clear();
                word.fromDictionary = false;
                numbered = pinyin::markedToNumbered(reading);
            }
            if (!reading.isEmpty()) {
                word.syllables = {reading};
                word.tones = {pinyin::toneOfMarked(reading)};
                word.zhuyin = pinyin::toZhuyin(numbered);
            }
        }
        if (!word.syllables.isEmpty())
            words << word;
        position += word.length;
    }
    return words;
}

} // namespace duizhao
