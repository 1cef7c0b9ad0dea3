#include "app/gui/MainWindow.h"

#include "app/common/ErrorText.h"
#include "app/gui/ExportDialog.h"
#include "app/gui/FindBar.h"
#include "app/gui/ImportJob.h"
#include "app/gui/SentencePane.h"
#include "core/import/Importer.h"
#include "core/sync/ReadingPosition.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace duizhao {

namespace {

/// Menu text without its accelerator, for toolbars and tooltips: "&Side by Side" and the
/// Chinese style "左右並排(&S)" alike (Qt removes only the '&').
QString withoutAccelerator(QString text)
{
    static const QRegularExpression chineseStyle(QStringLiteral("\\(&[^)]\\)"));
    return text.remove(chineseStyle).remove(u'&');
}

// Above this many Chinese sentences a script conversion runs off the UI thread.
constexpr int BackgroundConversionThreshold = 3000;
constexpr int MaxRecentFiles = 8;

QString fileFilters()
{
    // Every format core reads (core/import/Importer.h), in one filter.
    QStringList patterns;
    for (const FileFormatInfo &format : supportedFormats()) {
        for (const QString &extension : format.extensions)
            patterns.append(QStringLiteral("*.") + extension);
    }
    return MainWindow::tr("Bilingual texts and books (%1);;Translation memories (*.tmx);;"
                          "Duizhao projects (*.duizhao);;All files (*)")
        .arg(patterns.join(u' '));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_position(new ReadingPosition(this))
    , m_import(new ImportJob(this))
{
    setWindowTitle(tr("Duizhao"));
    setAcceptDrops(true);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header = new QLabel(central);
    m_header->setObjectName(QStringLiteral("metadataHeader"));
    m_header->setAccessibleName(tr("Document information"));
    m_header->setWordWrap(true);
    m_header->setContentsMargins(18, 10, 18, 10);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("paneSplitter"));
    m_splitter->setHandleWidth(3);
    m_chinesePane = new SentencePane(m_splitter);
    m_chinesePane->setObjectName(QStringLiteral("chinesePane"));
    m_chinesePane->setAccessibleName(tr("Chinese text"));
    m_englishPane = new SentencePane(m_splitter);
    m_englishPane->setObjectName(QStringLiteral("englishPane"));
    m_englishPane->setAccessibleName(tr("English text"));
    m_findBar = new FindBar(central);
    m_findBar->hide();
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("pairCounts"));
    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("readingPositionLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Opening progress"));
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelOpening"));
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_positionLabel);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelLoading);

    connectPane(m_chinesePane);
    connectPane(m_englishPane);
    connect(m_import, &ImportJob::finished, this, &MainWindow::importFinished);
    connect(m_import, &ImportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_position, &ReadingPosition::positionChanged, this,
            [this](int bead, double fraction, const void *source) {
                if (m_syncAction->isChecked())
                    for (SentencePane *pane : activePanes())
                        if (pane != source) // The pane that scrolled is already there.
                            pane->scrollToPosition(bead, fraction);
                updateStatus();
            });
    connect(m_position, &ReadingPosition::selectionChanged, this, [this](int bead) {
        for (SentencePane *pane : {m_chinesePane, m_englishPane}) {
            pane->setSelectedBead(bead);
            pane->revealBead(bead);
        }
        if (m_layout == ReaderLayout::Learner && bead >= 0)
            m_revealedBeads.insert(bead);
        updateStatus();
    });
    connect(&m_conversion, &QFutureWatcher<QStringList>::finished, this, [this] {
        m_scripts.insert(m_pendingScript, m_conversion.result());
        statusBar()->clearMessage();
        applyScript(m_pendingScript);
    });
    connect(m_findBar, &FindBar::queryChanged, this, &MainWindow::find);
    connect(m_findBar, &FindBar::nextRequested, this, &MainWindow::findNext);
    connect(m_findBar, &FindBar::previousRequested, this, &MainWindow::findPrevious);
    connect(m_findBar, &FindBar::closed, this, [this] {
        find(QString());
        m_chinesePane->setFocus();
    });

    createMenus();
    resize(1200, 760);
    loadSettings();
}

MainWindow::~MainWindow()
{
    m_conversion.waitForFinished();
}

