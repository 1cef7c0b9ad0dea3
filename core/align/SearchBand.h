#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace duizhao::alignment {

/// The search space: for each Chinese boundary i of [first, last()], the English boundaries
/// low(i)..high(i). A whole document's band runs from (0, 0) to its last corner; a window
/// re-searched later runs between two points of the path found before.
struct Band
{
    int first = 0;
    std::vector<int> lo; ///< By row - first.
    std::vector<int> hi;
    std::vector<qsizetype> offset; ///< Cell index of (i, low(i)), by row - first.

    int last() const { return first + int(lo.size()) - 1; }
    int low(int i) const { return lo[i - first]; }
    int high(int i) const { return hi[i - first]; }
    qsizetype cells() const { return offset.back(); }
    bool contains(int i, int j) const
    {
        return i >= first && i <= last() && j >= low(i) && j <= high(i);
    }
    qsizetype cell(int i, int j) const { return offset[i - first] + (j - low(i)); }

    /// Makes the band monotone and connected from (first, @p startJ) to (last(), @p endJ), so
    /// that a path always exists, then lays out its cells.
    void connect(int startJ, int endJ)
    {
        const int rows = int(lo.size()) - 1;
        for (int r = 0; r <= rows; ++r) {
            lo[r] = std::clamp(lo[r], startJ, endJ);
            hi[r] = std::clamp(hi[r], startJ, endJ);
        }
        lo[0] = startJ;
        hi[rows] = endJ;
        for (int r = 1; r <= rows; ++r) {
            lo[r] = std::max(lo[r], lo[r - 1]);
            hi[r] = std::max(hi[r], hi[r - 1]);
        }
        for (int r = rows - 1; r >= 0; --r) {
            lo[r] = std::min(lo[r], lo[r + 1]);
            hi[r] = std::min(hi[r], hi[r + 1]);
        }
        for (int r = 1; r <= rows; ++r)
            lo[r] = std::min(lo[r], hi[r - 1]);
        for (int r = 0; r <= rows; ++r)
            hi[r] = std::max(hi[r], lo[r]);
        finish();
    }

    void finish()
    {
        offset.assign(lo.size() + 1, 0);
        for (size_t r = 0; r < lo.size(); ++r)
            offset[r + 1] = offset[r] + (hi[r] - lo[r] + 1);
    }
};

} // namespace duizhao::alignment
