// Compares the reading pinyinWords() gives a lone polyphone (a character with two or more
// dictionary readings that no longer word holds) with ICU's Han-Latin reading of the character.
// Usage: check_lone_readings [--examples N] FILE...   (one sentence per line; spaces between Han
// characters are removed first, so tokenized text reads as running text).
//        check_lone_readings --cedict cedict_ts.u8   (the lone polyphones that longest match leaves
// inside CC-CEDICT's own phrases of three or more characters, against the phrase's own reading).
#include "core/dict/Dictionary.h"
#include "core/dict/HanTransliterator.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>

using namespace duizhao;

namespace {

/// Each Traditional headword of three or more characters is segmented as pinyinWords() does, but
/// without the headword itself; every lone polyphone is compared with the phrase's own syllable.
int checkPhrases(const QString &path, QTextStream &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    const auto dictionary = Dictionary::shared();
    static const QRegularExpression line(QStringLiteral("^(\\S+) \\S+ \\[([^\\]]*)\\]"));
    int lone = 0;
    int right = 0;
    QMap<QString, int> misses;
    for (const QString &text : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch())
            continue;
        const QString phrase = match.captured(1);
        const QStringList syllables = match.captured(2).toLower().split(QLatin1Char(' '));
        if (phrase.size() < 3 || phrase.size() != syllables.size())
            continue;
        for (qsizetype at = 0; at < phrase.size();) {
            const DictionaryMatch word =
                dictionary->longestMatch(at == 0 ? phrase.chopped(1) : phrase, at);
            if (word.length > 1) {
                at += word.length;
                continue;
            }
            QStringList readings;
            for (const DictionaryEntry &entry : word.entries)
                if (!readings.contains(entry.pinyinNumbered.toLower()))
                    readings << entry.pinyinNumbered.toLower();
            if (readings.size() >= 2) {
                ++lone;
                const QString reading = dictionary->characterReading(phrase, at, word.entries);
                if (reading == syllables.at(at))
                    ++right;
                else
                    ++misses[phrase.at(at) + QLatin1Char(' ') + reading + QStringLiteral(" ≠ ") +
                             syllables.at(at)];
            }
            ++at;
        }
    }
    out << "lone polyphones in phrases: " << lone << ", the phrase's reading: " << right << " ("
        << (lone ? 100.0 * right / lone : 0) << "%)\n";
    QList<QPair<int, QString>> sorted;
    for (auto it = misses.cbegin(); it != misses.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (const auto &[count, key] : sorted.mid(0, 30))
        out << count << "\t" << key << "\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList files = app.arguments().mid(1);
    if (files.size() == 2 && files.first() == QLatin1String("--cedict"))
        return checkPhrases(files.at(1), out);
    int examples = 0;
    if (files.size() >= 2 && files.first() == QLatin1String("--examples")) {
        examples = files.at(1).toInt();
        files = files.mid(2);
    }
    const auto dictionary = Dictionary::shared();
    const HanTransliterator icu;
    static const QRegularExpression spaceBetweenHan(
        QStringLiteral("(?<=[\\x{3400}-\\x{9fff}])\\s+(?=[\\x{3400}-\\x{9fff}])"));
    struct Tally
    {
        int count = 0;
        QStringList contexts;
    };
    QMap<QString, Tally> disagreements; // "還 huán ≠ hái"
    QHash<QString, int> agreements;
    int lone = 0;
    int differing = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out << "cannot read " << path << "\n";
            return 1;
        }
        for (QString line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            line.remove(spaceBetweenHan);
            for (const PinyinWord &word : dictionary->pinyinWords(line)) {
                if (!word.fromDictionary || word.syllables.size() != 1)
                    continue;
                const QString character = line.mid(word.position, word.length);
                QStringList readings;
                for (const DictionaryEntry &entry : dictionary->lookup(character))
                    if (!readings.contains(entry.pinyinNumbered.toLower()))
                        readings << entry.pinyinNumbered.toLower();
                if (readings.size() < 2)
                    continue;
                ++lone;
                const QString ours = word.text();
                const QString theirs = icu.toPinyin(character).toLower();
                if (ours == theirs) {
                    ++agreements[character];
                    continue;
                }
                ++differing;
                Tally &tally = disagreements[character + QLatin1Char(' ') + ours +
                                             QStringLiteral(" ≠ icu ") + theirs];
                ++tally.count;
                if (tally.contexts.size() < examples)
                    tally.contexts << line.mid(std::max<qsizetype>(0, word.position - 6), 13);
            }
        }
    }
    out << "lone polyphones: " << lone << ", differing from ICU: " << differing << "\n";
    QList<QPair<int, QString>> sorted;
    for (auto it = disagreements.cbegin(); it != disagreements.cend(); ++it)
        sorted.append({it->count, it.key()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    for (const auto &[count, key] : sorted) {
        out << count << "\t" << key;
        for (const QString &context : disagreements.value(key).contexts)
            out << "\t" << context;
        out << "\n";
    }
    return 0;
}
