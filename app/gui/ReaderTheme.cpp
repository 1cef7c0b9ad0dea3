#include "app/gui/ReaderTheme.h"

#include <QApplication>
#include <QStyle>

namespace duizhao {

ReaderTheme ReaderTheme::light()
{
    ReaderTheme theme;
    theme.dark = false;
    theme.base = QColor(0xff, 0xff, 0xfc);
    theme.text = QColor(0x1e, 0x1e, 0x1e);
    theme.window = QColor(0xef, 0xef, 0xec);
    theme.selection = QColor(0xff, 0xd8, 0x6b);
    theme.hover = QColor(0xe6, 0xf0, 0xfa);
    theme.findHit = QColor(0xb5, 0xe8, 0xa0);
    theme.currentFindHit = QColor(0x5c, 0xc0, 0x3a);
    theme.unmatched = QColor(0x8a, 0x8a, 0x8a);
    theme.doubtful = QColor(0xe0, 0x6c, 0x00);
    theme.hiddenBar = QColor(0xd8, 0xd8, 0xd8);
    theme.confirmedMark = QColor(0x4c, 0xa8, 0x5a);
    theme.editedMark = QColor(0x4a, 0x7f, 0xd0);
    return theme;
}

ReaderTheme ReaderTheme::darkTheme()
{
    ReaderTheme theme;
    theme.dark = true;
    theme.base = QColor(0x1f, 0x21, 0x24);
    theme.text = QColor(0xe4, 0xe4, 0xe0);
    theme.window = QColor(0x2b, 0x2d, 0x31);
    theme.selection = QColor(0x8a, 0x64, 0x00);
    theme.hover = QColor(0x33, 0x40, 0x52);
    theme.findHit = QColor(0x2f, 0x5e, 0x2a);
    theme.currentFindHit = QColor(0x3f, 0x8f, 0x30);
    theme.unmatched = QColor(0x8c, 0x8c, 0x8c);
    theme.doubtful = QColor(0xff, 0x9a, 0x3c);
    theme.hiddenBar = QColor(0x45, 0x48, 0x4d);
    theme.confirmedMark = QColor(0x5f, 0xc0, 0x6e);
    theme.editedMark = QColor(0x6d, 0x9c, 0xe8);
    return theme;
}

bool ReaderTheme::systemPrefersDark()
{
    // Qt 6.4 has no colour-scheme hint; the platform palette tells the same.
    const QColor window = QApplication::style()
                              ? QApplication::style()->standardPalette().window().color()
                              : QColor(Qt::white);
    return window.lightness() < 128;
}

QPalette ReaderTheme::palette() const
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, unmatched);
    palette.setColor(QPalette::Highlight,
                     dark ? QColor(0x3d, 0x6a, 0xa8) : QColor(0x30, 0x8c, 0xc6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Disabled, QPalette::Text, unmatched);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, unmatched);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, unmatched);
    return palette;
}

} // namespace duizhao
