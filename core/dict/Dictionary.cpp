#include "core/dict/Dictionary.h"

#include "core/dict/DictionaryFormat.h"
#include "core/dict/HanTransliterator.h"
#include "core/dict/Pinyin.h"
#include "core/text/EnglishStemmer.h"

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

} // namespace

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
            QString reading = transliterator.toPinyin(sentence.mid(position, unit));
            QString numbered;
            if (!reading.isEmpty() && !isHanCharacter(reading.at(0).unicode())) {
                word.fromDictionary = false;
                numbered = pinyin::markedToNumbered(reading);
            } else if (!match.entries.isEmpty()) {
                numbered = match.entries.constFirst().pinyinNumbered;
                reading = match.entries.constFirst().pinyin;
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