void MainWindow::connectPane(SentencePane *pane)
{
    connect(pane, &SentencePane::sentenceClicked, this,
            [this, pane](SentenceKey key) { onSentenceClicked(pane, key); });
    connect(pane, &SentencePane::sentenceHovered, this, [this](SentenceKey key) {
        const int bead = m_text ? m_text->beadOf(key) : -1;
        for (SentencePane *each : {m_chinesePane, m_englishPane})
            each->setHoveredBead(bead);
    });
    connect(
        pane, &SentencePane::navigationRequested, this,
        [this, pane](SentencePane::Navigation navigation) { onNavigation(pane, int(navigation)); });
    connect(pane, &SentencePane::userScrolled, this, [this, pane] {
        const auto [bead, fraction] = pane->positionAtTop();
        m_position->setPosition(bead, fraction, pane);
    });
    // Re-wrapping after a resize or zoom loses the place; the reading position restores it.
    connect(pane, &SentencePane::viewResized, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::restoreView); });
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a bilingual text"),
                                                          QString(), fileFilters());
        if (!path.isEmpty())
            openFiles({path});
    });
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open &Pair…"), this, [this] {
        const QString first = QFileDialog::getOpenFileName(
            this, tr("Open the first file (Chinese or English)"), QString(), fileFilters());
        if (first.isEmpty())
            return;
        const QString second = QFileDialog::getOpenFileName(
            this, tr("Open its translation"), QFileInfo(first).absolutePath(), fileFilters());
        if (!second.isEmpty())
            openFiles({first, second});
    });
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        m_recentMenu->clear();
        const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
        for (const QString &entry : recent) {
            const QStringList paths = entry.split(u'\n');
            m_recentMenu->addAction(QString(entry).replace(u'\n', QStringLiteral(" + ")), this,
                                    [this, paths] { openFiles(paths); });
        }
        m_recentMenu->setEnabled(!recent.isEmpty());
    });
    fileMenu->addAction(tr("Open &Sample"), this, &MainWindow::openSample);
    fileMenu->addSeparator();
    // Export and print (app/gui/ExportDialog): enabled only once a document is open.
    QAction *exportAction = fileMenu->addAction(tr("&Export…"), this, [this] {
        if (m_text)
            exportAlignedText(this, *m_text);
    });
    QAction *printAction = fileMenu->addAction(tr("&Print…"), this, [this] {
        if (m_text)
            printAlignedText(this, *m_text, false);
    });
    printAction->setShortcut(QKeySequence::Print);
    QAction *previewAction = fileMenu->addAction(tr("Print Pre&view…"), this, [this] {
        if (m_text)
            printAlignedText(this, *m_text, true);
    });
    for (QAction *action : {exportAction, printAction, previewAction})
        connect(fileMenu, &QMenu::aboutToShow, action,
                [this, action] { action->setEnabled(bool(m_text)); });
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

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

    QMenu *scriptMenu = viewMenu->addMenu(tr("Chinese &Script"));
    m_scriptGroup = new QActionGroup(this);
    const QList<std::pair<ChineseScript, QString>> scripts = {
        {ChineseScript::Original, tr("&Original")},
        {ChineseScript::Simplified, tr("&Simplified")},
        {ChineseScript::TraditionalTaiwan, tr("Traditional (&Taiwan)")},
        {ChineseScript::TraditionalHongKong, tr("Traditional (&Hong Kong)")},
    };
    const QStringList scriptButtons = {tr("原"), tr("简"), tr("繁 台"), tr("繁 港")};
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
        connect(action, &QAction::triggered, this, [this, layout] { setReaderLayout(layout); });
    }
    m_layoutGroup->actions().constFirst()->setChecked(true);
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
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    QAction *zoomOut = viewMenu->addAction(tr("Zoom &Out"), this, [this] { zoom(-1); });
    zoomOut->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut});
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
        connect(action, &QAction::triggered, this, [this, choice] { setThemeChoice(choice); });
    }
    m_themeGroup->actions().constFirst()->setChecked(true);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("Open the &Sample Article"), this, &MainWindow::openSample);
    helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        QMessageBox::information(
            this, tr("Keyboard shortcuts"),
            tr("Click a sentence, or use ↑/↓ or K/J, to highlight it and its translation.\n"
               "Home/End: first and last pair. Tab: the other pane. Ctrl+F: find.\n"
               "Ctrl+= / Ctrl+-: zoom. F8: next doubtful pair."));
    });
}

