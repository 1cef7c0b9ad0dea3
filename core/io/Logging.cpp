#include "core/io/Logging.h"

namespace duizhao {

Q_LOGGING_CATEGORY(lcAlign, "duizhao.align", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAlignTiming, "duizhao.align.timing", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "duizhao.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWrite, "duizhao.write", QtWarningMsg)

} // namespace duizhao
