#include "app/gui/Preferences.h"

#include "app/gui/ReaderSettings.h"

#include <QSettings>

#include <algorithm>
#include <optional>

namespace duizhao::preferences {

namespace {

const QString languageKey = QLatin1StringView(SettingsKey::InterfaceLanguage);
const QString thresholdKey = QLatin1StringView(SettingsKey::DoubtfulThreshold);

ChineseScript fontScript(ChineseScript script)
{
    return script == ChineseScript::Traditional ? ChineseScript::TraditionalTaiwan : script;
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
    const QString chosen = chineseFontSetting(fontScript(script));
    return chosen.isEmpty() ? defaultChineseFamily(script) : chosen;
}

void setChineseFamily(ChineseScript script, const QString &family)
{
    setChineseFontSetting(fontScript(script), family);
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