QString MainWindow::samplePath()
{
    return QStringLiteral(":/samples/cpc-western-development.txt");
}

bool MainWindow::openSample()
{
    return openFiles({samplePath()});
}

bool MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    m_import->start(paths.mid(0, 2));
    m_loading = true;
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(paths.constFirst()).fileName()));
    return true;
}

bool MainWindow::isLoading() const
{
    // Until the result has been taken in, not merely until the job stops.
    return m_loading;
}

void MainWindow::cancelLoading()
{
    m_import->cancel();
}

void MainWindow::importFinished()
{
    m_loading = false;
    m_progress->hide();
    m_cancelButton->hide();
    ImportResult result = m_import->takeResult();
    if (result.error) {
        if (result.error->code == ErrorCode::Cancelled)
            statusBar()->showMessage(tr("Opening cancelled; the previous document stays open."));
        else
            showError(errorText(*result.error));
        return;
    }
    if (!result.text)
        return;
    m_text = std::move(result.text);
    if (!result.paths.constFirst().startsWith(u':'))
        addRecentFiles(result.paths);
    showText();
    emit documentOpened();
}

const Document *MainWindow::document() const
{
    return m_text ? &m_text->document() : nullptr;
}

const AlignedText *MainWindow::alignedText() const
{
    return m_text ? &*m_text : nullptr;
}

void MainWindow::updateHeader()
{
    const Metadata &metadata = m_text->document().metadata;
    QStringList details;
    if (!metadata.published.isEmpty())
        details.append(tr("Published %1").arg(metadata.published.toHtmlEscaped()));
    if (!metadata.source.isEmpty())
        details.append(tr("Source: %1").arg(metadata.source.toHtmlEscaped()));
    if (!metadata.author.isEmpty())
        details.append(tr("Author: %1").arg(metadata.author.toHtmlEscaped()));
    if (!metadata.editor.isEmpty())
        details.append(tr("Editor: %1").arg(metadata.editor.toHtmlEscaped()));
    // The Chinese title follows the script the panes show.
    const QString title = m_script == ChineseScript::Original || metadata.title.isEmpty()
                              ? metadata.title
                              : ChineseScripts::convert({metadata.title}, m_script).constFirst();
    QString header;
    if (!metadata.title.isEmpty())
        header += QStringLiteral("<span style=\"font-family:'%1'; font-size:large; "
                                 "font-weight:bold\">%2</span><br>")
                      .arg(chineseFamily(), title.toHtmlEscaped());
    if (!metadata.englishTitle.isEmpty())
        header += QStringLiteral("<i>%1</i><br>").arg(metadata.englishTitle.toHtmlEscaped());
    header += details.join(QStringLiteral(" · "));
    m_header->setText(header);
    m_header->setVisible(!header.isEmpty());
}

void MainWindow::showText()
{
    const Metadata &metadata = m_text->document().metadata;
    updateHeader();

    QStringList chinese;
    for (int i = 0; i < m_text->sentenceCount(Language::Chinese); ++i)
        chinese.append(m_text->sentenceText({Language::Chinese, i}));
    m_conversion.waitForFinished();
    m_scripts.setOriginal(chinese);
    m_foldedChinese.clear();
    m_revealedBeads.clear();
    m_hits.clear();
    m_currentHit = -1;
    m_position->reset();
    m_chinesePane->setSelectedBead(-1);
    m_englishPane->setSelectedBead(-1);
    setWindowTitle(
        tr("%1 — Duizhao").arg(metadata.title.isEmpty() ? metadata.englishTitle : metadata.title));
    applyScript(m_script);
    statusBar()->clearMessage();
    for (Notice notice : m_text->document().notices)
        if (notice != Notice::ExtraTextKept)
            statusBar()->showMessage(noticeText(notice));
    if (!m_findBar->query().isEmpty())
        find(m_findBar->query());
}

