#pragma once

#include "app/gui/AlignedText.h"
#include "app/gui/BackgroundTask.h"
#include "app/gui/RubyText.h"
#include "core/dict/Dictionary.h"
#include "core/text/ScriptConverter.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QActionGroup;
class QMenu;

namespace duizhao {

class Concordance;
class LearnedWords;
class ConcordancePanel;
class DictionaryPopup;
class MainWindow;
class ReaderDocument;
class SentencePane;
class SpeechReader;
class VocabularyPanel;
class WordLinker;

/// The reader's aids for Chinese, wired into the reading panes: the dictionary pop-up (on hover
/// or a modifier click), pinyin or zhuyin above the text, links between a word and its
/// translation in the selected pair, reading aloud, and the concordance and vocabulary docks.
/// Owned by the window; the docks are created once, their menu entries with each menu rebuild.
class ReadingAids : public QObject
{
    Q_OBJECT

public:
    /// What opens the dictionary pop-up over a word.
    enum class LookupTrigger
    {
        Hover,
        ControlClick,
        AltClick,
        ShiftClick,
        Off,
    };
    Q_ENUM(LookupTrigger)

    ReadingAids(MainWindow *window, ReaderDocument *document);
    ~ReadingAids() override;

    DictionaryPopup *popup() const { return m_popup; }
    ConcordancePanel *concordancePanel() const { return m_concordance; }
    VocabularyPanel *vocabularyPanel() const { return m_vocabulary; }
    SpeechReader *speechReader() const { return m_speech; }

    /// The readings the panes draw above Chinese; null when they show none.
    std::shared_ptr<const RubyText> ruby() const { return m_ruby; }
    RubyKind rubyKind() const;
    ToneColours toneColours() const { return m_toneColours; }
    void setRuby(RubyKind kind, ToneColours colours);
    LookupTrigger lookupTrigger() const { return m_trigger; }
    void setLookupTrigger(LookupTrigger trigger);
    /// Reads the trigger and ruby choices from QSettings (after Preferences).
    void loadSettings();

    /// Looks up the word under a viewport point of @p pane: a Chinese word's longest dictionary
    /// match, or the Chinese entries of an English word. Shows the pop-up under it and
    /// underlines it; false (pop-up hidden) when no word is there.
    bool lookUpAt(SentencePane *pane, const QPoint &viewportPos);
    void hidePopup();
    /// The word the pop-up shows, as a range of its sentence (invalid when hidden).
    TextHit lookedUpWord() const { return m_word; }
    /// Adds the first entry of the pop-up's word to the vocabulary, with the pair it came from.
    bool addLookedUpWord();

    /// The words of the other side of the selected pair that translate the word under a
    /// viewport point of @p pane (marked in the other pane); empty outside the selected pair.
    QList<TextHit> linkWordsAt(SentencePane *pane, const QPoint &viewportPos);

    /// Reads the selected pair aloud, Chinese then English (or one side); false, with a notice,
    /// when it cannot.
    bool readSelectedPair(std::optional<Language> only = std::nullopt);

    /// The entries of the View menu (Pinyin, tone colours, docks, read aloud), added again each
    /// time the menus are built.
    void addMenuEntries(QMenu *viewMenu);
    /// "Look Up" the word under @p globalPos and "Read Aloud" in a pane's context menu.
    void addContextEntries(QMenu *menu, const QPoint &globalPos);
    /// Fits the Chinese Script menu to the open document: only the scripts a conversion of its
    /// original reaches (a Taiwan text offers Simplified, Hong Kong and standard Traditional),
    /// each action's tip naming the OpenCC conversion, and the phrase-conversion switch.
    void fitScriptMenu(QMenu *scriptMenu, QActionGroup *scripts);

signals:
    /// The ruby changed: the panes need rebuilding.
    void rubyChanged();
    /// Something the reader should be told (no speech voice, a word added), for the status bar.
    void notice(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SentencePane *paneOf(QObject *viewport) const;
    void documentChanged();
    void updateConcordance();
    /// Learns the opened document's word pairs on a worker when it came without them.
    void learnWordsIfMissing();
    /// The word as written in the original script, when the panes show a converted one.
    QString originalOf(SentenceKey key, const QString &shown, int offset, int length);
    std::shared_ptr<ScriptConverter> converterFor(const QString &config);
    /// Underlines the looked-up and the linked word, tints the words linked to it.
    void applyMarks();
    void saveSettings() const;
    /// The vocabulary list lasts from one session to the next (in QSettings): each word by its
    /// headwords and reading, looked up again on loading, with its example pair.
    void saveVocabulary() const;
    void loadVocabulary(); ///< Once, when the list is first shown or added to.
    const Dictionary &dictionary();

    MainWindow *m_window;
    ReaderDocument *m_document;
    std::shared_ptr<const Dictionary> m_dictionary;
    std::shared_ptr<const RubyText> m_ruby;
    ToneColours m_toneColours = ToneColours::Pleco;
    RubyKind m_rubyKind = RubyKind::None;
    LookupTrigger m_trigger = LookupTrigger::Hover;
    DictionaryPopup *m_popup = nullptr;
    ConcordancePanel *m_concordance = nullptr;
    VocabularyPanel *m_vocabulary = nullptr;
    SpeechReader *m_speech = nullptr;
    const AlignedText *m_concordanceText = nullptr; ///< The text the concordance was built for.
    QFutureWatcher<void> m_concordanceBuild;
    std::shared_ptr<BackgroundResult<std::shared_ptr<const Concordance>>> m_concordanceBuilt;
    QFutureWatcher<void> m_learning;
    std::shared_ptr<BackgroundResult<std::shared_ptr<const LearnedWords>>> m_learned;
    int m_opened = 0;      ///< Documents opened so far.
    int m_learningFor = 0; ///< The one being learned from.
    QPointer<SentencePane> m_wordPane;
    TextHit m_word;
    TextHit m_linkWord;     ///< The hovered word of the selected pair.
    QList<TextHit> m_links; ///< The words that translate it.
    QTimer m_hideTimer;
    QHash<QString, std::shared_ptr<ScriptConverter>> m_converters;
    std::unique_ptr<WordLinker> m_linker; ///< Made at the first hover over a selected pair.
    bool m_vocabularyLoaded = false;
};

} // namespace duizhao
