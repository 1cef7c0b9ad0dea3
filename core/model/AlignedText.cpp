#include "core/model/AlignedText.h"

#include <algorithm>

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
    if (bead < 0 || bead >= m_beads.size())
        return false;
    return m_beads.at(bead).chineseCount > 0 && m_beads.at(bead).englishCount > 0;
}

bool AlignedText::isUnmatched(SentenceKey key) const
{
    return !isPair(beadOf(key));
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
