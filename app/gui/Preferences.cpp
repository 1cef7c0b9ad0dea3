#include "app/gui/Preferences.h"

#include <QSettings>

#include <algorithm>
#include <optional>

namespace duizhao::preferences {

namespace {

const QString languageKey = QStringLiteral("interface/language");
const QString thresholdKey = QStringLiteral("reader/doubtfulThreshold");

ChineseScript fontScript(ChineseScript script)
{
    return script == ChineseScript::Traditional ? ChineseScript::TraditionalTaiwan : script;
}

QString chineseFontKey(ChineseScript script)
{
    return QStringLiteral("reader/chineseFont/") + chineseScriptName(fontScript(script));
}

// The panes ask for every sentence they lay out; QSettings is read once and kept up to date.
std::optional<double> &cachedThreshold()
{
    static std::optional<double> threshold;
    return threshold;
}

} // namespace

QString interfaceLanguage()
{
    return QSettings().value(languageKey).toString();
}

void setInterfaceLanguage(const QString &code)
{
    QSettings().setValue(languageKey, code);
}

QString defaultChineseFamily(ChineseScript script)
{
    switch (fontScript(script)) {
    case ChineseScript::Simplified:
        return QStringLiteral("Noto Sans CJK SC");
    case ChineseScript::TraditionalHongKong:
        return QStringLiteral("Noto Sans CJK HK");
    default:
        return QStringLiteral("Noto Sans CJK TC");
    }
}

QString chineseFamily(ChineseScript script)
{
    return QSettings().value(chineseFontKey(script), defaultChineseFamily(script)).toString();
}

void setChineseFamily(ChineseScript script, const QString &family)
{
    QSettings().setValue(chineseFontKey(script), family);
}

double doubtfulThreshold()
{
    if (!cachedThreshold())
        cachedThreshold() = std::clamp(
            QSettings().value(thresholdKey, DefaultDoubtfulThreshold).toDouble(), 0.0, 1.0);
    return *cachedThreshold();
}

void setDoubtfulThreshold(double threshold)
{
    cachedThreshold() = std::clamp(threshold, 0.0, 1.0);
    QSettings().setValue(thresholdKey, *cachedThreshold());
}

} // namespace duizhao::preferences
