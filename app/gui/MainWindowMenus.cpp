// The reader window's menus, actions, context menu, find, side panels and settings, with the
// memory of each document (MainWindow.cpp holds the reading itself).
#include "app/gui/AboutDialog.h"
#include "app/gui/ActionText.h"
#include "app/gui/EditActions.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/FileDialog.h"
#include "app/gui/FindBar.h"
#include "app/gui/MainWindow.h"
#include "app/gui/Preferences.h"
#include "app/gui/PreferencesDialog.h"
#include "app/gui/ProjectActions.h"
#include "app/gui/ReaderDocument.h"
#include "app/gui/ReaderPanels.h"
#include "app/gui/ReaderSettings.h"
#include "app/gui/ReadingAids.h"
#include "app/gui/SentencePane.h"
#include "app/gui/ShortcutsDialog.h"
#include "core/import/Importer.h"
#include "core/sync/ReadingPosition.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QFontDialog>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

namespace duizhao {

namespace {

constexpr int MaxRecentFiles = 8;

} // namespace

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, [this] {
        const QString path = FileDialog::getOpenFileName(this, tr("Open a bilingual text"),
                                                         QString(), openFileFilters());
        if (!path.isEmpty())
            openFiles({path});
    });
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open &Pair…"), this, [this] {
        const QString first = FileDialog::getOpenFileName(
            this, tr("Open the first file (Chinese or English)"), QString(), openFileFilters());
        if (first.isEmpty())
            return;
        const QString second = FileDialog::getOpenFileName(
            this, tr("Open its translation"), QFileInfo(first).absolutePath(), openFileFilters());
        if (!second.isEmpty())
            openFiles({first, second});
    });
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        m_recentMenu->clear();
        const QStringList recent = QSettings().value(SettingsKey::RecentFiles).toStringList();
        for (const QString &entry : recent) {
            const QStringList paths = entry.split(u'\n');
            m_recentMenu->addAction(QString(entry).replace(u'\n', QStringLiteral(" + ")), this,
                                    [this, paths] { openFiles(paths); });
        }
        m_recentMenu->setEnabled(!recent.isEmpty());
    });
    fileMenu->addAction(tr("Open &Sample"), this, &MainWindow::openSample);
    fileMenu->addSeparator();
    m_projectActions->addTo(fileMenu);
    fileMenu->addSeparator();
    // Export and print (app/gui/ExportDialog): enabled only once a document is open.
    // Both convert the Chinese exactly as the panes do.
    const ConversionFor shownConversion = [this](ChineseScript script) {
        return m_document->conversionFor(script);
    };
    QAction *exportAction = fileMenu->addAction(tr("&Export…"), this, [this, shownConversion] {
        if (m_text)
            exportAlignedText(this, *m_text, m_script, shownConversion);
    });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    QAction *printAction = fileMenu->addAction(tr("&Print…"), this, [this, shownConversion] {
        if (m_text)
            printAlignedText(this, *m_text, false, m_script, shownConversion);
    });
    printAction->setObjectName(QStringLiteral("printAction"));
    printAction->setShortcut(QKeySequence::Print);
    QAction *previewAction =
        fileMenu->addAction(tr("Print Pre&view…"), this, [this, shownConversion] {
            if (m_text)
                printAlignedText(this, *m_text, true, m_script, shownConversion);
        });
    for (QAction *action : {exportAction, printAction, previewAction})
        connect(fileMenu, &QMenu::aboutToShow, action,
                [this, action] { action->setEnabled(m_text && !m_text->isAligning()); });
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // In a pane Ctrl+C copies dragged text; with none, the pane asks for the pair (below).
    editMenu->addAction(tr("&Copy Pair"), this, &MainWindow::copySelectedPair)
        ->setShortcut(QKeySequence::Copy);
    editMenu->addSeparator();
    QAction *preferencesAction = editMenu->addAction(tr("&Preferences…"), this, [this] {
        saveSettings(); // The dialog starts from what the window shows now.
        if (PreferencesDialog(this).exec() == QDialog::Accepted)
            loadSettings();
    });
    preferencesAction->setShortcut(QKeySequence::Preferences);
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_edits->addUndoActions(editMenu);
    menuBar()->addMenu(m_edits->alignMenu());

    QMenu *navigateMenu = menuBar()->addMenu(tr("&Navigate"));
    const auto addNavigation = [this, navigateMenu](const QString &text, const QKeySequence &key,
                                                    SentencePane::Navigation navigation) {
        QAction *action = navigateMenu->addAction(text, this, [this, navigation] {
            onNavigation(m_englishPane->hasFocus() ? m_englishPane : m_chinesePane,
                         int(navigation));
        });
        // The panes handle these keys themselves; the menu shows them and works from elsewhere.
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
    };
    addNavigation(tr("&Previous Pair"), QKeySequence(Qt::Key_K),
                  SentencePane::Navigation::Previous);
    addNavigation(tr("&Next Pair"), QKeySequence(Qt::Key_J), SentencePane::Navigation::Next);
    addNavigation(tr("&First Pair"), QKeySequence(Qt::Key_Home), SentencePane::Navigation::First);
    addNavigation(tr("&Last Pair"), QKeySequence(Qt::Key_End), SentencePane::Navigation::Last);
    QAction *doubtful =
        navigateMenu->addAction(tr("Next &Doubtful Pair"), this, &MainWindow::nextDoubtfulPair);
    doubtful->setShortcut(QKeySequence(Qt::Key_F8));
    navigateMenu->addAction(tr("Pre&vious Doubtful Pair"), this, &MainWindow::previousDoubtfulPair)
        ->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    navigateMenu
        ->addAction(tr("&Go to Pair…"), this,
                    [this] {
                        if (!m_text)
                            return;
                        bool ok = false;
                        const int current = std::max(0, m_position->selectedBead()) + 1;
                        const int number = QInputDialog::getInt(
                            this, tr("Go to pair"), tr("Pair (1–%1):").arg(m_text->beads().size()),
                            current, 1, int(m_text->beads().size()), 1, &ok);
                        if (ok)
                            goToPair(number);
                    })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    navigateMenu->addAction(tr("Toggle &Bookmark"), this, &MainWindow::toggleBookmark)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *findAction =
        navigateMenu->addAction(tr("&Find…"), this, [this] { m_findBar->activate(); });
    findAction->setShortcut(QKeySequence::Find);
    QAction *switchPane = navigateMenu->addAction(tr("&Switch Pane"), this, [this] {
        (m_chinesePane->hasFocus() && m_englishPane->isVisible() ? m_englishPane : m_chinesePane)
            ->setFocus();
    });
    switchPane->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QToolBar *toolBar = addToolBar(tr("Reader"));
    toolBar->setObjectName(QStringLiteral("readerToolBar"));
    toolBar->setAccessibleName(tr("Reader tools"));
    m_edits->placeToolBar();

    QMenu *scriptMenu = viewMenu->addMenu(tr("Chinese &Script"));
    m_scriptGroup = new QActionGroup(this);
    const QList<std::pair<ChineseScript, QString>> scripts = {
        {ChineseScript::Original, tr("&Original")},
        {ChineseScript::Simplified, tr("&Simplified")},
        {ChineseScript::TraditionalTaiwan, tr("Traditional (&Taiwan)")},
        {ChineseScript::TraditionalHongKong, tr("Traditional (&Hong Kong)")},
        {ChineseScript::Traditional, tr("Traditional (Open&CC Standard)")},
    };
    const QStringList scriptButtons = {tr("原"), tr("简"), tr("繁 台"), tr("繁 港"), tr("繁")};
    for (int i = 0; i < scripts.size(); ++i) {
        QAction *action = scriptMenu->addAction(scripts.at(i).second);
        action->setCheckable(true);
        action->setData(int(scripts.at(i).first));
        action->setIconText(scriptButtons.at(i));
        action->setToolTip(withoutAccelerator(scripts.at(i).second));
        m_scriptGroup->addAction(action);
        toolBar->addAction(action);
        const ChineseScript script = scripts.at(i).first;
        connect(action, &QAction::triggered, this, [this, script] { setScript(script); });
    }
    m_scriptGroup->actions().constFirst()->setChecked(true);
    m_aids->fitScriptMenu(scriptMenu, m_scriptGroup);
    toolBar->addSeparator();

    QMenu *layoutMenu = viewMenu->addMenu(tr("&Layout"));
    m_layoutGroup = new QActionGroup(this);
    const QList<std::pair<ReaderLayout, QString>> layouts = {
        {ReaderLayout::SideBySide, tr("&Side by Side")},
        {ReaderLayout::Interleaved, tr("&Interleaved")},
        {ReaderLayout::Learner, tr("&Learner (Hide Translations)")},
    };
    for (const auto &[layout, text] : layouts) {
        QAction *action = layoutMenu->addAction(text);
        action->setIconText(withoutAccelerator(text));
        action->setCheckable(true);
        action->setData(int(layout));
        m_layoutGroup->addAction(action);
        toolBar->addAction(action);
        // An init-capture: clang before 16 cannot capture a structured binding.
        connect(action, &QAction::triggered, this,
                [this, layout = layout] { setReaderLayout(layout); });
    }
    m_layoutGroup->actions().constFirst()->setChecked(true);
    QAction *contents = m_contents->toggleViewAction();
    contents->setText(tr("&Contents"));
    contents->setShortcut(QKeySequence(Qt::Key_F9));
    viewMenu->addAction(contents);
    QAction *bookmarks = m_bookmarks->toggleViewAction();
    bookmarks->setText(tr("&Bookmarks"));
    bookmarks->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    viewMenu->addAction(bookmarks);
    viewMenu->addAction(tr("&Hide All Translations"), m_position, &ReadingPosition::hideAll)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    viewMenu->addAction(tr("S&wap Panes"), this,
                        [this] { m_splitter->insertWidget(0, m_splitter->widget(1)); });
    toolBar->addSeparator();

    m_syncAction = viewMenu->addAction(tr("S&ynchronized Scrolling"));
    m_syncAction->setCheckable(true);
    m_syncAction->setChecked(true);
    m_syncAction->setIconText(tr("Sync"));
    toolBar->addAction(m_syncAction);
    connect(m_syncAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            restoreView();
    });
    viewMenu->addSeparator();

    QAction *zoomIn = viewMenu->addAction(tr("Zoom &In"), this, [this] { zoom(1); });
    // QKeySequence::ZoomIn is Ctrl++; Ctrl+= is the same key without Shift. ZoomOut is Ctrl+-
    // already: naming it twice makes the shortcut ambiguous and it does nothing.
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = viewMenu->addAction(tr("Zoom &Out"), this, [this] { zoom(-1); });
    zoomOut->setShortcuts(QKeySequence::keyBindings(QKeySequence::ZoomOut));
    viewMenu->addAction(tr("&Reset Zoom"), this, [this] { zoom(-m_zoomSteps); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    viewMenu->addAction(tr("English &Font…"), this, [this] {
        bool ok = false;
        QFont initial(m_englishFamily);
        initial.setPointSizeF(m_basePointSize);
        const QFont font = QFontDialog::getFont(&ok, initial, this, tr("Reading font"));
        if (!ok)
            return;
        m_englishFamily = font.family();
        m_basePointSize = font.pointSizeF();
        applyZoom();
        rebuildPanes();
    });

    viewMenu->addAction(tr("Chi&nese Font…"), this, [this] {
        // One font per script: Simplified and Traditional readers often prefer different ones.
        bool ok = false;
        const QFont font = QFontDialog::getFont(&ok, QFont(chineseFamily()), this,
                                                tr("Chinese font for this script"));
        if (!ok)
            return;
        preferences::setChineseFamily(fontScript(), font.family());
        if (m_text)
            updateHeader();
        rebuildPanes();
    });

    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const QList<std::pair<ThemeChoice, QString>> themes = {
        {ThemeChoice::System, tr("Follow the &System")},
        {ThemeChoice::Light, tr("&Light")},
        {ThemeChoice::Dark, tr("&Dark")},
    };
    for (const auto &[choice, text] : themes) {
        QAction *action = themeMenu->addAction(text);
        action->setCheckable(true);
        action->setData(int(choice));
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, choice = choice] { setThemeChoice(choice); });
    }
    m_themeGroup->actions().constFirst()->setChecked(true);
    viewMenu->addSeparator();
    m_aids->addMenuEntries(viewMenu);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("Open the &Sample Article"), this, &MainWindow::openSample);
    helpMenu
        ->addAction(tr("&Keyboard Shortcuts"), this,
                    [this] { showShortcutsDialog(this, allActions()); })
        ->setShortcut(QKeySequence::HelpContents);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Duizhao"), this, [this] { AboutDialog(this).exec(); })
        ->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
    plainToolBarTips(this);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_syncAction)
        retranslate();
}

