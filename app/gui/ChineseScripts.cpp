#include "app/gui/ChineseScripts.h"

#include <QMutex>

#include <utility>

namespace duizhao {

namespace {

/// One converter per script for the whole program: loading a conversion's dictionaries takes
/// about 0.1 s, which the UI thread then paid on every header or find conversion. OpenCC's
/// converters are not thread-safe, so each is used under its own lock.
struct SharedConverter
{
    QMutex mutex;
    std::shared_ptr<ScriptConverter> converter;
    bool tried = false;
};

SharedConverter &sharedConverter(const QString &config)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<SharedConverter>> converters;
    QMutexLocker lock(&mutex);
    std::shared_ptr<SharedConverter> &shared = converters[config];
    if (!shared)
        shared = std::make_shared<SharedConverter>();
    return *shared;
}

} // namespace

void ChineseScripts::setOriginal(const QStringList &sentences,
                                 std::optional<ChineseVariant> variant)
{
    m_original = sentences;
    m_cache.clear();
    m_variant = variant;
}

void ChineseScripts::updateOriginal(const QStringList &sentences)
{
    const qsizetype shorter = std::min(m_original.size(), sentences.size());
    qsizetype prefix = 0;
    while (prefix < shorter && m_original.at(prefix) == sentences.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && m_original.at(m_original.size() - 1 - suffix) ==
                                            sentences.at(sentences.size() - 1 - suffix))
        ++suffix;
    const QStringList changed = sentences.mid(prefix, sentences.size() - prefix - suffix);
    for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
        QStringList converted = it->mid(0, prefix);
        converted.append(convert(changed, ChineseScript(it.key())));
        converted.append(it->mid(it->size() - suffix));
        *it = std::move(converted);
    }
    m_original = sentences;
}

bool ChineseScripts::has(ChineseScript script) const
{
    return script == ChineseScript::Original || m_cache.contains(int(script));
}

const QStringList &ChineseScripts::sentences(ChineseScript script)
{
    if (script == ChineseScript::Original)
        return m_original;
    auto it = m_cache.find(int(script));
    if (it == m_cache.end())
        it = m_cache.insert(int(script), convertWith(m_original, conversionFor(script)));
    return *it;
}

const QStringList *ChineseScripts::cached(ChineseScript script) const
{
    if (script == ChineseScript::Original)
        return &m_original;
    auto it = m_cache.find(int(script));
    return it == m_cache.end() ? nullptr : &*it;
}

void ChineseScripts::insert(ChineseScript script, QStringList sentences)
{
    if (sentences.size() == m_original.size())
        m_cache.emplace(int(script), std::move(sentences)); // insert() takes a const reference
}

bool ChineseScripts::originalIsTraditional()
{
    return variant() != ChineseVariant::Simplified;
}

ChineseVariant ChineseScripts::variant()
{
    if (!m_variant)
        m_variant = detectVariant(m_original);
    return *m_variant;
}

ChineseVariant ChineseScripts::detectVariant(const QStringList &sentences)
{
    // A sample decides: converting a whole long text would take seconds.
    return detectChineseVariant(sentences.mid(0, 400).join(QString()));
}

void ChineseScripts::setPhrases(bool phrases)
{
    if (phrases == m_phrases)
        return;
    m_phrases = phrases;
    m_cache.clear();
}

QString ChineseScripts::conversionFor(ChineseScript script)
{
    return fittingConversion(variant(), script, m_phrases);
}

QStringList ChineseScripts::convert(const QStringList &sentences, ChineseScript script)
{
    if (script == ChineseScript::Original)
        return sentences;
    // Without a known source: Simplified from Traditional, any Traditional from Simplified.
    const ChineseVariant source = script == ChineseScript::Simplified ? ChineseVariant::Traditional
                                                                      : ChineseVariant::Simplified;
    return convertWith(sentences, fittingConversion(source, script));
}

QStringList ChineseScripts::convertWith(const QStringList &sentences, const QString &config)
{
    if (config.isEmpty())
        return sentences;
    SharedConverter &shared = sharedConverter(config);
    QMutexLocker lock(&shared.mutex);
    if (!std::exchange(shared.tried, true)) {
        auto created = ScriptConverter::create(config);
        if (created)
            shared.converter = created.value();
    }
    const std::shared_ptr<ScriptConverter> &converter = shared.converter;
    if (!converter)
        return sentences;
    // One call for the whole text is much faster than one per sentence; sentences hold no
    // newlines once flattened, and OpenCC keeps them, so splitting recovers the sentences.
    QStringList flat = sentences;
    for (QString &sentence : flat)
        sentence.replace(u'\n', u' ');
    QStringList converted = converter->convert(flat.join(u'\n')).split(u'\n');
    if (converted.size() != sentences.size()) {
        converted.clear();
        for (const QString &sentence : sentences)
            converted.append(converter->convert(sentence));
    }
    return converted;
}

} // namespace duizhao
