#include "app/gui/ReadingAids.h"

#include "app/gui/ActionText.h"
#include "app/gui/ConcordancePanel.h"
#include "app/gui/DictionaryPopup.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReaderDocument.h"
#include "app/gui/ReaderSettings.h"
#include "app/gui/SentencePane.h"
#include "app/gui/SpeechReader.h"
#include "app/gui/VocabularyPanel.h"
#include "core/align/LearnedWords.h"
#include "core/align/WordLinks.h"
#include "core/concordance/Concordance.h"

#include <QAction>
#include <QActionGroup>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSettings>

#include <algorithm>
#include <functional>
#include <utility>

namespace duizhao {

namespace {

bool hasHan(QStringView text)
{
    for (const QChar c : text)
        if (isHanCharacter(c.unicode()) || c.isHighSurrogate())
            return true;
    return false;
}

/// Exclusive choices in @p menu, @p current checked; choosing one calls @p choose.
template <typename Choice>
void addChoices(QMenu *menu, const QList<std::pair<Choice, QString>> &choices, Choice current,
                const std::function<void(Choice)> &choose)
{
    auto *group = new QActionGroup(menu);
    for (const auto &[choice, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu,
                         [choose, choice = choice] { choose(choice); });
    }
}

Qt::KeyboardModifier modifierOf(ReadingAids::LookupTrigger trigger)
{
    switch (trigger) {
    case ReadingAids::LookupTrigger::ControlClick:
        return Qt::ControlModifier;
    case ReadingAids::LookupTrigger::AltClick:
        return Qt::AltModifier;
    case ReadingAids::LookupTrigger::ShiftClick:
        return Qt::ShiftModifier;
    case ReadingAids::LookupTrigger::Hover:
    case ReadingAids::LookupTrigger::Off:
        break;
    }
    return Qt::NoModifier;
}

} // namespace

ReadingAids::ReadingAids(MainWindow *window, ReaderDocument *document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_popup(new DictionaryPopup(window))
    , m_concordance(new ConcordancePanel(window))
    , m_vocabulary(new VocabularyPanel(window))
    , m_speech(new SpeechReader(this))
{
    m_popup->hide();
    // A window of its own, yet in the reader's theme (light or dark).
    m_popup->setAttribute(Qt::WA_WindowPropagation);
    m_popup->installEventFilter(this);
    for (SentencePane *pane : {window->chinesePane(), window->englishPane()}) {
        pane->viewport()->installEventFilter(this);
        pane->installEventFilter(this); // Escape closes the pop-up.
    }
    // Leaving the text for the pop-up (to add the word) must not close it.
    m_hideTimer.setSingleShot(true);
    m_hideTimer.setInterval(300);
    connect(&m_hideTimer, &QTimer::timeout, this, [this] {
        if (!m_popup->underMouse())
            hidePopup();
    });
    connect(m_popup, &DictionaryPopup::addToVocabulary, this, [this] { addLookedUpWord(); });
    for (QDockWidget *dock : std::initializer_list<QDockWidget *>{m_concordance, m_vocabulary}) {
        window->addDockWidget(Qt::RightDockWidgetArea, dock);
        dock->hide();
    }
    window->tabifyDockWidget(m_concordance, m_vocabulary);
    connect(m_concordance, &ConcordancePanel::pairActivated, window,
            [window](int bead) { window->goToPair(bead + 1); });
    connect(m_vocabulary, &VocabularyPanel::pairActivated, window,
            [window](int bead) { window->goToPair(bead + 1); });
    connect(m_concordance, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            updateConcordance();
    });
    connect(window, &MainWindow::documentOpened, this, &ReadingAids::documentChanged);
    // The concordance lists its hits in the script on screen, converted as the panes are.
    for (auto changed : {&MainWindow::documentOpened, &MainWindow::scriptChanged})
        connect(window, changed, m_concordance, [this] {
            m_concordance->setConversion(m_document->conversionFor(m_window->script()));
        });
    connect(&m_concordanceBuild, &QFutureWatcher<void>::finished, this, [this] {
        std::optional<std::shared_ptr<const Concordance>> built = m_concordanceBuilt->take();
        // Only if it is still the open document's.
        if (built && m_concordanceText == m_window->alignedText())
            m_concordance->setConcordance(*built);
    });
    connect(&m_learning, &QFutureWatcher<void>::finished, this, [this] {
        std::optional<std::shared_ptr<const LearnedWords>> learned = m_learned->take();
        // Only for the document it was learned from, edited or not.
        if (learned && m_learningFor == m_opened && m_window->alignedText())
            m_document->setLearnedWords(*learned);
    });
    connect(m_speech, &SpeechReader::unavailable, this, &ReadingAids::notice);
    // The saved words need the dictionary, which loads in about 0.3 s: not before they are seen.
    connect(m_vocabulary, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            loadVocabulary();
    });
    connect(m_vocabulary, &VocabularyPanel::listChanged, this, &ReadingAids::saveVocabulary);
    // A pop-up left behind when its word scrolls (by the reader or in step with the other
    // pane) would point at another word.
    for (SentencePane *pane : {window->chinesePane(), window->englishPane()})
        connect(pane->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, pane] {
            if (m_popup->isVisible() && m_wordPane == pane)
                hidePopup();
        });
    loadSettings();
}