void MainWindow::retranslate()
{
    // A new interface language: the menus and the toolbar are rebuilt in it, keeping their state.
    const bool sync = m_syncAction->isChecked();
    const QByteArray state = saveState();
    menuBar()->clear();
    qDeleteAll(menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly));
    delete findChild<QToolBar *>(QStringLiteral("readerToolBar"));
    delete m_scriptGroup;
    delete m_layoutGroup;
    delete m_themeGroup;
    createMenus();
    restoreState(state);
    m_syncAction->setChecked(sync);
    const std::pair<QActionGroup *, int> checked[] = {{m_scriptGroup, int(m_script)},
                                                      {m_layoutGroup, int(m_layout)},
                                                      {m_themeGroup, int(m_themeChoice)}};
    for (const auto &[group, value] : checked)
        for (QAction *action : group->actions())
            action->setChecked(action->data().toInt() == value);
    m_cancelButton->setText(tr("Cancel"));
    if (m_text)
        updateHeader();
    else
        setWindowTitle(tr("Duizhao"));
    updateStatus();
}

void MainWindow::showContextMenu(SentenceKey key, const QPoint &globalPos)
{
    if (!m_text)
        return;
    if (key.isValid())
        selectBead(m_text->beadOf(key), nullptr);
    const int bead = m_position->selectedBead();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto copyPart = [this](Language language) {
        const QStringList lines = selectedPairText().split(u'\n');
        QGuiApplication::clipboard()->setText(lines.value(language == Language::Chinese ? 0 : 1));
    };
    QAction *copyPair = menu->addAction(tr("&Copy Pair"), this, &MainWindow::copySelectedPair);
    QAction *copyChinese =
        menu->addAction(tr("Copy C&hinese"), this, [copyPart] { copyPart(Language::Chinese); });
    QAction *copyEnglish =
        menu->addAction(tr("Copy &English"), this, [copyPart] { copyPart(Language::English); });
    menu->addSeparator();
    QAction *bookmark = menu->addAction(tr("&Bookmark This Pair"), this, [this, bead] {
        m_position->setBookmarked(bead, !m_position->isBookmarked(bead));
    });
    bookmark->setCheckable(true);
    bookmark->setChecked(m_position->isBookmarked(bead));
    if (m_layout == ReaderLayout::Learner) {
        menu->addAction(tr("&Hide Translation Again"), this,
                        [this, bead] { m_position->setRevealed(bead, false); })
            ->setEnabled(m_position->isRevealed(bead));
        menu->addAction(tr("Hide &All Translations"), m_position, &ReadingPosition::hideAll);
    }
    for (QAction *action : {copyPair, copyChinese, copyEnglish, bookmark})
        action->setEnabled(bead >= 0);
    m_edits->addToContextMenu(menu, key);
    m_aids->addContextEntries(menu, globalPos);
    menu->popup(globalPos);
}

