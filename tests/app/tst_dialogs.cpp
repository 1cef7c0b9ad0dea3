#include "app/gui/AboutDialog.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/FileDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Preferences.h"
#include "app/gui/PreferencesDialog.h"
#include "app/gui/SentencePane.h"
#include "app/gui/Translations.h"
#include "tests/app/PrivateSettings.h"
#include "tests/io/ScratchFilesystem.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>

#include <functional>
#include <memory>

using namespace duizhao;

namespace {

QAction *menuAction(QWidget *window, const QString &menuText, const QString &actionText)
{
    for (QAction *menu : window->findChild<QMenuBar *>()->actions()) {
        if (!menu->menu() || menu->text().remove(u'&') != menuText)
            continue;
        for (QAction *action : menu->menu()->actions())
            if (action->text().remove(u'&') == actionText)
                return action;
    }
    return nullptr;
}

/// Triggers @p action and runs @p edit on the modal PreferencesDialog it opens; then presses
/// OK (or Cancel). Returns whether the dialog opened.
bool editPreferences(QAction *action, const std::function<void(PreferencesDialog *)> &edit,
                     QDialogButtonBox::StandardButton button = QDialogButtonBox::Ok)
{
    bool shown = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        shown = dialog != nullptr;
        if (!dialog)
            return;
        edit(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(button)->click();
    });
    action->trigger();
    return shown;
}

template <typename Widget>
Widget *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<Widget *>(QLatin1String(name));
}

void choose(QComboBox *box, int data)
{
    box->setCurrentIndex(box->findData(data));
}

/// Triggers @p action and runs @p handle on the modal dialog of type Dialog it opens (handle
/// closes it). Returns whether such a dialog opened.
template <typename Dialog>
bool handleModal(QAction *action, const std::function<void(Dialog *)> &handle)
{
    bool shown = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        shown = dialog != nullptr;
        if (dialog)
            handle(dialog);
        else if (QApplication::activeModalWidget())
            QApplication::activeModalWidget()->close(); // Not the dialog expected: fail, not hang.
    });
    action->trigger();
    return shown;
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int doubtfulCount(const MainWindow &window)
{
    int count = 0;
    const int beads = int(window.alignedText()->beads().size());
    for (int bead = 0; bead < beads; ++bead)
        count += window.alignedText()->isDoubtful(bead) ? 1 : 0;
    return count;
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void printToFileWritesAWholePdf();
    void printToFileOnAFullDiskKeepsTheOldFile();
    void exportDialogOffersTheRegistrysFormatsAndRanges();
    void initTestCase();
    void aboutShowsVersionLicenceAndCredits();
    void aboutIsReachableFromTheHelpMenu();
    void applicationIconHasEverySize();
    void preferencesStartFromTheWindow();
    void preferencesAreWrittenAndApplied();
    void cancelledPreferencesChangeNothing();
    void chineseFontPerScript();
    void interfaceLanguageIsKept();
    void switchingLanguageRetranslatesTheMenus();
    void exportFromTheMenuWritesTheChosenFile();
    void cancellingTheExportFileDialogWritesNothing();
    void printPreviewShowsThePages();
    void printToFileFromTheMenu();
    void cleanup();

private:
    /// A window showing the sample, or @p paths.
    std::unique_ptr<MainWindow> openedWindow(const QStringList &paths = {});
    QTemporaryDir m_dir;
};

void TestDialogs::initTestCase()
{
    testing::usePrivateSettings();
    QSettings().clear();
}

