#pragma once

// The main window GUI tests start from.
#include "app/gui/MainWindow.h"

#include <QSettings>
#include <QSize>
#include <QTest>

#include <memory>

namespace duizhao::testing {

/// A new main window with default settings and the light theme, shown at @p size; null when the
/// window system never shows it.
inline std::unique_ptr<MainWindow> shownWindow(QSize size)
{
    QSettings().clear();
    auto window = std::make_unique<MainWindow>();
    window->setThemeChoice(MainWindow::ThemeChoice::Light);
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

} // namespace duizhao::testing
