#include "app/gui/PreferencesDialog.h"

#include "app/gui/MainWindow.h"
#include "app/gui/Preferences.h"
#include "app/gui/ReaderSettings.h"
#include "app/gui/ReadingAids.h"
#include "app/gui/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace duizhao {

namespace {

// The reader window's own keys (MainWindow::loadSettings, saveSettings).
const QString englishFontKey = QLatin1StringView(SettingsKey::EnglishFont);
const QString pointSizeKey = QLatin1StringView(SettingsKey::PointSize);
const QString scriptKey = QLatin1StringView(SettingsKey::Script);
const QString layoutKey = QLatin1StringView(SettingsKey::Layout);
const QString themeKey = QLatin1StringView(SettingsKey::Theme);
const QString syncKey = QLatin1StringView(SettingsKey::Sync);

QFontComboBox *chineseFontBox(QWidget *parent, const QString &name,
                              QFontDatabase::WritingSystem writingSystem)
{
    auto *box = new QFontComboBox(parent);
    box->setObjectName(name);
    box->setWritingSystem(writingSystem);
    return box;
}

void selectData(QComboBox *box, const QVariant &data)
{
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    auto *interfaceBox = new QGroupBox(tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interfaceBox);
    m_language = new QComboBox(interfaceBox);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("繁體中文（台灣）"), QStringLiteral("zh_TW"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    interfaceForm->addRow(tr("&Language:"), m_language);
    m_theme = new QComboBox(interfaceBox);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), int(MainWindow::ThemeChoice::System));
    m_theme->addItem(tr("Light"), int(MainWindow::ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), int(MainWindow::ThemeChoice::Dark));
    interfaceForm->addRow(tr("&Theme:"), m_theme);
    layout->addWidget(interfaceBox);

    auto *readingBox = new QGroupBox(tr("Reading"), this);
    auto *readingForm = new QFormLayout(readingBox);
    m_script = new QComboBox(readingBox);
    m_script->setObjectName(QStringLiteral("script"));
    m_script->addItem(tr("As in the text"), int(ChineseScript::Original));
    m_script->addItem(tr("Simplified"), int(ChineseScript::Simplified));
    m_script->addItem(tr("Traditional (Taiwan)"), int(ChineseScript::TraditionalTaiwan));
    m_script->addItem(tr("Traditional (Hong Kong)"), int(ChineseScript::TraditionalHongKong));
    readingForm->addRow(tr("Chinese &script:"), m_script);
    m_layout = new QComboBox(readingBox);
    m_layout->setObjectName(QStringLiteral("layout"));
    m_layout->addItem(tr("Side by side"), int(MainWindow::ReaderLayout::SideBySide));
    m_layout->addItem(tr("Interleaved"), int(MainWindow::ReaderLayout::Interleaved));
    m_layout->addItem(tr("Learner (hide translations)"), int(MainWindow::ReaderLayout::Learner));
    readingForm->addRow(tr("La&yout:"), m_layout);
    m_sync = new QCheckBox(tr("S&ynchronized scrolling"), readingBox);
    m_sync->setObjectName(QStringLiteral("sync"));
    readingForm->addRow(QString(), m_sync);
    m_threshold = new QSpinBox(readingBox);
    m_threshold->setObjectName(QStringLiteral("doubtfulThreshold"));
    m_threshold->setRange(0, 100);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setToolTip(tr("Pairs the aligner is less sure of are underlined in orange."));
    readingForm->addRow(tr("&Doubtful below:"), m_threshold);
    m_lookup = new QComboBox(readingBox);
    m_lookup->setObjectName(QStringLiteral("lookupTrigger"));
    m_lookup->addItem(tr("On hover"), int(ReadingAids::LookupTrigger::Hover));
    m_lookup->addItem(tr("On Ctrl+click"), int(ReadingAids::LookupTrigger::ControlClick));
    m_lookup->addItem(tr("On Alt+click"), int(ReadingAids::LookupTrigger::AltClick));
    m_lookup->addItem(tr("On Shift+click"), int(ReadingAids::LookupTrigger::ShiftClick));
    m_lookup->addItem(tr("Off"), int(ReadingAids::LookupTrigger::Off));
    readingForm->addRow(tr("Dictionary &pop-up:"), m_lookup);
    m_ruby = new QComboBox(readingBox);
    m_ruby->setObjectName(QStringLiteral("ruby"));
    m_ruby->addItem(tr("None"), int(RubyKind::None));
    m_ruby->addItem(tr("Pinyin"), int(RubyKind::Pinyin));
    m_ruby->addItem(tr("Zhuyin (bopomofo)"), int(RubyKind::Zhuyin));
    readingForm->addRow(tr("&Above the Chinese:"), m_ruby);
    layout->addWidget(readingBox);

