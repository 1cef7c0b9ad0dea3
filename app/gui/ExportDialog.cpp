#include "app/gui/ExportDialog.h"

#include "app/common/ErrorText.h"
#include "app/gui/AlignedText.h"
#include "app/gui/FileDialog.h"
#include "core/io/SafeFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace duizhao {

namespace {

QString formatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return ExportDialog::tr("PDF (side by side or interleaved, for print)");
    case ExportFormat::Tmx:
        return ExportDialog::tr("TMX 1.4 translation memory");
    case ExportFormat::Tsv:
        return ExportDialog::tr("TSV: Chinese, English, confidence");
    case ExportFormat::Anki:
        return ExportDialog::tr("Anki cards (TSV, front and back)");
    case ExportFormat::Moses:
        return ExportDialog::tr("Moses line-aligned files (.zh + .en)");
    case ExportFormat::Json:
        return ExportDialog::tr("JSON");
    case ExportFormat::Html:
        return ExportDialog::tr("HTML page (two columns, click to highlight)");
    }
    return {};
}

const QList<ChineseScript> scripts = {
    ChineseScript::Original, ChineseScript::Simplified, ChineseScript::TraditionalTaiwan,
    ChineseScript::TraditionalHongKong, ChineseScript::Traditional};

QString scriptLabel(ChineseScript script)
{
    switch (script) {
    case ChineseScript::Original:
        return ExportDialog::tr("As in the text");
    case ChineseScript::Simplified:
        return ExportDialog::tr("Simplified");
    case ChineseScript::TraditionalTaiwan:
        return ExportDialog::tr("Traditional (Taiwan)");
    case ChineseScript::TraditionalHongKong:
        return ExportDialog::tr("Traditional (Hong Kong)");
    case ChineseScript::Traditional:
        return ExportDialog::tr("Traditional");
    }
    return {};
}

void setRange(QDoubleSpinBox *box, const NumericExportOption &option)
{
    box->setRange(option.low, option.high);
    box->setSingleStep(option.step);
}

Result<AlignedPairs> pairsFor(const AlignedText &text, const PairOptions &options)
{
    return AlignedPairs::build(text.document(), text.beads(), options);
}

} // namespace

ExportSettings ExportSettings::load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    ExportSettings result;
    if (const ExportFormatInfo *format =
            exportFormatNamed(settings.value(QStringLiteral("format")).toString()))
        result.format = format->format;
    const QString script = settings.value(QStringLiteral("script")).toString();
    for (ChineseScript candidate : scripts) {
        if (chineseScriptName(candidate) == script)
            result.pairs.script = candidate;
    }
    result.pairs.includeUnmatched =
        settings.value(QStringLiteral("includeUnmatched"), true).toBool();
    result.pdf.layout =
        settings.value(QStringLiteral("layout")).toString() == QStringLiteral("interleaved")
            ? PdfLayout::Interleaved
            : PdfLayout::SideBySide;
    result.pdf.pageSize =
        settings.value(QStringLiteral("pageSize")).toString() == QStringLiteral("letter")
            ? QPageSize::Letter
            : QPageSize::A4;
    result.pdf.orientation =
        settings.value(QStringLiteral("orientation")).toString() == QStringLiteral("landscape")
            ? QPageLayout::Landscape
            : QPageLayout::Portrait;
    // Within the ranges the dialog offers, whatever the settings file says.
    result.pdf.marginMillimetres =
        numericExportOption(&PdfOptions::marginMillimetres)
            .clamped(
                settings.value(QStringLiteral("margin"), result.pdf.marginMillimetres).toDouble());
    result.pdf.fontSizePoints =
        numericExportOption(&PdfOptions::fontSizePoints)
            .clamped(
                settings.value(QStringLiteral("fontSize"), result.pdf.fontSizePoints).toDouble());
    result.pdf.pairNumbers = settings.value(QStringLiteral("pairNumbers"), true).toBool();
    result.pdf.markLowConfidence = settings.value(QStringLiteral("confidenceMarks"), true).toBool();
    return result;
}

