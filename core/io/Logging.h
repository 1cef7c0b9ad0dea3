#pragma once

#include <QLoggingCategory>

namespace duizhao {

// Diagnostics, all off by default. Turn them on with Qt's logging rules, e.g.
// QT_LOGGING_RULES="duizhao.*.debug=true" duizhao-cli align FILE
Q_DECLARE_LOGGING_CATEGORY(lcAlign)       ///< duizhao.align: each pass's estimates, each bead.
Q_DECLARE_LOGGING_CATEGORY(lcAlignTiming) ///< duizhao.align.timing: stages, band, windows.
Q_DECLARE_LOGGING_CATEGORY(lcImport)      ///< duizhao.import: format, encoding, layout, sentences.
Q_DECLARE_LOGGING_CATEGORY(lcWrite)       ///< duizhao.write: every file written, how, or why not.

} // namespace duizhao
