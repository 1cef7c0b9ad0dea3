#include "core/model/AlignedText.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace duizhao {

AlignedText::AlignedText(Document document, QList<Bead> beads)
    : m_document(std::move(document))
    , m_beads(std::move(beads))
    , m_chineseRefs(m_document.sentenceRefs(Language::Chinese))
    , m_englishRefs(m_document.sentenceRefs(Language::English))
{
    m_chineseBead.fill(-1, m_chineseRefs.size());
    m_englishBead.fill(-1, m_englishRefs.size());
    for (int b = 0; b < m_beads.size(); ++b) {
        const Bead &bead = m_beads.at(b);
        for (int i = 0; i < bead.chineseCount; ++i)
            if (bead.chineseBegin + i < m_chineseBead.size())
                m_chineseBead[bead.chineseBegin + i] = b;
        for (int i = 0; i < bead.englishCount; ++i)
            if (bead.englishBegin + i < m_englishBead.size())
                m_englishBead[bead.englishBegin + i] = b;
    }
}

AlignedText AlignedText::aligning(Document document, const QList<Bead> &settled)
{
    const int chineseCount = int(document.sentenceRefs(Language::Chinese).size());
    const int englishCount = int(document.sentenceRefs(Language::English).size());
    QList<Bead> beads = settled;
    const int chineseBegin =
        settled.isEmpty() ? 0 : settled.constLast().chineseBegin + settled.constLast().chineseCount;
    const int englishBegin =
        settled.isEmpty() ? 0 : settled.constLast().englishBegin + settled.constLast().englishCount;
    const qint64 chineseLeft = chineseCount - chineseBegin,
                 englishLeft = englishCount - englishBegin;
    // Down the diagonal of what is left: the side further behind in proportion comes next.
    for (int i = chineseBegin, j = englishBegin; i < chineseCount || j < englishCount;) {
        const bool chineseNext =
            j >= englishCount || (i < chineseCount && (i - chineseBegin) * englishLeft <=
                                                          (j - englishBegin) * chineseLeft);
        if (chineseNext)
            beads.append({i++, 1, j, 0, 0.0});
        else
            beads.append({i, 0, j++, 1, 0.0});
    }
    AlignedText text(std::move(document), std::move(beads));
    text.m_alignedBeads = int(settled.size());
    return text;
}

const QList<SentenceRef> &AlignedText::refs(Language language) const
{
    return language == Language::Chinese ? m_chineseRefs : m_englishRefs;
}

int AlignedText::sentenceCount(Language language) const
{
    return int(refs(language).size());
}

QString AlignedText::sentenceText(SentenceKey key) const
{
    const QList<SentenceRef> &list = refs(key.language);
    if (key.index < 0 || key.index >= list.size())
        return {};
    return m_document.text(m_document.side(key.language), list.at(key.index).range);
}

ParagraphRole AlignedText::sentenceRole(SentenceKey key) const
{
    const QList<SentenceRef> &list = refs(key.language);
    if (key.index < 0 || key.index >= list.size())
        return ParagraphRole::Body;
    return list.at(key.index).role;
}

int AlignedText::beadOf(SentenceKey key) const
{
    const QList<int> &map = key.language == Language::Chinese ? m_chineseBead : m_englishBead;
    return key.index >= 0 && key.index < map.size() ? map.at(key.index) : -1;
}

QList<SentenceKey> AlignedText::beadSentences(int bead) const
{
    QList<SentenceKey> keys;
    if (bead < 0 || bead >= m_beads.size())
        return keys;
    const Bead &b = m_beads.at(bead);
    for (int i = 0; i < b.chineseCount; ++i)
        keys.append({Language::Chinese, b.chineseBegin + i});
    for (int i = 0; i < b.englishCount; ++i)
        keys.append({Language::English, b.englishBegin + i});
    return keys;
}

bool AlignedText::isPair(int bead) const
{
    if (bead < 0 || bead >= m_beads.size() || isPending(bead))
        return false;
    return m_beads.at(bead).chineseCount > 0 && m_beads.at(bead).englishCount > 0;
}

bool AlignedText::isUnmatched(SentenceKey key) const
{
    const int bead = beadOf(key);
    return !isPair(bead) && !isPending(bead);
}

bool AlignedText::isDoubtful(int bead) const
{
    return isPair(bead) && m_beads.at(bead).status == PairStatus::Automatic &&
           m_beads.at(bead).confidence < m_doubtfulThreshold;
}

bool AlignedText::isConfirmed(int bead) const
{
    return bead >= 0 && bead < m_beads.size() && m_beads.at(bead).status != PairStatus::Automatic;
}

int AlignedText::confirmedCount() const
{
    return int(std::count_if(m_beads.cbegin(), m_beads.cend(), [](const Bead &bead) {
        return bead.status != PairStatus::Automatic;
    }));
}

int AlignedText::pairCount() const
{
    int count = 0;
    for (int b = 0; b < m_beads.size(); ++b)
        count += isPair(b) ? 1 : 0;
    return count;
}

int AlignedText::unmatchedCount(Language language) const
{
    int count = 0;
    for (int i = 0; i < sentenceCount(language); ++i)
        count += isUnmatched({language, i}) ? 1 : 0;
    return count;
}

namespace {

/// For each sentence of a side, the chapter it is in (-1 before the first one).
QList<int> chapterOfSentences(const Side &side, const QList<SentenceRef> &refs)
{
    QList<int> chapters(refs.size(), -1);
    int chapter = -1;
    for (qsizetype i = 0; i < refs.size(); ++i) {
        while (chapter + 1 < side.chapters.size() &&
               side.chapters.at(chapter + 1).firstParagraph <= refs.at(i).paragraph)
            ++chapter;
        chapters[i] = chapter;
    }
    return chapters;
}

} // namespace

