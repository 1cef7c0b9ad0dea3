#include "core/align/WordLinks.h"

#include "core/align/LearnedWords.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace duizhao {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'' || c == u'-';
}

} // namespace

std::pair<int, int> englishWordAt(const QString &text, int offset)
{
    if (offset < 0 || offset >= text.size() || !text.at(offset).isLetter())
        return {offset, 0};
    int start = offset;
    while (start > 0 && isWordCharacter(text.at(start - 1)))
        --start;
    int end = offset + 1;
    while (end < text.size() && isWordCharacter(text.at(end)))
        ++end;
    // Trailing apostrophes and hyphens belong to no word.
    while (end > start && !text.at(end - 1).isLetterOrNumber())
        --end;
    return {start, end - start};
}

WordLinker::WordLinker(std::shared_ptr<const Dictionary> dictionary)
    : m_dictionary(std::move(dictionary))
{}

WordLinks WordLinker::linksAt(const AlignedText &text, const TextHit &at,
                              const ShownText &shown) const
{
    const int bead = text.beadOf(at.sentence);
    if (bead < 0 || !text.isPair(bead))
        return {};
    const QList<SentenceKey> sentences = text.beadSentences(bead);
    if (at.sentence.language == Language::Chinese)
        return chineseLinks(text, at, shown(at.sentence), sentences);
    return englishLinks(text, at, sentences, shown);
}

WordLinks WordLinker::chineseLinks(const AlignedText &text, const TextHit &at, const QString &shown,
                                   const QList<SentenceKey> &sentences) const
{
    WordLinks found;
    const DictionaryMatch match = m_dictionary->longestMatch(shown, at.offset);
    if (!match.isEmpty()) {
        found.word = {at.sentence, int(match.position), int(match.length)};
        // The meanings' content words, stemmed, against the English words of the pair.
        static const QRegularExpression separator(QStringLiteral("[^\\w'-]+"));
        QSet<QString> meanings;
        for (const DictionaryEntry &entry : match.entries)
            for (const QString &gloss : entry.glosses)
                for (const QString &part : gloss.toLower().split(separator, Qt::SkipEmptyParts))
                    if (!EnglishStemmer::isStopWord(part))
                        meanings.insert(m_stemmer.stem(part));
        found.links = englishWordsWithStems(text, sentences, meanings);
    }
    // A name or term the dictionary lacks: the pairs the document itself taught.
    if (found.links.isEmpty()) {
        WordLinks learned = learnedLinksOfChinese(text, at, shown, sentences);
        if (!learned.links.isEmpty())
            return learned;
    }
    return found;
}

WordLinks WordLinker::englishLinks(const AlignedText &text, const TextHit &at,
                                   const QList<SentenceKey> &sentences,
                                   const ShownText &shown) const
{
    WordLinks found;
    const QString sentence = shown(at.sentence);
    const auto [start, length] = englishWordAt(sentence, at.offset);
    const QString english = sentence.mid(start, length).toLower();
    if (length == 0 || EnglishStemmer::isStopWord(english))
        return found;
    found.word = {at.sentence, start, length};
    // Longer headwords first: 發展 before 發 and 展.
    QStringList headwords;
    for (const DictionaryEntry &entry : m_dictionary->lookupEnglish(english, 40))
        headwords << entry.traditional << entry.simplified;
    for (const SentenceKey &key : sentences)
        if (key.language == Language::Chinese)
            found.links += chineseWordsIn(shown(key), key, headwords);
    const std::shared_ptr<const LearnedWords> &learned = text.learnedWords();
    if (found.links.isEmpty() && learned) {
        // The document's own words, as written: found where the shown text keeps its length.
        const QStringList taught = learned->chineseWords(m_stemmer.stem(english));
        for (const SentenceKey &key : sentences) {
            const QString original = text.sentenceText(key);
            if (key.language == Language::Chinese && original.size() == shown(key).size())
                found.links += chineseWordsIn(original, key, taught, false);
        }
    }
    return found;
}

QList<TextHit> WordLinker::englishWordsWithStems(const AlignedText &text,
                                                 const QList<SentenceKey> &sentences,
                                                 const QSet<QString> &stems) const
{
    QList<TextHit> found;
    for (const SentenceKey &key : sentences) {
        if (key.language != Language::English)
            continue;
        const QString english = text.sentenceText(key);
        for (int i = 0; i < english.size();) {
            const auto [start, length] = englishWordAt(english, i);
            if (length == 0) {
                ++i;
                continue;
            }
            const QString lower = english.mid(start, length).toLower();
            if (!EnglishStemmer::isStopWord(lower) && stems.contains(m_stemmer.stem(lower)))
                found.append({key, start, length});
            i = start + length;
        }
    }
    return found;
}

QList<TextHit> WordLinker::chineseWordsIn(const QString &chinese, SentenceKey key,
                                          QStringList words, bool longerOnly)
{
    // Longer words first; a dictionary's single character says little once a longer word was
    // found (a name learned character by character needs them all).
    std::sort(words.begin(), words.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    words.removeDuplicates();
    QList<TextHit> found;
    QList<bool> taken(chinese.size(), false);
    for (const QString &word : std::as_const(words)) {
        if (longerOnly && word.size() == 1 && !found.isEmpty())
            break;
        for (qsizetype at = chinese.indexOf(word); at >= 0;
             at = chinese.indexOf(word, at + word.size())) {
            if (std::any_of(taken.begin() + at, taken.begin() + at + word.size(),
                            [](bool t) { return t; }))
                continue;
            std::fill(taken.begin() + at, taken.begin() + at + word.size(), true);
            found.append({key, int(at), int(word.size())});
        }
    }
    return found;
}

WordLinks WordLinker::learnedLinksOfChinese(const AlignedText &text, const TextHit &at,
                                            const QString &shown,
                                            const QList<SentenceKey> &sentences) const
{
    const std::shared_ptr<const LearnedWords> &learned = text.learnedWords();
    const QString original = text.sentenceText(at.sentence);
    // Offsets into the shown text are offsets into the original only when it kept its length.
    if (!learned || learned->isEmpty() || original.size() != shown.size())
        return {};
    // The longest taught word over the character, then its neighbours that share an English
    // stem with it: a name the word breaker cut into characters is one word again.
    const auto stemsAt = [&](int start, int length) {
        if (start < 0 || start + length > original.size())
            return QStringList();
        return learned->englishStems(original.mid(start, length));
    };
    int begin = -1, end = -1;
    QSet<QString> stems;
    for (int length = learned->longestChinese(); length > 0 && begin < 0; --length) {
        for (int start = at.offset - length + 1; start <= at.offset; ++start) {
            const QStringList found = stemsAt(start, length);
            if (!found.isEmpty()) {
                begin = start;
                end = start + length;
                stems = QSet<QString>(found.cbegin(), found.cend());
                break;
            }
        }
    }
    if (begin < 0)
        return {};
    const auto sharesStem = [&stems](const QStringList &found) {
        QSet<QString> common = QSet<QString>(found.cbegin(), found.cend()).intersect(stems);
        if (common.isEmpty())
            return false;
        stems = common;
        return true;
    };
    for (bool grown = true; grown;) {
        grown = false;
        for (int length = learned->longestChinese(); length > 0 && !grown; --length) {
            if (sharesStem(stemsAt(end, length))) {
                end += length;
                grown = true;
            } else if (sharesStem(stemsAt(begin - length, length))) {
                begin -= length;
                grown = true;
            }
        }
    }
    return {{at.sentence, begin, end - begin}, englishWordsWithStems(text, sentences, stems)};
}

} // namespace duizhao
