#pragma once

#include "core/model/Document.h"

#include <QStringView>

namespace duizhao {

struct ScriptCounts
{
    qsizetype han = 0;   ///< CJK ideographs (all blocks and extensions).
    qsizetype latin = 0; ///< Latin letters.
};

ScriptCounts countScripts(QStringView text);

/// The language of a paragraph from its script: Han against Latin letters, where one Han
/// character carries about as much as two Latin letters (so "CPC" inside Chinese stays Chinese and
/// a name in characters inside English stays English). Neutral when there is neither.
Language detectLanguage(QStringView text);

bool isHan(char32_t codePoint);

} // namespace duizhao