ReadingAids::~ReadingAids()
{
    m_concordanceBuild.waitForFinished();
    m_learning.waitForFinished();
}

RubyKind ReadingAids::rubyKind() const
{
    return m_rubyKind;
}

void ReadingAids::setRuby(RubyKind kind, ToneColours colours)
{
    if (kind == m_rubyKind && colours == m_toneColours)
        return;
    m_rubyKind = kind;
    m_toneColours = colours;
    m_ruby = kind == RubyKind::None ? nullptr : std::make_shared<RubyText>(kind, colours);
    m_popup->setZhuyin(kind == RubyKind::Zhuyin);
    m_popup->setToneColours(colours);
    saveSettings();
    emit rubyChanged();
}

void ReadingAids::setLookupTrigger(LookupTrigger trigger)
{
    m_trigger = trigger;
    if (trigger == LookupTrigger::Off)
        hidePopup();
    saveSettings();
}

void ReadingAids::loadSettings()
{
    const QSettings settings;
    m_document->setPhraseConversion(settings.value(SettingsKey::PhraseConversion, false).toBool());
    m_trigger = LookupTrigger(std::clamp(settings.value(SettingsKey::LookupTrigger, 0).toInt(), 0,
                                         int(LookupTrigger::Off)));
    setRuby(RubyKind(
                std::clamp(settings.value(SettingsKey::Ruby, 0).toInt(), 0, int(RubyKind::Zhuyin))),
            ToneColours(std::clamp(
                settings.value(SettingsKey::ToneColours, int(ToneColours::Pleco)).toInt(), 0,
                int(ToneColours::Mdbg))));
}

void ReadingAids::saveSettings() const
{
    QSettings settings;
    settings.setValue(SettingsKey::LookupTrigger, int(m_trigger));
    settings.setValue(SettingsKey::Ruby, int(m_rubyKind));
    settings.setValue(SettingsKey::ToneColours, int(m_toneColours));
}

void ReadingAids::saveVocabulary() const
{
    QVariantList words;
    for (const VocabularyItem &item : m_vocabulary->list().items())
        words.append(QVariantMap{{QStringLiteral("word"), item.word},
                                 {QStringLiteral("traditional"), item.entry.traditional},
                                 {QStringLiteral("simplified"), item.entry.simplified},
                                 {QStringLiteral("pinyin"), item.entry.pinyinNumbered},
                                 {QStringLiteral("chinese"), item.exampleChinese},
                                 {QStringLiteral("english"), item.exampleEnglish}});
    QSettings().setValue(SettingsKey::Vocabulary, words);
}

const Dictionary &ReadingAids::dictionary()
{
    // Loaded at the first look-up, not with the window: opening stays as quick as without it.
    if (!m_dictionary)
        m_dictionary = Dictionary::shared();
    return *m_dictionary;
}

