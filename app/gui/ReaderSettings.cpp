#include "app/gui/ReaderSettings.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSettings>

namespace duizhao {

namespace {

// Old entries go once there are more than this many documents remembered.
constexpr int MaxRememberedDocuments = 200;

QString chineseFontKey(ChineseScript script)
{
    return QStringLiteral("%1/%2").arg(QLatin1StringView(SettingsKey::ChineseFontPrefix),
                                       chineseScriptName(script));
}

void forgetOldest(QSettings &settings)
{
    settings.beginGroup(QLatin1StringView(SettingsKey::DocumentsGroup));
    QStringList keys = settings.childGroups();
    if (keys.size() > MaxRememberedDocuments) {
        std::sort(keys.begin(), keys.end(), [&settings](const QString &a, const QString &b) {
            return settings.value(a + QStringLiteral("/lastRead")).toDateTime() <
                   settings.value(b + QStringLiteral("/lastRead")).toDateTime();
        });
        for (int i = 0; i < keys.size() - MaxRememberedDocuments; ++i)
            settings.remove(keys.at(i));
    }
    settings.endGroup();
}

} // namespace

QString chineseFontSetting(ChineseScript script)
{
    return QSettings().value(chineseFontKey(script)).toString();
}

void setChineseFontSetting(ChineseScript script, const QString &family)
{
    QSettings().setValue(chineseFontKey(script), family);
}

QString DocumentMemory::keyFor(const QStringList &paths)
{
    QStringList absolute;
    for (const QString &path : paths)
        absolute.append(path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath());
    return QString::fromLatin1(
        QCryptographicHash::hash(absolute.join(u'\n').toUtf8(), QCryptographicHash::Sha1).toHex());
}

std::optional<DocumentMemory> DocumentMemory::load(const QStringList &paths)
{
    QSettings settings;
    settings.beginGroup(QLatin1StringView(SettingsKey::DocumentsGroup) + u'/' + keyFor(paths));
    if (!settings.contains(QStringLiteral("bead")))
        return std::nullopt;
    DocumentMemory memory;
    memory.bead = settings.value(QStringLiteral("bead")).toInt();
    memory.fraction = settings.value(QStringLiteral("fraction")).toDouble();
    memory.selectedBead = settings.value(QStringLiteral("selected"), -1).toInt();
    for (const QVariant &bead : settings.value(QStringLiteral("bookmarks")).toList())
        memory.bookmarks.append(bead.toInt());
    memory.script = ChineseScript(settings.value(QStringLiteral("script")).toInt());
    memory.layout = settings.value(QStringLiteral("layout")).toInt();
    memory.zoom = settings.value(QStringLiteral("zoom")).toInt();
    return memory;
}

void DocumentMemory::save(const QStringList &paths) const
{
    QSettings settings;
    settings.beginGroup(QLatin1StringView(SettingsKey::DocumentsGroup) + u'/' + keyFor(paths));
    settings.setValue(QStringLiteral("bead"), bead);
    settings.setValue(QStringLiteral("fraction"), fraction);
    settings.setValue(QStringLiteral("selected"), selectedBead);
    QVariantList marks;
    for (int mark : bookmarks)
        marks.append(mark);
    settings.setValue(QStringLiteral("bookmarks"), marks);
    settings.setValue(QStringLiteral("script"), int(script));
    settings.setValue(QStringLiteral("layout"), layout);
    settings.setValue(QStringLiteral("zoom"), zoom);
    settings.setValue(QStringLiteral("lastRead"), QDateTime::currentDateTimeUtc());
    settings.endGroup();
    forgetOldest(settings);
}

} // namespace duizhao
