#include "app/gui/ReaderDocument.h"

#include "app/gui/Preferences.h"
#include "app/gui/ReaderSettings.h"
#include "core/sync/ReadingPosition.h"

#include <QtConcurrent/QtConcurrentRun>

namespace duizhao {

namespace {

// Above this many Chinese sentences a script conversion runs off the UI thread.
constexpr int BackgroundConversionThreshold = 3000;
// Folding for find maps every character back to the original, about ten times slower than
// converting (5,000 sentences took 0.55 s on a busy 2-core machine): a worker folds earlier.
constexpr int BackgroundFinderThreshold = 500;

} // namespace

ReaderDocument::ReaderDocument(QObject *parent)
    : QObject(parent)
    , m_state(new ReadingPosition(this))
{
    connect(&m_conversion, &QFutureWatcher<void>::finished, this, [this] {
        std::optional<QStringList> converted = m_converted->take();
        if (!converted)
            return;
        m_scripts.insert(m_converting, std::move(*converted));
        emit scriptReady(m_converting);
    });
    connect(&m_finderBuild, &QFutureWatcher<void>::finished, this, [this] {
        std::optional<std::shared_ptr<TextFinder>> built =
            m_builtFinder ? m_builtFinder->take() : std::nullopt;
        if (!built || !m_text)
            return;
        m_builtFinder.reset();
        // Built from a copy: a text fix made meanwhile is folded now.
        m_finder = std::move(*built);
        m_finder->update(*m_text);
        emit findReady();
    });
}

ReaderDocument::~ReaderDocument()
{
    m_conversion.waitForFinished();
    m_finderBuild.waitForFinished();
}

void ReaderDocument::open(AlignedText text, const QStringList &paths, ProjectOrigin origin,
                          std::optional<ChineseVariant> chineseVariant)
{
    m_projectPath = origin.projectPath;
    m_savedView = std::move(origin.view);
    m_conversion.waitForFinished();
    m_text = std::move(text);
    m_text->setDoubtfulThreshold(preferences::doubtfulThreshold());
    m_paths = paths;
    QStringList chinese;
    for (int i = 0; i < m_text->sentenceCount(Language::Chinese); ++i)
        chinese.append(m_text->sentenceText({Language::Chinese, i}));
    m_scripts.setOriginal(chinese, chineseVariant);
    m_finder.reset();
    m_builtFinder.reset(); // A build still running is for the old text.
    m_state->reset();
    setModified(false);
}

void ReaderDocument::close()
{
    m_conversion.waitForFinished();
    m_text.reset();
    m_paths.clear();
    m_projectPath.clear();
    m_savedView.reset();
    m_scripts.setOriginal({}, std::nullopt);
    m_finder.reset();
    m_builtFinder.reset();
    m_state->reset();
    setModified(false);
}

void ReaderDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

std::optional<ViewState> ReaderDocument::takeSavedView()
{
    return std::exchange(m_savedView, std::nullopt);
}

Project ReaderDocument::project(const ViewState &view) const
{
    Project project;
    if (m_text) {
        project.document = m_text->document();
        project.beads = m_text->beads();
    }
    project.view = view;
    project.aligned = true;
    return project;
}

void ReaderDocument::replaceText(AlignedText text, bool sentencesChanged)
{
    m_conversion.waitForFinished();
    // An edit keeps what the document taught: its words are still the same.
    if (!text.learnedWords() && m_text)
        text.setLearnedWords(m_text->learnedWords());
    m_text = std::move(text);
    if (!sentencesChanged)
        return;
    QStringList chinese;
    for (int i = 0; i < m_text->sentenceCount(Language::Chinese); ++i)
        chinese.append(m_text->sentenceText({Language::Chinese, i}));
    // Only the edited sentences are converted again: a long text would stall the window.
    m_scripts.updateOriginal(chinese);
    if (m_finder)
        m_finder->update(*m_text);
}

void ReaderDocument::setLearnedWords(std::shared_ptr<const LearnedWords> words)
{
    if (m_text)
        m_text->setLearnedWords(std::move(words));
}

void ReaderDocument::setDoubtfulThreshold(double threshold)
{
    if (m_text)
        m_text->setDoubtfulThreshold(threshold);
}

bool ReaderDocument::isReady(ChineseScript script) const
{
    return m_scripts.has(script);
}

bool ReaderDocument::needsBackgroundConversion(ChineseScript script) const
{
    return !m_scripts.has(script) && m_scripts.original().size() > BackgroundConversionThreshold;
}

void ReaderDocument::convertInBackground(ChineseScript script)
{
    if (m_scripts.has(script)) {
        emit scriptReady(script);
        return;
    }
    m_conversion.waitForFinished();
    m_converting = script;
    m_converted = std::make_shared<BackgroundResult<QStringList>>();
    m_conversion.setFuture(runInBackground(
        backgroundPool(), m_converted,
        [original = m_scripts.original(), conversion = m_scripts.conversionFor(script)](
            QPromise<void> &) { return ChineseScripts::convertWith(original, conversion); }));
}

const QStringList &ReaderDocument::chineseIn(ChineseScript script)
{
    return m_scripts.sentences(script);
}

QString ReaderDocument::displayText(SentenceKey key, ChineseScript script) const
{
    if (!m_text)
        return {};
    const QStringList *chinese = m_scripts.cached(script);
    return key.language == Language::Chinese && chinese ? chinese->value(key.index)
                                                        : m_text->sentenceText(key);
}

bool ReaderDocument::originalIsTraditional()
{
    return m_scripts.originalIsTraditional();
}

ChineseVariant ReaderDocument::originalVariant()
{
    return m_scripts.variant();
}

QString ReaderDocument::conversionFor(ChineseScript script)
{
    return m_scripts.conversionFor(script);
}

void ReaderDocument::setPhraseConversion(bool phrases)
{
    m_conversion.waitForFinished();
    m_scripts.setPhrases(phrases);
}

std::optional<QList<TextHit>> ReaderDocument::find(const QString &query)
{
    if (!m_text || query.trimmed().isEmpty())
        return QList<TextHit>();
    if (!m_finder) {
        if (!needsBackgroundFinder()) {
            m_finder = std::make_shared<TextFinder>(*m_text);
        } else {
            prepareFind();
            return std::nullopt;
        }
    }
    return m_finder->find(*m_text, query);
}

bool ReaderDocument::needsBackgroundFinder() const
{
    return m_text && m_text->sentenceCount(Language::Chinese) > BackgroundFinderThreshold;
}

void ReaderDocument::prepareFind()
{
    if (!m_text || m_finder || m_builtFinder || !needsBackgroundFinder())
        return;
    m_builtFinder = std::make_shared<BackgroundResult<std::shared_ptr<TextFinder>>>();
    m_finderBuild.setFuture(
        runInBackground(backgroundPool(), m_builtFinder, [text = *m_text](QPromise<void> &) {
            return std::make_shared<TextFinder>(text);
        }));
}

QString ReaderDocument::pairText(int bead, ChineseScript script) const
{
    if (!m_text || bead < 0 || bead >= m_text->beads().size())
        return {};
    QStringList chinese;
    QStringList english;
    for (const SentenceKey &key : m_text->beadSentences(bead))
        (key.language == Language::Chinese ? chinese : english)
            .append(displayText(key, script).simplified());
    // English sentences are joined by a space; Chinese ones run on, as written.
    return chinese.join(QString()) + u'\n' + english.join(u' ');
}

int ReaderDocument::doubtfulPair(int from, int direction) const
{
    if (!m_text)
        return -1;
    const int count = int(m_text->beads().size());
    for (int step = 1; step <= count; ++step) {
        const int bead = ((from + direction * step) % count + count) % count;
        if (m_text->isDoubtful(bead))
            return bead;
    }
    return -1;
}

DocumentMemory ReaderDocument::memory() const
{
    DocumentMemory memory;
    memory.bead = m_state->bead();
    memory.fraction = m_state->fraction();
    memory.selectedBead = m_state->selectedBead();
    memory.bookmarks = m_state->bookmarks();
    return memory;
}

} // namespace duizhao
