#include "core/align/ChapterAligner.h"

#include "core/align/CueAligner.h"
#include "core/align/NumberScanner.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace duizhao {

namespace {

int chineseNumeral(QStringView digits)
{
    static const QHash<QChar, int> values = {{u'零', 0}, {u'〇', 0}, {u'一', 1}, {u'二', 2},
                                             {u'两', 2}, {u'三', 3}, {u'四', 4}, {u'五', 5},
                                             {u'六', 6}, {u'七', 7}, {u'八', 8}, {u'九', 9}};
    int total = 0;
    int current = 0;
    for (const QChar c : digits) {
        if (c.isDigit()) {
            current = current * 10 + c.digitValue();
        } else if (values.contains(c)) {
            current = current * 10 + values.value(c);
        } else {
            const int unit = c == u'十' ? 10 : c == u'百' ? 100 : c == u'千' ? 1000 : 0;
            if (unit == 0)
                return -1;
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }
    }
    return total + current;
}

int romanNumeral(QStringView roman)
{
    static const QHash<QChar, int> values = {{u'i', 1},   {u'v', 5},   {u'x', 10},  {u'l', 50},
                                             {u'c', 100}, {u'd', 500}, {u'm', 1000}};
    int total = 0;
    for (qsizetype i = 0; i < roman.size(); ++i) {
        const int value = values.value(roman.at(i).toLower(), 0);
        if (value == 0)
            return -1;
        const int next = i + 1 < roman.size() ? values.value(roman.at(i + 1).toLower(), 0) : 0;
        total += value < next ? -value : value;
    }
    return total;
}

/// "Seven", "Twenty-One": zero to ninety-nine spelled out, read with the number scanner's words.
int englishNumber(const QString &word)
{
    using numbers::WordKind;
    const std::vector<numbers::WordInfo> &words = numbers::wordTable();
    int total = 0;
    for (const QString &part : word.toLower().split(u'-')) {
        const std::string spelled = part.toStdString();
        const auto found =
            std::find_if(words.begin(), words.end(), [&spelled](const numbers::WordInfo &info) {
                return info.word == spelled && !info.ordinal &&
                       (info.kind == WordKind::Unit || info.kind == WordKind::Teen ||
                        info.kind == WordKind::Tens);
            });
        if (found == words.end())
            return -1;
        total += int(found->value);
    }
    return total;
}

struct Unit
{
    int begin;
    int count;
};

constexpr double SkipCost = 3.0;
constexpr double MergeCost = 2.0;

double pairCost(const QList<ChapterSummary> &chinese, Unit zh, const QList<ChapterSummary> &english,
                Unit en, double ratio)
{
    qsizetype zhCharacters = 0, enCharacters = 0;
    for (int i = zh.begin; i < zh.begin + zh.count; ++i)
        zhCharacters += chinese.at(i).characters;
    for (int i = en.begin; i < en.begin + en.count; ++i)
        enCharacters += english.at(i).characters;
    // Translations keep their length ratio within a factor of about 1.5 a chapter.
    const double spread =
        std::log((double(zhCharacters) * ratio + 50.0) / (double(enCharacters) + 50.0));
    double cost = spread * spread / (2 * 0.3 * 0.3);
    const int zhNumber = chapterNumber(chinese.at(zh.begin).title);
    const int enNumber = chapterNumber(english.at(en.begin).title);
    if (zhNumber >= 0 && enNumber >= 0)
        cost += zhNumber == enNumber ? -3.0 : 4.0;
    if (zh.count + en.count > 2) {
        cost += MergeCost;
        // A numbered chapter is a chapter of its own: merging it needs strong length evidence.
        const ChapterSummary &extra =
            zh.count > 1 ? chinese.at(zh.begin + 1) : english.at(en.begin + 1);
        if (chapterNumber(extra.title) >= 0)
            cost += 4.0;
    }
    return cost;
}

} // namespace

