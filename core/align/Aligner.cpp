#include "core/align/Aligner.h"

#include "core/align/AlignmentFeatures.h"
#include "core/align/AlignmentLog.h"
#include "core/align/BandLayout.h"
#include "core/align/BandSearch.h"
#include "core/align/BeadScorer.h"
#include "core/align/ChapterAligner.h"
#include "core/align/DocumentLearning.h"
#include "core/align/LearnedWords.h"
#include "core/align/Lexicon.h"

#include <QElapsedTimer>

#include <algorithm>

namespace duizhao {

namespace alignment {

bool timingEnabled()
{
    return lcAlignTiming().isDebugEnabled();
}

} // namespace alignment

using namespace alignment;

namespace {

/// The first pass searches this far either side of a path guessed from lengths and rare words;
/// later passes this far around the previous pass's path. Both widen where the path meets the
/// band's edge.
constexpr int FirstPassHalfWidth = 16;
constexpr int LaterPassHalfWidth = 4;

} // namespace

bool AlignerModel::setParameter(const QString &name, double value)
{
    const std::pair<const char *, double *> parameters[] = {
        {"lexicalWeight", &lexicalWeight},
        {"lengthWeight", &lengthWeight},
        {"skipCost", &skipCost},
        {"repeatSkipCost", &repeatSkipCost},
        {"orderWeight", &orderWeight},
        {"splitCost", &splitCost},
        {"mergeCost", &mergeCost},
        {"manyToManyCost", &manyToManyCost},
        {"paragraphBonus", &paragraphBonus},
        {"matchProbability", &matchProbability},
        {"titleBonus", &titleBonus},
        {"unexplainedWeight", &unexplainedWeight},
        {"lengthCutoff", &lengthCutoff},
        {"anchorMatchProbability", &anchorMatchProbability},
        {"balanceScaling", &balanceScaling},
        {"lengthVariance", &lengthVariance},
        {"posteriorTemperature", &posteriorTemperature},
        {"cutConfidence", &cutConfidence},
        {"stretchRows", &stretchRows},
    };
    for (const auto &[key, target] : parameters) {
        if (name == QLatin1String(key)) {
            *target = value;
            return true;
        }
    }
    if (name == QLatin1String("maxBeadSide")) {
        maxBeadSide = std::clamp(int(value), 1, 6);
        return true;
    }
    if (name == QLatin1String("minimumSentencesToLearn")) {
        minimumSentencesToLearn = std::max(0, int(value));
        return true;
    }
    if (name == QLatin1String("passes")) {
        passes = std::clamp(int(value), 1, 4);
        return true;
    }
    return false;
}

Aligner::Aligner(std::shared_ptr<const Lexicon> lexicon, AlignerModel model)
    : m_lexicon(std::move(lexicon))
    , m_model(model)
{}

Aligner::~Aligner() = default;

const AlignerModel &Aligner::model() const
{
    return m_model;
}

Result<QList<Bead>> Aligner::align(const QList<AlignmentUnit> &chinese,
                                   const QList<AlignmentUnit> &english,
                                   const std::function<bool()> &isCancelled,
                                   const std::function<void(double)> &reportProgress,
                                   const SettledBeads &settled) const
{
    return alignUnits(m_lexicon.get(), m_model, chinese, english, isCancelled, reportProgress,
                      nullptr, settled);
}

namespace alignment {

Result<QList<Bead>> alignUnits(const Lexicon *lexicon, const AlignerModel &model,
                               const QList<AlignmentUnit> &chinese,
                               const QList<AlignmentUnit> &english,
                               const std::function<bool()> &isCancelled,
                               const std::function<void(double)> &reportProgress,
                               LearnedWords *learnedWords, const SettledBeads &settled)
{
    QList<Bead> beads;
    if (chinese.isEmpty() || english.isEmpty()) {
        for (int i = 0; i < chinese.size(); ++i)
            beads.append({i, 1, 0, 0, 1.0});
        for (int j = 0; j < english.size(); ++j)
            beads.append({int(chinese.size()), 0, j, 1, 1.0});
        if (settled)
            settled(beads);
        return beads;
    }

    const bool timing = timingEnabled();
    QElapsedTimer timer;
    timer.start();
    const auto lap = [&](const char *what) {
        if (timing)
            qCDebug(lcAlignTiming, "%s: %lld ms", what, timer.restart());
    };
    Features features;
    Vocabulary vocabulary(lexicon);
    buildEnglish(features, english, vocabulary);
    buildChinese(features, chinese, lexicon, vocabulary);
    double chineseLength = 0.0, englishLength = 0.0;
    for (const ChineseSentence &s : features.chinese)
        chineseLength += s.unmatchable ? 0 : s.length;
    for (const EnglishSentence &s : features.english)
        englishLength += s.unmatchable ? 0 : s.length;
    lap("features");
    features.lengthRatio =
        chineseLength > 0 && englishLength > 0 ? englishLength / chineseLength : 3.0;

    LearnedPairs learned;
    double matchProbability = model.matchProbability;
    double lengthVariance = model.lengthVariance > 0 ? model.lengthVariance : 6.0;
    for (int pass = 0; pass < model.passes; ++pass) {
        prepareContent(features, vocabulary, learned);
        lap("content");
        const int chineseCount = int(chinese.size()), englishCount = int(english.size());
        // Later passes refine the previous path: a narrow band around it is enough.
        const int halfWidth = beads.isEmpty() ? FirstPassHalfWidth : LaterPassHalfWidth;
        Band band = beads.isEmpty() ? makeBand(features, halfWidth)
                                    : bandAround(beads, chineseCount, englishCount, halfWidth);
        if (timing)
            qCDebug(lcAlignTiming, "band: %lld cells for %d rows", qlonglong(band.cells()),
                    chineseCount + 1);
        lap("band");
        Scorer scorer(features, model);
        scorer.computePairs(band);
        lap("pairs");
        qCDebug(lcAlign,
                "pass %d: match probability %.3f, length variance %.2f, ratio %.3f, %lld learned",
                pass, matchProbability, lengthVariance, features.lengthRatio,
                qlonglong(learned.size()));
        scorer.matchProbability = matchProbability;
        scorer.lengthVariance = lengthVariance;
        scorer.prepareConstants();
        // A pass before the last only finds the path and teaches the next, at any length: the
        // common bead types, no posteriors, and a bead's confidence is its score's logistic, so
        // the next pass learns from the beads with evidence of their own. On the development
        // sets this is both quicker and more accurate than a full first pass.
        const bool roughPass = pass + 1 < model.passes;
        // Each pass is an equal share of the work reported.
        const auto passProgress = [&reportProgress, pass, &model](double withinPass) {
            if (reportProgress)
                reportProgress((pass + withinPass) / double(model.passes));
        };
        // A later pass refines a path already found. Cut between confident pairs of it, each
        // stretch is searched and widened on its own, and is final, to be told, once it is.
        const std::vector<std::pair<int, int>> cuts =
            beads.isEmpty() ? std::vector<std::pair<int, int>>{{0, 0}, {chineseCount, englishCount}}
                            : confidentCuts(beads, model.cutConfidence, int(model.stretchRows));
        const qsizetype wideningCellsPerRow =
            pass == 0 ? WideningCellsPerRow : WideningCellsPerRow / 4;
        // One budget for the whole pass: a stretch's trouble may need more than its share.
        qsizetype wideningBudget = wideningCellsPerRow * (chineseCount + 1);
        QList<Bead> found;
        WideningCost widened;
        for (size_t k = 0; k + 1 < cuts.size(); ++k) {
            const int firstRow = cuts[k].first, lastRow = cuts[k + 1].first;
            Band stretch = bandStretch(band, firstRow, cuts[k].second, lastRow, cuts[k + 1].second);
            const auto stretchProgress = [&passProgress, firstRow, lastRow,
                                          chineseCount](double within) {
                passProgress((firstRow + within * (lastRow - firstRow)) /
                             std::max(1, chineseCount));
            };
            SearchResult result =
                search(scorer, stretch, model, !roughPass, roughPass, isCancelled, stretchProgress);
            if (result.cancelled)
                return Error{ErrorCode::Cancelled, {}};
            widened += widenWhereTouched(scorer, stretch, result, halfWidth, wideningBudget, model,
                                         !roughPass, roughPass, isCancelled);
            if (result.cancelled)
                return Error{ErrorCode::Cancelled, {}};
            if (settled && !roughPass)
                settled(result.beads);
            found.append(std::move(result.beads));
        }
        lap("search and widen");
        if (timing)
            qCDebug(lcAlignTiming,
                    "%d stretches; re-searched %d windows, %lld cells, skipped %d over budget; "
                    "%lld word pairs looked up for %d rows",
                    int(cuts.size()) - 1, widened.windows, qlonglong(widened.cells),
                    widened.skipped, qlonglong(scorer.pairsLookedUp()), chineseCount + 1);
        beads = std::move(found);
        if (pass + 1 < model.passes) {
            estimateLocalRatios(features, beads);
            reestimate(features, beads, scorer);
            matchProbability = scorer.matchProbability;
            if (model.lengthVariance <= 0)
                lengthVariance = scorer.lengthVariance;
            if (std::min(chinese.size(), english.size()) >= model.minimumSentencesToLearn)
                learned = learnPairs(features, beads);
            lap("learn");
        }
    }
    // The reader links words by what the document taught, learned once more from the final
    // beads while the features are at hand.
    if (learnedWords && std::min(chinese.size(), english.size()) >= model.minimumSentencesToLearn)
        *learnedWords = learnedWordsOf(features, vocabulary, learnPairs(features, beads));
    if (reportProgress)
        reportProgress(1.0);
    return beads;
}

} // namespace alignment

namespace {

Result<QList<Bead>> alignDocument(const Document &document, const AlignerModel &model,
                                  const std::function<bool()> &isCancelled,
                                  const std::function<void(double)> &reportProgress,
                                  LearnedWords *learnedWords, const SettledBeads &settled)
{
    std::shared_ptr<const Lexicon> lexicon;
    if (Result<std::shared_ptr<const Lexicon>> loaded = Lexicon::bundled())
        lexicon = *loaded;
    const Aligner aligner(lexicon, model);
    // Books pair chapters first, subtitles cues (core/align/ChapterAligner.h); their pairs are
    // learned from afresh, over the whole document.
    if (auto structured =
            alignByStructure(document, aligner, isCancelled, reportProgress, settled)) {
        if (learnedWords && *structured)
            *learnedWords = learnWords(document, **structured, lexicon.get());
        return *structured;
    }
    return alignUnits(lexicon.get(), model, alignmentUnits(document, Language::Chinese),
                      alignmentUnits(document, Language::English), isCancelled, reportProgress,
                      learnedWords, settled);
}

} // namespace

Result<QList<Bead>> alignDocument(const Document &document, const AlignerModel &model,
                                  const std::function<bool()> &isCancelled,
                                  const std::function<void(double)> &reportProgress,
                                  const SettledBeads &settled)
{
    return alignDocument(document, model, isCancelled, reportProgress, nullptr, settled);
}

Result<QList<Bead>> alignDocumentLearning(const Document &document, LearnedWords &learnedWords,
                                          const std::function<bool()> &isCancelled,
                                          const std::function<void(double)> &reportProgress,
                                          const SettledBeads &settled)
{
    return alignDocument(document, AlignerModel(), isCancelled, reportProgress, &learnedWords,
                         settled);
}

QList<AlignmentUnit> alignmentUnits(const Document &document, Language language)
{
    QList<AlignmentUnit> units;
    const Side &side = document.side(language);
    for (const SentenceRef &ref : document.sentenceRefs(language))
        units.append({document.text(side, ref.range), ref.paragraph,
                      ref.role == ParagraphRole::Extra, ref.role == ParagraphRole::Title});
    return units;
}

} // namespace duizhao
