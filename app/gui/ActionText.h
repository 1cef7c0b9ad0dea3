#pragma once

#include <QString>

class QWidget;

namespace duizhao {

/// Menu text without its accelerator, for toolbars and tooltips: "&Side by Side" and the
/// Chinese style "左右並排(&S)" alike (Qt itself removes only the '&').
QString withoutAccelerator(QString text);

/// Qt makes a toolbar button's tooltip from its menu text by removing the '&' only, which leaves
/// "左右並排(S)" in Chinese: gives every toolbar action of @p window that has no tooltip of its
/// own the text without its accelerator.
void plainToolBarTips(QWidget *window);

} // namespace duizhao
