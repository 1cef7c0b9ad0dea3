#pragma once

#include "core/model/Document.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>

namespace duizhao {

/// A number, a date's month or day, a weekday or a percent sign, as a value that a Chinese and an
/// English sentence saying the same thing share.
struct Anchor
{
    enum class Kind : std::uint8_t
    {
        Number,
        Month,
        Day,
        Weekday, ///< Monday = 1 … Sunday = 7.
        Percent,
    };

    Kind kind = Kind::Number;
    /// Decimal digits: a number exactly, whatever its magnitude ("2024", "3.5", "120000000"; no
    /// trailing zeros after the point), or the month, day or weekday. Empty for Percent.
    QString digits;

    /// A number's value, or -1 for the other kinds: the aligner weights small bare numbers down
    /// because they mislead.
    double numberValue() const;
    /// One text per anchor, for vocabularies and logs: "#2024", "month:8", "day:23",
    /// "weekday:5", "percent".
    QString key() const;

    friend bool operator==(const Anchor &, const Anchor &) = default;
};

/// The numbers, dates and other anchors in a sentence, language-neutral, so that a Chinese and an
/// English sentence saying the same thing yield the same anchors (shown by their keys):
///   8月23日 ↔ August 23          → "month:8", "day:23"
///   二〇二四年 ↔ 2024            → "#2024"
///   百分之五 ↔ 5 percent / 5%    → "#5", "percent"
///   三十五 ↔ 35 ↔ thirty-five    → "#35"
///   3.5萬 ↔ 35,000 / 35 thousand → "#35000"
///   星期五 / 週五 ↔ Friday        → "weekday:5"
/// Anchors come in order of appearance; a number appears once per mention.
QList<Anchor> numberAnchors(QStringView text, Language language);

} // namespace duizhao
