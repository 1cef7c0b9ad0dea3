#pragma once

#include "core/io/Logging.h"

namespace duizhao {

namespace alignment {

/// Whether stage times are reported (duizhao.align.timing), asked once per alignment because
/// gathering some of the figures costs time.
bool timingEnabled();

} // namespace alignment

} // namespace duizhao
