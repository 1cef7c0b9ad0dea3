#pragma once

#include "app/gui/AlignedText.h"
#include "app/gui/BackgroundTask.h"
#include "app/gui/ReaderDocument.h"
#include "core/io/Error.h"
#include "core/text/ScriptConverter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace duizhao {

/// What an import produced: the aligned document, or why there is none.
struct ImportResult
{
    QStringList paths;
    std::optional<AlignedText> text;
    std::optional<Error> error;
    ProjectOrigin origin; ///< Set when a project was opened.
    /// The original Chinese's variant, detected here: detecting loads conversions that would
    /// stall the window.
    std::optional<ChineseVariant> chineseVariant;
};

/// A document read and split into sentences, shown while it is aligned.
struct ImportPreview
{
    QStringList paths;
    AlignedText text; ///< AlignedText::aligning(): placeholders for the pairs still to come.
    std::optional<ChineseVariant> chineseVariant;
};

/// Reads and aligns documents off the UI thread; one at a time, cancellable. Projects and aligned
/// files (TMX, TSV, Moses, JSON export) keep their own pairs and are not aligned again.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    /// Starts importing @p paths, cancelling any import still running.
    void start(const QStringList &paths);
    void cancel();
    bool isRunning() const;
    /// The result of the import that just finished (valid in the finished() handler).
    ImportResult takeResult();
    /// The text of the document being aligned, with its pairs so far (valid in the textRead()
    /// and alignmentGrew() handlers).
    std::optional<ImportPreview> takePreview();
    /// For tests: called on the worker with each progress step before it is shown, so that a
    /// test can hold the import at a known point (inside the aligner, say) and cancel it there.
    void setProgressHookForTesting(std::function<void(int percent)> hook);

    /// The whole import, synchronously (the job's body; also for benchmarks). @p reportProgress
    /// gets the percentage done.
    /// @p preview gets the document's text as soon as it is read, when it still needs aligning,
    /// then again, now and then, with the pairs settled so far.
    static ImportResult run(const QStringList &paths, const std::function<bool()> &isCancelled,
                            const std::function<void(int)> &reportProgress = {},
                            const std::function<void(ImportPreview)> &preview = {});

signals:
    void progressChanged(int percent);
    /// The document is read and is being aligned: takePreview() has its text.
    void textRead();
    /// More of the document shown since textRead() is aligned: takePreview() has it.
    void alignmentGrew();
    void finished();
    /// From the worker: a preview was put in m_preview.
    void previewPut(QPrivateSignal);

private:
    void announcePreview();

    QFutureWatcher<void> m_watcher;
    std::shared_ptr<BackgroundResult<ImportResult>> m_result;
    std::shared_ptr<BackgroundResult<ImportPreview>> m_preview;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::function<void(int)> m_progressHook;
    bool m_textAnnounced = false;
};

} // namespace duizhao