void ReadingAids::loadVocabulary()
{
    if (std::exchange(m_vocabularyLoaded, true))
        return;
    const QVariantList words = QSettings().value(SettingsKey::Vocabulary).toList();
    const QSignalBlocker blocker(m_vocabulary);
    for (const QVariant &saved : words) {
        const QVariantMap word = saved.toMap();
        VocabularyItem item;
        for (const DictionaryEntry &entry :
             dictionary().lookup(word.value(QStringLiteral("traditional")).toString()))
            if (entry.simplified == word.value(QStringLiteral("simplified")).toString() &&
                entry.pinyinNumbered == word.value(QStringLiteral("pinyin")).toString())
                item.entry = entry;
        if (item.entry.traditional.isEmpty())
            continue; // No longer in the dictionary.
        item.word = word.value(QStringLiteral("word")).toString();
        item.exampleChinese = word.value(QStringLiteral("chinese")).toString();
        item.exampleEnglish = word.value(QStringLiteral("english")).toString();
        m_vocabulary->addItem(item); // The pair it came from is of another session: no jump.
    }
}

void ReadingAids::documentChanged()
{
    hidePopup();
    learnWordsIfMissing();
    m_concordanceText = nullptr;
    m_concordance->setConcordance(nullptr);
    if (m_concordance->isVisible())
        updateConcordance();
}

void ReadingAids::learnWordsIfMissing()
{
    ++m_opened;
    const AlignedText *text = m_window->alignedText();
    // A text still aligning gets what it teaches with its alignment.
    if (!text || text->learnedWords() || text->isAligning())
        return;
    // A project or an aligned file brings its pairs, not what they teach: learned on a worker
    // (about 40% of an alignment's time), with copies, while the reader reads.
    m_learned = std::make_shared<BackgroundResult<std::shared_ptr<const LearnedWords>>>();
    m_learning.setFuture(runInBackground(
        backgroundPool(), m_learned,
        [document = text->document(),
         beads = text->beads()](QPromise<void> &) -> std::shared_ptr<const LearnedWords> {
            return std::make_shared<const LearnedWords>(learnWords(document, beads));
        }));
    m_learningFor = m_opened;
}

void ReadingAids::updateConcordance()
{
    const AlignedText *text = m_window->alignedText();
    if (!text || text == m_concordanceText)
        return;
    m_concordanceText = text;
    // Folding a long book's Chinese and stemming its English takes a while: on a worker, with
    // copies, so a document opened meanwhile cannot pull the text from under it.
    m_concordanceBuilt = std::make_shared<BackgroundResult<std::shared_ptr<const Concordance>>>();
    m_concordanceBuild.setFuture(
        runInBackground(backgroundPool(), m_concordanceBuilt,
                        [document = text->document(), beads = text->beads()](
                            QPromise<void> &) -> std::shared_ptr<const Concordance> {
                            return std::make_shared<const Concordance>(document, beads);
                        }));
}

SentencePane *ReadingAids::paneOf(QObject *viewport) const
{
    // The cast fails on a pane already being destroyed (it sends events on its way out).
    auto *pane = qobject_cast<SentencePane *>(viewport->parent());
    const bool ours = pane == m_window->chinesePane() || pane == m_window->englishPane();
    return ours && pane->viewport() == viewport ? pane : nullptr;
}

std::shared_ptr<ScriptConverter> ReadingAids::converterFor(const QString &config)
{
    auto found = m_converters.find(config);
    if (found == m_converters.end()) {
        Result<std::shared_ptr<ScriptConverter>> created = ScriptConverter::create(config);
        found = m_converters.insert(config, created ? created.value() : nullptr);
    }
    return *found;
}

QString ReadingAids::originalOf(SentenceKey key, const QString &shown, int offset, int length)
{
    const AlignedText *text = m_window->alignedText();
    const QString config = m_document->conversionFor(m_window->script());
    if (!text || config.isEmpty() || key.language != Language::Chinese)
        return {};
    const std::shared_ptr<ScriptConverter> converter = converterFor(config);
    if (!converter)
        return {};
    // The shown text is the original converted; mapping it back finds what was written.
    const QString original = text->sentenceText(key);
    const MappedConversion mapped = converter->convertMapped(original);
    if (mapped.text.size() != shown.size() || offset + length > shown.size())
        return {};
    const qsizetype from = mapped.originalOffsets.at(offset);
    const qsizetype to = mapped.originalOffsets.at(offset + length);
    const QString written = original.mid(from, to - from);
    return written == shown.mid(offset, length) ? QString() : written;
}

