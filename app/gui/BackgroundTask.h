#pragma once

#include <QFuture>
#include <QPromise>
#include <QRunnable>
#include <QThreadPool>

#include <memory>
#include <mutex>
#include <optional>
#include <utility>

namespace duizhao {

// Qt's thread pool and QFuture hand tasks and results over through a futex-based QMutex that
// ThreadSanitizer cannot see into (Qt is not built with it), so every such hand-over would look
// like a race. Handing the task and its result over under a std::mutex as well orders them where
// TSan sees it, so it reports only races in our own code.

/// What work on another thread produced, handed to the UI thread under a std::mutex.
template <typename Result>
class BackgroundResult
{
public:
    void put(Result value)
    {
        const std::lock_guard lock(m_mutex);
        m_value = std::move(value);
    }
    /// Empty until the work has put its result.
    std::optional<Result> take()
    {
        const std::lock_guard lock(m_mutex);
        return std::exchange(m_value, std::nullopt);
    }
    bool hasValue() const
    {
        const std::lock_guard lock(m_mutex);
        return m_value.has_value();
    }
    std::optional<Result> value() const
    {
        const std::lock_guard lock(m_mutex);
        return m_value;
    }

private:
    mutable std::mutex m_mutex;
    std::optional<Result> m_value;
};

/// The pool for the reader's own background work (opening, aligning, converting, exporting).
/// Kept apart from Qt's global pool because its threads run below the UI thread's priority.
QThreadPool *backgroundPool();
/// How far below, as a Linux nice value: a busy background thread gets about a tenth of the
/// processor time of the UI thread when both want it.
inline constexpr int BackgroundNiceness = 10;

namespace detail {

/// Lowers the calling thread's scheduling priority, once per thread. Painting waits for Qt's
/// helper threads, which must not queue behind an aligner on a busy machine.
void runBelowInteractivePriority();

/// Held while a task is built and queued; the task takes it before touching anything.
inline std::mutex &handOverMutex()
{
    static std::mutex mutex;
    return mutex;
}

template <typename Result, typename Work>
class BackgroundRunnable : public QRunnable
{
public:
    BackgroundRunnable(std::shared_ptr<BackgroundResult<Result>> result, Work work)
        : m_result(std::move(result))
        , m_work(std::move(work))
    {
        m_promise.start();
    }

    QFuture<void> future() { return m_promise.future(); }

    void run() override
    {
        runBelowInteractivePriority();
        {
            const std::lock_guard started(handOverMutex());
        }
        m_result->put(m_work(m_promise));
        m_promise.finish();
    }

private:
    std::shared_ptr<BackgroundResult<Result>> m_result;
    Work m_work;
    QPromise<void> m_promise;
};

} // namespace detail

/// Runs @p work on @p pool, with a QPromise<void>& for progress; what it returns goes into
/// @p result before the future finishes.
template <typename Result, typename Work>
QFuture<void> runInBackground(QThreadPool *pool, std::shared_ptr<BackgroundResult<Result>> result,
                              Work work)
{
    const std::lock_guard handingOver(detail::handOverMutex());
    auto *task = new detail::BackgroundRunnable<Result, Work>(std::move(result), std::move(work));
    QFuture<void> future = task->future();
    pool->start(task); // The pool deletes the task when it has run.
    return future;
}

} // namespace duizhao
