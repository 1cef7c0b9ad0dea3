#include "app/gui/BackgroundTask.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace duizhao {

QThreadPool *backgroundPool()
{
    static QThreadPool pool;
    return &pool;
}

namespace detail {

void runBelowInteractivePriority()
{
#ifdef Q_OS_LINUX
    // Linux gives each thread its own nice value. Qt's thread priorities cannot lower one short
    // of SCHED_IDLE, which would starve the work whenever anything else runs.
    thread_local bool lowered = false;
    if (!std::exchange(lowered, true))
        (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), BackgroundNiceness);
#endif
}

} // namespace detail

} // namespace duizhao
