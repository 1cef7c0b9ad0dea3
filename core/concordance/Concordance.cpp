#include "core/concordance/Concordance.h"

#include "core/export/AlignedPairs.h"
#include "core/io/SafeFile.h"
#include "core/text/ChineseFolder.h"
#include "core/text/EnglishStemmer.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace duizhao {

namespace {

struct StemmedWord
{
    TextRange range;
    QString stem;
};

QList<StemmedWord> stemmedWords(const EnglishStemmer &stemmer, const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?"));
    QList<StemmedWord> words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        words.append(
            {{match.capturedStart(), match.capturedLength()}, stemmer.stem(match.capturedView())});
    }
    return words;
}

bool containsHan(const QString &text)
{
    for (QChar c : text) {
        if (isHanCharacter(c.unicode()) || c.isSurrogate())
            return true;
    }
    return false;
}

/// A cell of the TSV: tabs and line breaks would break the row.
QString tsvCell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString markHits(const QString &text, const QList<TextRange> &hits)
{
    QString marked = text;
    for (auto it = hits.crbegin(); it != hits.crend(); ++it) {
        marked.insert(it->end(), QLatin1Char(']'));
        marked.insert(it->start, QLatin1Char('['));
    }
    return marked;
}

} // namespace

struct Concordance::Private
{
    struct Pair
    {
        int bead = 0;
        QString chinese;
        QString english;
        MappedConversion foldedChinese; ///< Simplified, with offsets back to chinese.
        QList<StemmedWord> englishWords;
    };
    QList<Pair> pairs;
    ChineseFolder folder;
    EnglishStemmer stemmer;
};

Concordance::Concordance(const Document &document, const QList<Bead> &beads)
    : d(std::make_unique<Private>())
{
    Result<AlignedPairs> built = AlignedPairs::build(document, beads);
    if (!built)
        return;
    for (const AlignedPair &pair : built.value().pairs) {
        Private::Pair entry;
        entry.bead = pair.number - 1;
        entry.chinese = pair.chinese;
        entry.english = pair.english;
        entry.foldedChinese = d->folder.fold(pair.chinese);
        entry.englishWords = stemmedWords(d->stemmer, pair.english);
        d->pairs.append(std::move(entry));
    }
}

Concordance::~Concordance() = default;

qsizetype Concordance::pairCount() const
{
    return d->pairs.size();
}

QList<ConcordanceHit> Concordance::search(const QString &query) const
{
    QList<ConcordanceHit> hits;
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return hits;
    const bool chineseQuery = containsHan(trimmed);
    const QString foldedQuery = d->folder.fold(trimmed).text;
    QStringList queryStems;
    for (const StemmedWord &word : stemmedWords(d->stemmer, trimmed))
        queryStems << word.stem;

    for (const Private::Pair &pair : d->pairs) {
        ConcordanceHit hit;
        if (chineseQuery) {
            hit.chineseHits = ChineseFolder::find(pair.foldedChinese, foldedQuery);
        } else if (!queryStems.isEmpty()) {
            const QList<StemmedWord> &words = pair.englishWords;
            for (qsizetype i = 0; i + queryStems.size() <= words.size(); ++i) {
                bool matches = true;
                for (qsizetype j = 0; j < queryStems.size() && matches; ++j)
                    matches = words.at(i + j).stem == queryStems.at(j);
                if (!matches)
                    continue;
                const TextRange &last = words.at(i + queryStems.size() - 1).range;
                hit.englishHits.append(
                    {words.at(i).range.start, last.end() - words.at(i).range.start});
                i += queryStems.size() - 1;
            }
        }
        if (hit.chineseHits.isEmpty() && hit.englishHits.isEmpty())
            continue;
        hit.bead = pair.bead;
        hit.chinese = pair.chinese;
        hit.english = pair.english;
        hits.append(std::move(hit));
    }
    return hits;
}

