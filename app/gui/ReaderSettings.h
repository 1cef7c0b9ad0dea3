#pragma once

#include "core/text/ScriptConverter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace duizhao {

/// Every QSettings key the reader window uses, in one place (for a Preferences dialog too).
namespace SettingsKey {
inline constexpr char RecentFiles[] = "recentFiles";
inline constexpr char WindowGeometry[] = "window/geometry";
inline constexpr char WindowState[] = "window/state";
inline constexpr char WindowSplitter[] = "window/splitter";
inline constexpr char EnglishFont[] = "reader/englishFont";
/// Followed by "/" and a script name (chineseScriptName): the Chinese font for that script.
inline constexpr char ChineseFontPrefix[] = "reader/chineseFont";
inline constexpr char PointSize[] = "reader/pointSize";
inline constexpr char Zoom[] = "reader/zoom";
inline constexpr char Sync[] = "reader/sync";
inline constexpr char Script[] = "reader/script";
inline constexpr char Layout[] = "reader/layout";
inline constexpr char Theme[] = "reader/theme";
/// Pairs below this confidence (0–1) are doubtful; the default is DoubtfulConfidence.
inline constexpr char DoubtfulThreshold[] = "reader/doubtfulThreshold";
/// The reading aids (app/gui/ReadingAids): what opens the dictionary pop-up, pinyin or zhuyin
/// above the Chinese and its tone colours, phrase conversion, and the vocabulary list.
inline constexpr char LookupTrigger[] = "reading/lookupTrigger";
inline constexpr char Ruby[] = "reading/ruby";
inline constexpr char ToneColours[] = "reading/toneColours";
inline constexpr char PhraseConversion[] = "reading/phraseConversion";
inline constexpr char Vocabulary[] = "reading/vocabulary";
/// "zh_TW", "zh_CN", "en", or empty for the system's.
inline constexpr char InterfaceLanguage[] = "interface/language";
/// Followed by "/" and DocumentMemory::keyFor(paths): where the reader stopped in a document.
inline constexpr char DocumentsGroup[] = "documents";
} // namespace SettingsKey

/// The Chinese font chosen for @p script, or an empty string for the default.
QString chineseFontSetting(ChineseScript script);
void setChineseFontSetting(ChineseScript script, const QString &family);

/// Where the reader stopped in one document, and how they read it: restored when it reopens.
struct DocumentMemory
{
    int bead = 0;
    double fraction = 0.0;
    int selectedBead = -1;
    QList<int> bookmarks;
    ChineseScript script = ChineseScript::Original;
    int layout = 0;
    int zoom = 0;

    /// The settings key of a document: a hash of its files' absolute paths.
    static QString keyFor(const QStringList &paths);
    static std::optional<DocumentMemory> load(const QStringList &paths);
    void save(const QStringList &paths) const;
};

} // namespace duizhao
