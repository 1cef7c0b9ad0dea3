#include "app/cli/CliApp.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

#include <cstring>
#include <memory>
#include <unistd.h>

namespace {

bool wantsPainting(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "export") == 0)
            return true;
    }
    return false;
}

/// Headless painting: the offscreen platform ("minimal" has no fonts), and a private runtime
/// directory where the session has none, as Qt would pick but without its warning.
void prepareHeadlessGui()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime =
            QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(::getuid());
        if (QDir().mkpath(runtime) &&
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Only PDF export needs fonts and a painter (a QGuiApplication); the rest runs on Qt Core.
    std::unique_ptr<QCoreApplication> app;
    if (wantsPainting(argc, argv)) {
        prepareHeadlessGui();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("duizhao-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUIZHAO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return duizhao::runCli(QCoreApplication::arguments(), out, err);
}
