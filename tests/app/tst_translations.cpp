#include "app/gui/MainWindow.h"
#include "app/gui/Translations.h"
#include "tests/app/PrivateSettings.h"

#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace duizhao;

namespace {

QString translate(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void resources();
    void uiLanguage_data();
    void uiLanguage();
    void requestedLocale();
    void chinese_data();
    void chinese();
    void english_data();
    void english();
    void reinstallReplaces();
    void mainWindowMenus_data();
    void mainWindowMenus();
};

void TestTranslations::initTestCase()
{
    testing::usePrivateSettings();
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    // No row may leak its translation into the next.
    removeTranslations(*QCoreApplication::instance());
    QVERIFY(QCoreApplication::instance()->findChildren<QTranslator *>().isEmpty());
    QCOMPARE(translate("duizhao::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::resources()
{
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files,
             QStringList({QStringLiteral("duizhao_zh_CN.qm"), QStringLiteral("duizhao_zh_TW.qm")}));
}

void TestTranslations::uiLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<UiLanguage>("expected");
    const auto trad = UiLanguage::TraditionalChinese;
    const auto simp = UiLanguage::SimplifiedChinese;
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << trad;
    QTest::newRow("zh_HK") << QStringLiteral("zh_HK") << trad;
    QTest::newRow("zh_MO") << QStringLiteral("zh_MO") << trad;
    QTest::newRow("zh_Hant") << QStringLiteral("zh_Hant") << trad;
    QTest::newRow("zh-Hant-SG") << QStringLiteral("zh-Hant-SG") << trad;
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << simp;
    QTest::newRow("zh_SG") << QStringLiteral("zh_SG") << simp;
    QTest::newRow("zh_Hans") << QStringLiteral("zh_Hans") << simp;
    QTest::newRow("zh-Hans-HK") << QStringLiteral("zh-Hans-HK") << simp;
    QTest::newRow("zh") << QStringLiteral("zh") << simp;
    QTest::newRow("en_US") << QStringLiteral("en_US") << UiLanguage::English;
    QTest::newRow("en_GB") << QStringLiteral("en_GB") << UiLanguage::English;
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << UiLanguage::English;
    QTest::newRow("C") << QStringLiteral("C") << UiLanguage::English;
}

void TestTranslations::uiLanguage()
{
    QFETCH(QString, locale);
    QFETCH(UiLanguage, expected);
    QCOMPARE(duizhao::uiLanguage(QLocale(locale)), expected);
}

void TestTranslations::requestedLocale()
{
    const QString app = QStringLiteral("duizhao");
    QCOMPARE(duizhao::requestedLocale({app, QStringLiteral("--language"), QStringLiteral("zh_TW")})
                 .territory(),
             QLocale::Taiwan);
    QCOMPARE(
        duizhao::requestedLocale({app, QStringLiteral("--language=zh_CN"), QStringLiteral("a")})
            .territory(),
        QLocale::China);
    QCOMPARE(duizhao::requestedLocale({app, QStringLiteral("--language"), QStringLiteral("en")})
                 .language(),
             QLocale::English);
    QCOMPARE(duizhao::requestedLocale({app, QStringLiteral("file.txt")}), QLocale::system());
    QCOMPARE(duizhao::requestedLocale({app, QStringLiteral("--"), QStringLiteral("--language=zh")}),
             QLocale::system());
}

void TestTranslations::chinese_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("openSample");
    QTest::addColumn<QString>("notFound");
    QTest::addColumn<QString>("find");

    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("檔案(&F)")
                           << QStringLiteral("開啟範例(&S)") << QStringLiteral("%1 不存在。")
                           << QStringLiteral("尋找：");
    QTest::newRow("zh_HK") << QStringLiteral("zh_HK") << QStringLiteral("檔案(&F)")
                           << QStringLiteral("開啟範例(&S)") << QStringLiteral("%1 不存在。")
                           << QStringLiteral("尋找：");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)")
                           << QStringLiteral("打开示例(&S)") << QStringLiteral("%1 不存在。")
                           << QStringLiteral("查找：");
    QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("文件(&F)")
                        << QStringLiteral("打开示例(&S)") << QStringLiteral("%1 不存在。")
                        << QStringLiteral("查找：");
}

void TestTranslations::chinese()
{
    QFETCH(QString, locale);
    QFETCH(QString, file);
    QFETCH(QString, openSample);
    QFETCH(QString, notFound);
    QFETCH(QString, find);

    QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(locale)));
    QCOMPARE(translate("duizhao::MainWindow", "&File"), file);
    QCOMPARE(translate("duizhao::MainWindow", "Open &Sample"), openSample);
    QCOMPARE(translate("duizhao::FindBar", "Find:"), find);
    QCOMPARE(translate("duizhao::ErrorText", "%1 does not exist."), notFound);
    // Shortcuts and placeholders survive translation.
    QVERIFY(translate("duizhao::MainWindow", "Opening %1…").contains(QStringLiteral("%1")));
}

void TestTranslations::english_data()
{
    QTest::addColumn<QString>("locale");
    QTest::newRow("en_US") << QStringLiteral("en_US");
    QTest::newRow("de_DE") << QStringLiteral("de_DE");
}

void TestTranslations::english()
{
    QFETCH(QString, locale);
    QVERIFY(!installTranslations(*QCoreApplication::instance(), QLocale(locale)));
    QCOMPARE(translate("duizhao::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(translate("duizhao::MainWindow", "Open &Sample"), QStringLiteral("Open &Sample"));
    QCOMPARE(translate("duizhao::ErrorText", "%1 does not exist."),
             QStringLiteral("%1 does not exist."));
}

void TestTranslations::reinstallReplaces()
{
    QCoreApplication &app = *QCoreApplication::instance();
    QVERIFY(installTranslations(app, QLocale(QStringLiteral("zh_TW"))));
    QVERIFY(installTranslations(app, QLocale(QStringLiteral("zh_CN"))));
    QCOMPARE(translate("duizhao::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    QVERIFY(!installTranslations(app, QLocale(QStringLiteral("en_US"))));
    QCOMPARE(translate("duizhao::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::mainWindowMenus_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("檔案(&F)")
                           << QStringLiteral("對照");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)")
                           << QStringLiteral("对照");
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("&File")
                           << QStringLiteral("Duizhao");
}

void TestTranslations::mainWindowMenus()
{
    QFETCH(QString, locale);
    QFETCH(QString, file);
    QFETCH(QString, title);

    installTranslations(*QCoreApplication::instance(), QLocale(locale));
    MainWindow window;
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first()->text(), file);
    QCOMPARE(window.windowTitle(), title);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
