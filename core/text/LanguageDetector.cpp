#include "core/text/LanguageDetector.h"

#include <QChar>

namespace duizhao {

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x3134F) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

ScriptCounts countScripts(QStringView text)
{
    ScriptCounts counts;
    for (char32_t c : text.toUcs4()) {
        if (isHan(c))
            ++counts.han;
        else if (QChar::script(c) == QChar::Script_Latin && QChar::isLetter(c))
            ++counts.latin;
    }
    return counts;
}

Language detectLanguage(QStringView text)
{
    const ScriptCounts counts = countScripts(text);
    if (counts.han == 0 && counts.latin == 0)
        return Language::Neutral;
    return counts.han * 2 >= counts.latin ? Language::Chinese : Language::English;
}

} // namespace duizhao
