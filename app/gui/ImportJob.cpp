#include "app/gui/ImportJob.h"

#include "app/gui/ChineseScripts.h"
#include "core/align/Aligner.h"
#include "core/align/LearnedWords.h"
#include "core/align/Lexicon.h"
#include "core/project/OpenDocument.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace duizhao {

namespace {

/// From this many sentences (both sides) a document is shown before it is aligned: about 0.3 s
/// of aligning on a 2-core machine. Shorter ones are aligned before the eye notices.
constexpr qsizetype PreviewSentences = 1000;
constexpr qint64 SettledShownEveryMs = 300;

ChineseVariant chineseVariantOf(const AlignedText &text)
{
    QStringList sample;
    const int count = std::min(text.sentenceCount(Language::Chinese), 400);
    for (int i = 0; i < count; ++i)
        sample.append(text.sentenceText({Language::Chinese, i}));
    return ChineseScripts::detectVariant(sample);
}

} // namespace

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ImportJob::finished);
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, this,
            &ImportJob::progressChanged);
    connect(this, &ImportJob::previewPut, this, &ImportJob::announcePreview, Qt::QueuedConnection);
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

ImportResult ImportJob::run(const QStringList &paths, const std::function<bool()> &isCancelled,
                            const std::function<void(int)> &reportProgress,
                            const std::function<void(ImportPreview)> &preview)
{
    ImportResult result;
    result.paths = paths;
    ReadOptions options;
    options.isCancelled = isCancelled;
    Result<Project> project = openDocument(paths, options);
    if (!project) {
        result.error = project.error();
        return result;
    }
    if (project->aligned) {
        if (!project->filePath.isEmpty())
            result.origin = {project->filePath, project->view};
        result.text.emplace(std::move(project->document), std::move(project->beads));
        result.chineseVariant = chineseVariantOf(*result.text);
        return result;
    }
    Document *document = &project->document;
    const bool showsPreview = preview && document->sentenceRefs(Language::Chinese).size() +
                                                 document->sentenceRefs(Language::English).size() >=
                                             PreviewSentences;
    std::optional<ChineseVariant> variant;
    if (showsPreview) {
        // The reader reads while the aligner works: the text needs no alignment to be shown.
        AlignedText text = AlignedText::aligning(*document, {});
        variant = chineseVariantOf(text);
        preview({paths, std::move(text), variant});
    }
    // The pairs settled so far, the first at once, then a few times a second: each showing
    // costs the window a little, and pairs settle in runs.
    QList<Bead> settled;
    QElapsedTimer sinceShown;
    sinceShown.start();
    const auto showSettled = [&](const QList<Bead> &beads) {
        const bool first = settled.isEmpty();
        settled.append(beads);
        if (!first && sinceShown.elapsed() < SettledShownEveryMs)
            return;
        sinceShown.restart();
        preview({paths, AlignedText::aligning(*document, settled), variant});
    };
    // Reading is quick next to aligning: it counts for the first tenth. Loading the dictionary
    // (once per run, then cached) is a step of its own, so the bar does not stand still.
    if (reportProgress)
        reportProgress(10);
    (void)Lexicon::bundled();
    if (reportProgress)
        reportProgress(20);
    auto learned = std::make_shared<LearnedWords>();
    Result<QList<Bead>> beads = alignDocumentLearning(
        *document, *learned, isCancelled,
        [&reportProgress](double done) {
            if (reportProgress)
                reportProgress(20 + int(80.0 * done));
        },
        showsPreview ? SettledBeads(showSettled) : SettledBeads());
    if (!beads) {
        result.error = beads.error();
        return result;
    }
    result.text.emplace(std::move(*document), std::move(beads).value());
    result.text->setLearnedWords(std::move(learned));
    result.chineseVariant = chineseVariantOf(*result.text);
    return result;
}

void ImportJob::start(const QStringList &paths)
{
    cancel();
    m_watcher.waitForFinished();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    m_result = std::make_shared<BackgroundResult<ImportResult>>();
    m_preview = std::make_shared<BackgroundResult<ImportPreview>>();
    const std::shared_ptr<BackgroundResult<ImportPreview>> preview = m_preview;
    m_textAnnounced = false;
    const std::function<void(int)> hook = m_progressHook;
    m_watcher.setFuture(runInBackground(
        backgroundPool(), m_result,
        [this, paths, cancelled, hook, preview](QPromise<void> &promise) {
            promise.setProgressRange(0, 100);
            const auto reportProgress = [&promise, &hook](int percent) {
                if (hook)
                    hook(percent);
                promise.setProgressValue(percent);
            };
            const auto previewReady = [this, preview](ImportPreview text) {
                preview->put(std::move(text));
                // A signal without arguments: Qt's queued hand-over is all that crosses threads.
                emit previewPut(QPrivateSignal());
            };
            return run(
                paths, [cancelled] { return cancelled->load(); }, reportProgress, previewReady);
        }));
}

void ImportJob::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

bool ImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportJob::setProgressHookForTesting(std::function<void(int)> hook)
{
    m_progressHook = std::move(hook);
}

void ImportJob::announcePreview()
{
    // A notice from an import that a later start() replaced finds the new preview empty or
    // announces the new one's text, which is what the window wants either way.
    if (!m_preview || !m_preview->hasValue())
        return;
    if (std::exchange(m_textAnnounced, true))
        emit alignmentGrew();
    else
        emit textRead();
}

std::optional<ImportPreview> ImportJob::takePreview()
{
    return m_preview ? m_preview->take() : std::nullopt;
}

ImportResult ImportJob::takeResult()
{
    if (!m_result)
        return {};
    return m_result->take().value_or(ImportResult());
}

} // namespace duizhao
