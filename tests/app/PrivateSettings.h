#pragma once

// Test processes run side by side (ctest -j2, two checkouts tested at once). Qt's test mode alone
// gives every test one settings file under ~/.qttest, where one process's clear() wipes what
// another has just saved (a reopened document then forgot its place): each process keeps its own.

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace duizhao::testing {

/// Test mode, and this process's settings in a directory of its own; to call before anything
/// reads settings.
inline void usePrivateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    static const QTemporaryDir directory;
    for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, directory.path());
}

} // namespace duizhao::testing