QString MainWindow::chineseFamily()
{
    switch (m_script) {
    case ChineseScript::Simplified:
        return QStringLiteral("Noto Sans CJK SC");
    case ChineseScript::TraditionalHongKong:
        return QStringLiteral("Noto Sans CJK HK");
    case ChineseScript::TraditionalTaiwan:
    case ChineseScript::Traditional:
        return QStringLiteral("Noto Sans CJK TC");
    case ChineseScript::Original:
        break;
    }
    // Never leave Han to font fallback: it picks Japanese glyph shapes (toolchain notes §3c).
    return m_scripts.original().isEmpty() || m_scripts.originalIsTraditional()
               ? QStringLiteral("Noto Sans CJK TC")
               : QStringLiteral("Noto Sans CJK SC");
}

void MainWindow::rebuildPanes()
{
    if (!m_text)
        return;
    PaneStyle style;
    style.theme = m_theme;
    const QString han = chineseFamily();
    style.chineseFamilies = {han};
    style.englishFamilies = {m_englishFamily, han};
    const QStringList &chinese = m_scripts.sentences(m_script);
    const AlignedText *text = &*m_text;
    const auto display = [text, &chinese](SentenceKey key) {
        return key.language == Language::Chinese ? chinese.value(key.index)
                                                 : text->sentenceText(key);
    };
    if (m_layout == ReaderLayout::Interleaved) {
        m_chinesePane->setContent(text, text->interleavedParagraphs(), display, style);
        m_chinesePane->setAccessibleName(tr("Chinese and English text, interleaved"));
        m_englishPane->clearContent();
        m_englishPane->hide();
    } else {
        m_chinesePane->setContent(text, text->sideParagraphs(Language::Chinese), display, style);
        m_chinesePane->setAccessibleName(tr("Chinese text"));
        if (m_layout == ReaderLayout::Learner)
            style.hiddenLanguage = Language::English;
        m_englishPane->setContent(text, text->sideParagraphs(Language::English), display, style);
        m_englishPane->show();
        for (int bead : std::as_const(m_revealedBeads))
            m_englishPane->revealBead(bead);
    }
    const int selected = m_position->selectedBead();
    for (SentencePane *pane : {m_chinesePane, m_englishPane}) {
        pane->setSelectedBead(selected);
        pane->revealBead(selected);
        pane->setFindHits(m_hits, m_currentHit);
    }
    restoreView();
    updateStatus();
}

void MainWindow::restoreView()
{
    if (!m_text)
        return;
    const QList<SentencePane *> panes = activePanes();
    if (panes.isEmpty())
        return;
    // The pane being read leads; the others follow it, keeping the selected pair level
    // (re-wrapping after a resize, zoom or the find bar must not undo that).
    SentencePane *lead = panes.constFirst();
    for (SentencePane *pane : panes)
        if (pane->hasFocus())
            lead = pane;
    lead->scrollToPosition(m_position->bead(), m_position->fraction());
    // A selected sentence stays in view through re-wrapping.
    const int selected = m_position->selectedBead();
    const SentenceKey selectedKey =
        selected >= 0 ? firstShownSentence(selected, lead) : SentenceKey();
    if (selectedKey.isValid())
        lead->ensureSentenceVisible(selectedKey);
    if (!m_syncAction->isChecked())
        return;
    for (SentencePane *pane : panes) {
        if (pane == lead)
            continue;
        if (selectedKey.isValid())
            pane->alignBeadAt(selected, lead->sentenceRect(selectedKey).top());
        else
            pane->scrollToPosition(m_position->bead(), m_position->fraction());
    }
}

SentenceKey MainWindow::firstShownSentence(int bead, const SentencePane *pane) const
{
    for (const SentenceKey &key : m_text->beadSentences(bead))
        if (pane->showsSentence(key))
            return key;
    return {};
}

QList<SentencePane *> MainWindow::activePanes() const
{
    QList<SentencePane *> panes;
    for (SentencePane *pane : {m_chinesePane, m_englishPane})
        if (!pane->isHidden() && !pane->beadsShown().isEmpty())
            panes.append(pane);
    return panes;
}

SentencePane *MainWindow::paneShowing(SentenceKey key) const
{
    for (SentencePane *pane : activePanes())
        if (pane->showsSentence(key))
            return pane;
    return nullptr;
}

