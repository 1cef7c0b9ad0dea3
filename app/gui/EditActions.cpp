#include "app/gui/EditActions.h"

#include "app/gui/ActionText.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReaderDocument.h"
#include "app/gui/SentencePane.h"
#include "core/align/Aligner.h"
#include "core/align/Lexicon.h"
#include "core/sync/ReadingPosition.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTextCursor>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace duizhao {

/// One edit on the undo stack: redo applies it, undo takes it back.
class AlignmentCommand : public QUndoCommand
{
public:
    AlignmentCommand(EditActions *owner, AlignmentEdit edit, const QString &name)
        : QUndoCommand(name)
        , m_owner(owner)
        , m_edit(std::move(edit))
    {}

    void redo() override { m_owner->apply(m_edit, true); }
    void undo() override { m_owner->apply(m_edit, false); }

private:
    EditActions *m_owner;
    AlignmentEdit m_edit;
};

namespace {

// Shown this long in the status bar: what an edit did not do, and why.
constexpr int MessageMs = 6000;

/// A one-line editor for a sentence, opened window-modal; @p done gets the text and the cursor
/// position when the user accepts.
void openSentenceDialog(QWidget *parent, const QString &title, const QString &prompt,
                        const QString &text, int cursor,
                        const std::function<void(const QString &, int)> &done)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("sentenceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(prompt, dialog);
    label->setWordWrap(true);
    auto *edit = new QLineEdit(text, dialog);
    edit->setObjectName(QStringLiteral("sentenceText"));
    edit->setMinimumWidth(560);
    edit->setCursorPosition(cursor);
    label->setBuddy(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(dialog, &QDialog::accepted, dialog,
                     [edit, done] { done(edit->text(), edit->cursorPosition()); });
    dialog->open();
    edit->setFocus();
    edit->deselect();
}

int countOn(const Bead &bead, Language language)
{
    return language == Language::Chinese ? bead.chineseCount : bead.englishCount;
}

int beginOn(const Bead &bead, Language language)
{
    return language == Language::Chinese ? bead.chineseBegin : bead.englishBegin;
}

} // namespace

EditActions::EditActions(MainWindow *window, ReaderDocument *document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_stack(new QUndoStack(this))
{
    // Own actions rather than QUndoStack's, so their words follow a change of language.
    m_undo = new QAction(this);
    m_undo->setObjectName(QStringLiteral("undoEdit"));
    m_undo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Undo));
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, m_stack, &QUndoStack::undo);
    connect(m_stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    m_redo = new QAction(this);
    m_redo->setObjectName(QStringLiteral("redoEdit"));
    m_redo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Redo));
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, m_stack, &QUndoStack::redo);
    connect(m_stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_stack, &QUndoStack::undoTextChanged, this, &EditActions::updateUndoTexts);
    connect(m_stack, &QUndoStack::redoTextChanged, this, &EditActions::updateUndoTexts);
    for (QAction *action : {m_undo, m_redo})
        window->addAction(action);

    auto *view = new QUndoView(m_stack);
    view->setObjectName(QStringLiteral("editHistoryView"));
    m_history = new QDockWidget(window);
    m_history->setObjectName(QStringLiteral("editHistory"));
    m_history->setWidget(view);
    window->addDockWidget(Qt::RightDockWidgetArea, m_history);
    m_history->hide();

    m_count = new QLabel(window);
    m_count->setObjectName(QStringLiteral("confirmedCount"));
    m_count->setContentsMargins(12, 0, 0, 0); // Apart from the reading position beside it.
    window->statusBar()->addPermanentWidget(m_count);

    createActions();
    retranslate();
    window->installEventFilter(this);
    connect(m_stack, &QUndoStack::indexChanged, this, &EditActions::updateEnabled);
    connect(window, &MainWindow::documentOpened, this, &EditActions::documentOpened);
    connect(document->state(), &ReadingPosition::selectionChanged, this,
            &EditActions::updateEnabled);
    for (SentencePane *pane : {window->chinesePane(), window->englishPane()})
        connect(pane, &SentencePane::sentenceClicked, this,
                [this](SentenceKey key) { m_clicked = key; });
    connect(&m_realign, &QFutureWatcher<void>::finished, this, &EditActions::realignFinished);
    updateCount();
    updateEnabled();
}

EditActions::~EditActions()
{
    m_cancelRealign = true;
    m_realign.waitForFinished();
}