QList<QAction *> MainWindow::allActions() const
{
    QList<QAction *> actions;
    QList<QMenu *> menus;
    for (QAction *action : menuBar()->actions())
        if (action->menu())
            menus.append(action->menu());
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *action : menu->actions()) {
            if (action->menu())
                menus.append(action->menu());
            else if (!action->isSeparator() && !actions.contains(action))
                actions.append(action);
        }
    }
    for (QAction *action : findChildren<QAction *>())
        if (!action->isSeparator() && !action->menu() && !actions.contains(action))
            actions.append(action);
    return actions;
}

QString MainWindow::openFileFilters()
{
    // Plain texts often have no extension, and a name pattern cannot ask for "no dot": the
    // default filter shows every file; the readable formats follow, one filter each.
    // Only what the importers really read (core/import/Importer.h), all of them first.
    QStringList filters = {tr("All files (*)")};
    QStringList everyPattern;
    for (const FileFormatInfo &format : supportedFormats()) {
        QStringList patterns;
        for (const QString &extension : format.extensions)
            patterns.append(QStringLiteral("*.") + extension);
        everyPattern += patterns;
        filters.append(QStringLiteral("%1 (%2)").arg(format.name, patterns.join(u' ')));
    }
    filters.insert(1, tr("Texts and books Duizhao reads (%1)").arg(everyPattern.join(u' ')));
    return filters.join(QStringLiteral(";;"));
}

