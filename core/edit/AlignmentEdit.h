#pragma once

#include "core/model/AlignedText.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

namespace duizhao {

class Aligner;

/// Why an edit was refused. A refused edit changes nothing.
enum class EditRefusal
{
    NoSuchPair,            ///< The pair number is outside the alignment.
    NoSuchSentence,        ///< The sentence is outside its side.
    NoNeighbour,           ///< Merging or moving past the first or the last pair.
    NothingToMove,         ///< The side to move a sentence from is empty.
    SplitPointOutside,     ///< The split would leave one part empty.
    AlreadyUnmatched,      ///< The sentence is alone in its pair already.
    EmptyRange,            ///< Linking needs at least one sentence on each side.
    AlreadyConfirmed,      ///< Every pair asked for is confirmed already.
    NotAutomatic,          ///< Re-aligning starts from a pair the aligner made.
    NotSameParagraph,      ///< Only neighbouring sentences of one paragraph can be joined.
    EmptyText,             ///< A sentence's text cannot be blank.
    LineBreakInText,       ///< A sentence's text is one line.
    TextUnchanged,         ///< The new text is the old one.
    NoChange,              ///< The edit would leave everything as it is.
    InconsistentAlignment, ///< The pairs do not cover the sentences in order: never edited.
    Cancelled,             ///< The aligner was stopped.
    AlignerFailed,         ///< The aligner gave no result.
};

/// One edit, stored as the difference it makes, so it can be applied and taken back exactly:
/// the pairs from `first` that it replaced and what replaced them. A text fix that adds or
/// removes a sentence also shifts every later pair on that side; it keeps the document before
/// and after (their texts are shared copy-on-write, so a copy costs the changed parts only).
struct AlignmentEdit
{
    int first = 0;
    QList<Bead> removed;
    QList<Bead> inserted;
    Language shiftedSide = Language::Chinese;
    int shift = 0; ///< Added to the later pairs' first sentence on shiftedSide.
    std::optional<Document> documentBefore;
    std::optional<Document> documentAfter;

    /// Where pair @p bead of the text before the edit is after it (and back, with @p forward
    /// false): a pair replaced by the edit maps to the new pair holding its first sentence.
    int mapBead(int bead, bool forward = true) const;
};

/// An edit, or why it was refused.
class EditOutcome
{
public:
    EditOutcome(AlignmentEdit edit)
        : m_state(std::move(edit))
    {}
    EditOutcome(EditRefusal refusal)
        : m_state(refusal)
    {}

    bool isEdit() const { return std::holds_alternative<AlignmentEdit>(m_state); }
    explicit operator bool() const { return isEdit(); }
    const AlignmentEdit &edit() const { return std::get<AlignmentEdit>(m_state); }
    AlignmentEdit &edit() { return std::get<AlignmentEdit>(m_state); }
    EditRefusal refusal() const { return std::get<EditRefusal>(m_state); }

private:
    std::variant<AlignmentEdit, EditRefusal> m_state;
};

/// @p text with @p edit applied (or taken back, with @p forward false). The edit must have been
/// made on the text it is applied to (or, taking back, on the text before it).
AlignedText applyEdit(const AlignedText &text, const AlignmentEdit &edit, bool forward = true);

/// A half-open run of one side's sentences (indices as in AlignedText).
struct SentenceRange
{
    int first = 0;
    int count = 0;
};

/// The edits on an aligned text: each checks its input and returns the edit it would make (for
/// applyEdit() and undo), or a refusal. Pairs they change are marked Edited; confirming marks
/// them Confirmed; re-aligning leaves the aligner's new pairs Automatic.
namespace edit {

/// Joins pair @p bead with the pair after it (or before it).
EditOutcome mergeWithNext(const AlignedText &text, int bead);
EditOutcome mergeWithPrevious(const AlignedText &text, int bead);
/// Moves the first sentence of @p language's side of pair @p bead to the end of the pair before,
/// or its last sentence to the start of the pair after. A pair left empty is removed.
EditOutcome moveFirstToPrevious(const AlignedText &text, int bead, Language language);
EditOutcome moveLastToNext(const AlignedText &text, int bead, Language language);
/// Splits pair @p bead in two: the first keeps @p chineseKept and @p englishKept sentences, the
/// second the rest. Both parts must hold a sentence.
EditOutcome splitPair(const AlignedText &text, int bead, int chineseKept, int englishKept);
/// Puts @p sentence in a pair of its own with nothing on the other side. The rest of its pair
/// stays paired: the sentences before it and after it each keep a share of the other side.
EditOutcome markUnmatched(const AlignedText &text, SentenceKey sentence);
/// Links the Chinese and the English sentences given into one pair. The pairs they came from
/// keep what is left of them, before and after the new pair.
EditOutcome link(const AlignedText &text, SentenceRange chinese, SentenceRange english);
/// Marks pair @p bead confirmed; or every pair from the start up to it.
EditOutcome confirm(const AlignedText &text, int bead);
EditOutcome confirmUpTo(const AlignedText &text, int bead);
/// The run of pairs the aligner made (Automatic) around @p bead, bounded by pairs the user
/// confirmed or made: [first, first + count). Empty when @p bead is not automatic.
std::pair<int, int> automaticStretch(const AlignedText &text, int bead);
/// Re-aligns the automatic stretch around @p bead with @p aligner, keeping every pair the user
/// confirmed or made.
EditOutcome realign(const AlignedText &text, int bead, const Aligner &aligner,
                    const std::function<bool()> &isCancelled = {});

/// Text fixes. Splits @p sentence before UTF-16 offset @p offset (into the sentence as stored);
/// whitespace at the cut goes to neither part. Both sentences stay in its pair.
EditOutcome splitSentence(const AlignedText &text, SentenceKey sentence, int offset);
/// Joins @p sentence with the next sentence of its paragraph; the joined sentence stays in the
/// pair of the first.
EditOutcome joinWithNext(const AlignedText &text, SentenceKey sentence);
/// Replaces the text of @p sentence (trimmed; one line, not blank) in the source text, shifting
/// every later range of that source.
EditOutcome replaceText(const AlignedText &text, SentenceKey sentence, const QString &newText);

} // namespace edit

/// True when the pairs cover every sentence of both sides once, in order: what every edit keeps.
bool coversInOrder(const QList<Bead> &beads, int chineseCount, int englishCount);

} // namespace duizhao
