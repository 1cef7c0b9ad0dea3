#include "core/edit/AlignmentEdit.h"

#include "core/align/Aligner.h"
#include "core/text/Segmenter.h"

#include <algorithm>
#include <cmath>

namespace duizhao {

namespace {

int &countOf(Bead &bead, Language language)
{
    return language == Language::Chinese ? bead.chineseCount : bead.englishCount;
}

int countOf(const Bead &bead, Language language)
{
    return language == Language::Chinese ? bead.chineseCount : bead.englishCount;
}

int &beginOf(Bead &bead, Language language)
{
    return language == Language::Chinese ? bead.chineseBegin : bead.englishBegin;
}

int beginOf(const Bead &bead, Language language)
{
    return language == Language::Chinese ? bead.chineseBegin : bead.englishBegin;
}

Language otherSide(Language language)
{
    return language == Language::Chinese ? Language::English : Language::Chinese;
}

bool isEmptyBead(const Bead &bead)
{
    return bead.chineseCount == 0 && bead.englishCount == 0;
}

bool isConsistent(const AlignedText &text)
{
    return coversInOrder(text.beads(), text.sentenceCount(Language::Chinese),
                         text.sentenceCount(Language::English));
}

bool isValidBead(const AlignedText &text, int bead)
{
    return bead >= 0 && bead < text.beads().size();
}

bool isValidSentence(const AlignedText &text, SentenceKey key)
{
    return key.language != Language::Neutral && key.index >= 0 &&
           key.index < text.sentenceCount(key.language);
}

/// A bead the user made or changed.
Bead edited(Bead bead)
{
    bead.status = PairStatus::Edited;
    return bead;
}

/// The edit replacing beads [first, first + count) by @p replacement, whose sentence counts,
/// confidence and status are taken as given and whose first sentences follow on from the beads
/// before. Beads left empty are dropped; beads the edit leaves as they were are trimmed off.
AlignmentEdit replacing(const AlignedText &text, int first, int count,
                        const QList<Bead> &replacement)
{
    const QList<Bead> &beads = text.beads();
    int chinese =
        first < beads.size() ? beads.at(first).chineseBegin : text.sentenceCount(Language::Chinese);
    int english =
        first < beads.size() ? beads.at(first).englishBegin : text.sentenceCount(Language::English);
    AlignmentEdit edit;
    edit.first = first;
    edit.removed = beads.mid(first, count);
    for (Bead bead : replacement) {
        if (isEmptyBead(bead))
            continue;
        bead.chineseBegin = chinese;
        bead.englishBegin = english;
        chinese += bead.chineseCount;
        english += bead.englishCount;
        edit.inserted.append(bead);
    }
    // Only what changed is kept: less to store, and pairs outside the change keep their place.
    while (!edit.removed.isEmpty() && !edit.inserted.isEmpty() &&
           edit.removed.constFirst() == edit.inserted.constFirst()) {
        edit.removed.removeFirst();
        edit.inserted.removeFirst();
        ++edit.first;
    }
    while (!edit.removed.isEmpty() && !edit.inserted.isEmpty() &&
           edit.removed.constLast() == edit.inserted.constLast()) {
        edit.removed.removeLast();
        edit.inserted.removeLast();
    }
    return edit;
}

EditOutcome unlessUnchanged(AlignmentEdit edit, EditRefusal refusal = EditRefusal::NoChange)
{
    if (edit.removed.isEmpty() && edit.inserted.isEmpty() && !edit.documentAfter)
        return refusal;
    return edit;
}

/// The part of @p bead's sentences on each side that lies before (or after) the given runs.
Bead clipped(const Bead &bead, SentenceRange chinese, SentenceRange english, bool before)
{
    const auto part = [before](int begin, int count, SentenceRange range) {
        const int end = begin + count;
        if (before)
            return std::clamp(range.first - begin, 0, count);
        return std::clamp(end - (range.first + range.count), 0, count);
    };
    Bead result = bead;
    result.chineseCount = part(bead.chineseBegin, bead.chineseCount, chinese);
    result.englishCount = part(bead.englishBegin, bead.englishCount, english);
    if (result.chineseCount != bead.chineseCount || result.englishCount != bead.englishCount)
        result.status = PairStatus::Edited;
    return result;
}

void shiftRange(TextRange &range, qsizetype at, qsizetype delta)
{
    if (range.start >= at)
        range.start += delta;
    else if (range.end() >= at)
        range.length += delta;
}

/// Shifts every range into source @p source from @p at on by @p delta (both sides may read the
/// same source: one file holding both languages).
void shiftSource(Document &document, int source, qsizetype at, qsizetype delta)
{
    for (Language language : {Language::Chinese, Language::English}) {
        Side &side = document.side(language);
        if (side.sourceIndex != source)
            continue;
        for (Paragraph &paragraph : side.paragraphs) {
            if (paragraph.range.end() < at)
                continue;
            shiftRange(paragraph.range, at, delta);
            for (Sentence &sentence : paragraph.sentences) {
                if (sentence.range.end() < at)
                    continue;
                shiftRange(sentence.range, at, delta);
                for (qsizetype &clauseEnd : sentence.clauseEnds)
                    if (clauseEnd >= at)
                        clauseEnd += delta;
            }
        }
    }
}

Sentence &sentenceIn(Document &document, const AlignedText &text, SentenceKey key)
{
    const SentenceRef &ref = text.sentenceRefs(key.language).at(key.index);
    return document.side(key.language).paragraphs[ref.paragraph].sentences[ref.sentence];
}

} // namespace

bool coversInOrder(const QList<Bead> &beads, int chineseCount, int englishCount)
{
    int chinese = 0;
    int english = 0;
    for (const Bead &bead : beads) {
        if (bead.chineseBegin != chinese || bead.englishBegin != english || bead.chineseCount < 0 ||
            bead.englishCount < 0 || isEmptyBead(bead))
            return false;
        chinese += bead.chineseCount;
        english += bead.englishCount;
    }
    return chinese == chineseCount && english == englishCount;
}

int AlignmentEdit::mapBead(int bead, bool forward) const
{
    const QList<Bead> &from = forward ? removed : inserted;
    const QList<Bead> &to = forward ? inserted : removed;
    if (bead < first)
        return bead;
    if (bead >= first + from.size())
        return bead + int(to.size() - from.size());
    if (to.isEmpty())
        return first;
    const Bead &old = from.at(bead - first);
    const Language side = old.chineseCount > 0 ? Language::Chinese : Language::English;
    const int sentence = beginOf(old, side);
    for (int i = 0; i < to.size(); ++i) {
        const Bead &candidate = to.at(i);
        const int begin = beginOf(candidate, side);
        if (sentence >= begin && sentence < begin + countOf(candidate, side))
            return first + i;
    }
    return first + std::min(bead - first, int(to.size()) - 1);
}

AlignedText applyEdit(const AlignedText &text, const AlignmentEdit &edit, bool forward)
{
    const QList<Bead> &from = forward ? edit.removed : edit.inserted;
    const QList<Bead> &to = forward ? edit.inserted : edit.removed;
    const int shift = forward ? edit.shift : -edit.shift;
    const QList<Bead> &old = text.beads();
    QList<Bead> beads;
    beads.reserve(old.size() + to.size() - from.size());
    beads.append(old.mid(0, edit.first));
    beads.append(to);
    for (qsizetype i = edit.first + from.size(); i < old.size(); ++i) {
        Bead bead = old.at(i);
        beginOf(bead, edit.shiftedSide) += shift;
        beads.append(bead);
    }
    const std::optional<Document> &document = forward ? edit.documentAfter : edit.documentBefore;
    AlignedText result(document ? *document : text.document(), std::move(beads));
    result.setDoubtfulThreshold(text.doubtfulThreshold());
    return result;
}

namespace edit {

EditOutcome mergeWithNext(const AlignedText &text, int bead)
{
    if (!isValidBead(text, bead))
        return EditRefusal::NoSuchPair;
    if (bead + 1 >= text.beads().size())
        return EditRefusal::NoNeighbour;
    if (!isConsistent(text))
        return EditRefusal::InconsistentAlignment;
    const Bead &first = text.beads().at(bead);
    const Bead &second = text.beads().at(bead + 1);
    Bead merged = edited(first);
    merged.chineseCount += second.chineseCount;
    merged.englishCount += second.englishCount;
    merged.confidence = std::min(first.confidence, second.confidence);
    return replacing(text, bead, 2, {merged});
}

EditOutcome mergeWithPrevious(const AlignedText &text, int bead)
{
    if (!isValidBead(text, bead))
        return EditRefusal::NoSuchPair;
    if (bead == 0)
        return EditRefusal::NoNeighbour;
    return mergeWithNext(text, bead - 1);
}

EditOutcome moveFirstToPrevious(const AlignedText &text, int bead, Language language)
{
    if (!isValidBead(text, bead))
        return EditRefusal::NoSuchPair;
    if (bead == 0)
        return EditRefusal::NoNeighbour;
    if (countOf(text.beads().at(bead), language) == 0)
        return EditRefusal::NothingToMove;
    if (!isConsistent(text))
        return EditRefusal::InconsistentAlignment;
    Bead previous = edited(text.beads().at(bead - 1));
    Bead current = edited(text.beads().at(bead));
    ++countOf(previous, language);
    --countOf(current, language);
    return replacing(text, bead - 1, 2, {previous, current});
}

EditOutcome moveLastToNext(const AlignedText &text, int bead, Language language)
{
    if (!isValidBead(text, bead))
        return EditRefusal::NoSuchPair;
    if (bead + 1 >= text.beads().size())
        return EditRefusal::NoNeighbour;
    if (countOf(text.beads().at(bead), language) == 0)
        return EditRefusal::NothingToMove;
    if (!isConsistent(text))
        return EditRefusal::InconsistentAlignment;
    Bead current = edited(text.beads().at(bead));
    Bead next = edited(text.beads().at(bead + 1));
    --countOf(current, language);
    ++countOf(next, language);
    return replacing(text, bead, 2, {current, next});
}

EditOutcome splitPair(const AlignedText &text, int bead, int chineseKept, int englishKept)
{
    if (!isValidBead(text, bead))
        return EditRefusal::NoSuchPair;
    const Bead &whole = text.beads().at(bead);
    if (chineseKept < 0 || englishKept < 0 || chineseKept > whole.chineseCount ||
        englishKept > whole.englishCount || chineseKept + englishKept == 0 ||
        chineseKept + englishKept == whole.chineseCount + whole.englishCount)
        return EditRefusal::SplitPointOutside;
    if (!isConsistent(text))
        return EditRefusal::InconsistentAlignment;
    Bead first = edited(whole);
    first.chineseCount = chineseKept;
    first.englishCount = englishKept;
    Bead second = edited(whole);
    second.chineseCount = whole.chineseCount - chineseKept;
    second.englishCount = whole.englishCount - englishKept;
    return replacing(text, bead, 1, {first, second});
}

EditOutcome markUnmatched(const AlignedText &text, SentenceKey sentence)
{
    if (!isValidSentence(text, sentence))
        return EditRefusal::NoSuchSentence;
    if (!isConsistent(text))
        return EditRefusal::InconsistentAlignment;
    const int bead = text.beadOf(sentence);
    const Bead &whole = text.beads().at(bead);
    const Language other = otherSide(sentence.language);
    const int own = countOf(whole, sentence.language);
    if (own == 1 && countOf(whole, other) == 0)
        return EditRefusal::AlreadyUnmatched;
    const int before = sentence.index - beginOf(whole, sentence.language);
    const int after = own - before - 1;
    // The other side is shared out in proportion to what stays before and after.
    const int otherCount = countOf(whole, other);
    const int otherBefore =
        before + after == 0 ? 0 : int(std::lround(double(otherCount) * before / (before + after)));
    Bead first = edited(whole);
    countOf(first, sentence.language) = before;
    countOf(first, other) = otherBefore;
    Bead alone = edited(whole);
    countOf(alone, sentence.language) = 1;
    countOf(alone, other) = 0;
    alone.confidence = 1.0;
    Bead last = edited(whole);
    countOf(last, sentence.language) = after;
    countOf(last, other) = otherCount - otherBefore;
    return replacing(text, bead, 1, {first, alone, last});
}

EditOutcome link(const AlignedText &text, SentenceRange chinese, SentenceRange english)
{
    if (chinese.count <= 0 || english.count <= 0)
        return EditRefusal::EmptyRange;
    if (chinese.first < 0 || english.first < 0 ||
        chinese.first + chinese.count > text.sentenceCount(Language::Chinese) ||
        english.first + english.count > text.sentenceCount(Language::English))
        return EditRefusal::NoSuchSentence;
    if (!isConsistent(text))
        return EditRefusal::InconsistentAlignment;
    const int firstBead = std::min(text.beadOf({Language::Chinese, chinese.first}),
                                   text.beadOf({Language::English, english.first}));
    const int lastBead =
        std::max(text.beadOf({Language::Chinese, chinese.first + chinese.count - 1}),
                 text.beadOf({Language::English, english.first + english.count - 1}));
    // Each pair touched keeps what it held before the linked sentences and after them; the
    // linked sentences come between, as one new pair.
    QList<Bead> replacement;
    for (int b = firstBead; b <= lastBead; ++b)
        replacement.append(clipped(text.beads().at(b), chinese, english, true));
    Bead linked;
    linked.chineseCount = chinese.count;
    linked.englishCount = english.count;
    linked.status = PairStatus::Edited;
    replacement.append(linked);
    for (int b = firstBead; b <= lastBead; ++b)
        replacement.append(clipped(text.beads().at(b), chinese, english, false));
    return unlessUnchanged(replacing(text, firstBead, lastBead - firstBead + 1, replacement));
}

EditOutcome confirm(const AlignedText &text, int bead)
{
    if (!isValidBead(text, bead))
        return EditRefusal::NoSuchPair;
    if (text.beads().at(bead).status == PairStatus::Confirmed)
        return EditRefusal::AlreadyConfirmed;
    Bead confirmed = text.beads().at(bead);
    confirmed.status = PairStatus::Confirmed;
    return replacing(text, bead, 1, {confirmed});
}

EditOutcome confirmUpTo(const AlignedText &text, int bead)
{
    if (!isValidBead(text, bead))
        return EditRefusal::NoSuchPair;
    // Pairs the user made stay Edited: confirming is about what the aligner proposed.
    QList<Bead> beads = text.beads().mid(0, bead + 1);
    for (Bead &each : beads)
        if (each.status == PairStatus::Automatic)
            each.status = PairStatus::Confirmed;
    return unlessUnchanged(replacing(text, 0, bead + 1, beads), EditRefusal::AlreadyConfirmed);
}

std::pair<int, int> automaticStretch(const AlignedText &text, int bead)
{
    const QList<Bead> &beads = text.beads();
    if (!isValidBead(text, bead) || beads.at(bead).status != PairStatus::Automatic)
        return {bead, 0};
    int first = bead;
    while (first > 0 && beads.at(first - 1).status == PairStatus::Automatic)
        --first;
    int end = bead + 1;
    while (end < beads.size() && beads.at(end).status == PairStatus::Automatic)
        ++end;
    return {first, end - first};
}

EditOutcome realign(const AlignedText &text, int bead, const Aligner &aligner,
                    const std::function<bool()> &isCancelled)
{
    if (!isValidBead(text, bead))
        return EditRefusal::NoSuchPair;
    const auto [first, count] = automaticStretch(text, bead);
    if (count == 0)
        return EditRefusal::NotAutomatic;
    if (!isConsistent(text))
        return EditRefusal::InconsistentAlignment;
    const Bead &firstBead = text.beads().at(first);
    const Bead &lastBead = text.beads().at(first + count - 1);
    const int chineseCount = lastBead.chineseBegin + lastBead.chineseCount - firstBead.chineseBegin;
    const int englishCount = lastBead.englishBegin + lastBead.englishCount - firstBead.englishBegin;
    QList<Bead> beads;
    if (chineseCount == 0 || englishCount == 0) {
        // One side only: nothing to pair, every sentence stands alone.
        for (int i = 0; i < chineseCount + englishCount; ++i)
            beads.append({0, chineseCount > 0 ? 1 : 0, 0, englishCount > 0 ? 1 : 0});
    } else {
        const Document &document = text.document();
        Result<QList<Bead>> aligned = aligner.align(
            alignmentUnits(document, Language::Chinese).mid(firstBead.chineseBegin, chineseCount),
            alignmentUnits(document, Language::English).mid(firstBead.englishBegin, englishCount),
            isCancelled);
        if (!aligned)
            return aligned.error().code == ErrorCode::Cancelled ? EditRefusal::Cancelled
                                                                : EditRefusal::AlignerFailed;
        beads = *aligned;
    }
    return unlessUnchanged(replacing(text, first, count, beads));
}

EditOutcome splitSentence(const AlignedText &text, SentenceKey sentence, int offset)
{
    if (!isValidSentence(text, sentence))
        return EditRefusal::NoSuchSentence;
    if (!isConsistent(text))
        return EditRefusal::InconsistentAlignment;
    const QString whole = text.sentenceText(sentence);
    if (offset <= 0 || offset >= whole.size() || whole.at(offset).isLowSurrogate())
        return EditRefusal::SplitPointOutside;
    qsizetype firstEnd = offset;
    while (firstEnd > 0 && whole.at(firstEnd - 1).isSpace())
        --firstEnd;
    qsizetype secondStart = offset;
    while (secondStart < whole.size() && whole.at(secondStart).isSpace())
        ++secondStart;
    if (firstEnd == 0 || secondStart == whole.size())
        return EditRefusal::SplitPointOutside;

    Document document = text.document();
    const SentenceRef &ref = text.sentenceRefs(sentence.language).at(sentence.index);
    QList<Sentence> &sentences =
        document.side(sentence.language).paragraphs[ref.paragraph].sentences;
    const Sentence old = sentences.at(ref.sentence);
    Sentence first{{old.range.start, firstEnd}, {}};
    Sentence second{{old.range.start + secondStart, whole.size() - secondStart}, {}};
    for (qsizetype clauseEnd : old.clauseEnds)
        (clauseEnd < first.range.end() ? first : second).clauseEnds.append(clauseEnd);
    second.clauseEnds.removeIf([&](qsizetype end) { return end <= second.range.start; });
    sentences[ref.sentence] = first;
    sentences.insert(ref.sentence + 1, second);

    const int bead = text.beadOf(sentence);
    Bead grown = edited(text.beads().at(bead));
    ++countOf(grown, sentence.language);
    AlignmentEdit edit;
    edit.first = bead;
    edit.removed = {text.beads().at(bead)};
    edit.inserted = {grown};
    edit.shiftedSide = sentence.language;
    edit.shift = 1;
    edit.documentBefore = text.document();
    edit.documentAfter = std::move(document);
    return edit;
}

EditOutcome joinWithNext(const AlignedText &text, SentenceKey sentence)
{
    const SentenceKey next{sentence.language, sentence.index + 1};
    if (!isValidSentence(text, sentence) || !isValidSentence(text, next))
        return EditRefusal::NoSuchSentence;
    const QList<SentenceRef> &refs = text.sentenceRefs(sentence.language);
    if (refs.at(sentence.index).paragraph != refs.at(next.index).paragraph)
        return EditRefusal::NotSameParagraph;
    if (!isConsistent(text))
        return EditRefusal::InconsistentAlignment;

    Document document = text.document();
    Sentence &first = sentenceIn(document, text, sentence);
    const Sentence second = sentenceIn(document, text, next);
    first.range.length = second.range.end() - first.range.start;
    first.clauseEnds.append(second.clauseEnds);
    document.side(sentence.language)
        .paragraphs[refs.at(sentence.index).paragraph]
        .sentences.removeAt(refs.at(next.index).sentence);

    // The joined sentence stays in the first one's pair; the second's pair loses it.
    const int firstBead = text.beadOf(sentence);
    const int lastBead = text.beadOf(next);
    QList<Bead> beads = text.beads().mid(firstBead, lastBead - firstBead + 1);
    beads.first() = edited(beads.first());
    beads.last() = edited(beads.last());
    --countOf(beads.last(), sentence.language);
    AlignmentEdit edit;
    edit.first = firstBead;
    edit.removed = text.beads().mid(firstBead, lastBead - firstBead + 1);
    int begin = beginOf(edit.removed.constFirst(), sentence.language);
    for (Bead bead : beads) {
        if (isEmptyBead(bead))
            continue;
        beginOf(bead, sentence.language) = begin;
        begin += countOf(bead, sentence.language);
        edit.inserted.append(bead);
    }
    edit.shiftedSide = sentence.language;
    edit.shift = -1;
    edit.documentBefore = text.document();
    edit.documentAfter = std::move(document);
    return edit;
}

EditOutcome replaceText(const AlignedText &text, SentenceKey sentence, const QString &newText)
{
    if (!isValidSentence(text, sentence))
        return EditRefusal::NoSuchSentence;
    const QString replacement = newText.trimmed();
    if (replacement.isEmpty())
        return EditRefusal::EmptyText;
    if (replacement.contains(u'\n') || replacement.contains(u'\r') ||
        replacement.contains(QChar::ParagraphSeparator) ||
        replacement.contains(QChar::LineSeparator))
        return EditRefusal::LineBreakInText;
    if (replacement == text.sentenceText(sentence))
        return EditRefusal::TextUnchanged;
    const Side &side = text.document().side(sentence.language);
    if (side.sourceIndex < 0 || side.sourceIndex >= text.document().sources.size())
        return EditRefusal::NoSuchSentence;

    Document document = text.document();
    const TextRange old = sentenceIn(document, text, sentence).range;
    document.sources[side.sourceIndex].text.replace(old.start, old.length, replacement);
    shiftSource(document, side.sourceIndex, old.end(), replacement.size() - old.length);
    Sentence &changed = sentenceIn(document, text, sentence);
    changed.clauseEnds = clauseEndsIn(replacement);
    for (qsizetype &clauseEnd : changed.clauseEnds)
        clauseEnd += changed.range.start;

    const int bead = text.beadOf(sentence);
    AlignmentEdit edit = replacing(text, bead, 1, {edited(text.beads().at(bead))});
    edit.documentBefore = text.document();
    edit.documentAfter = std::move(document);
    return edit;
}

} // namespace edit

} // namespace duizhao
