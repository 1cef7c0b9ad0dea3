#pragma once

// The bead score: dictionary translations both ways, numbers, lengths, bead type and layout.

#include "core/align/AlignmentFeatures.h"
#include "core/align/SearchBand.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <optional>
#include <vector>

namespace duizhao::alignment {

struct PairMasks
{
    quint64 english = 0; ///< Tokens of the English sentence the Chinese sentence explains.
    quint64 chinese = 0; ///< Content words of the Chinese sentence the English one explains.
    /// Of those, the words (not numbers or punctuation): how many on each side and the sum of
    /// their places, for Scorer::orderAgreement.
    quint16 englishPlaces = 0;
    quint16 chinesePlaces = 0;
    quint8 englishWords = 0;
    quint8 chineseWords = 0;
};

/// Which words of Chinese sentence @p s and English sentence @p j translate each other.
PairMasks pairMasks(const Features &features, int s, int j);

/// The scoring model with the document's estimates, and the bead score.
class Scorer
{
public:
    Scorer(const Features &features, const AlignerModel &model)
        : m_features(features)
        , m_model(model)
    {}

    /// Looks up the word pairs of every sentence pair that a bead inside @p band can hold;
    /// score() may then be asked about beads of that band only. Pairs looked up for an earlier
    /// band are kept, so widening the band looks up only the cells it adds.
    void computePairs(const Band &band);

    /// Word pairs looked up so far: each is a scan of both sentences' words.
    qsizetype pairsLookedUp() const { return m_pairsLookedUp; }

    double matchProbability = 0.5;
    double lengthVariance = 6.0;

    int englishCount() const { return int(m_features.english.size()); }

    struct Parts
    {
        double lexical = 0.0;
        double length = 0.0;
        double prior = 0.0;
        int explained = 0;
        int words = 0;
    };

    double score(int i0, int a, int j0, int b) const { return score(i0, a, j0, b, nullptr); }

    double score(int i0, int a, int j0, int b, Parts *parts) const;

    /// Gale–Church: how far the English length is from the expected one, in standard deviations,
    /// as a log density relative to a perfect fit. The tail is heavy (a mixture with a Gaussian
    /// four times wider), because headlines and terse translations are far off the line yet right.
    double lengthScore(int i0, int chineseLength, int englishLength) const;

    /// How well the words of a bead that translate each other keep their order.
    double orderAgreement(int i0, int a, int j0, int b) const;

    /// The length model's log density at @p squared = delta², relative to a perfect fit.
    static double exactLengthLogDensity(double squared);

    /// Far out only the wide Gaussian is left (the narrow one is below e^-128): a line in
    /// delta², with no exp or log.
    static double tailLengthLogDensity(double squared);

    /// Every candidate bead needs it: read from a table (linear between steps of 1/16, smooth
    /// enough to be exact to 1e-4) instead of two exponentials and a logarithm. The table
    /// reaches past the length cutoff of any sensible weight and is quick to fill.
    static double lengthLogDensity(double squared);

    /// log(1 - p): one side of every bead keeps the document's match probability, so that
    /// one is kept rather than computed for each candidate.
    double missLog(double p) const
    {
        if (p == m_missLogFor)
            return m_missLog;
        return std::log1p(-p);
    }

    /// To call once matchProbability is set.
    void prepareConstants();

    /// balance^balanceScaling; the default scaling 0.5 is a square root.
    double shrunk(double balance) const
    {
        return m_model.balanceScaling == 0.5 ? std::sqrt(balance)
                                             : std::pow(balance, m_model.balanceScaling);
    }

    /// The exact gain of a more common word, by match probability (in steps of 1/Rows) and
    /// log λ (in steps of 1/16), each row filled the first time a bead needs it: otherwise an
    /// exp and a log for every such word of every candidate bead. Exact to about 1e-3.
    struct GainTables
    {
        static constexpr int Rows = 64;
        static constexpr double Start = -6.0, StepsPerUnit = 16.0;
        static constexpr int Size = int(10.0 * StepsPerUnit); // To λ = e^4: a sure chance match.

        const std::vector<float> &row(int k) const
        {
            std::vector<float> &values = rows[k];
            if (values.empty()) {
                values.resize(Size + 1);
                for (int x = 0; x <= Size; ++x)
                    values[x] = float(
                        Scorer::gain(-std::exp(Start + x / StepsPerUnit), 1, double(k) / Rows));
            }
            return values;
        }

        static double read(const std::vector<float> &values, double logLambda)
        {
            const double position = (logLambda - Start) * StepsPerUnit;
            if (position >= Size)
                return values[Size];
            const int x = int(position);
            const double within = position - x;
            return values[x] + within * (values[x + 1] - values[x]);
        }