QAction *EditActions::addAction(Kind kind, const QKeySequence &shortcut,
                                void (EditActions::*slot)())
{
    auto *action = new QAction(this);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, slot);
    m_actions.insert(kind, action);
    m_menu->addAction(action);
    // Shortcuts work wherever the focus is in the window, menu open or not.
    m_window->addAction(action);
    return action;
}

void EditActions::createActions()
{
    m_menu = new QMenu(m_window);
    m_menu->setObjectName(QStringLiteral("alignMenu"));
    addAction(Kind::Confirm, QKeySequence(Qt::CTRL | Qt::Key_Return), &EditActions::confirm);
    addAction(Kind::ConfirmUpTo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
              &EditActions::confirmUpTo);
    m_menu->addSeparator();
    addAction(Kind::MergePrevious, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up),
              &EditActions::mergePrevious);
    addAction(Kind::MergeNext, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down),
              &EditActions::mergeNext);
    addAction(Kind::MoveFirstUp, QKeySequence(Qt::CTRL | Qt::Key_Up), &EditActions::moveFirstUp);
    addAction(Kind::MoveLastDown, QKeySequence(Qt::CTRL | Qt::Key_Down),
              &EditActions::moveLastDown);
    addAction(Kind::SplitPair, QKeySequence(Qt::ALT | Qt::Key_Return), &EditActions::splitPair);
    addAction(Kind::MarkUnmatched, QKeySequence(Qt::CTRL | Qt::Key_U), &EditActions::markUnmatched);
    addAction(Kind::Link, QKeySequence(Qt::CTRL | Qt::Key_L), &EditActions::link);
    m_menu->addSeparator();
    addAction(Kind::Realign, QKeySequence(Qt::CTRL | Qt::Key_R), &EditActions::realign);
    m_menu->addSeparator();
    addAction(Kind::EditText, QKeySequence(Qt::Key_F2), &EditActions::editText);
    addAction(Kind::SplitSentence, QKeySequence(Qt::SHIFT | Qt::Key_F2),
              &EditActions::splitSentence);
    addAction(Kind::JoinSentences, QKeySequence(Qt::CTRL | Qt::Key_J), &EditActions::joinSentences);
    m_menu->addSeparator();
    addAction(Kind::NextUnconfirmed, QKeySequence(Qt::Key_F7), &EditActions::nextUnconfirmed);
    addAction(Kind::PreviousUnconfirmed, QKeySequence(Qt::SHIFT | Qt::Key_F7),
              &EditActions::previousUnconfirmed);

    // A toolbar for a long correcting session; hidden until asked for, the reader comes first.
    m_toolBar = new QToolBar(m_window);
    m_toolBar->setObjectName(QStringLiteral("alignToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    for (Kind kind : {Kind::Confirm, Kind::ConfirmUpTo})
        m_toolBar->addAction(action(kind));
    m_toolBar->addSeparator();
    for (Kind kind : {Kind::MergePrevious, Kind::MergeNext, Kind::SplitPair, Kind::MarkUnmatched,
                      Kind::Link, Kind::Realign})
        m_toolBar->addAction(action(kind));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Kind::NextUnconfirmed));
    m_menu->addSeparator();
    m_menu->addAction(m_toolBar->toggleViewAction());
}

void EditActions::placeToolBar()
{
    if (m_toolBarPlaced)
        return;
    m_toolBarPlaced = true;
    // A row of its own under the reader's: sharing it would push the script buttons off the edge.
    m_window->addToolBarBreak(Qt::TopToolBarArea);
    m_window->addToolBar(Qt::TopToolBarArea, m_toolBar);
    m_toolBar->hide();
}