bool ReadingAids::lookUpAt(SentencePane *pane, const QPoint &viewportPos)
{
    const TextHit at = pane->characterAt(viewportPos);
    if (!at.sentence.isValid() || pane->isSentenceHidden(at.sentence)) {
        hidePopup();
        return false;
    }
    const QString shown = pane->sentenceDisplayText(at.sentence);
    DictionaryMatch match;
    QString original;
    if (at.sentence.language == Language::Chinese) {
        match = dictionary().longestMatch(shown, at.offset);
        original = match.isEmpty()
                       ? QString()
                       : originalOf(at.sentence, shown, int(match.position), int(match.length));
        // A converted form the dictionary lacks: look the character up as written.
        if (match.isEmpty() && hasHan(shown.mid(at.offset, 1))) {
            original = originalOf(at.sentence, shown, at.offset, 1);
            if (!original.isEmpty()) {
                match = dictionary().longestMatch(original, 0);
                match.position = at.offset;
                match.length = std::min<qsizetype>(match.length, 1);
            }
        }
    } else {
        const auto [start, length] = englishWordAt(shown, at.offset);
        if (length > 0) {
            match.position = start;
            match.length = length;
            match.entries = dictionary().lookupEnglish(QStringView(shown).mid(start, length), 8);
        }
    }
    if (match.isEmpty() || match.entries.isEmpty()) {
        hidePopup();
        return false;
    }
    const TextHit word{at.sentence, int(match.position), int(match.length)};
    if (m_popup->isVisible() && m_wordPane == pane && word.sentence == m_word.sentence &&
        word.offset == m_word.offset && word.length == m_word.length)
        return true;
    m_wordPane = pane;
    m_word = word;
    applyMarks();
    const QRect rect = pane->rangeRect(word);
    m_popup->showMatch(match, pane->viewport()->mapToGlobal(rect.bottomLeft()), original);
    return true;
}

void ReadingAids::applyMarks()
{
    for (SentencePane *pane : {m_window->chinesePane(), m_window->englishPane()}) {
        QList<TextHit> words;
        QList<TextHit> links;
        for (const TextHit &word : {m_word, m_linkWord})
            if (word.sentence.isValid() && pane->showsSentence(word.sentence))
                words.append(word);
        // A translation the learner has not revealed stays hidden: no tint gives it away.
        for (const TextHit &link : m_links)
            if (pane->showsSentence(link.sentence) && !pane->isSentenceHidden(link.sentence))
                links.append(link);
        pane->setWordMarks(words, links);
    }
}

void ReadingAids::hidePopup()
{
    m_hideTimer.stop();
    m_wordPane = nullptr;
    m_word = {};
    m_popup->hide();
    applyMarks();
}

bool ReadingAids::addLookedUpWord()
{
    const AlignedText *text = m_window->alignedText();
    if (!text || !m_word.sentence.isValid() || m_popup->match().entries.isEmpty())
        return false;
    loadVocabulary(); // Before adding: saving writes the whole list.
    VocabularyItem item;
    item.entry = m_popup->match().entries.constFirst();
    item.word = m_word.sentence.language == Language::Chinese
                    ? m_document->displayText(m_word.sentence, m_window->script())
                          .mid(m_word.offset, m_word.length)
                    : item.entry.traditional;
    item.bead = text->beadOf(m_word.sentence);
    const QStringList pair = m_document->pairText(item.bead, m_window->script()).split(u'\n');
    item.exampleChinese = pair.value(0);
    item.exampleEnglish = pair.value(1);
    const bool added = m_vocabulary->addItem(item);
    emit notice(added ? tr("“%1” added to the vocabulary list").arg(item.word)
                      : tr("“%1” is already in the vocabulary list").arg(item.word));
    m_vocabulary->show();
    return added;
}

