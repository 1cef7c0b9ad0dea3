#include "core/align/Lexicon.h"

#include "core/lexicon/LexiconTables.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>
#include <mutex>

namespace duizhao {

// The tables plus QString copies of the two small vocabularies, so that englishStem() and
// pinyin() hand out shared strings instead of allocating on every call.
struct Lexicon::Data
{
    lexicon::LexiconTables tables;
    QStringList englishStems;
    QStringList syllables;

    explicit Data(lexicon::LexiconTables t)
        : tables(std::move(t))
    {
        englishStems.reserve(tables.english.size());
        for (std::uint32_t i = 0; i < tables.english.size(); ++i)
            englishStems.append(tables.english.at(i).toString());
        syllables.reserve(tables.syllables.size());
        for (std::uint32_t i = 0; i < tables.syllables.size(); ++i)
            syllables.append(tables.syllables.at(i).toString());
    }
};

namespace {

const QString kResourcePath = QStringLiteral(":/lexicon/cedict.lex");

} // namespace

Lexicon::Lexicon(std::unique_ptr<Data> data)
    : d(std::move(data))
{}

Lexicon::~Lexicon() = default;

Result<std::shared_ptr<const Lexicon>> Lexicon::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::FileNotFound, path};
    // Resources are stored compressed; QFile inflates them on reading.
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::FileUnreadable, path};
    const QByteArray bytes = file.readAll();
    qint64 errorOffset = -1;
    std::optional<lexicon::LexiconTables> tables = lexicon::deserialize(bytes, &errorOffset);
    if (!tables)
        return Error{ErrorCode::FileUnreadable, path, errorOffset};
    return std::shared_ptr<const Lexicon>(new Lexicon(std::make_unique<Data>(std::move(*tables))));
}

Result<std::shared_ptr<const Lexicon>> Lexicon::bundled()
{
    static std::mutex mutex;
    static std::shared_ptr<const Lexicon> cached;
    const std::lock_guard lock(mutex);
    if (cached)
        return cached;

    // The embedded resource first; then an installed copy, for builds without it; then an
    // explicit override.
    QStringList candidates{kResourcePath};
    candidates.append(QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                             QStringLiteral("duizhao/cedict.lex")));
    if (QCoreApplication::instance()) {
        candidates.append(QCoreApplication::applicationDirPath() +
                          QStringLiteral("/../share/duizhao/cedict.lex"));
    }
    candidates.append(qEnvironmentVariable("DUIZHAO_LEXICON"));

    std::optional<Error> firstError;
    for (const QString &path : std::as_const(candidates)) {
        if (path.isEmpty() || !QFileInfo::exists(path))
            continue;
        Result<std::shared_ptr<const Lexicon>> lexicon = load(path);
        if (lexicon) {
            cached = lexicon.value();
            return lexicon;
        }
        if (!firstError)
            firstError = lexicon.error();
    }
    // Failures are not cached: an installed file or DUIZHAO_LEXICON may appear later.
    return firstError ? *firstError : Error{ErrorCode::FileNotFound, QStringLiteral("cedict.lex")};
}

std::shared_ptr<const Lexicon> Lexicon::fromCedictText(QStringView cedictText)
{
    return std::shared_ptr<const Lexicon>(
        new Lexicon(std::make_unique<Data>(lexicon::buildFromCedict(cedictText))));
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
    const auto it = std::lower_bound(d->englishStems.cbegin(), d->englishStems.cend(), stem,
                                     [](const QString &a, QStringView b) { return a < b; });
    if (it == d->englishStems.cend() || *it != stem)
        return -1;
    return int(it - d->englishStems.cbegin());
}

QString Lexicon::englishStem(int id) const
{
    if (id < 0 || id >= d->englishStems.size())
        return {};
    return d->englishStems.at(id);
}

int Lexicon::englishVocabularySize() const
{
    return int(d->englishStems.size());
}

} // namespace duizhao