    auto *fontsBox = new QGroupBox(tr("Fonts"), this);
    auto *fontsForm = new QFormLayout(fontsBox);
    m_englishFont = new QFontComboBox(fontsBox);
    m_englishFont->setObjectName(QStringLiteral("englishFont"));
    m_englishFont->setWritingSystem(QFontDatabase::Latin);
    fontsForm->addRow(tr("&English:"), m_englishFont);
    m_fontSize = new QDoubleSpinBox(fontsBox);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(6, 48);
    m_fontSize->setDecimals(1);
    m_fontSize->setSuffix(tr(" pt"));
    fontsForm->addRow(tr("Si&ze:"), m_fontSize);
    m_simplifiedFont = chineseFontBox(fontsBox, QStringLiteral("simplifiedFont"),
                                      QFontDatabase::SimplifiedChinese);
    fontsForm->addRow(tr("Chinese, Simplified:"), m_simplifiedFont);
    m_taiwanFont =
        chineseFontBox(fontsBox, QStringLiteral("taiwanFont"), QFontDatabase::TraditionalChinese);
    fontsForm->addRow(tr("Chinese, Traditional (Taiwan):"), m_taiwanFont);
    m_hongKongFont =
        chineseFontBox(fontsBox, QStringLiteral("hongKongFont"), QFontDatabase::TraditionalChinese);
    fontsForm->addRow(tr("Chinese, Traditional (Hong Kong):"), m_hongKongFont);
    layout->addWidget(fontsBox);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, Qt::Horizontal, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load();
}

void PreferencesDialog::load()
{
    const QSettings settings;
    selectData(m_language, preferences::interfaceLanguage());
    selectData(m_theme, settings.value(themeKey, 0).toInt());
    selectData(m_script, settings.value(scriptKey, 0).toInt());
    selectData(m_layout, settings.value(layoutKey, 0).toInt());
    m_sync->setChecked(settings.value(syncKey, true).toBool());
    m_threshold->setValue(qRound(preferences::doubtfulThreshold() * 100));
    selectData(m_lookup, settings.value(SettingsKey::LookupTrigger, 0).toInt());
    selectData(m_ruby, settings.value(SettingsKey::Ruby, 0).toInt());
    m_englishFont->setCurrentFont(
        QFont(settings.value(englishFontKey, QStringLiteral("DejaVu Serif")).toString()));
    m_fontSize->setValue(settings.value(pointSizeKey, 13.0).toDouble());
    m_simplifiedFont->setCurrentFont(QFont(preferences::chineseFamily(ChineseScript::Simplified)));
    m_taiwanFont->setCurrentFont(
        QFont(preferences::chineseFamily(ChineseScript::TraditionalTaiwan)));
    m_hongKongFont->setCurrentFont(
        QFont(preferences::chineseFamily(ChineseScript::TraditionalHongKong)));
}

void PreferencesDialog::save() const
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    if (language != preferences::interfaceLanguage()) {
        preferences::setInterfaceLanguage(language);
        // After the menu action that opened the dialog has returned: the windows rebuild their
        // menus in the new language (MainWindow::retranslate).
        QTimer::singleShot(0, qApp, [language] {
            installTranslations(*QCoreApplication::instance(),
                                language.isEmpty() ? QLocale::system() : QLocale(language));
        });
    }
    settings.setValue(themeKey, m_theme->currentData().toInt());
    settings.setValue(scriptKey, m_script->currentData().toInt());
    settings.setValue(layoutKey, m_layout->currentData().toInt());
    settings.setValue(syncKey, m_sync->isChecked());
    preferences::setDoubtfulThreshold(m_threshold->value() / 100.0);
    settings.setValue(SettingsKey::LookupTrigger, m_lookup->currentData().toInt());
    settings.setValue(SettingsKey::Ruby, m_ruby->currentData().toInt());
    settings.setValue(englishFontKey, m_englishFont->currentFont().family());
    settings.setValue(pointSizeKey, m_fontSize->value());
    preferences::setChineseFamily(ChineseScript::Simplified,
                                  m_simplifiedFont->currentFont().family());
    preferences::setChineseFamily(ChineseScript::TraditionalTaiwan,
                                  m_taiwanFont->currentFont().family());
    preferences::setChineseFamily(ChineseScript::TraditionalHongKong,
                                  m_hongKongFont->currentFont().family());
}

} // namespace duizhao
