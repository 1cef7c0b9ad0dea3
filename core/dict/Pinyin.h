#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace duizhao::pinyin {

/// Numbered pinyin as in CC-CEDICT → tone marks: "kai1 fa1" → "kāi fā", "nu:3" → "nǚ",
/// "Chang2 cheng2" → "Cháng chéng". Tokens that are not syllables (",", "·") pass through.
QString toMarks(QStringView numbered);

/// One numbered syllable → tone-marked: "lu:e4" → "lüè"; tone 5 or none: no mark.
QString syllableToMarks(QStringView syllable);

/// The tone of each syllable of numbered pinyin ("kai1 fa1" → 1, 1); 5 for the neutral tone,
/// 0 for a token that is not a syllable.
QList<int> toneNumbers(QStringView numbered);

/// The tone of one tone-marked syllable ("háng" → 2); 5 when it carries no mark.
int toneOfMarked(QStringView syllable);

/// Numbered pinyin → zhuyin (bopomofo), syllables separated by spaces: "yin2 hang2" → "ㄧㄣˊ
/// ㄏㄤˊ".
QString toZhuyin(QStringView numbered);

/// One tone-marked syllable → numbered ("háng" → "hang2"), for syllables that come with marks.
QString markedToNumbered(QStringView syllable);

} // namespace duizhao::pinyin
