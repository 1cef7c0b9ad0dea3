#pragma once

#include <QLoggingCategory>

namespace duizhao {

Q_DECLARE_LOGGING_CATEGORY(lcAlign)
Q_DECLARE_LOGGING_CATEGORY(lcAlignTiming)

namespace alignment {

/// Whether stage times are reported: the category, or the older environment switch.
bool timingEnabled();

} // namespace alignment

} // namespace duizhao
