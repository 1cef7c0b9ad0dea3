#include "core/model/TextFinder.h"

namespace duizhao {

TextFinder::TextFinder(const AlignedText &text)
{
    update(text);
}

void TextFinder::update(const AlignedText &text)
{
    const int count = text.sentenceCount(Language::Chinese);
    m_chinese.resize(count);
    m_folded.resize(count);
    for (int i = 0; i < count; ++i) {
        QString sentence = text.sentenceText({Language::Chinese, i});
        if (sentence == m_chinese.at(i) && !m_folded.at(i).originalOffsets.isEmpty())
            continue;
        m_folded[i] = m_folder.fold(sentence);
        m_chinese[i] = std::move(sentence);
    }
}

QList<TextHit> TextFinder::find(const AlignedText &text, const QString &query) const
{
    QList<TextHit> hits;
    if (query.trimmed().isEmpty())
        return hits;
    const QString foldedQuery = m_folder.fold(query).text;
    const auto append = [&hits](SentenceKey key, const QList<TextRange> &ranges) {
        for (const TextRange &range : ranges)
            hits.append({key, int(range.start), int(range.length)});
    };
    for (int bead = 0; bead < text.beads().size(); ++bead) {
        for (const SentenceKey &key : text.beadSentences(bead)) {
            if (key.language == Language::Chinese) {
                if (key.index < m_folded.size())
                    append(key, ChineseFolder::find(m_folded.at(key.index), foldedQuery));
                continue;
            }
            const QString english = text.sentenceText(key);
            QList<TextRange> ranges;
            for (qsizetype at = english.indexOf(query, 0, Qt::CaseInsensitive); at >= 0;
                 at = english.indexOf(query, at + query.size(), Qt::CaseInsensitive))
                ranges.append({at, query.size()});
            append(key, ranges);
        }
    }
    return hits;
}

} // namespace duizhao