        mutable std::array<std::vector<float>, Rows> rows;
    };

    /// The per-word gain of one bead and direction: match probability p, and @p others words on
    /// the other side that could explain a word by chance.
    struct GainTerms
    {
        GainTerms(double matchProbability, int otherWords, const GainTables &tables)
            : p(matchProbability)
            , others(otherWords)
            , logOdds(std::log(matchProbability / (1.0 - matchProbability)))
            , oddsRatio((1.0 - matchProbability) / matchProbability)
            , logOthers(otherWords < int(LogTable::Size) ? logTable().values[otherWords]
                                                         : std::log(double(otherWords)))
        {
            const double row = std::clamp(p * GainTables::Rows, 1.0, GainTables::Rows - 1.0);
            const int low = std::min(int(row), GainTables::Rows - 2);
            lowRow = &tables.row(low);
            highRow = &tables.row(low + 1);
            highShare = row - low;
        }

        double gain(double randomLog, float logRate) const
        {
            // λ, the expected number of chance explanations. While (q/p)·λ is small the exact
            // gain log(p / (q·c) + 1), c = 1 - e^-λ, is log(p/q) - log λ + λ/2 + (q/p)·λ to
            // within 0.002, with no exp or log: most words of a long book are that rare.
            const double lambda = -others * randomLog;
            if (oddsRatio * lambda < 0.05)
                return logOdds - (logOthers + logRate) + lambda * (0.5 + oddsRatio);
            const double logLambda = logOthers + logRate;
            if (logLambda < GainTables::Start)
                return Scorer::gain(randomLog, others, p);
            return (1.0 - highShare) * GainTables::read(*lowRow, logLambda) +
                   highShare * GainTables::read(*highRow, logLambda);
        }

        double p;
        int others;
        double logOdds;
        double oddsRatio;
        double logOthers;
        const std::vector<float> *lowRow;
        const std::vector<float> *highRow;
        double highShare; ///< Between the tables of the match probabilities either side of p.
    };

    /// What a bead's score needs of its size: the gains of matched words and the cost of
    /// unmatched ones, both ways. They depend only on how many content words each side has, so
    /// they are computed once per pair of sizes.
    struct BeadGains
    {
        GainTerms english;
        GainTerms chinese;
        GainTerms englishAnchor;
        GainTerms chineseAnchor;
        double englishMiss;
        double chineseMiss;
    };

    BeadGains computeBeadGains(double match, int chineseWords, int englishWords) const;

    /// The gains of a bead starting at Chinese sentence @p i0, by the match probability there.
    const BeadGains &beadGains(int i0, int chineseWords, int englishWords) const;

    struct LogTable
    {
        static constexpr size_t Size = 4096;
        std::array<double, Size> values{};
        LogTable()
        {
            for (size_t n = 1; n < Size; ++n)
                values[n] = std::log(double(n));
        }
    };

    static const LogTable &logTable();

    /// Log-likelihood gain of a word found translated in a bead over its not being found, when
    /// the other side holds @p others words that could explain it by chance.
    static double gain(double randomLog, int others, double p);

    const PairMasks &pair(int i, int j) const
    {
        static const PairMasks none;
        if (i < 0 || i >= int(m_pairRows.size()))
            return none;
        const std::vector<PairMasks> &row = m_pairRows[i];
        const int k = j - m_pairLo[i];
        return k >= 0 && k < int(row.size()) ? row[k] : none;
    }

    /// Makes sentence @p s's run of looked-up pairs cover English sentences @p lo to @p hi.
    void extendPairs(int s, int lo, int hi);

private:
    static constexpr int GainCacheSide = 96;
    /// Local match probabilities are rounded to one of MatchLevels steps, each with its own
    /// cache (index MatchLevels: the document's own).
    static constexpr int MatchLevels = 20;
    GainTables m_gainTables;
    mutable std::array<std::vector<std::optional<BeadGains>>, MatchLevels + 1> m_gainCache;
    mutable std::optional<BeadGains> m_uncachedGains;
    double m_missLogFor = -1.0;
    double m_missLog = 0.0;
    double m_anchorMissLog = 0.0;
    const Features &m_features;
    const AlignerModel &m_model;
    /// By Chinese sentence: the first English sentence looked up, and the pairs from there on.
    std::vector<int> m_pairLo;
    std::vector<std::vector<PairMasks>> m_pairRows;
    qsizetype m_pairsLookedUp = 0;
};

} // namespace duizhao::alignment