void ExportSettings::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("format"), exportFormatInfo(format).name);
    settings.setValue(QStringLiteral("script"), chineseScriptName(pairs.script));
    settings.setValue(QStringLiteral("includeUnmatched"), pairs.includeUnmatched);
    settings.setValue(QStringLiteral("layout"), pdf.layout == PdfLayout::Interleaved
                                                    ? QStringLiteral("interleaved")
                                                    : QStringLiteral("side-by-side"));
    settings.setValue(QStringLiteral("pageSize"), pdf.pageSize == QPageSize::Letter
                                                      ? QStringLiteral("letter")
                                                      : QStringLiteral("a4"));
    settings.setValue(QStringLiteral("orientation"), pdf.orientation == QPageLayout::Landscape
                                                         ? QStringLiteral("landscape")
                                                         : QStringLiteral("portrait"));
    settings.setValue(QStringLiteral("margin"), pdf.marginMillimetres);
    settings.setValue(QStringLiteral("fontSize"), pdf.fontSizePoints);
    settings.setValue(QStringLiteral("pairNumbers"), pdf.pairNumbers);
    settings.setValue(QStringLiteral("confidenceMarks"), pdf.markLowConfidence);
}

ExportDialog::ExportDialog(const ExportSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export"));
    auto *form = new QFormLayout(this);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const ExportFormatInfo &info : exportFormats())
        m_format->addItem(formatLabel(info.format), int(info.format));
    m_format->setCurrentIndex(m_format->findData(int(settings.format)));
    form->addRow(tr("&Format:"), m_format);

    m_script = new QComboBox(this);
    m_script->setObjectName(QStringLiteral("exportScript"));
    for (ChineseScript script : scripts)
        m_script->addItem(scriptLabel(script), int(script));
    m_script->setCurrentIndex(m_script->findData(int(settings.pairs.script)));
    form->addRow(tr("Chinese &script:"), m_script);

    m_includeUnmatched = new QCheckBox(tr("Include sentences with no counterpart"), this);
    m_includeUnmatched->setChecked(settings.pairs.includeUnmatched);
    form->addRow(QString(), m_includeUnmatched);

    m_layout = new QComboBox(this);
    m_layout->addItem(tr("Side by side"), int(PdfLayout::SideBySide));
    m_layout->addItem(tr("Interleaved"), int(PdfLayout::Interleaved));
    m_layout->setCurrentIndex(m_layout->findData(int(settings.pdf.layout)));
    form->addRow(tr("&Layout:"), m_layout);

    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(settings.pdf.pageSize)));
    form->addRow(tr("&Page size:"), m_pageSize);

    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->setCurrentIndex(m_orientation->findData(int(settings.pdf.orientation)));
    form->addRow(tr("&Orientation:"), m_orientation);

    m_margin = new QDoubleSpinBox(this);
    m_margin->setObjectName(QStringLiteral("exportMargin"));
    setRange(m_margin, numericExportOption(&PdfOptions::marginMillimetres));
    m_margin->setSuffix(tr(" mm"));
    m_margin->setValue(settings.pdf.marginMillimetres);
    form->addRow(tr("&Margins:"), m_margin);

    m_fontSize = new QDoubleSpinBox(this);
    m_fontSize->setObjectName(QStringLiteral("exportFontSize"));
    setRange(m_fontSize, numericExportOption(&PdfOptions::fontSizePoints));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings.pdf.fontSizePoints);
    form->addRow(tr("Font si&ze:"), m_fontSize);

    m_pairNumbers = new QCheckBox(tr("Pair numbers"), this);
    m_pairNumbers->setChecked(settings.pdf.pairNumbers);
    form->addRow(QString(), m_pairNumbers);
    m_confidenceMarks = new QCheckBox(tr("Mark low-confidence pairs"), this);
    m_confidenceMarks->setChecked(settings.pdf.markLowConfidence);
    form->addRow(QString(), m_confidenceMarks);

    m_pdfOnly = {m_layout,   m_pageSize,    m_orientation,    m_margin,
                 m_fontSize, m_pairNumbers, m_confidenceMarks};
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const bool pdf = exportFormatInfo(ExportFormat(m_format->currentData().toInt())).pageOptions;
    for (QWidget *widget : std::as_const(m_pdfOnly))
        widget->setEnabled(pdf);
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings result;
    result.format = ExportFormat(m_format->currentData().toInt());
    result.pairs.script = ChineseScript(m_script->currentData().toInt());
    result.pairs.includeUnmatched = m_includeUnmatched->isChecked();
    result.pdf.layout = PdfLayout(m_layout->currentData().toInt());
    result.pdf.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    result.pdf.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    result.pdf.marginMillimetres = m_margin->value();
    result.pdf.fontSizePoints = m_fontSize->value();
    result.pdf.pairNumbers = m_pairNumbers->isChecked();
    result.pdf.markLowConfidence = m_confidenceMarks->isChecked();
    return result;
}