QString MainWindow::selectedPairText() const
{
    return m_document->pairText(m_position->selectedBead(), m_script);
}

void MainWindow::copySelectedPair()
{
    const QString text = selectedPairText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void MainWindow::addRecentFiles(const QStringList &paths)
{
    QStringList absolute;
    for (const QString &path : paths)
        absolute.append(QFileInfo(path).absoluteFilePath());
    const QString entry = absolute.join(u'\n');
    QSettings settings;
    QStringList recent = settings.value(SettingsKey::RecentFiles).toStringList();
    recent.removeAll(entry);
    recent.prepend(entry);
    settings.setValue(SettingsKey::RecentFiles, recent.mid(0, MaxRecentFiles));
}

void MainWindow::loadSettings()
{
    const QSettings settings;
    m_document->setDoubtfulThreshold(preferences::doubtfulThreshold());
    restoreGeometry(settings.value(SettingsKey::WindowGeometry).toByteArray());
    fitToScreen();
    restoreState(settings.value(SettingsKey::WindowState).toByteArray());
    m_splitter->restoreState(settings.value(SettingsKey::WindowSplitter).toByteArray());
    m_englishFamily = settings.value(SettingsKey::EnglishFont, m_englishFamily).toString();
    m_basePointSize = settings.value(SettingsKey::PointSize, m_basePointSize).toDouble();
    m_zoomSteps = settings.value(SettingsKey::Zoom, 0).toInt();
    m_syncAction->setChecked(settings.value(SettingsKey::Sync, true).toBool());
    m_aids->loadSettings();
    m_script = ChineseScript(settings.value(SettingsKey::Script, 0).toInt());
    setScript(m_script);
    setReaderLayout(ReaderLayout(settings.value(SettingsKey::Layout, 0).toInt()));
    applyZoom();
    setThemeChoice(ThemeChoice(settings.value(SettingsKey::Theme, 0).toInt()));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(SettingsKey::WindowGeometry, saveGeometry());
    settings.setValue(SettingsKey::WindowState, saveState());
    settings.setValue(SettingsKey::WindowSplitter, m_splitter->saveState());
    settings.setValue(SettingsKey::EnglishFont, m_englishFamily);
    settings.setValue(SettingsKey::PointSize, m_basePointSize);
    settings.setValue(SettingsKey::Zoom, m_zoomSteps);
    settings.setValue(SettingsKey::Sync, m_syncAction->isChecked());
    settings.setValue(SettingsKey::Script, int(m_script));
    settings.setValue(SettingsKey::Layout, int(m_layout));
    settings.setValue(SettingsKey::Theme, int(m_themeChoice));
}

void MainWindow::rememberDocument() const
{
    // While aligning, the place is among placeholders: the one remembered before stays.
    if (!m_text || m_text->isAligning() || m_document->paths().isEmpty())
        return;
    DocumentMemory memory = m_document->memory();
    memory.script = m_script;
    memory.layout = int(m_layout);
    memory.zoom = m_zoomSteps;
    memory.save(m_document->paths());
}

ViewState MainWindow::viewState() const
{
    const DocumentMemory memory = m_document->memory();
    ViewState view;
    view.bead = memory.bead;
    view.fraction = memory.fraction;
    view.selectedBead = memory.selectedBead;
    view.bookmarks = memory.bookmarks;
    view.revealed = m_position->revealedBeads();
    view.script = chineseScriptName(m_script);
    view.layout = int(m_layout);
    view.zoom = m_zoomSteps;
    return view;
}

void MainWindow::restoreDocument()
{
    // A document read before reopens where the reader stopped, as they read it; a new one
    // opens at its start with the window's current choices. A project opened elsewhere brings
    // its own place; here, where it was last read wins.
    std::optional<DocumentMemory> memory = DocumentMemory::load(m_document->paths());
    const std::optional<ViewState> saved = m_document->takeSavedView();
    if (!memory && saved) {
        memory = DocumentMemory{saved->bead, saved->fraction, saved->selectedBead, saved->bookmarks,
                                m_script,    int(m_layout),   saved->zoom};
        for (ChineseScript script :
             {ChineseScript::Original, ChineseScript::Simplified, ChineseScript::Traditional,
              ChineseScript::TraditionalTaiwan, ChineseScript::TraditionalHongKong})
            if (chineseScriptName(script) == saved->script)
                memory->script = script;
        if (saved->layout >= 0 && saved->layout <= int(ReaderLayout::Learner))
            memory->layout = saved->layout;
    }
    if (saved)
        for (int bead : saved->revealed)
            if (bead < m_text->beads().size())
                m_position->setRevealed(bead, true);
    const int beads = int(m_text->beads().size());
    ChineseScript script = m_script;
    if (memory && memory->bead < beads) {
        script = memory->script;
        // A text still aligning has placeholders where the pairs will be: the place waits.
        if (!m_text->isAligning())
            restorePlace(*memory);
        for (QAction *action : m_layoutGroup->actions())
            if (action->data().toInt() == memory->layout)
                action->setChecked(true);
        m_layout = ReaderLayout(memory->layout);
        m_zoomSteps = memory->zoom;
        applyZoom();
    }
    // Show the text at once in a script that needs no conversion; a long text then converts in
    // the background (setScript) and switches when that is done.
    const bool convertLater = m_document->needsBackgroundConversion(script);
    applyScript(convertLater ? ChineseScript::Original : script);
    // Long texts with chapters open with their contents beside them.
    if (m_contents->entryCount() >= 3)
        m_contents->show();
    if (convertLater)
        setScript(script);
    else
        for (QAction *action : m_scriptGroup->actions())
            action->setChecked(action->data().toInt() == int(script));
}

void MainWindow::restorePlace(const DocumentMemory &memory)
{
    const int beads = int(m_text->beads().size());
    if (memory.bead >= beads)
        return;
    m_position->setBookmarks(memory.bookmarks);
    m_position->setPosition(memory.bead, memory.fraction, nullptr);
    m_position->setSelectedBead(memory.selectedBead < beads ? memory.selectedBead : -1, nullptr);
}

void MainWindow::updatePanels()
{
    const auto display = [this](SentenceKey key) {
        return m_document->displayText(key, m_script);
    };
    // Chapters are paired by the alignment: a text still aligning has its contents at the end.
    m_contents->setEntries(m_text && !m_text->isAligning() ? contentsEntries(*m_text, display)
                                                           : QList<ContentsEntry>());
    m_bookmarks->setPairs(m_text, m_position->bookmarks(), display);
}

void MainWindow::toggleBookmark()
{
    const int bead =
        m_position->selectedBead() >= 0 ? m_position->selectedBead() : m_position->bead();
    if (!m_text || bead < 0)
        return;
    m_position->setBookmarked(bead, !m_position->isBookmarked(bead));
    statusBar()->showMessage(m_position->isBookmarked(bead)
                                 ? tr("Pair %1 bookmarked").arg(bead + 1)
                                 : tr("Bookmark on pair %1 removed").arg(bead + 1),
                             3000);
    m_bookmarks->show();
}

void MainWindow::fitToScreen()
{
    const QScreen *screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) comes on top of the window's own size.
    const QSize frameExtra = frameGeometry().size() - geometry().size();
    const QSize room = available.size() - frameExtra;
    if (width() <= room.width() && height() <= room.height() && available.contains(frameGeometry()))
        return;
    resize(std::min(width(), room.width()), std::min(height(), room.height()));
    move(available.topLeft() + QPoint((available.width() - frameGeometry().width()) / 2,
                                      (available.height() - frameGeometry().height()) / 2));
}