QList<TextHit> ReadingAids::linkWordsAt(SentencePane *pane, const QPoint &viewportPos)
{
    const AlignedText *text = m_window->alignedText();
    const TextHit at = pane->characterAt(viewportPos);
    WordLinks found;
    if (text && at.sentence.isValid() && text->beadOf(at.sentence) == m_window->selectedBead()) {
        if (!m_linker) {
            dictionary();
            m_linker = std::make_unique<WordLinker>(m_dictionary);
        }
        found = m_linker->linksAt(*text, at, [&](SentenceKey key) {
            return key == at.sentence ? pane->sentenceDisplayText(key)
                                      : m_document->displayText(key, m_window->script());
        });
    }
    const TextHit &word = found.word;
    const QList<TextHit> &links = found.links;
    const bool sameWord = word.sentence == m_linkWord.sentence &&
                          word.offset == m_linkWord.offset && word.length == m_linkWord.length;
    if (!sameWord || links.size() != m_links.size()) {
        m_linkWord = links.isEmpty() ? TextHit() : word;
        m_links = links;
        applyMarks();
    }
    return links;
}

bool ReadingAids::readSelectedPair(std::optional<Language> only)
{
    const AlignedText *text = m_window->alignedText();
    const int bead = m_window->selectedBead();
    if (!text || bead < 0) {
        emit notice(tr("Select a pair to read it aloud."));
        return false;
    }
    const QStringList pair = m_document->pairText(bead, m_window->script()).split(u'\n');
    QList<std::pair<QString, Language>> parts;
    if (only != Language::English && !pair.value(0).isEmpty())
        parts.append({pair.value(0), Language::Chinese});
    if (only != Language::Chinese && !pair.value(1).isEmpty())
        parts.append({pair.value(1), Language::English});
    return m_speech->speakInTurn(parts);
}

void ReadingAids::addContextEntries(QMenu *menu, const QPoint &globalPos)
{
    menu->addSeparator();
    for (SentencePane *pane : {m_window->chinesePane(), m_window->englishPane()}) {
        const QPoint at = pane->viewport()->mapFromGlobal(globalPos);
        const TextHit character = pane->characterAt(at);
        if (pane->isVisible() && pane->viewport()->rect().contains(at) &&
            character.sentence.isValid()) {
            menu->addAction(tr("&Look Up in the Dictionary"), this,
                            [this, pane, at] { lookUpAt(pane, at); });
            break;
        }
    }
    menu->addAction(tr("&Read the Pair Aloud"), this, [this] { readSelectedPair(); })
        ->setEnabled(m_window->selectedBead() >= 0);
}

void ReadingAids::fitScriptMenu(QMenu *scriptMenu, QActionGroup *scripts)
{
    scriptMenu->addSeparator();
    QAction *phrases = scriptMenu->addAction(tr("Convert &Phrases (Taiwan and Mainland Words)"));
    phrases->setObjectName(QStringLiteral("phraseConversion"));
    phrases->setCheckable(true);
    phrases->setChecked(m_document->phraseConversion());
    connect(phrases, &QAction::toggled, this, [this](bool on) {
        m_document->setPhraseConversion(on);
        QSettings().setValue(SettingsKey::PhraseConversion, on);
        m_window->setScript(m_window->script());
    });
    const auto fit = [this, scripts, phrases] {
        const bool open = m_window->alignedText() &&
                          m_window->alignedText()->sentenceCount(Language::Chinese) > 0;
        const ChineseVariant source =
            open ? m_document->originalVariant() : ChineseVariant::Traditional;
        bool phrasesMatter = false;
        for (QAction *action : scripts->actions()) {
            const auto script = ChineseScript(action->data().toInt());
            const QString plain = fittingConversion(source, script);
            const QString withPhrases = fittingConversion(source, script, true);
            phrasesMatter = phrasesMatter || plain != withPhrases;
            // The script the text is already in is its original: no second entry for it.
            action->setVisible(!open || script == ChineseScript::Original || !plain.isEmpty());
            const QString name = withoutAccelerator(action->text());
            action->setToolTip(
                plain.isEmpty()
                    ? name
                    : tr("%1 (OpenCC %2)")
                          .arg(name, m_document->phraseConversion() ? withPhrases : plain));
        }
        phrases->setEnabled(!open || phrasesMatter);
    };
    connect(scriptMenu, &QMenu::aboutToShow, scriptMenu, fit);
    connect(m_window, &MainWindow::documentOpened, scriptMenu, fit);
    fit();
}