void TestDialogs::aboutShowsVersionLicenceAndCredits()
{
    AboutDialog dialog;
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("aboutSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral(DUIZHAO_VERSION)), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(summary.contains(QStringLiteral("CC BY-SA 4.0")));

    // The full licence, as shipped in LICENSE.
    const QString licence =
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("licenceText"))->toPlainText();
    QVERIFY(licence.contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
    QVERIFY(licence.contains(QStringLiteral("Version 3, 29 June 2007")));
    QFile shipped(QStringLiteral(DUIZHAO_SOURCE_DIR "/LICENSE"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QCOMPARE(licence, QString::fromUtf8(shipped.readAll()));

    const QString credits =
        dialog.findChild<QTextBrowser *>(QStringLiteral("creditsText"))->toPlainText();
    for (const char *name : {"CC-CEDICT", "OpenCC", "ICU", "Qt", "Snowball", "Xinhua"})
        QVERIFY2(credits.contains(QLatin1String(name)), name);
}

void TestDialogs::aboutIsReachableFromTheHelpMenu()
{
    MainWindow window;
    QAction *about = menuAction(&window, QStringLiteral("Help"), QStringLiteral("About Duizhao"));
    QVERIFY(about);
    QVERIFY(menuAction(&window, QStringLiteral("Help"), QStringLiteral("About Qt")));
    bool shown = false;
    QObject answering; // Not fired after the test if no dialog came: `shown` is gone then.
    QTimer::singleShot(0, &answering, [&shown] {
        auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
        shown = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    about->trigger();
    QVERIFY(shown);
}

void TestDialogs::applicationIconHasEverySize()
{
    const QIcon icon = applicationIcon();
    QVERIFY(!icon.isNull());
    for (int size : {16, 32, 48, 256})
        QCOMPARE(icon.pixmap(size, size).size(), QSize(size, size));
    QCOMPARE(applicationId(), QStringLiteral("io.github.duizhao.Duizhao"));
}

std::unique_ptr<MainWindow> TestDialogs::openedWindow(const QStringList &paths)
{
    QSettings().clear();
    preferences::setDoubtfulThreshold(preferences::DefaultDoubtfulThreshold);
    auto window = std::make_unique<MainWindow>();
    window->setThemeChoice(MainWindow::ThemeChoice::Light);
    QSignalSpy opened(window.get(), &MainWindow::documentOpened);
    if (paths.isEmpty())
        window->openSample();
    else
        window->openFiles(paths);
    window->show();
    if (!opened.wait(30000))
        qWarning("the sample did not open");
    return window;
}

void TestDialogs::preferencesStartFromTheWindow()
{
    const auto window = openedWindow();
    // Changed in the window and not yet saved: the dialog shows it all the same.
    window->setReaderLayout(MainWindow::ReaderLayout::Learner);
    window->setSynchronizedScrolling(false);
    QAction *action =
        menuAction(window.get(), QStringLiteral("Edit"), QStringLiteral("Preferences…"));
    QVERIFY(action);
    QVERIFY(editPreferences(
        action,
        [](PreferencesDialog *dialog) {
            QCOMPARE(child<QComboBox>(dialog, "layout")->currentData().toInt(),
                     int(MainWindow::ReaderLayout::Learner));
            QVERIFY(!child<QCheckBox>(dialog, "sync")->isChecked());
            QCOMPARE(child<QSpinBox>(dialog, "doubtfulThreshold")->value(), 60);
        },
        QDialogButtonBox::Cancel));
    QCOMPARE(window->readerLayout(), MainWindow::ReaderLayout::Learner);
}

void TestDialogs::preferencesAreWrittenAndApplied()
{
    // Unrelated sentences: the aligner is 89%, 42% and 57% sure of the three pairs.
    const QString chinese = m_dir.filePath(QStringLiteral("unsure.zh.txt"));
    const QString english = m_dir.filePath(QStringLiteral("unsure.en.txt"));
    QFile file(chinese);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("今天天氣很好。\n\n我們去公園散步。\n\n他喜歡看書。\n\n她在廚房做飯。\n");
    file.close();
    file.setFileName(english);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("The committee met on Friday.\n\nPrices rose sharply in the spring.\n\n"
               "The river flooded the valley.\n");
    file.close();
    const auto window = openedWindow({chinese, english});
    QVERIFY(window->alignedText());
    QCOMPARE(doubtfulCount(*window), 2);
    QAction *action =
        menuAction(window.get(), QStringLiteral("Edit"), QStringLiteral("Preferences…"));
    QVERIFY(editPreferences(action, [](PreferencesDialog *dialog) {
        choose(child<QComboBox>(dialog, "layout"), int(MainWindow::ReaderLayout::Interleaved));
        choose(child<QComboBox>(dialog, "theme"), int(MainWindow::ThemeChoice::Dark));
        choose(child<QComboBox>(dialog, "script"), int(ChineseScript::Simplified));
        child<QCheckBox>(dialog, "sync")->setChecked(false);
        child<QSpinBox>(dialog, "doubtfulThreshold")->setValue(30);
        child<QDoubleSpinBox>(dialog, "fontSize")->setValue(20);
    }));

    const QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("reader/layout")).toInt(),
             int(MainWindow::ReaderLayout::Interleaved));
    QCOMPARE(settings.value(QStringLiteral("reader/theme")).toInt(),
             int(MainWindow::ThemeChoice::Dark));
    QCOMPARE(settings.value(QStringLiteral("reader/script")).toInt(),
             int(ChineseScript::Simplified));
    QCOMPARE(settings.value(QStringLiteral("reader/sync")).toBool(), false);
    QCOMPARE(settings.value(QStringLiteral("reader/pointSize")).toDouble(), 20.0);
    QCOMPARE(settings.value(QStringLiteral("reader/doubtfulThreshold")).toDouble(), 0.3);

    // The window applied them at once.
    QCOMPARE(window->readerLayout(), MainWindow::ReaderLayout::Interleaved);
    QVERIFY(window->theme().dark);
    QCOMPARE(window->script(), ChineseScript::Simplified);
    QCOMPARE(window->chinesePane()->font().pointSizeF(), 20.0);
    QCOMPARE(doubtfulCount(*window), 0);
    // The next window starts with them.
    MainWindow next;
    QCOMPARE(next.readerLayout(), MainWindow::ReaderLayout::Interleaved);
    QCOMPARE(next.script(), ChineseScript::Simplified);
}

void TestDialogs::cancelledPreferencesChangeNothing()
{
    const auto window = openedWindow();
    QAction *action =
        menuAction(window.get(), QStringLiteral("Edit"), QStringLiteral("Preferences…"));
    QVERIFY(editPreferences(
        action,
        [](PreferencesDialog *dialog) {
            choose(child<QComboBox>(dialog, "layout"), int(MainWindow::ReaderLayout::Interleaved));
            child<QSpinBox>(dialog, "doubtfulThreshold")->setValue(10);
        },
        QDialogButtonBox::Cancel));
    QCOMPARE(window->readerLayout(), MainWindow::ReaderLayout::SideBySide);
    QCOMPARE(preferences::doubtfulThreshold(), preferences::DefaultDoubtfulThreshold);
}

void TestDialogs::chineseFontPerScript()
{
    const auto window = openedWindow();
    const QString family = QStringLiteral("WenQuanYi Micro Hei");
    if (!QFontDatabase::families().contains(family))
        QSKIP("WenQuanYi Micro Hei is not installed (fonts-wqy-microhei)");
    QAction *action =
        menuAction(window.get(), QStringLiteral("Edit"), QStringLiteral("Preferences…"));
    QVERIFY(editPreferences(action, [&family](PreferencesDialog *dialog) {
        child<QFontComboBox>(dialog, "simplifiedFont")->setCurrentFont(QFont(family));
    }));
    QCOMPARE(preferences::chineseFamily(ChineseScript::Simplified), family);
    QCOMPARE(preferences::chineseFamily(ChineseScript::TraditionalTaiwan),
             QStringLiteral("Noto Sans CJK TC"));
    const auto *header = window->findChild<QLabel *>(QStringLiteral("metadataHeader"));
    QVERIFY(!header->text().contains(family)); // The sample is Traditional.
    window->setScript(ChineseScript::Simplified);
    QVERIFY2(header->text().contains(family), qPrintable(header->text()));
}

void TestDialogs::interfaceLanguageIsKept()
{
    QSettings().clear();
    {
        PreferencesDialog dialog;
        auto *language = child<QComboBox>(&dialog, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("zh_TW")));
        dialog.save();
    }
    QCOMPARE(preferences::interfaceLanguage(), QStringLiteral("zh_TW"));
    PreferencesDialog again;
    QCOMPARE(child<QComboBox>(&again, "language")->currentData().toString(),
             QStringLiteral("zh_TW"));
}

void TestDialogs::switchingLanguageRetranslatesTheMenus()
{
    const auto window = openedWindow();
    window->setReaderLayout(MainWindow::ReaderLayout::Interleaved);
    window->setSynchronizedScrolling(false);
    const auto firstMenu = [&window] {
        return window->menuBar()->actions().constFirst()->text();
    };
    QCOMPARE(firstMenu(), QStringLiteral("&File"));
    QAction *action =
        menuAction(window.get(), QStringLiteral("Edit"), QStringLiteral("Preferences…"));
    QVERIFY(editPreferences(action, [](PreferencesDialog *dialog) {
        auto *language = child<QComboBox>(dialog, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("zh_TW")));
    }));
    QTRY_COMPARE(firstMenu(), QStringLiteral("檔案(&F)"));
    // Toolbar tooltips name the action without the Chinese-style accelerator: "確認句對", not
    // "確認句對(C)".
    static const QRegularExpression accelerator(QStringLiteral("\\([A-Z0-9]\\)"));
    for (QToolBar *toolBar : window->findChildren<QToolBar *>()) {
        for (QAction *each : toolBar->actions())
            QVERIFY2(!each->toolTip().contains(accelerator), qPrintable(each->toolTip()));
    }
    // Rebuilt, the menus keep the window's state, and work.
    QCOMPARE(window->findChildren<QToolBar *>(QStringLiteral("readerToolBar")).size(), 1);
    bool interleavedChecked = false;
    for (QAction *each : window->findChild<QToolBar *>(QStringLiteral("readerToolBar"))->actions())
        interleavedChecked |= each->isChecked() && each->text() == QStringLiteral("上下交錯(&I)");
    QVERIFY(interleavedChecked);
    QAction *preferences = nullptr;
    for (QAction *menu : window->menuBar()->actions())
        for (QAction *each : menu->menu()->actions())
            if (each->menuRole() == QAction::PreferencesRole)
                preferences = each;
    QVERIFY(preferences);
    QVERIFY(editPreferences(preferences, [](PreferencesDialog *dialog) {
        QVERIFY(!child<QCheckBox>(dialog, "sync")->isChecked());
        auto *language = child<QComboBox>(dialog, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
    }));
    QTRY_COMPARE(firstMenu(), QStringLiteral("&File"));
    QCOMPARE(window->readerLayout(), MainWindow::ReaderLayout::Interleaved);
}

void TestDialogs::exportFromTheMenuWritesTheChosenFile()
{
    const auto window = openedWindow();
    const QString path = m_dir.filePath(QStringLiteral("from-the-menu.tsv"));
    FileDialog::setNextFileName(path);
    QAction *action = menuAction(window.get(), QStringLiteral("File"), QStringLiteral("Export…"));
    QVERIFY(action);
    QVERIFY(handleModal<ExportDialog>(action, [](ExportDialog *dialog) {
        auto *format = child<QComboBox>(dialog, "exportFormat");
        format->setCurrentIndex(format->findText(QStringLiteral("TSV"), Qt::MatchStartsWith));
        choose(child<QComboBox>(dialog, "exportScript"), int(ChineseScript::Simplified));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }));
    QCOMPARE(FileDialog::pendingFileNames(), 0); // The file name was asked for.
    QMessageBox *result = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (result = window->findChild<QMessageBox *>(QStringLiteral("exportResult"))) != nullptr,
        30000);
    QVERIFY2(result->text().contains(QDir::toNativeSeparators(path)), qPrintable(result->text()));
    const QString tsv = QString::fromUtf8(fileContents(path));
    // The sample's last sentence, in the Simplified chosen in the dialog, beside its English.
    QVERIFY2(tsv.contains(QStringLiteral("会议还研究了其他事项。\tSome other issues")),
             qPrintable(tsv.left(400)));
    result->close();
}

void TestDialogs::cancellingTheExportFileDialogWritesNothing()
{
    const auto window = openedWindow();
    FileDialog::setNextFileName(QString()); // Cancel in the file dialog.
    QAction *action = menuAction(window.get(), QStringLiteral("File"), QStringLiteral("Export…"));
    QVERIFY(handleModal<ExportDialog>(action, [](ExportDialog *dialog) {
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }));
    QCOMPARE(FileDialog::pendingFileNames(), 0);
    QVERIFY(!window->findChild<QProgressDialog *>(QStringLiteral("exportProgress")));
    QVERIFY(!window->findChild<QMessageBox *>(QStringLiteral("exportResult")));
}

void TestDialogs::printPreviewShowsThePages()
{
    const auto window = openedWindow();
    QAction *action =
        menuAction(window.get(), QStringLiteral("File"), QStringLiteral("Print Preview…"));
    QVERIFY(action);
    int pages = 0;
    QVERIFY(handleModal<QPrintPreviewDialog>(action, [&pages](QPrintPreviewDialog *dialog) {
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        pages = preview ? preview->pageCount() : -1;
        dialog->reject();
    }));
    // The same renderer as the PDF export: the sample fills two to four pages.
    QVERIFY2(pages >= 2 && pages <= 4, qPrintable(QString::number(pages)));
}

void TestDialogs::printToFileFromTheMenu()
{
    const auto window = openedWindow();
    const QString path = m_dir.filePath(QStringLiteral("printed-from-the-menu.pdf"));
    QAction *action = menuAction(window.get(), QStringLiteral("File"), QStringLiteral("Print…"));
    QVERIFY(action);
    QVERIFY(handleModal<QPrintDialog>(action, [&path](QPrintDialog *dialog) {
        // Without printers, Qt's own dialog offers "Print to File" and asks for a file name.
        if (auto *fileName = dialog->findChild<QLineEdit *>(QStringLiteral("filename")))
            fileName->setText(path);
        dialog->accept();
    }));
    QVERIFY2(fileContents(path).startsWith("%PDF-"), qPrintable(path));
}

void TestDialogs::cleanup()
{
    QTest::qWait(0); // A language change the dialog posted runs now, then English again.
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
}

QTEST_MAIN(TestDialogs)
namespace {

/// Paints @p pages pages of text on a printer, as the renderer would.
std::function<void(QPrinter *)> pagesOfText(int pages)
{
    return [pages](QPrinter *printer) {
        QPainter painter(printer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                printer->newPage();
            for (int line = 0; line < 40; ++line)
                painter.drawText(
                    50, 50 + 20 * line,
                    QStringLiteral("Page %1, line %2: 對照 parallel text").arg(page).arg(line));
        }
    };
}

} // namespace

void TestDialogs::printToFileWritesAWholePdf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    const std::optional<Error> error = printThroughSafeWrite(printer, pagesOfText(3));
    QVERIFY(!error);
    const QByteArray bytes = testing::fileBytes(path);
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QCOMPARE(printer.outputFileName(), path); // The dialog shows the user's path next time.
    QCOMPARE(testing::folderEntries(dir.path()), QStringList{QStringLiteral("printed.pdf")});
}

