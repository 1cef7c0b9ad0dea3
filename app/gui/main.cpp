#include "app/gui/MainWindow.h"
#include "app/gui/Translations.h"
#include "core/pdfimport/PdfImporter.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    duizhao::registerPdfImporter();
    duizhao::installTranslations(app, duizhao::requestedLocale(QCoreApplication::arguments()));
    QApplication::setApplicationName(QStringLiteral("Duizhao"));
    QApplication::setOrganizationName(QStringLiteral("Duizhao"));
    QApplication::setApplicationVersion(QStringLiteral(DUIZHAO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reader for Chinese-English parallel texts"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("language"),
        QStringLiteral("Interface language: zh_TW (Traditional Chinese), zh_CN (Simplified "
                       "Chinese) or en. Default: the system's (LANGUAGE, LC_ALL, LANG)."),
        QStringLiteral("CODE")));
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QStringLiteral("A bilingual text, or a Chinese and an English file"),
        QStringLiteral("[FILE [FILE2]]"));
    parser.process(app);

    duizhao::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        window.openSample();
    else
        window.openFiles(files.mid(0, 2));
    window.show();
    return app.exec();
}
