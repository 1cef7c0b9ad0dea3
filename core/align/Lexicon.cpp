#include "core/align/Lexicon.h"

#include "core/lexicon/LexiconImage.h"
#include "core/lexicon/LexiconTables.h"

#include <QFile>

#include <algorithm>
#include <mutex>

// The cedict.lex image the build embeds in the executable's read-only data
// (core/lexicon/CMakeLists.txt): used where it lies, so only the pages a lookup touches are read.
extern "C" const char duizhao_cedict_lex_begin[];
extern "C" const char duizhao_cedict_lex_end[];

namespace duizhao {

// The image the views point into (owned, or the executable's own data), plus the syllables as
// shared strings, so that pinyin() does not allocate one per call.
struct Lexicon::Data
{
    QByteArray image;
    lexicon::LexiconView tables;
    QStringList syllables;

    Data(QByteArray bytes, const lexicon::LexiconView &view)
        : image(std::move(bytes))
        , tables(view)
    {
        syllables.reserve(tables.syllables.size());
        for (std::uint32_t i = 0; i < tables.syllables.size(); ++i)
            syllables.append(tables.syllables.at(i).toString());
    }
};

Lexicon::Lexicon(std::unique_ptr<Data> data)
    : d(std::move(data))
{}

Lexicon::~Lexicon() = default;

std::shared_ptr<const Lexicon> Lexicon::fromImage(QByteArray image,
                                                  const lexicon::LexiconView &view)
{
    return std::shared_ptr<const Lexicon>(
        new Lexicon(std::make_unique<Data>(std::move(image), view)));
}

Result<std::shared_ptr<const Lexicon>> Lexicon::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::FileNotFound, path};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, path};
    const QByteArray bytes = file.readAll();
    qint64 errorOffset = -1;
    const std::optional<lexicon::LexiconView> view =
        lexicon::readImage(bytes, lexicon::ImageCheck::Everything, &errorOffset);
    if (!view)
        return Error{ErrorCode::FileUnreadable, path, errorOffset};
    return fromImage(bytes, *view);
}

Result<std::shared_ptr<const Lexicon>> Lexicon::loadEmbedded()
{
    const QByteArray image = QByteArray::fromRawData(
        duizhao_cedict_lex_begin, qsizetype(duizhao_cedict_lex_end - duizhao_cedict_lex_begin));
    qint64 errorOffset = -1;
    const std::optional<lexicon::LexiconView> view =
        lexicon::readImage(image, lexicon::ImageCheck::Layout, &errorOffset);
    if (!view)
        return Error{ErrorCode::FileUnreadable, QStringLiteral("cedict.lex"), errorOffset};
    return fromImage(image, *view);
}

Result<std::shared_ptr<const Lexicon>> Lexicon::bundled()
{
    static std::mutex mutex;
    static std::shared_ptr<const Lexicon> cached;
    const std::lock_guard lock(mutex);
    if (cached)
        return cached;

    // Every build embeds the image, so there is nothing to look for elsewhere; a failure (which
    // would be a broken build) is not cached.
    Result<std::shared_ptr<const Lexicon>> embedded = loadEmbedded();
    if (embedded)
        cached = embedded.value();
    return embedded;
}

std::shared_ptr<const Lexicon> Lexicon::fromCedictText(QStringView cedictText)
{
    const QByteArray image = lexicon::serialize(lexicon::buildFromCedict(cedictText));
    const std::optional<lexicon::LexiconView> view =
        lexicon::readImage(image, lexicon::ImageCheck::Layout);
    Q_ASSERT(view);
    return fromImage(image, *view);
}

qsizetype Lexicon::headwordCount() const
{
    return qsizetype(d->tables.headwords.size());
}

int Lexicon::longestHeadword() const
{
    return int(d->tables.longestHeadword);
}

bool Lexicon::contains(QStringView word) const
{
    return d->tables.find(word) >= 0;
}

std::span<const int> Lexicon::glosses(QStringView word) const
{
    const std::int32_t index = d->tables.find(word);
    if (index < 0)
        return {};
    const auto &starts = d->tables.glossStarts;
    // Ascending ids, so callers can intersect gloss sets with std::set_intersection.
    return std::span<const int>(d->tables.glossIds.data() + starts[std::size_t(index)],
                                starts[std::size_t(index) + 1] - starts[std::size_t(index)]);
}

QStringList Lexicon::pinyin(QStringView word) const
{
    const std::int32_t index = d->tables.find(word);
    if (index < 0)
        return {};
    const auto &starts = d->tables.pinyinStarts;
    QStringList syllables;
    syllables.reserve(qsizetype(starts[std::size_t(index) + 1] - starts[std::size_t(index)]));
    for (std::uint32_t i = starts[std::size_t(index)]; i < starts[std::size_t(index) + 1]; ++i)
        syllables.append(d->syllables.at(d->tables.pinyinIds[i]));
    return syllables;
}

int Lexicon::englishId(QStringView stem) const
{
    // The vocabulary is sorted, so an id is found by binary search.
    const lexicon::StringSpans &english = d->tables.english;
    std::uint32_t low = 0;
    std::uint32_t high = english.size();
    while (low < high) {
        const std::uint32_t middle = low + (high - low) / 2;
        if (english.at(middle) < stem)
            low = middle + 1;
        else
            high = middle;
    }
    return low < english.size() && english.at(low) == stem ? int(low) : -1;
}

QString Lexicon::englishStem(int id) const
{
    if (id < 0 || std::uint32_t(id) >= d->tables.english.size())
        return {};
    return d->tables.english.at(std::uint32_t(id)).toString();
}

int Lexicon::englishVocabularySize() const
{
    return int(d->tables.english.size());
}

} // namespace duizhao
