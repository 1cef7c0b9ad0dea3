#include "app/cli/CliApp.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("duizhao-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUIZHAO_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return duizhao::runCli(QCoreApplication::arguments(), out, err);
}