void TestDialogs::printToFileOnAFullDiskKeepsTheOldFile()
{
    testing::ScratchFilesystem disk(64 * 1024);
    if (!disk.isMounted())
        QSKIP("Cannot mount a tmpfs here (needs root)");
    const QString path = disk.filePath(QStringLiteral("old.pdf"));
    const QByteArray old = "%PDF-1.4 an old, complete file\n%%EOF\n";
    QVERIFY(testing::writeBytes(path, old));
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    // Far more than 64 KiB of pages: the write must fail, and say so.
    const std::optional<Error> error = printThroughSafeWrite(printer, pagesOfText(400));
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::WriteFailed);
    QCOMPARE(testing::fileBytes(path), old);
    QCOMPARE(testing::folderEntries(disk.path()), QStringList{QStringLiteral("old.pdf")});
}

void TestDialogs::exportDialogOffersTheRegistrysFormatsAndRanges()
{
    ExportSettings settings;
    settings.format = ExportFormat::Html;
    ExportDialog dialog(settings);
    auto *format = child<QComboBox>(&dialog, "exportFormat");
    QCOMPARE(format->count(), exportFormats().size());
    QCOMPARE(ExportFormat(format->currentData().toInt()), ExportFormat::Html);
    const std::pair<const char *, double PdfOptions::*> boxes[] = {
        {"exportMargin", &PdfOptions::marginMillimetres},
        {"exportFontSize", &PdfOptions::fontSizePoints}};
    for (const auto &[name, value] : boxes) {
        auto *box = child<QDoubleSpinBox>(&dialog, name);
        const NumericExportOption &option = numericExportOption(value);
        QCOMPARE(box->minimum(), option.low);
        QCOMPARE(box->maximum(), option.high);
        QCOMPARE(box->singleStep(), option.step);
        // Page options only for the formats that use them.
        for (const ExportFormatInfo &info : exportFormats()) {
            choose(format, int(info.format));
            QCOMPARE(box->isEnabled(), info.pageOptions);
        }
    }
}

#include "tst_dialogs.moc"