bool EditActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void EditActions::retranslate()
{
    m_menu->setTitle(tr("&Align"));
    // Each action: its menu text, and a short label for the toolbar.
    const std::pair<Kind, std::pair<QString, QString>> texts[] = {
        {Kind::Confirm, {tr("&Confirm Pair"), tr("Confirm")}},
        {Kind::ConfirmUpTo, {tr("Confirm All &up to Here"), tr("Confirm up to Here")}},
        {Kind::MergePrevious, {tr("Merge with &Previous Pair"), tr("Merge Up")}},
        {Kind::MergeNext, {tr("Merge with &Next Pair"), tr("Merge Down")}},
        {Kind::MoveFirstUp, {tr("Move &First Sentence to Previous Pair"), QString()}},
        {Kind::MoveLastDown, {tr("Move &Last Sentence to Next Pair"), QString()}},
        {Kind::SplitPair, {tr("&Split Pair Before This Sentence"), tr("Split")}},
        {Kind::MarkUnmatched, {tr("Mark Sentence &Unmatched"), tr("Unmatch")}},
        {Kind::Link, {tr("Lin&k Selected Sentences"), tr("Link")}},
        {Kind::Realign, {tr("&Re-align Unconfirmed Pairs Around Here"), tr("Re-align")}},
        {Kind::EditText, {tr("&Edit Sentence Text…"), QString()}},
        {Kind::SplitSentence, {tr("Spli&t Sentence…"), QString()}},
        {Kind::JoinSentences, {tr("&Join with Next Sentence"), QString()}},
        {Kind::NextUnconfirmed, {tr("Next Unc&onfirmed Pair"), tr("Next Unconfirmed")}},
        {Kind::PreviousUnconfirmed, {tr("Previous Unconfi&rmed Pair"), QString()}},
    };
    for (const auto &[kind, words] : texts) {
        QAction *each = action(kind);
        each->setText(words.first);
        if (!words.second.isEmpty())
            each->setIconText(words.second);
        // The toolbar's tooltip: the full name and the key.
        each->setToolTip(QStringLiteral("%1 (%2)").arg(
            withoutAccelerator(words.first), each->shortcut().toString(QKeySequence::NativeText)));
    }
    m_toolBar->setWindowTitle(tr("Alignment"));
    m_toolBar->toggleViewAction()->setText(tr("Show Alignment &Toolbar"));
    m_history->setWindowTitle(tr("Edit History"));
    m_history->toggleViewAction()->setText(tr("Edit &History"));
    if (auto *view = qobject_cast<QUndoView *>(m_history->widget()))
        view->setEmptyLabel(tr("<as opened>"));
    m_count->setToolTip(tr("Pairs you confirmed or made by editing"));
    updateUndoTexts();
    updateCount();
}

void EditActions::updateUndoTexts()
{
    const QString undo = m_stack->undoText();
    const QString redo = m_stack->redoText();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    m_undo->setIconText(tr("Undo"));
    m_redo->setIconText(tr("Redo"));
    // Qt's own tooltip would keep a Chinese accelerator: "復原(U)".
    m_undo->setToolTip(withoutAccelerator(m_undo->text()));
    m_redo->setToolTip(withoutAccelerator(m_redo->text()));
}

void EditActions::addUndoActions(QMenu *editMenu)
{
    QAction *first = editMenu->actions().value(0);
    editMenu->insertAction(first, m_undo);
    editMenu->insertAction(first, m_redo);
    editMenu->insertAction(first, m_history->toggleViewAction());
    editMenu->insertSeparator(first);
}

void EditActions::addToContextMenu(QMenu *menu, SentenceKey key)
{
    if (key.isValid())
        m_clicked = key;
    menu->addSeparator();
    for (Kind kind : {Kind::Confirm, Kind::ConfirmUpTo})
        menu->addAction(action(kind));
    menu->addSeparator();
    for (Kind kind : {Kind::MergePrevious, Kind::MergeNext, Kind::MoveFirstUp, Kind::MoveLastDown,
                      Kind::SplitPair, Kind::MarkUnmatched, Kind::Link, Kind::Realign})
        menu->addAction(action(kind));
    QMenu *textMenu = menu->addMenu(tr("Sentence &Text"));
    for (Kind kind : {Kind::EditText, Kind::SplitSentence, Kind::JoinSentences})
        textMenu->addAction(action(kind));
    menu->addSeparator();
    menu->addAction(m_undo);
    menu->addAction(m_redo);
}

int EditActions::selectedBead() const
{
    const AlignedText *text = m_document->text();
    const int bead = m_document->state()->selectedBead();
    return text && bead >= 0 && bead < text->beads().size() ? bead : -1;
}

SentenceKey EditActions::currentSentence() const
{
    const AlignedText *text = m_document->text();
    const int bead = selectedBead();
    if (!text || bead < 0)
        return {};
    if (m_clicked.isValid() && text->beadOf(m_clicked) == bead)
        return m_clicked;
    const Bead &pair = text->beads().at(bead);
    Language language = m_window->englishPane()->hasFocus() ? Language::English : Language::Chinese;
    if (countOn(pair, language) == 0)
        language = language == Language::Chinese ? Language::English : Language::Chinese;
    return {language, beginOn(pair, language)};
}