std::optional<Error> writeExport(const AlignedText &text, const ExportSettings &settings,
                                 const QString &path, const std::function<bool()> &isCancelled)
{
    const Result<AlignedPairs> pairs = pairsFor(text, settings.pairs);
    if (!pairs)
        return pairs.error();
    // Writers replace the file in one step; a cancel before that leaves nothing written.
    if (isCancelled && isCancelled())
        return Error{ErrorCode::Cancelled, path};
    // The PDF is typeset for seconds on a long book: Cancel stops it there.
    PdfOptions options = settings.pdf;
    options.isCancelled = isCancelled;
    const Result<ExportWritten> written =
        exportFormatInfo(settings.format).write(*pairs, options, path);
    if (!written)
        return written.error();
    return std::nullopt;
}

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ExportJob::finished);
}

ExportJob::~ExportJob()
{
    cancel();
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

void ExportJob::start(const AlignedText &text, const ExportSettings &settings, const QString &path)
{
    cancel();
    m_watcher.waitForFinished();
    m_path = path;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    // The job keeps its own copy of the text: the window may open another document meanwhile.
    m_result = std::make_shared<BackgroundResult<std::optional<Error>>>();
    m_watcher.setFuture(
        runInBackground(&m_pool, m_result, [text, settings, path, cancelled](QPromise<void> &) {
            return writeExport(text, settings, path, [cancelled] { return cancelled->load(); });
        }));
}

void ExportJob::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

bool ExportJob::isRunning() const
{
    return m_watcher.isRunning();
}

std::optional<Error> ExportJob::error() const
{
    if (!m_result)
        return std::nullopt;
    return m_result->value().value_or(std::nullopt);
}

QString suggestedExportPath(const AlignedText &text, ExportFormat format)
{
    const QString &suffix = exportFormatInfo(format).suffix;
    const QString source =
        text.document().sources.isEmpty() ? QString() : text.document().sources.first().path;
    const QString baseName = source.isEmpty() || source.startsWith(u':')
                                 ? QStringLiteral("duizhao")
                                 : QFileInfo(source).completeBaseName();
    const QString folder = source.isEmpty() || source.startsWith(u':')
                               ? QDir::homePath()
                               : QFileInfo(source).absolutePath();
    return QDir(folder).filePath(baseName + u'.' + suffix);
}

void exportAlignedText(QWidget *parent, const AlignedText &text, ChineseScript shownScript,
                       const ConversionFor &conversionFor)
{
    ExportSettings initial = ExportSettings::load();
    // What is on screen is what the reader expects to get.
    initial.pairs.script = shownScript;
    ExportDialog dialog(initial, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportSettings settings = dialog.settings();
    settings.save();
    // The script chosen, reached as the reader reaches it (s2twp when it shows Taiwan phrases).
    settings.pairs.conversion = conversionFor(settings.pairs.script);

    QString suffix = QFileInfo(suggestedExportPath(text, settings.format)).suffix();
    const QString path = FileDialog::getSaveFileName(
        parent, ExportDialog::tr("Export to"), suggestedExportPath(text, settings.format),
        ExportDialog::tr("%1 (*.%2)").arg(formatLabel(settings.format), suffix));
    if (!path.isEmpty())
        startExport(parent, text, settings, path);
}

ExportJob *startExport(QWidget *parent, const AlignedText &text, const ExportSettings &settings,
                       const QString &path)
{
    auto *job = new ExportJob(parent);
    auto *progress =
        new QProgressDialog(ExportDialog::tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
                            ExportDialog::tr("Cancel"), 0, 0, parent);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(ExportDialog::tr("Export"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    QObject::connect(progress, &QProgressDialog::canceled, job, &ExportJob::cancel);
    QObject::connect(job, &ExportJob::finished, parent, [parent, job, progress, path] {
        progress->deleteLater();
        job->deleteLater();
        const std::optional<Error> error = job->error();
        if (error && error->code == ErrorCode::Cancelled)
            return;
        auto *box = new QMessageBox(parent);
        box->setObjectName(QStringLiteral("exportResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowTitle(ExportDialog::tr("Export"));
        if (error) {
            box->setIcon(QMessageBox::Warning);
            box->setText(errorText(*error));
        } else {
            box->setIcon(QMessageBox::Information);
            box->setText(ExportDialog::tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
            QPushButton *open = box->addButton(ExportDialog::tr("&Open"), QMessageBox::AcceptRole);
            QObject::connect(open, &QPushButton::clicked, box,
                             [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
        }
        box->addButton(QMessageBox::Close);
        box->open();
    });
    job->start(text, settings, path);
    return job;
}

/// Prints; "Print to File" goes to a scratch file first and then through the one safe write
/// path, so a failed print never damages a PDF already at the chosen path.
std::optional<Error> printThroughSafeWrite(QPrinter &printer,
                                           const std::function<void(QPrinter *)> &paint)
{
    const QString target = printer.outputFileName();
    if (printer.outputFormat() != QPrinter::PdfFormat || target.isEmpty()) {
        paint(&printer);
        return std::nullopt;
    }
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{ErrorCode::WriteFailed, target};
    const QString scratchPdf = scratch.filePath(QStringLiteral("print.pdf"));
    printer.setOutputFileName(scratchPdf);
    paint(&printer);
    printer.setOutputFileName(target);
    QFile printed(scratchPdf);
    if (!printed.open(QIODevice::ReadOnly))
        return Error{ErrorCode::WriteFailed, target};
    const Result<QStringList> written = writeFileSafely(target, printed.readAll());
    if (!written)
        return written.error();
    return std::nullopt;
}

Result<AlignedPairs> printedPairs(const AlignedText &text, ChineseScript shownScript,
                                  const ConversionFor &conversionFor)
{
    PairOptions options = ExportSettings::load().pairs;
    options.script = shownScript;
    options.conversion = conversionFor(shownScript);
    return pairsFor(text, options);
}

void printAlignedText(QWidget *parent, const AlignedText &text, bool preview,
                      ChineseScript shownScript, const ConversionFor &conversionFor)
{
    const ExportSettings settings = ExportSettings::load();
    const Result<AlignedPairs> pairs = printedPairs(text, shownScript, conversionFor);
    if (!pairs) {
        QMessageBox::warning(parent, ExportDialog::tr("Print"), errorText(pairs.error()));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PdfRenderer::pageLayout(settings.pdf));
    printer.setDocName(pairs->title());
    std::optional<Error> error;
    // The printer's own page layout (as chosen in the dialog) is used by the renderer.
    auto paint = [&](QPrinter *device) {
        const Result<int> pages = PdfRenderer::render(*pairs, settings.pdf, device);
        if (!pages)
            error = pages.error();
    };
    if (preview) {
        QPrintPreviewDialog dialog(&printer, parent);
        QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
        dialog.exec();
    } else {
        QPrintDialog dialog(&printer, parent);
        if (dialog.exec() == QDialog::Accepted)
            error = printThroughSafeWrite(printer, paint);
    }
    if (error)
        QMessageBox::warning(parent, ExportDialog::tr("Print"), errorText(*error));
}

} // namespace duizhao