void MainWindow::setScript(ChineseScript script)
{
    for (QAction *action : m_scriptGroup->actions())
        if (action->data().toInt() == int(script))
            action->setChecked(true);
    if (m_text && !m_scripts.has(script) &&
        m_scripts.original().size() > BackgroundConversionThreshold) {
        // Large documents convert off the UI thread; the panes switch when it is done.
        m_conversion.waitForFinished();
        m_pendingScript = script;
        statusBar()->showMessage(tr("Converting the Chinese text…"));
        m_conversion.setFuture(
            QtConcurrent::run(&ChineseScripts::convert, m_scripts.original(), script));
        return;
    }
    applyScript(script);
}

void MainWindow::applyScript(ChineseScript script)
{
    m_script = script;
    if (m_text)
        updateHeader();
    rebuildPanes();
}

void MainWindow::setReaderLayout(ReaderLayout layout)
{
    for (QAction *action : m_layoutGroup->actions())
        if (action->data().toInt() == int(layout))
            action->setChecked(true);
    if (layout == m_layout)
        return;
    m_layout = layout;
    m_revealedBeads.clear();
    rebuildPanes();
}

void MainWindow::setThemeChoice(ThemeChoice choice)
{
    for (QAction *action : m_themeGroup->actions())
        if (action->data().toInt() == int(choice))
            action->setChecked(true);
    m_themeChoice = choice;
    const bool dark = choice == ThemeChoice::Dark ||
                      (choice == ThemeChoice::System && ReaderTheme::systemPrefersDark());
    m_theme = dark ? ReaderTheme::darkTheme() : ReaderTheme::light();
    setPalette(m_theme.palette());
    m_header->setStyleSheet(QStringLiteral("QLabel#metadataHeader { background:%1; color:%2; }")
                                .arg(m_theme.base.name(), m_theme.text.name()));
    rebuildPanes();
}

void MainWindow::setSynchronizedScrolling(bool enabled)
{
    m_syncAction->setChecked(enabled);
}

void MainWindow::zoom(int steps)
{
    m_zoomSteps = std::clamp(m_zoomSteps + steps, -6, 12);
    applyZoom();
}

void MainWindow::applyZoom()
{
    for (SentencePane *pane : {m_chinesePane, m_englishPane}) {
        QFont font = pane->font();
        font.setPointSizeF(m_basePointSize * std::pow(1.1, m_zoomSteps));
        pane->setFont(font);
    }
    QTimer::singleShot(0, this, &MainWindow::restoreView);
}

void MainWindow::selectBead(int bead, SentencePane *origin)
{
    m_position->setSelectedBead(bead, origin);
}

int MainWindow::selectedBead() const
{
    return m_position->selectedBead();
}

void MainWindow::onSentenceClicked(SentencePane *pane, SentenceKey key)
{
    const int bead = m_text->beadOf(key);
    selectBead(bead, pane);
    // The counterpart comes level with the sentence clicked, so the eye moves straight across.
    const int clickedTop = pane->sentenceRect(key).top();
    for (SentencePane *other : activePanes())
        if (other != pane)
            other->alignBeadAt(bead, clickedTop);
}

void MainWindow::showBead(int bead, SentencePane *origin)
{
    const SentenceKey first = firstShownSentence(bead, origin);
    if (!first.isValid())
        return;
    origin->ensureSentenceVisible(first);
    const int top = origin->sentenceRect(first).top();
    for (SentencePane *other : activePanes())
        if (other != origin)
            other->alignBeadAt(bead, top);
    const auto [topBead, fraction] = origin->positionAtTop();
    // Record where the reader now is without moving the panes again.
    const QSignalBlocker blocker(m_position);
    m_position->setPosition(topBead, fraction, origin);
}

void MainWindow::onNavigation(SentencePane *pane, int navigation)
{
    if (!m_text)
        return;
    const QList<int> beads = pane->beadsShown();
    if (beads.isEmpty())
        return;
    const int current = beads.indexOf(m_position->selectedBead());
    int target = 0;
    switch (SentencePane::Navigation(navigation)) {
    case SentencePane::Navigation::Previous:
        target = current < 0 ? 0 : std::max(0, current - 1);
        break;
    case SentencePane::Navigation::Next:
        target = current < 0 ? 0 : std::min(int(beads.size()) - 1, current + 1);
        break;
    case SentencePane::Navigation::First:
        target = 0;
        break;
    case SentencePane::Navigation::Last:
        target = int(beads.size()) - 1;
        break;
    }
    selectBead(beads.at(target), pane);
    showBead(beads.at(target), pane);
}