void ReadingAids::addMenuEntries(QMenu *viewMenu)
{
    QMenu *rubyMenu = viewMenu->addMenu(tr("&Pinyin"));
    addChoices<RubyKind>(rubyMenu,
                         {{RubyKind::None, tr("&None")},
                          {RubyKind::Pinyin, tr("&Pinyin Above the Chinese")},
                          {RubyKind::Zhuyin, tr("&Zhuyin (Bopomofo) Above the Chinese")}},
                         m_rubyKind, [this](RubyKind kind) { setRuby(kind, m_toneColours); });
    rubyMenu->addSeparator();
    addChoices<ToneColours>(rubyMenu,
                            {{ToneColours::Off, tr("No Tone &Colours")},
                             {ToneColours::Pleco, tr("Tone Colours: &Red, Green, Blue, Purple")},
                             {ToneColours::Mdbg, tr("Tone Colours: R&ed, Orange, Green, Blue")}},
                            m_toneColours,
                            [this](ToneColours scheme) { setRuby(m_rubyKind, scheme); });
    addChoices<LookupTrigger>(viewMenu->addMenu(tr("&Dictionary Pop-up")),
                              {{LookupTrigger::Hover, tr("On &Hover")},
                               {LookupTrigger::ControlClick, tr("On &Ctrl+Click")},
                               {LookupTrigger::AltClick, tr("On &Alt+Click")},
                               {LookupTrigger::ShiftClick, tr("On &Shift+Click")},
                               {LookupTrigger::Off, tr("&Off")}},
                              m_trigger,
                              [this](LookupTrigger trigger) { setLookupTrigger(trigger); });

    QAction *concordance = m_concordance->toggleViewAction();
    concordance->setText(tr("C&oncordance"));
    concordance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    viewMenu->addAction(concordance);
    QAction *vocabulary = m_vocabulary->toggleViewAction();
    vocabulary->setText(tr("&Vocabulary List"));
    vocabulary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    viewMenu->addAction(vocabulary);

    QMenu *readMenu = viewMenu->addMenu(tr("&Read Aloud"));
    readMenu->addAction(tr("Read the &Pair"), this, [this] { readSelectedPair(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    readMenu->addAction(tr("Read the &Chinese"), this,
                        [this] { readSelectedPair(Language::Chinese); });
    readMenu->addAction(tr("Read the &English"), this,
                        [this] { readSelectedPair(Language::English); });
    readMenu->addAction(tr("&Stop Reading"), m_speech, &SpeechReader::stop);
}

bool ReadingAids::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_popup) {
        if (event->type() == QEvent::Leave)
            m_hideTimer.start();
        else if (event->type() == QEvent::Enter)
            m_hideTimer.stop();
        return false;
    }
    if (event->type() == QEvent::KeyPress && m_popup->isVisible() &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        (watched == m_window->chinesePane() || watched == m_window->englishPane())) {
        hidePopup();
        return true;
    }
    // Only these, and before anything else: a pane being destroyed sends others.
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseMove && type != QEvent::MouseButtonPress && type != QEvent::Leave)
        return false;
    SentencePane *pane = paneOf(watched);
    if (!pane)
        return false;
    switch (type) {
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->buttons() != Qt::NoButton)
            break;
        const QPoint pos = mouse->position().toPoint();
        linkWordsAt(pane, pos);
        if (m_trigger == LookupTrigger::Hover) {
            if (lookUpAt(pane, pos))
                m_hideTimer.stop();
        } else if (m_popup->isVisible() && !pane->characterAt(pos).sentence.isValid()) {
            m_hideTimer.start();
        }
        break;
    }
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const Qt::KeyboardModifier modifier = modifierOf(m_trigger);
        if (mouse->button() == Qt::LeftButton && modifier != Qt::NoModifier &&
            (mouse->modifiers() & modifier))
            lookUpAt(pane, mouse->position().toPoint());
        break;
    }
    case QEvent::Leave:
        if (m_popup->isVisible())
            m_hideTimer.start();
        break;
    default:
        break;
    }
    return false;
}

} // namespace duizhao