void EditActions::showMessage(const QString &message)
{
    m_window->statusBar()->showMessage(message, MessageMs);
}

bool EditActions::perform(const EditOutcome &outcome, const QString &name)
{
    if (!outcome) {
        showMessage(refusalText(outcome.refusal()));
        return false;
    }
    m_stack->push(new AlignmentCommand(this, outcome.edit(), name));
    return true;
}

void EditActions::apply(const AlignmentEdit &edit, bool forward)
{
    const AlignedText *text = m_document->text();
    if (!text)
        return;
    ReadingPosition *position = m_document->state();
    const auto mapped = [&edit, forward](int bead) {
        return edit.mapBead(bead, forward);
    };
    // The reader stays on the same pair: every bead number the reader state holds moves with it.
    QList<int> bookmarks;
    for (int bead : position->bookmarks())
        bookmarks.append(mapped(bead));
    QList<int> revealed;
    for (int bead = 0; bead < text->beads().size(); ++bead)
        if (position->isRevealed(bead))
            revealed.append(mapped(bead));
    const int selected = position->selectedBead();
    AlignedText changed = applyEdit(*text, edit, forward);
    const int last = int(changed.beads().size()) - 1;
    {
        const QSignalBlocker blocker(position);
        position->setPosition(std::min(mapped(position->bead()), last), position->fraction(), this);
        position->setSelectedBead(selected >= 0 ? std::min(mapped(selected), last) : -1, this);
        position->setBookmarks(bookmarks);
        position->hideAll();
        for (int bead : revealed)
            position->setRevealed(bead, true);
    }
    if (edit.documentAfter)
        m_clicked = {}; // Sentence numbers moved.
    m_document->replaceText(std::move(changed), edit.documentAfter.has_value());
    ++m_revision;
    m_window->refreshText(edit.documentAfter.has_value(), edit.first,
                          int((forward ? edit.inserted : edit.removed).size()));
    updateCount();
    updateEnabled();
    emit textEdited();
}

void EditActions::documentOpened()
{
    m_cancelRealign = true;
    m_clicked = {};
    ++m_revision;
    m_stack->clear();
    updateCount();
    updateEnabled();
}

void EditActions::updateCount()
{
    const AlignedText *text = m_document->text();
    const bool twoSided = text && text->sentenceCount(Language::Chinese) > 0 &&
                          text->sentenceCount(Language::English) > 0;
    m_count->setVisible(twoSided && !text->isAligning());
    if (twoSided)
        m_count->setText(
            tr("%1 of %2 pairs confirmed").arg(text->confirmedCount()).arg(text->beads().size()));
}

void EditActions::updateEnabled()
{
    const AlignedText *text = m_document->text();
    const bool twoSided = text && text->sentenceCount(Language::Chinese) > 0 &&
                          text->sentenceCount(Language::English) > 0;
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(twoSided && !text->isAligning());
    m_menu->setEnabled(twoSided && !text->isAligning());
}

void EditActions::trigger(Kind kind)
{
    if (QAction *each = action(kind))
        each->trigger();
}

void EditActions::confirm()
{
    if (const AlignedText *text = m_document->text())
        perform(edit::confirm(*text, selectedBead()),
                tr("Confirm pair %1").arg(selectedBead() + 1));
}

void EditActions::confirmUpTo()
{
    if (const AlignedText *text = m_document->text())
        perform(edit::confirmUpTo(*text, selectedBead()),
                tr("Confirm pairs up to %1").arg(selectedBead() + 1));
}

void EditActions::mergePrevious()
{
    if (const AlignedText *text = m_document->text())
        perform(edit::mergeWithPrevious(*text, selectedBead()),
                tr("Merge pair %1 with the previous").arg(selectedBead() + 1));
}

void EditActions::mergeNext()
{
    if (const AlignedText *text = m_document->text())
        perform(edit::mergeWithNext(*text, selectedBead()),
                tr("Merge pair %1 with the next").arg(selectedBead() + 1));
}

void EditActions::moveFirstUp()
{
    const AlignedText *text = m_document->text();
    const SentenceKey key = currentSentence();
    if (text)
        perform(edit::moveFirstToPrevious(*text, selectedBead(), key.language),
                tr("Move a sentence to pair %1").arg(selectedBead()));
}

