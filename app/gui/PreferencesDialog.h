#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QSpinBox;

namespace duizhao {

/// Edit → Preferences: interface language, fonts per script, default Chinese script, layout,
/// theme, synchronized scrolling and the doubtful-pair threshold. Shows what QSettings holds
/// and writes it back on OK, under the keys the reader window reads (MainWindow::loadSettings
/// and app/gui/Preferences.h), so the window applies them by reloading its settings. A new
/// interface language is installed at once (the window retranslates itself).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// Writes the choices to QSettings (also done on OK) and installs a changed interface
    /// language as soon as the event loop runs.
    void save() const;

private:
    void load();

    QComboBox *m_language = nullptr;
    QFontComboBox *m_englishFont = nullptr;
    QDoubleSpinBox *m_fontSize = nullptr;
    QFontComboBox *m_simplifiedFont = nullptr;
    QFontComboBox *m_taiwanFont = nullptr;
    QFontComboBox *m_hongKongFont = nullptr;
    QComboBox *m_script = nullptr;
    QComboBox *m_layout = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_sync = nullptr;
    QSpinBox *m_threshold = nullptr;
    QComboBox *m_lookup = nullptr; ///< What opens the dictionary pop-up (ReadingAids).
    QComboBox *m_ruby = nullptr;   ///< Pinyin or zhuyin above the Chinese.
};

} // namespace duizhao