int MainWindow::find(const QString &query)
{
    if (m_findBar->query() != query) {
        const QSignalBlocker blocker(m_findBar);
        m_findBar->setQuery(query);
    }
    m_hits.clear();
    m_currentHit = -1;
    const std::optional<QList<TextHit>> hits = m_document->find(query);
    if (!hits) {
        for (SentencePane *pane : {m_chinesePane, m_englishPane})
            pane->setFindHits({}, -1);
        m_findBar->setSearching();
        return -1;
    }
    m_hits = *hits;
    if (!m_hits.isEmpty())
        goToHit(0);
    else
        for (SentencePane *pane : {m_chinesePane, m_englishPane})
            pane->setFindHits({}, -1);
    m_findBar->setHitCount(m_currentHit, int(m_hits.size()));
    return int(m_hits.size());
}

void MainWindow::goToHit(int hit)
{
    m_currentHit = hit;
    for (SentencePane *pane : {m_chinesePane, m_englishPane})
        pane->setFindHits(m_hits, hit);
    const SentenceKey key = m_hits.at(hit).sentence;
    if (SentencePane *pane = paneShowing(key)) {
        pane->ensureSentenceVisible(key);
        showBead(m_text->beadOf(key), pane);
    }
    m_findBar->setHitCount(hit, int(m_hits.size()));
}

void MainWindow::findNext()
{
    if (!m_hits.isEmpty())
        goToHit((m_currentHit + 1) % int(m_hits.size()));
}

void MainWindow::findPrevious()
{
    if (!m_hits.isEmpty())
        goToHit((m_currentHit + int(m_hits.size()) - 1) % int(m_hits.size()));
}

} // namespace duizhao
