#pragma once

// Screenshots for a human to look at (the reading aids' pop-up and pinyin, for instance), saved
// only when DUIZHAO_SCREENSHOT_DIR names a folder.
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>
#include <QString>
#include <QWidget>

namespace duizhao::testing {

/// Whether DUIZHAO_SCREENSHOT_DIR asks for screenshots.
inline bool takingScreenshots()
{
    return !qEnvironmentVariableIsEmpty("DUIZHAO_SCREENSHOT_DIR");
}

inline void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DUIZHAO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

/// The whole screen, pop-up windows included (under Xvfb; offscreen has no screen to grab).
inline void saveScreen(const QString &name)
{
    const QString dir = qEnvironmentVariable("DUIZHAO_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QGuiApplication::primaryScreen())
        QGuiApplication::primaryScreen()->grabWindow(0).save(dir + u'/' + name +
                                                             QStringLiteral(".png"));
}

} // namespace duizhao::testing
