#include "app/gui/ActionText.h"

#include <QAction>
#include <QRegularExpression>
#include <QToolBar>

namespace duizhao {

QString withoutAccelerator(QString text)
{
    static const QRegularExpression chineseStyle(QStringLiteral("\\(&[^)]\\)"));
    return text.remove(chineseStyle).remove(u'&');
}

void plainToolBarTips(QWidget *window)
{
    static const QRegularExpression leftAccelerator(QStringLiteral("\\([A-Za-z0-9]\\)"));
    for (QToolBar *toolBar : window->findChildren<QToolBar *>()) {
        for (QAction *action : toolBar->actions()) {
            if (action->toolTip().contains(leftAccelerator) &&
                action->text().contains(QStringLiteral("(&")))
                action->setToolTip(withoutAccelerator(action->text()));
        }
    }
}

} // namespace duizhao