ConcordanceHit convertedHit(const ConcordanceHit &hit, const ScriptConverter &converter)
{
    ConcordanceHit shown = hit;
    const MappedConversion mapped = converter.convertMapped(hit.chinese);
    shown.chinese = mapped.text;
    shown.chineseHits.clear();
    const QList<qsizetype> &offsets = mapped.originalOffsets;
    const auto convertedOffset = [&offsets](qsizetype original) {
        return qsizetype(std::lower_bound(offsets.cbegin(), offsets.cend(), original) -
                         offsets.cbegin());
    };
    for (const TextRange &range : hit.chineseHits) {
        qsizetype start = convertedOffset(range.start);
        qsizetype end = convertedOffset(range.end());
        // A phrase conversion that changed a run's length maps it only proportionally: the hit's
        // own text converted is looked for nearest there (部落格 → 博客 moves what follows).
        const QString expected = converter.convert(hit.chinese.mid(range.start, range.length));
        if (QStringView(mapped.text).mid(start, end - start) != expected) {
            qsizetype nearest = -1;
            for (qsizetype at = mapped.text.indexOf(expected); at >= 0 && !expected.isEmpty();
                 at = mapped.text.indexOf(expected, at + 1))
                if (nearest < 0 || std::abs(at - start) < std::abs(nearest - start))
                    nearest = at;
            if (nearest >= 0) {
                start = nearest;
                end = nearest + expected.size();
            }
        }
        // In order and apart, as the highlighting and the TSV brackets expect.
        if (!shown.chineseHits.isEmpty())
            start = std::max(start, shown.chineseHits.constLast().end());
        if (end > start)
            shown.chineseHits.append({start, end - start});
    }
    return shown;
}

QByteArray Concordance::toTsv(const QList<ConcordanceHit> &hits)
{
    QString tsv = QStringLiteral("pair\tchinese\tenglish\n");
    for (const ConcordanceHit &hit : hits) {
        tsv += QString::number(hit.bead + 1) + QLatin1Char('\t') +
               tsvCell(markHits(hit.chinese, hit.chineseHits)) + QLatin1Char('\t') +
               tsvCell(markHits(hit.english, hit.englishHits)) + QLatin1Char('\n');
    }
    return tsv.toUtf8();
}

Result<QStringList> Concordance::exportTsv(const QString &path, const QList<ConcordanceHit> &hits)
{
    return writeFileSafely(path, toTsv(hits));
}

bool VocabularyList::add(const VocabularyItem &item)
{
    for (const VocabularyItem &existing : m_items) {
        if (existing.entry.traditional == item.entry.traditional &&
            existing.entry.simplified == item.entry.simplified &&
            existing.entry.pinyinNumbered == item.entry.pinyinNumbered)
            return false;
    }
    m_items.append(item);
    return true;
}

bool VocabularyList::removeAt(qsizetype index)
{
    if (index < 0 || index >= m_items.size())
        return false;
    m_items.removeAt(index);
    return true;
}

QByteArray VocabularyList::toAnkiTsv() const
{
    // Anki's file headers (Anki 2.1.54+): the separator and that fields are plain text.
    QString tsv = QStringLiteral("#separator:tab\n#html:false\n"
                                 "#columns:Word\tPinyin\tMeaning\tExample\tTranslation\n");
    for (const VocabularyItem &item : m_items) {
        const DictionaryEntry &entry = item.entry;
        QString word = item.word.isEmpty() ? entry.traditional : item.word;
        if (entry.simplified != entry.traditional && word != entry.simplified)
            word += QLatin1Char(' ') + entry.simplified;
        else if (entry.simplified != entry.traditional)
            word += QLatin1Char(' ') + entry.traditional;
        QStringList cells = {word, entry.pinyin, entry.glosses.join(QStringLiteral("; ")),
                             item.exampleChinese, item.exampleEnglish};
        for (QString &cell : cells)
            cell = tsvCell(cell);
        tsv += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return tsv.toUtf8();
}

Result<QStringList> VocabularyList::exportAnkiTsv(const QString &path) const
{
    return writeFileSafely(path, toAnkiTsv());
}

} // namespace duizhao
