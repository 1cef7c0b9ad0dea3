#pragma once

#include "core/model/Document.h"

#include <QStringList>
#include <QStringView>

namespace duizhao {

/// Language-neutral tokens for the numbers, dates and other anchors in a sentence, so that a
/// Chinese and an English sentence saying the same thing yield the same tokens:
///   8月23日 ↔ August 23          → "month:8", "day:23"
///   二〇二四年 ↔ 2024            → "#2024"
///   百分之五 ↔ 5 percent / 5%    → "#5", "percent"
///   三十五 ↔ 35 ↔ thirty-five    → "#35"
///   3.5萬 ↔ 35,000 / 35 thousand → "#35000"
///   星期五 / 週五 ↔ Friday        → "weekday:5"
/// Tokens come in order of appearance; a number appears once per mention.
QStringList numberAnchors(QStringView text, Language language);

/// The value of a number anchor ("#35" → 35), or -1 for other tokens; the aligner weights small
/// bare numbers down because they mislead.
double anchorNumberValue(QStringView token);

} // namespace duizhao