int chapterNumber(const QString &title)
{
    static const QRegularExpression chinese(QStringLiteral(
        "^\\s*第\\s*([0-9０-９一二三四五六七八九十百千零〇两]{1,8})\\s*[章回节節卷部篇幕]"));
    static const QRegularExpression english(
        QStringLiteral(
            "^\\s*(?:chapter|book|part|volume)\\s+([0-9]{1,4}|[ivxlcdm]{1,8}\\b|[a-z-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression leading(
        QStringLiteral("^\\s*([0-9]{1,4}|[IVXLC]{1,7})[.:\\s]"));
    if (const QRegularExpressionMatch match = chinese.match(title); match.hasMatch()) {
        QString digits = match.captured(1);
        for (QChar &c : digits) {
            if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
                c = QChar(c.unicode() - 0xFF10 + u'0');
        }
        return chineseNumeral(digits);
    }
    QString number;
    if (const QRegularExpressionMatch named = english.match(title); named.hasMatch())
        number = named.captured(1);
    else if (const QRegularExpressionMatch bare = leading.match(title + u' '); bare.hasMatch())
        number = bare.captured(1);
    if (number.isEmpty())
        return -1;
    bool isInteger = false;
    const int value = number.toInt(&isInteger);
    if (isInteger)
        return value;
    const int roman = romanNumeral(number);
    return roman >= 0 ? roman : englishNumber(number);
}

QList<AlignmentSegment> pairChapters(const QList<ChapterSummary> &chinese,
                                     const QList<ChapterSummary> &english)
{
    const int n = int(chinese.size());
    const int m = int(english.size());
    qsizetype zhTotal = 0, enTotal = 0;
    for (const ChapterSummary &chapter : chinese)
        zhTotal += chapter.characters;
    for (const ChapterSummary &chapter : english)
        enTotal += chapter.characters;
    const double ratio =
        zhTotal > 0 ? double(std::max<qsizetype>(enTotal, 1)) / double(zhTotal) : 1.0;

    constexpr double Infinity = std::numeric_limits<double>::infinity();
    struct Cell
    {
        double cost = Infinity;
        int zhStep = 0;
        int enStep = 0;
    };
    QList<Cell> table((n + 1) * (m + 1));
    const auto at = [&](int i, int j) -> Cell & {
        return table[i * (m + 1) + j];
    };
    at(0, 0).cost = 0;
    static const int steps[][2] = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= m; ++j) {
            for (const auto &step : steps) {
                const int pi = i - step[0];
                const int pj = j - step[1];
                if (pi < 0 || pj < 0 || at(pi, pj).cost == Infinity)
                    continue;
                double cost = at(pi, pj).cost;
                if (step[0] == 0 || step[1] == 0)
                    cost += SkipCost;
                else
                    cost += pairCost(chinese, {pi, step[0]}, english, {pj, step[1]}, ratio);
                if (cost < at(i, j).cost)
                    at(i, j) = {cost, step[0], step[1]};
            }
        }
    }
    QList<AlignmentSegment> segments;
    for (int i = n, j = m; i > 0 || j > 0;) {
        const Cell &cell = at(i, j);
        const int pi = i - cell.zhStep;
        const int pj = j - cell.enStep;
        AlignmentSegment segment;
        segment.chineseBegin = pi < n ? chinese.at(pi).unitBegin : 0;
        segment.englishBegin = pj < m ? english.at(pj).unitBegin : 0;
        for (int k = pi; k < i; ++k)
            segment.chineseCount += chinese.at(k).unitCount;
        for (int k = pj; k < j; ++k)
            segment.englishCount += english.at(k).unitCount;
        segments.prepend(segment);
        i = pi;
        j = pj;
    }
    return segments;
}

QList<int> firstUnitOfParagraphs(const Document &document, Language language)
{
    const Side &side = document.side(language);
    QList<int> first(side.paragraphs.size() + 1, 0);
    const QList<SentenceRef> refs = document.sentenceRefs(language);
    int unit = 0;
    for (int paragraph = 0; paragraph <= side.paragraphs.size(); ++paragraph) {
        first[paragraph] = unit;
        while (unit < refs.size() && refs.at(unit).paragraph == paragraph)
            ++unit;
    }
    first[side.paragraphs.size()] = int(refs.size());
    return first;
}

