#include "app/gui/ImportJob.h"

#include "core/align/Aligner.h"
#include "core/align/Lexicon.h"
#include "core/parse/DocumentReader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace duizhao {

namespace {

std::shared_ptr<const Lexicon> sharedLexicon()
{
    // Loaded once for the whole process; an alignment without it still works, less well.
    static const std::shared_ptr<const Lexicon> lexicon = [] {
        auto result = Lexicon::bundled();
        return result ? result.value() : std::shared_ptr<const Lexicon>();
    }();
    return lexicon;
}

} // namespace

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, &ImportJob::finished);
}

ImportJob::~ImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

ImportResult ImportJob::run(const QStringList &paths, const std::function<bool()> &isCancelled)
{
    ImportResult result;
    result.paths = paths;
    ReadOptions options;
    options.isCancelled = isCancelled;
    Result<Document> document = readDocument(paths, options);
    if (!document) {
        result.error = document.error();
        return result;
    }
    const Aligner aligner(sharedLexicon());
    Result<QList<Bead>> beads =
        aligner.align(alignmentUnits(*document, Language::Chinese),
                      alignmentUnits(*document, Language::English), isCancelled);
    if (!beads) {
        result.error = beads.error();
        return result;
    }
    result.text.emplace(std::move(document).value(), std::move(beads).value());
    return result;
}

void ImportJob::start(const QStringList &paths)
{
    cancel();
    m_watcher.waitForFinished();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    m_watcher.setFuture(QtConcurrent::run(
        [paths, cancelled] { return run(paths, [cancelled] { return cancelled->load(); }); }));
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

ImportResult ImportJob::takeResult()
{
    if (!m_watcher.future().isValid() || m_watcher.future().resultCount() == 0)
        return {};
    return m_watcher.future().result();
}

} // namespace duizhao