void MainWindow::nextDoubtfulPair()
{
    if (!m_text)
        return;
    const int count = int(m_text->beads().size());
    for (int step = 1; step <= count; ++step) {
        const int bead = (std::max(m_position->selectedBead(), -1) + step) % count;
        if (m_text->isDoubtful(bead)) {
            selectBead(bead, nullptr);
            showBead(bead, m_englishPane->hasFocus() ? m_englishPane : m_chinesePane);
            return;
        }
    }
    statusBar()->showMessage(tr("No doubtful pairs: the aligner is sure of every pair."), 4000);
}

int MainWindow::find(const QString &query)
{
    if (m_findBar->query() != query) {
        const QSignalBlocker blocker(m_findBar);
        m_findBar->setQuery(query);
    }
    m_hits.clear();
    m_currentHit = -1;
    if (m_text && !query.trimmed().isEmpty()) {
        if (m_foldedChinese.isEmpty())
            for (const QString &sentence :
                 ChineseScripts::convert(m_scripts.original(), ChineseScript::Simplified))
                m_foldedChinese.append(sentence.toLower());
        const QString needle = m_scripts.folded(query);
        // Hits in bead order, so Next walks down the document through both languages.
        for (int bead = 0; bead < m_text->beads().size(); ++bead) {
            for (const SentenceKey &key : m_text->beadSentences(bead)) {
                const QString haystack = key.language == Language::Chinese
                                             ? m_foldedChinese.value(key.index)
                                             : m_text->sentenceText(key).toLower();
                for (qsizetype at = haystack.indexOf(needle); at >= 0;
                     at = haystack.indexOf(needle, at + needle.size()))
                    m_hits.append({key, int(at), int(needle.size())});
            }
        }
    }
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

void MainWindow::updateStatus()
{
    if (!m_text)
        return;
    m_countsLabel->setText(tr("%1 pairs · unmatched: %2 Chinese, %3 English")
                               .arg(m_text->pairCount())
                               .arg(m_text->unmatchedCount(Language::Chinese))
                               .arg(m_text->unmatchedCount(Language::English)));
    const int selected = m_position->selectedBead();
    const int bead = selected >= 0 ? selected : m_position->bead();
    m_positionLabel->setText(tr("Pair %1 of %2").arg(bead + 1).arg(m_text->beads().size()));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message);
    emit openFailed(message);
    if (isVisible()) {
        // Not modal-blocking: the window stays usable (and testable) behind it.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open"), message,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::addRecentFiles(const QStringList &paths)
{
    QStringList absolute;
    for (const QString &path : paths)
        absolute.append(QFileInfo(path).absoluteFilePath());
    const QString entry = absolute.join(u'\n');
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(entry);
    recent.prepend(entry);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, MaxRecentFiles));
}

void MainWindow::loadSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_englishFamily =
        settings.value(QStringLiteral("reader/englishFont"), m_englishFamily).toString();
    m_basePointSize =
        settings.value(QStringLiteral("reader/pointSize"), m_basePointSize).toDouble();
    m_zoomSteps = settings.value(QStringLiteral("reader/zoom"), 0).toInt();
    m_syncAction->setChecked(settings.value(QStringLiteral("reader/sync"), true).toBool());
    m_script = ChineseScript(settings.value(QStringLiteral("reader/script"), 0).toInt());
    setScript(m_script);
    setReaderLayout(ReaderLayout(settings.value(QStringLiteral("reader/layout"), 0).toInt()));
    applyZoom();
    setThemeChoice(ThemeChoice(settings.value(QStringLiteral("reader/theme"), 0).toInt()));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("reader/englishFont"), m_englishFamily);
    settings.setValue(QStringLiteral("reader/pointSize"), m_basePointSize);
    settings.setValue(QStringLiteral("reader/zoom"), m_zoomSteps);
    settings.setValue(QStringLiteral("reader/sync"), m_syncAction->isChecked());
    settings.setValue(QStringLiteral("reader/script"), int(m_script));
    settings.setValue(QStringLiteral("reader/layout"), int(m_layout));
    settings.setValue(QStringLiteral("reader/theme"), int(m_themeChoice));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_import->cancel();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (openFiles(paths.mid(0, 2)))
        event->acceptProposedAction();
}

} // namespace duizhao
