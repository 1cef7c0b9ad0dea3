#pragma once

#include <QList>

class QAction;
class QWidget;

namespace duizhao {

/// Help → Keyboard Shortcuts: a table of every action with a shortcut plus the keys the panes
/// handle themselves, in a resizable, non-modal dialog.
void showShortcutsDialog(QWidget *parent, const QList<QAction *> &actions);

} // namespace duizhao
