#pragma once

#include "core/align/Aligner.h"
#include "core/model/Confidence.h"
#include "core/model/Document.h"

#include <QList>
#include <QString>

#include <memory>

namespace duizhao {

class LearnedWords;

/// One sentence of the document, named by its side and its index into
/// Document::sentenceRefs(language) (the indices beads use).
struct SentenceKey
{
    Language language = Language::Chinese;
    int index = -1;

    bool isValid() const { return index >= 0; }
    friend bool operator==(const SentenceKey &, const SentenceKey &) = default;
};

/// A paragraph as a pane shows it: consecutive sentences, each a separate click target.
struct PaneParagraph
{
    ParagraphRole role = ParagraphRole::Body;
    Language language = Language::Chinese;
    QList<SentenceKey> sentences;
};

/// A find hit inside one sentence, in UTF-16 code units of the sentence as stored.
struct TextHit
{
    SentenceKey sentence;
    int offset = 0;
    int length = 0;
};

/// Chapters of the two books that the alignment pairs: a chapter on one side, or several when
/// the books divide the text differently (a chapter missing on the other side has none there).
struct ChapterGroup
{
    QList<int> chinese; ///< Indices into Side::chapters, in order.
    QList<int> english;
    int bead = -1; ///< The first bead of the group's text, where reading it starts.
};

/// The document plus its alignment, with the lookups the reader needs: which bead a sentence
/// belongs to, what the counterpart of a sentence is, how paragraphs are laid out per layout.
class AlignedText
{
public:
    AlignedText() = default;
    AlignedText(Document document, QList<Bead> beads);
    /// A document whose alignment is still coming: the @p settled beads (the aligned start, in
    /// order) and, for the rest, placeholders of one sentence each, laid out in proportion down
    /// both sides so that the panes keep roughly level until the aligner gets there.
    static AlignedText aligning(Document document, const QList<Bead> &settled);

    const Document &document() const { return m_document; }
    const QList<Bead> &beads() const { return m_beads; }
    bool isEmpty() const { return m_beads.isEmpty(); }
    /// Whether the alignment is still coming (aligning()): beads from alignedBeadCount() on are
    /// placeholders, neither pairs nor unmatched.
    bool isAligning() const { return m_alignedBeads >= 0; }
    int alignedBeadCount() const { return isAligning() ? m_alignedBeads : int(m_beads.size()); }
    bool isPending(int bead) const
    {
        return isAligning() && bead >= m_alignedBeads && bead < m_beads.size();
    }

    int sentenceCount(Language language) const;
    /// Where each sentence of a side is in the document (what SentenceKey::index counts).
    const QList<SentenceRef> &sentenceRefs(Language language) const { return refs(language); }
    /// The sentence exactly as found in the source.
    QString sentenceText(SentenceKey key) const;
    ParagraphRole sentenceRole(SentenceKey key) const;
    /// The bead holding @p key, or -1.
    int beadOf(SentenceKey key) const;
    /// Every sentence of a bead, Chinese first.
    QList<SentenceKey> beadSentences(int bead) const;
    /// True when the sentence's bead has nothing on the other side (a placeholder's is not known
    /// yet).
    bool isUnmatched(SentenceKey key) const;
    bool isPair(int bead) const;
    /// A pair the aligner made and is less sure of than doubtfulThreshold() (one the user
    /// confirmed or made is not in doubt).
    bool isDoubtful(int bead) const;
    /// The user vouched for the pair: confirmed it, or made it by editing.
    bool isConfirmed(int bead) const;
    /// Pairs (matched or not, as the status bar counts) the user confirmed or made.
    int confirmedCount() const;
    /// The confidence below which a pair is doubtful: DoubtfulConfidence unless the reader's
    /// preferences set another.
    double doubtfulThreshold() const { return m_doubtfulThreshold; }
    void setDoubtfulThreshold(double threshold) { m_doubtfulThreshold = threshold; }

    /// The word pairs the document taught (see learnWords()); null until they are learned.
    const std::shared_ptr<const LearnedWords> &learnedWords() const { return m_learnedWords; }
    void setLearnedWords(std::shared_ptr<const LearnedWords> words)
    {
        m_learnedWords = std::move(words);
    }

    int pairCount() const;
    int unmatchedCount(Language language) const;

    /// When a bead's subtitle cues are on screen: from the earliest start to the latest end of
    /// the cues its sentences come from (both languages); invalid for text without cue times.
    CueTime beadCue(int bead) const;

    /// The chapters of both sides as the alignment pairs them (chapters linked by a pair are
    /// grouped), in reading order; empty when neither side has chapters.
    QList<ChapterGroup> chapterGroups() const;
    /// The first sentence of a chapter of a side (its heading when it has one), or invalid.
    SentenceKey chapterStart(Language language, int chapter) const;

    /// Paragraphs of one side, as in the source (metadata excluded).
    QList<PaneParagraph> sideParagraphs(Language language) const;
    /// Each bead's Chinese followed by its English.
    QList<PaneParagraph> interleavedParagraphs() const;

private:
    Document m_document;
    QList<Bead> m_beads;
    QList<SentenceRef> m_chineseRefs;
    QList<SentenceRef> m_englishRefs;
    QList<int> m_chineseBead;
    QList<int> m_englishBead;
    double m_doubtfulThreshold = DoubtfulConfidence;
    std::shared_ptr<const LearnedWords> m_learnedWords;
    int m_alignedBeads = -1; ///< Beads aligned so far while aligning; -1: all of them.

    const QList<SentenceRef> &refs(Language language) const;
};

} // namespace duizhao