CueTime AlignedText::beadCue(int bead) const
{
    CueTime span;
    for (const SentenceKey &key : beadSentences(bead)) {
        const Side &side = m_document.side(key.language);
        if (key.index >= refs(key.language).size())
            continue;
        const CueTime cue = side.paragraphs.at(refs(key.language).at(key.index).paragraph).cue;
        if (!cue.isValid())
            continue;
        span.startMs = span.isValid() ? std::min(span.startMs, cue.startMs) : cue.startMs;
        span.endMs = std::max(span.endMs, cue.endMs);
    }
    return span;
}

SentenceKey AlignedText::chapterStart(Language language, int chapter) const
{
    const Side &side = m_document.side(language);
    if (chapter < 0 || chapter >= side.chapters.size())
        return {};
    const Chapter &wanted = side.chapters.at(chapter);
    const QList<SentenceRef> &sideRefs = refs(language);
    const auto first = std::lower_bound(
        sideRefs.begin(), sideRefs.end(), wanted.firstParagraph,
        [](const SentenceRef &ref, int paragraph) { return ref.paragraph < paragraph; });
    if (first == sideRefs.end() ||
        first->paragraph >= wanted.firstParagraph + wanted.paragraphCount)
        return {};
    return {language, int(first - sideRefs.begin())};
}

QList<ChapterGroup> AlignedText::chapterGroups() const
{
    // Chapters are nodes (the Chinese first, then the English); a bead holding sentences of two
    // chapters joins them, so a chapter split differently in the translation is one group.
    const int chineseChapters = int(m_document.chinese.chapters.size());
    const int nodes = chineseChapters + int(m_document.english.chapters.size());
    if (nodes == 0)
        return {};
    QList<int> parent(nodes);
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int node) {
        while (parent.at(node) != node)
            node = parent[node] = parent.at(parent.at(node));
        return node;
    };
    const QList<int> chineseChapter = chapterOfSentences(m_document.chinese, m_chineseRefs);
    const QList<int> englishChapter = chapterOfSentences(m_document.english, m_englishRefs);
    for (const Bead &bead : m_beads) {
        int joined = -1;
        const auto join = [&](const QList<int> &chapterOf, int begin, int count, int offset) {
            for (int i = begin; i < begin + count && i < chapterOf.size(); ++i) {
                if (chapterOf.at(i) < 0)
                    continue;
                const int node = root(offset + chapterOf.at(i));
                if (joined >= 0 && node != root(joined))
                    parent[node] = root(joined);
                joined = node;
            }
        };
        join(chineseChapter, bead.chineseBegin, bead.chineseCount, 0);
        join(englishChapter, bead.englishBegin, bead.englishCount, chineseChapters);
    }

    struct Start
    {
        int bead;
        int node;
    };
    QList<Start> starts;
    for (int node = 0; node < nodes; ++node) {
        const bool chinese = node < chineseChapters;
        const SentenceKey first = chinese ? chapterStart(Language::Chinese, node)
                                          : chapterStart(Language::English, node - chineseChapters);
        const int bead = beadOf(first);
        if (bead >= 0) // A chapter without sentences has nothing to go to.
            starts.append({bead, node});
    }
    std::stable_sort(starts.begin(), starts.end(),
                     [](const Start &a, const Start &b) { return a.bead < b.bead; });
    QList<ChapterGroup> groups;
    QHash<int, qsizetype> groupOfRoot;
    for (const Start &start : starts) {
        const int node = root(start.node);
        if (!groupOfRoot.contains(node)) {
            groupOfRoot.insert(node, groups.size());
            groups.append(ChapterGroup{{}, {}, start.bead});
        }
        ChapterGroup &group = groups[groupOfRoot.value(node)];
        if (start.node < chineseChapters)
            group.chinese.append(start.node);
        else
            group.english.append(start.node - chineseChapters);
    }
    for (ChapterGroup &group : groups) {
        std::sort(group.chinese.begin(), group.chinese.end());
        std::sort(group.english.begin(), group.english.end());
    }
    return groups;
}

QList<PaneParagraph> AlignedText::sideParagraphs(Language language) const
{
    QList<PaneParagraph> paragraphs;
    const QList<SentenceRef> &list = refs(language);
    int currentParagraph = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).paragraph != currentParagraph) {
            currentParagraph = list.at(i).paragraph;
            paragraphs.append({list.at(i).role, language, {}});
        }
        paragraphs.last().sentences.append({language, i});
    }
    return paragraphs;
}

QList<PaneParagraph> AlignedText::interleavedParagraphs() const
{
    QList<PaneParagraph> paragraphs;
    for (int b = 0; b < m_beads.size(); ++b) {
        const Bead &bead = m_beads.at(b);
        for (Language language : {Language::Chinese, Language::English}) {
            const int begin = language == Language::Chinese ? bead.chineseBegin : bead.englishBegin;
            const int count = language == Language::Chinese ? bead.chineseCount : bead.englishCount;
            if (count == 0)
                continue;
            PaneParagraph paragraph{sentenceRole({language, begin}), language, {}};
            for (int i = 0; i < count; ++i)
                paragraph.sentences.append({language, begin + i});
            paragraphs.append(paragraph);
        }
    }
    return paragraphs;
}

} // namespace duizhao
