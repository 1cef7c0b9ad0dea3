#pragma once

#include "core/io/Error.h"
#include "core/model/Document.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace duizhao {

class Lexicon;

/// Who last vouched for a link: the aligner, or the user (who confirmed it as found, or made it
/// by editing).
enum class PairStatus
{
    Automatic,
    Confirmed,
    Edited,
};

/// One link of an alignment: consecutive Chinese sentences and the consecutive English sentences
/// that translate them. Either side may be empty (a sentence with no counterpart).
struct Bead
{
    int chineseBegin = 0;
    int chineseCount = 0;
    int englishBegin = 0;
    int englishCount = 0;
    /// The model's posterior probability that this bead is right, in [0, 1].
    double confidence = 1.0;
    PairStatus status = PairStatus::Automatic;

    friend bool operator==(const Bead &, const Bead &) = default;

    bool sameLink(const Bead &other) const
    {
        return chineseBegin == other.chineseBegin && chineseCount == other.chineseCount &&
               englishBegin == other.englishBegin && englishCount == other.englishCount;
    }
};

/// Told, as an alignment goes, the beads that are settled: in order, each call the next ones, as
/// they are in the result (confidences included), which a reader can show as they come. The
/// last pass searches its path in stretches cut between confident pairs of the pass before, and
/// tells each stretch once it is searched; chapters and subtitle cues are told one by one.
using SettledBeads = std::function<void(const QList<Bead> &beads)>;

/// A sentence as the aligner takes it.
struct AlignmentUnit
{
    QString text;
    int paragraph = 0; ///< Paragraph number: beads that start paragraphs together score better.
    bool unmatchable = false; ///< Known to have no counterpart (text outside the main blocks).
    bool isTitle = false;     ///< A title: titles translate titles.
};

/// The weights of the scoring model. The defaults were fitted on the development sets; the
/// document-specific quantities (length ratio and spread, dictionary coverage, word rarity,
/// learned word pairs) are estimated from each document itself.
struct AlignerModel
{
    double lexicalWeight = 1.0;
    double lengthWeight = 1.2;
    double skipCost = 6.0;       ///< A sentence with no counterpart.
    double repeatSkipCost = 1.0; ///< One that repeats a sentence shortly before it.
    double splitCost = 1.5;      ///< Each English sentence beyond the first in a bead.
    double mergeCost = 2.5;      ///< Each Chinese sentence beyond the first in a bead.
    double manyToManyCost = 1.0; ///< Extra for beads with several sentences on both sides.
    double paragraphBonus = 0.5; ///< A bead that starts a paragraph on both sides.
    /// Words that translate each other at about the same place in a bead (Scorer::orderAgreement).
    double orderWeight = 6.0;
    double titleBonus = 6.0;         ///< A bead of a title and a title.
    double unexplainedWeight = 0.5;  ///< Words are not independent evidence: weigh misses down.
    int minimumSentencesToLearn = 0; ///< Shorter documents teach too little to learn from.
    double matchProbability = 0.5;   ///< First guess of how often a translated word is in the
                                     ///< dictionary; re-estimated per document.
    double anchorMatchProbability = 0.85; ///< How often a number or date is found translated.
    /// How much a short side lowers the share of the long side's words expected to be
    /// translated (0: not at all, 1: in proportion).
    double balanceScaling = 0.5;
    double lengthVariance = 0.0; ///< 0: estimate from the document.
    double posteriorTemperature = 1.0;
    /// The last pass is searched in stretches cut amid four one-to-one beads of the previous pass
    /// this confident, at least stretchRows rows apart: each stretch is final once searched.
    double cutConfidence = 0.99;
    double stretchRows = 256;
    double lengthCutoff = 12.0; ///< Beads whose length alone costs more are not scored.
    /// Literary translators split a long Chinese sentence into as many as five or six English
    /// ones; beyond five such beads are too rare to pay for.
    int maxBeadSide = 5;
    int passes = 2; ///< Later passes learn the document's own word pairs.

    /// Sets a parameter by name (for tuning from the command line); false if unknown.
    bool setParameter(const QString &name, double value);
};

/// Sentence aligner for Chinese and English: a banded dynamic program over beads of up to
/// maxBeadSide sentences a side, scored by dictionary translations (CC-CEDICT, both directions),
/// numbers and dates, names through pinyin, Latin tokens, sentence length, and bead type.
/// Thread-safe: align() may run on several threads at once.
class Aligner
{
public:
    explicit Aligner(std::shared_ptr<const Lexicon> lexicon = {}, AlignerModel model = {});
    ~Aligner();

    const AlignerModel &model() const;

    /// Beads in order, covering every sentence of both sides exactly once. @p isCancelled is
    /// polled and @p reportProgress told the share done (0 to 1) as the search goes.
    /// @p settled is told the beads as they settle (SettledBeads).
    Result<QList<Bead>> align(const QList<AlignmentUnit> &chinese,
                              const QList<AlignmentUnit> &english,
                              const std::function<bool()> &isCancelled = {},
                              const std::function<void(double)> &reportProgress = {},
                              const SettledBeads &settled = {}) const;

private:
    std::shared_ptr<const Lexicon> m_lexicon;
    AlignerModel m_model;
};

/// Aligns a document's two sides with the bundled dictionary (without one when it cannot be
/// loaded): the one entry point for the front ends and the exporters.
Result<QList<Bead>> alignDocument(const Document &document, const AlignerModel &model = {},
                                  const std::function<bool()> &isCancelled = {},
                                  const std::function<void(double)> &reportProgress = {},
                                  const SettledBeads &settled = {});

/// The sentences of one side of a document as alignment units (metadata excluded; text outside
/// the main blocks marked unmatchable).
QList<AlignmentUnit> alignmentUnits(const Document &document, Language language);

} // namespace duizhao
