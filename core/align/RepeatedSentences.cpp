#include "core/align/RepeatedSentences.h"

#include <algorithm>

namespace duizhao::alignment {

namespace {

/// How many units back a repeat's original may stand.
constexpr int RepeatReach = 12;
/// Shared character pairs (Dice) of a repeat and its original: a copy may have lost or gained a
/// few words.
constexpr double RepeatSimilarity = 0.8;

/// The distinct pairs of adjacent non-space characters, lower-cased, as sorted hashes; @p length
/// counts the characters.
std::vector<uint> characterPairs(const QString &text, int &length)
{
    std::vector<uint> pairs;
    QChar previous;
    length = 0;
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        ++length;
        c = c.toLower();
        if (!previous.isNull())
            pairs.push_back((uint(previous.unicode()) << 16) | c.unicode());
        previous = c;
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

/// The unit's digits in order: a copy keeps its numbers, where a sentence of the same pattern
/// (the next group's results, the next figure) changes them.
QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits;
}

double dice(const std::vector<uint> &a, const std::vector<uint> &b)
{
    if (a.empty() || b.empty())
        return 0.0;
    size_t shared = 0;
    for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
        if (*x < *y) {
            ++x;
        } else if (*y < *x) {
            ++y;
        } else {
            ++shared;
            ++x;
            ++y;
        }
    }
    return 2.0 * double(shared) / double(a.size() + b.size());
}

} // namespace

std::vector<int> repeatedUnits(const QList<AlignmentUnit> &units, int minimumLength)
{
    const int count = int(units.size());
    std::vector<int> repeated(count, -1);
    // The character pairs of the units within reach, by unit number modulo the reach.
    std::vector<std::vector<uint>> recent(RepeatReach + 1);
    const auto pairsOf = [&recent](int unit) -> std::vector<uint> & {
        return recent[size_t(unit % (RepeatReach + 1))];
    };
    for (int i = 0; i < count; ++i) {
        const AlignmentUnit &unit = units.at(i);
        std::vector<uint> &pairs = pairsOf(i);
        pairs.clear();
        if (unit.unmatchable || unit.isTitle)
            continue;
        int length = 0;
        pairs = characterPairs(unit.text, length);
        if (length < minimumLength)
            continue;
        for (int k = i - 1; k >= std::max(0, i - RepeatReach); --k) {
            const std::vector<uint> &earlier = pairsOf(k);
            const size_t shorter = std::min(earlier.size(), pairs.size());
            const size_t longer = std::max(earlier.size(), pairs.size());
            // Dice cannot reach the threshold when the sizes are too far apart.
            if (2.0 * double(shorter) < RepeatSimilarity * double(shorter + longer))
                continue;
            if (dice(earlier, pairs) >= RepeatSimilarity &&
                digitsOf(units.at(k).text) == digitsOf(unit.text)) {
                repeated[i] = k;
                break;
            }
        }
    }
    return repeated;
}

} // namespace duizhao::alignment
