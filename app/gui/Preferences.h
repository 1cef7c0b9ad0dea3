#pragma once

#include "core/model/Confidence.h"
#include "core/text/ScriptConverter.h"

#include <QString>

namespace duizhao::preferences {

/// The preferences kept in QSettings that the reader window does not keep itself (it stores
/// script, layout, theme, fonts and synchronized scrolling under "reader/…").

/// The interface language chosen in Preferences: "zh_TW", "zh_CN", "en", or empty for the
/// system's. Read at start (`--language` overrides it).
QString interfaceLanguage();
void setInterfaceLanguage(const QString &code);

/// The font family for Chinese shown in @p script (Simplified, Taiwan or Hong Kong
/// Traditional; OpenCC's Traditional counts as Taiwan's). Noto Sans CJK SC, TC and HK unless
/// chosen otherwise: an explicit family per script, so Han never falls back to Japanese shapes.
QString chineseFamily(ChineseScript script);
QString defaultChineseFamily(ChineseScript script);
void setChineseFamily(ChineseScript script, const QString &family);

/// Pairs the aligner is less sure of than this (0–1) are marked doubtful. Default 0.6.
double doubtfulThreshold();
void setDoubtfulThreshold(double threshold);
constexpr double DefaultDoubtfulThreshold = DoubtfulConfidence;

} // namespace duizhao::preferences
