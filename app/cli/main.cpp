#include "app/cli/CliApp.h"

#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    // PDF export needs fonts and a painter, hence a QGuiApplication; without a display the CLI
    // still runs headless on the offscreen platform ("minimal" has no fonts).
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("duizhao-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUIZHAO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return duizhao::runCli(QCoreApplication::arguments(), out, err);
}