void EditActions::moveLastDown()
{
    const AlignedText *text = m_document->text();
    const SentenceKey key = currentSentence();
    if (text)
        perform(edit::moveLastToNext(*text, selectedBead(), key.language),
                tr("Move a sentence to pair %1").arg(selectedBead() + 2));
}

void EditActions::splitPair()
{
    const AlignedText *text = m_document->text();
    const SentenceKey key = currentSentence();
    if (!text || !key.isValid()) {
        showMessage(refusalText(EditRefusal::NoSuchPair));
        return;
    }
    const int bead = selectedBead();
    const Bead &pair = text->beads().at(bead);
    const Language other =
        key.language == Language::Chinese ? Language::English : Language::Chinese;
    // The sentence starts the second part; the other side is shared in proportion.
    const int kept = key.index - beginOn(pair, key.language);
    const int otherKept = int(std::lround(double(countOn(pair, other)) * kept /
                                          std::max(1, countOn(pair, key.language))));
    const int chineseKept = key.language == Language::Chinese ? kept : otherKept;
    const int englishKept = key.language == Language::English ? kept : otherKept;
    perform(edit::splitPair(*text, bead, chineseKept, englishKept),
            tr("Split pair %1").arg(bead + 1));
}

void EditActions::markUnmatched()
{
    const AlignedText *text = m_document->text();
    const SentenceKey key = currentSentence();
    if (text)
        perform(edit::markUnmatched(*text, key), tr("Mark a sentence unmatched"));
}

void EditActions::link()
{
    const AlignedText *text = m_document->text();
    if (!text)
        return;
    // What is selected (dragged across) in the panes: in the interleaved layout both languages
    // are in one pane.
    QList<int> chinese;
    QList<int> english;
    for (SentencePane *pane : {m_window->chinesePane(), m_window->englishPane()})
        for (const SentenceKey &key : pane->sentencesInTextSelection())
            (key.language == Language::Chinese ? chinese : english).append(key.index);
    if (chinese.isEmpty() || english.isEmpty()) {
        showMessage(tr("Select Chinese and English sentences to link: drag across them in each "
                       "pane, then link them."));
        return;
    }
    const auto [chineseFirst, chineseLast] = std::minmax_element(chinese.cbegin(), chinese.cend());
    const auto [englishFirst, englishLast] = std::minmax_element(english.cbegin(), english.cend());
    const EditOutcome outcome = edit::link(*text, {*chineseFirst, *chineseLast - *chineseFirst + 1},
                                           {*englishFirst, *englishLast - *englishFirst + 1});
    if (perform(outcome, tr("Link sentences"))) {
        // The drags did their work: they would only get in the way of the next one.
        for (SentencePane *pane : {m_window->chinesePane(), m_window->englishPane()}) {
            QTextCursor cursor = pane->textCursor();
            cursor.clearSelection();
            pane->setTextCursor(cursor);
        }
        // The new pair is selected: it is what the reader looks at next.
        const AlignedText *linked = m_document->text();
        m_document->state()->setSelectedBead(linked->beadOf({Language::Chinese, *chineseFirst}),
                                             nullptr);
    }
}

void EditActions::realign()
{
    const AlignedText *text = m_document->text();
    if (m_realign.isRunning()) {
        // Asked again while it runs: stop it (a whole book's stretch takes a while).
        m_cancelRealign = true;
        return;
    }
    if (!text)
        return;
    const int bead = selectedBead();
    const auto [first, count] = edit::automaticStretch(*text, bead);
    if (count == 0) {
        showMessage(refusalText(bead < 0 ? EditRefusal::NoSuchPair : EditRefusal::NotAutomatic));
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Re-aligning pairs %1 to %2… (%3 again stops it)")
            .arg(first + 1)
            .arg(first + count)
            .arg(action(Kind::Realign)->shortcut().toString(QKeySequence::NativeText)));
    m_cancelRealign = false;
    m_realignRevision = m_revision;
    // A long stretch takes a while: the aligner runs off the UI thread, on a copy of the text.
    m_realigned = std::make_shared<BackgroundResult<std::optional<EditOutcome>>>();
    m_realign.setFuture(runInBackground(
        backgroundPool(), m_realigned,
        [copy = *text, bead,
         cancel = &m_cancelRealign](QPromise<void> &) -> std::optional<EditOutcome> {
            std::shared_ptr<const Lexicon> lexicon;
            if (Result<std::shared_ptr<const Lexicon>> loaded = Lexicon::bundled())
                lexicon = *loaded;
            return edit::realign(copy, bead, Aligner(lexicon), [cancel] { return cancel->load(); });
        }));
}