Result<QList<Bead>> alignSegments(const Aligner &aligner, const QList<AlignmentUnit> &chinese,
                                  const QList<AlignmentUnit> &english,
                                  const QList<AlignmentSegment> &segments,
                                  const std::function<bool()> &isCancelled,
                                  const std::function<void(double)> &reportProgress,
                                  const SettledBeads &settled)
{
    QList<Bead> beads;
    const double total = std::max<double>(1.0, double(chinese.size() + english.size()));
    double done = 0;
    for (const AlignmentSegment &segment : segments) {
        if (isCancelled && isCancelled())
            return Error{ErrorCode::Cancelled, {}};
        if (segment.chineseCount == 0 || segment.englishCount == 0) {
            const qsizetype first = beads.size();
            for (int i = 0; i < segment.chineseCount; ++i)
                beads.append({segment.chineseBegin + i, 1, segment.englishBegin, 0, 1.0});
            for (int j = 0; j < segment.englishCount; ++j)
                beads.append({segment.chineseBegin, 0, segment.englishBegin + j, 1, 1.0});
            if (settled)
                settled(beads.mid(first));
        } else {
            const double before = done;
            const double share = double(segment.chineseCount + segment.englishCount) / total;
            const auto progress = [&](double fraction) {
                if (reportProgress)
                    reportProgress(before + share * fraction);
            };
            // The segment's beads settle as its alignment goes, each moved to the segment.
            const auto settledHere = [&settled, &segment](QList<Bead> part) {
                for (Bead &bead : part) {
                    bead.chineseBegin += segment.chineseBegin;
                    bead.englishBegin += segment.englishBegin;
                }
                settled(part);
            };
            Result<QList<Bead>> aligned =
                aligner.align(chinese.mid(segment.chineseBegin, segment.chineseCount),
                              english.mid(segment.englishBegin, segment.englishCount), isCancelled,
                              progress, settled ? SettledBeads(settledHere) : SettledBeads());
            if (!aligned)
                return aligned.error();
            for (Bead bead : *aligned) {
                bead.chineseBegin += segment.chineseBegin;
                bead.englishBegin += segment.englishBegin;
                beads.append(bead);
            }
        }
        done += double(segment.chineseCount + segment.englishCount) / total;
        if (reportProgress)
            reportProgress(done);
    }
    return beads;
}

namespace {

/// A side's chapters with their units; text before the first chapter is a chapter of its own.
QList<ChapterSummary> summarize(const Document &document, Language language)
{
    const Side &side = document.side(language);
    const QList<int> firstUnit = firstUnitOfParagraphs(document, language);
    QList<ChapterSummary> summaries;
    const auto add = [&](const QString &title, int first, int count) {
        ChapterSummary summary{title, firstUnit.at(first),
                               firstUnit.at(first + count) - firstUnit.at(first), 0};
        for (int p = first; p < first + count; ++p) {
            if (side.paragraphs.at(p).role != ParagraphRole::Metadata)
                summary.characters += side.paragraphs.at(p).range.length;
        }
        if (summary.unitCount > 0)
            summaries.append(summary);
    };
    if (!side.chapters.isEmpty() && side.chapters.first().firstParagraph > 0)
        add(QString(), 0, side.chapters.first().firstParagraph);
    for (const Chapter &chapter : side.chapters)
        add(chapter.title, chapter.firstParagraph, chapter.paragraphCount);
    return summaries;
}

} // namespace

std::optional<Result<QList<Bead>>>
alignByStructure(const Document &document, const Aligner &aligner,
                 const std::function<bool()> &isCancelled,
                 const std::function<void(double)> &reportProgress, const SettledBeads &settled)
{
    const QList<AlignmentUnit> chinese = alignmentUnits(document, Language::Chinese);
    const QList<AlignmentUnit> english = alignmentUnits(document, Language::English);
    if (chinese.isEmpty() || english.isEmpty())
        return std::nullopt;
    if (std::optional<QList<AlignmentSegment>> cues = pairCues(document))
        return alignSegments(aligner, chinese, english, *cues, isCancelled, reportProgress,
                             settled);
    const QList<ChapterSummary> zhChapters = summarize(document, Language::Chinese);
    const QList<ChapterSummary> enChapters = summarize(document, Language::English);
    if (zhChapters.size() < 2 || enChapters.size() < 2)
        return std::nullopt;
    return alignSegments(aligner, chinese, english, pairChapters(zhChapters, enChapters),
                         isCancelled, reportProgress, settled);
}

} // namespace duizhao
