#include "core/align/CueAligner.h"

namespace duizhao {

namespace {

struct TimedUnits
{
    CueTime time;
    int unitBegin = 0;
    int unitCount = 0;
};

QList<TimedUnits> timedUnits(const Document &document, Language language)
{
    const Side &side = document.side(language);
    const QList<int> firstUnit = firstUnitOfParagraphs(document, language);
    QList<TimedUnits> cues;
    for (int p = 0; p < side.paragraphs.size(); ++p) {
        const int count = firstUnit.at(p + 1) - firstUnit.at(p);
        if (count == 0)
            continue;
        const CueTime &time = side.paragraphs.at(p).cue;
        if (!time.isValid() && !cues.isEmpty()) {
            cues.last().unitCount += count; // Text without a time belongs to the cue before it.
            continue;
        }
        cues.append({time, firstUnit.at(p), count});
    }
    return cues;
}

/// Shown together for at least a third of the shorter cue.
bool together(const CueTime &a, const CueTime &b)
{
    const qint64 overlap = std::min(a.endMs, b.endMs) - std::max(a.startMs, b.startMs);
    const qint64 shorter = std::min(a.endMs - a.startMs, b.endMs - b.startMs);
    return overlap > 0 && overlap * 3 >= shorter;
}

} // namespace

std::optional<QList<AlignmentSegment>> pairCues(const Document &document)
{
    const QList<TimedUnits> zh = timedUnits(document, Language::Chinese);
    const QList<TimedUnits> en = timedUnits(document, Language::English);
    if (zh.isEmpty() || en.isEmpty() || !zh.first().time.isValid() || !en.first().time.isValid())
        return std::nullopt;
    QList<AlignmentSegment> segments;
    qsizetype paired = 0;
    qsizetype i = 0, j = 0;
    while (i < zh.size() || j < en.size()) {
        if (i < zh.size() && j < en.size() && together(zh.at(i).time, en.at(j).time)) {
            qsizetype zhEnd = i + 1, enEnd = j + 1;
            for (bool grew = true; grew;) {
                grew = false;
                while (zhEnd < zh.size() && together(zh.at(zhEnd).time, en.at(enEnd - 1).time)) {
                    ++zhEnd;
                    grew = true;
                }
                while (enEnd < en.size() && together(en.at(enEnd).time, zh.at(zhEnd - 1).time)) {
                    ++enEnd;
                    grew = true;
                }
            }
            AlignmentSegment segment{zh.at(i).unitBegin, 0, en.at(j).unitBegin, 0};
            for (qsizetype k = i; k < zhEnd; ++k)
                segment.chineseCount += zh.at(k).unitCount;
            for (qsizetype k = j; k < enEnd; ++k)
                segment.englishCount += en.at(k).unitCount;
            segments.append(segment);
            paired += (zhEnd - i) + (enEnd - j);
            i = zhEnd;
            j = enEnd;
        } else if (j >= en.size() ||
                   (i < zh.size() && zh.at(i).time.startMs <= en.at(j).time.startMs)) {
            segments.append(
                {zh.at(i).unitBegin, zh.at(i).unitCount,
                 j < en.size() ? en.at(j).unitBegin : en.last().unitBegin + en.last().unitCount,
                 0});
            ++i;
        } else {
            segments.append(
                {i < zh.size() ? zh.at(i).unitBegin : zh.last().unitBegin + zh.last().unitCount, 0,
                 en.at(j).unitBegin, en.at(j).unitCount});
            ++j;
        }
    }
    // Times that hardly meet say the files were timed apart: trust the text instead.
    if (paired * 2 < zh.size() + en.size())
        return std::nullopt;
    return segments;
}

} // namespace duizhao
