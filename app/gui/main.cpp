#include "app/gui/AboutDialog.h"
#include "app/gui/BackgroundTask.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Preferences.h"
#include "app/gui/ProjectActions.h"
#include "app/gui/Translations.h"
#include "core/pdfimport/PdfImporter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QThreadPool>

#include <cstdio>

namespace {

struct Invocation
{
    QStringList files;
    QString language; ///< --language, else empty
    bool sample = false;
    int exitStatus = -1; ///< Set when the program is done (--help, --version, a usage error).
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Duizhao"));
    QCoreApplication::setOrganizationName(QStringLiteral("Duizhao"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("duizhao.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUIZHAO_VERSION));
}

/// Parses the command line on a short-lived QCoreApplication, so that --help and --version
/// work without a display (packaging scripts, help2man, a text console).
Invocation parseArguments(int &argc, char *argv[])
{
    const QCoreApplication probe(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reader for Chinese-English parallel texts"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Interface language: zh_TW (Traditional Chinese), zh_CN (Simplified "
                       "Chinese) or en. Default: the one chosen in Preferences, else the "
                       "system's (LANGUAGE, LC_ALL, LANG)."),
        QStringLiteral("CODE"));
    parser.addOption(languageOption);
    const QCommandLineOption sampleOption(QStringLiteral("sample"),
                                          QStringLiteral("Open the bundled sample article."));
    parser.addOption(sampleOption);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QStringLiteral("A bilingual text, or a Chinese and an English file. Without one, the "
                       "bundled sample article opens."),
        QStringLiteral("[FILE [FILE2]]"));

    Invocation invocation;
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "duizhao: %s (see --help)\n", qPrintable(parser.errorText()));
        invocation.exitStatus = 2;
    } else if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        invocation.exitStatus = 0;
    } else if (parser.isSet(versionOption)) {
        std::printf("duizhao %s\n", DUIZHAO_VERSION);
        invocation.exitStatus = 0;
    } else if (parser.positionalArguments().size() > 2) {
        std::fputs("duizhao: give one bilingual file, or a Chinese and an English file\n", stderr);
        invocation.exitStatus = 2;
    }
    invocation.files = parser.positionalArguments();
    invocation.sample = parser.isSet(sampleOption);
    invocation.language = parser.value(languageOption);
    return invocation;
}

} // namespace

int main(int argc, char *argv[])
{
    const Invocation invocation = parseArguments(argc, argv);
    if (invocation.exitStatus >= 0)
        return invocation.exitStatus;

    QApplication app(argc, argv);
    setIdentity();
    duizhao::registerPdfImporter();
    // Ties the windows to the installed desktop file (taskbar icon and name, WM_CLASS).
    QGuiApplication::setDesktopFileName(duizhao::applicationId());
    QApplication::setWindowIcon(duizhao::applicationIcon());
    const QString language = invocation.language.isEmpty()
                                 ? duizhao::preferences::interfaceLanguage()
                                 : invocation.language;
    duizhao::installTranslations(app, language.isEmpty() ? QLocale::system() : QLocale(language));

    duizhao::MainWindow window;
    // Unsaved changes left by a crash come first; files named on the command line still open
    // after them (asking before the restored changes are discarded).
    const bool restored = window.projectActions()->offerRecovery();
    if (invocation.sample || (invocation.files.isEmpty() && !restored))
        window.openSample();
    else if (!invocation.files.isEmpty())
        window.openFiles(invocation.files);
    window.show();
    const int status = app.exec();
    // Background threads end while the application, and the fonts they may hold, still exist.
    duizhao::backgroundPool()->waitForDone();
    QThreadPool::globalInstance()->waitForDone();
    return status;
}