void EditActions::realignFinished()
{
    const std::optional<EditOutcome> outcome =
        m_realigned ? m_realigned->take().value_or(std::nullopt) : std::nullopt;
    m_window->statusBar()->clearMessage();
    if (!outcome || m_realignRevision != m_revision) {
        showMessage(tr("The text changed while re-aligning: nothing was re-aligned."));
        return;
    }
    perform(*outcome, tr("Re-align pairs"));
}

void EditActions::editText()
{
    const AlignedText *text = m_document->text();
    const SentenceKey key = currentSentence();
    if (!text || !key.isValid())
        return;
    const QString original = text->sentenceText(key);
    openSentenceDialog(m_window, tr("Edit Sentence"), tr("The sentence's &text:"), original,
                       int(original.size()), [this, key](const QString &changed, int) {
                           if (const AlignedText *current = m_document->text())
                               perform(edit::replaceText(*current, key, changed),
                                       tr("Edit a sentence"));
                       });
}

void EditActions::splitSentence()
{
    const AlignedText *text = m_document->text();
    const SentenceKey key = currentSentence();
    if (!text || !key.isValid())
        return;
    const QString original = text->sentenceText(key);
    openSentenceDialog(
        m_window, tr("Split Sentence"), tr("Put the &cursor where the sentence should split:"),
        original, int(original.size() / 2), [this, key](const QString &, int cursor) {
            if (const AlignedText *current = m_document->text())
                perform(edit::splitSentence(*current, key, cursor), tr("Split a sentence"));
        });
}

void EditActions::joinSentences()
{
    const AlignedText *text = m_document->text();
    const SentenceKey key = currentSentence();
    if (text && perform(edit::joinWithNext(*text, key), tr("Join two sentences")))
        m_clicked = key;
}

void EditActions::nextUnconfirmed()
{
    stepUnconfirmed(1);
}

void EditActions::previousUnconfirmed()
{
    stepUnconfirmed(-1);
}

void EditActions::stepUnconfirmed(int direction)
{
    const AlignedText *text = m_document->text();
    if (!text || text->isEmpty())
        return;
    const int count = int(text->beads().size());
    const int selected = selectedBead();
    const int from = selected >= 0 ? selected : direction > 0 ? -1 : count;
    for (int step = 1; step <= count; ++step) {
        const int bead = ((from + direction * step) % count + count) % count;
        if (!text->isConfirmed(bead)) {
            m_window->goToPair(bead + 1);
            return;
        }
    }
    showMessage(tr("Every pair is confirmed."));
}

QString EditActions::refusalText(EditRefusal refusal)
{
    switch (refusal) {
    case EditRefusal::NoSuchPair:
        return tr("Select a pair first.");
    case EditRefusal::NoSuchSentence:
        return tr("There is no such sentence.");
    case EditRefusal::NoNeighbour:
        return tr("There is no pair on that side to merge with or move to.");
    case EditRefusal::NothingToMove:
        return tr("This side of the pair has no sentence to move.");
    case EditRefusal::SplitPointOutside:
        return tr("Splitting there would leave one part empty.");
    case EditRefusal::AlreadyUnmatched:
        return tr("The sentence is unmatched already.");
    case EditRefusal::EmptyRange:
        return tr("Select sentences on both sides to link them.");
    case EditRefusal::AlreadyConfirmed:
        return tr("Already confirmed.");
    case EditRefusal::NotAutomatic:
        return tr("Re-aligning works on pairs the aligner made; this one is confirmed or "
                  "edited.");
    case EditRefusal::NotSameParagraph:
        return tr("Only two sentences of the same paragraph can be joined.");
    case EditRefusal::EmptyText:
        return tr("A sentence cannot be empty.");
    case EditRefusal::LineBreakInText:
        return tr("A sentence is one line: remove the line break.");
    case EditRefusal::TextUnchanged:
    case EditRefusal::NoChange:
        return tr("Nothing to change.");
    case EditRefusal::InconsistentAlignment:
        return tr("This alignment does not cover the text in order, so it cannot be edited.");
    case EditRefusal::Cancelled:
        return tr("Re-aligning was stopped.");
    case EditRefusal::AlignerFailed:
        return tr("The aligner could not align these pairs.");
    }
    return {};
}

} // namespace duizhao
