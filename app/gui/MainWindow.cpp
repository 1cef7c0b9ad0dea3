#include "app/gui/MainWindow.h"

#include "app/common/ErrorText.h"
#include "core/parse/DocumentReader.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace duizhao {

namespace {

QString paneHtml(const Document &document, Language language)
{
    const Side &side = document.side(language);
    QString html;
    for (const Paragraph &paragraph : side.paragraphs) {
        if (paragraph.role == ParagraphRole::Metadata)
            continue;
        QStringList sentences;
        for (const Sentence &sentence : paragraph.sentences)
            sentences.append(document.text(side, sentence.range).toHtmlEscaped());
        const QString separator = language == Language::Chinese ? QString() : QStringLiteral(" ");
        const QString body = sentences.join(separator);
        if (paragraph.role == ParagraphRole::Title)
            html += QStringLiteral("<h2>%1</h2>").arg(body);
        else if (paragraph.role == ParagraphRole::Extra)
            html += QStringLiteral("<p style=\"color:#888888\">%1</p>").arg(body);
        else
            html += QStringLiteral("<p>%1</p>").arg(body);
    }
    return html;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Duizhao"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_header = new QLabel(central);
    m_header->setObjectName(QStringLiteral("metadataHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_chinesePane = new QTextBrowser(m_splitter);
    m_chinesePane->setObjectName(QStringLiteral("chinesePane"));
    m_chinesePane->setAccessibleName(tr("Chinese text"));
    // Explicit CJK family: the fallback would pick Japanese glyph shapes (toolchain notes §3c).
    QFont chineseFont = m_chinesePane->font();
    chineseFont.setFamilies({QStringLiteral("Noto Sans CJK TC"), QStringLiteral("DejaVu Sans")});
    chineseFont.setPointSizeF(chineseFont.pointSizeF() * 1.25);
    m_chinesePane->setFont(chineseFont);
    m_englishPane = new QTextBrowser(m_splitter);
    m_englishPane->setObjectName(QStringLiteral("englishPane"));
    m_englishPane->setAccessibleName(tr("English text"));
    QFont englishFont = m_englishPane->font();
    englishFont.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK TC")});
    englishFont.setPointSizeF(englishFont.pointSizeF() * 1.15);
    m_englishPane->setFont(englishFont);
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open a bilingual text"), QString(),
                                         tr("Text files (*.txt *.text);;All files (*)"));
        if (!path.isEmpty())
            openFiles({path});
    });
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open &Sample"), this, &MainWindow::openSample);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

QString MainWindow::samplePath()
{
    return QStringLiteral(":/samples/cpc-western-development.txt");
}

bool MainWindow::openSample()
{
    return openFiles({samplePath()});
}

const Document *MainWindow::document() const
{
    return m_document ? &*m_document : nullptr;
}

bool MainWindow::openFiles(const QStringList &paths)
{
    Result<Document> result = readDocument(paths);
    if (!result) {
        showError(errorText(result.error()));
        return false;
    }
    m_document = std::move(result).value();
    showDocument();
    return true;
}

void MainWindow::showDocument()
{
    const Document &document = *m_document;
    const Metadata &metadata = document.metadata;
    QStringList parts;
    const QString title = metadata.title.isEmpty() ? metadata.englishTitle : metadata.title;
    if (!title.isEmpty())
        parts.append(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    if (!metadata.published.isEmpty())
        parts.append(tr("Published %1").arg(metadata.published.toHtmlEscaped()));
    if (!metadata.source.isEmpty())
        parts.append(tr("Source: %1").arg(metadata.source.toHtmlEscaped()));
    if (!metadata.editor.isEmpty())
        parts.append(tr("Editor: %1").arg(metadata.editor.toHtmlEscaped()));
    m_header->setText(parts.join(QStringLiteral(" · ")));
    m_chinesePane->setHtml(paneHtml(document, Language::Chinese));
    m_englishPane->setHtml(paneHtml(document, Language::English));
    statusBar()->showMessage(tr("%1 Chinese and %2 English sentences")
                                 .arg(document.sentenceRefs(Language::Chinese).size())
                                 .arg(document.sentenceRefs(Language::English).size()));
    for (Notice notice : document.notices)
        statusBar()->showMessage(noticeText(notice));
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message);
    if (isVisible())
        QMessageBox::warning(this, tr("Cannot open"), message);
}

} // namespace duizhao
