#pragma once

#include "app/gui/AlignedText.h"
#include "app/gui/BackgroundTask.h"
#include "core/export/AlignedPairs.h"
#include "core/export/ExportFormats.h"
#include "core/pdf/PdfRenderer.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPrinter;
class QWidget;

namespace duizhao {

/// Everything File → Export… asks; remembered between sessions (QSettings group "export").
struct ExportSettings
{
    ExportFormat format = ExportFormat::Pdf;
    PairOptions pairs;
    PdfOptions pdf;

    static ExportSettings load();
    void save() const;
};

/// The format choice and its options. PDF-only options are disabled for the other formats.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(const ExportSettings &settings, QWidget *parent = nullptr);
    ExportSettings settings() const;

private:
    void updateEnabled();

    QComboBox *m_format = nullptr;
    QComboBox *m_script = nullptr;
    QCheckBox *m_includeUnmatched = nullptr;
    QComboBox *m_layout = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_orientation = nullptr;
    QDoubleSpinBox *m_margin = nullptr;
    QDoubleSpinBox *m_fontSize = nullptr;
    QCheckBox *m_pairNumbers = nullptr;
    QCheckBox *m_confidenceMarks = nullptr;
    QList<QWidget *> m_pdfOnly;
};

/// Writes one export off the UI thread. The job copies the text, so the window may open another
/// document meanwhile. Cancel works until the writing starts (writers replace the file in one
/// step, so nothing is left half written).
class ExportJob : public QObject
{
    Q_OBJECT

public:
    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    void start(const AlignedText &text, const ExportSettings &settings, const QString &path);
    void cancel();
    bool isRunning() const;
    /// After finished(): why it failed (ErrorCode::Cancelled when cancelled), or nothing.
    std::optional<Error> error() const;
    QString path() const { return m_path; }

signals:
    void finished();

private:
    /// The job's own thread, ended with the job: a thread that laid out text keeps font caches
    /// that must go while the application (and its font database) still exists.
    QThreadPool m_pool;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<BackgroundResult<std::optional<Error>>> m_result;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QString m_path;
};

/// The whole export, synchronously (the job's body; also for benchmarks).
std::optional<Error> writeExport(const AlignedText &text, const ExportSettings &settings,
                                 const QString &path, const std::function<bool()> &isCancelled);
/// Beside the source file, named after it, with the format's suffix.
QString suggestedExportPath(const AlignedText &text, ExportFormat format);

/// The OpenCC configuration the reader shows a script with (fitted to the original, with or
/// without phrase conversion: ReaderDocument::conversionFor); empty: none.
using ConversionFor = std::function<QString(ChineseScript)>;

/// File → Export…: options dialog (its script set to the one on screen), then a file name, then
/// the file, written by startExport, its Chinese converted as the reader would show it.
void exportAlignedText(QWidget *parent, const AlignedText &text, ChineseScript shownScript,
                       const ConversionFor &conversionFor);
/// Starts writing with a progress dialog (Cancel) and says where the file is when done, offering
/// to open it. The job deletes itself when finished.
ExportJob *startExport(QWidget *parent, const AlignedText &text, const ExportSettings &settings,
                       const QString &path);
/// Prints with @p paint; when the printer prints to a PDF file, the file is written through the
/// one safe write path (a scratch file first), so a failed print leaves an old file intact.
std::optional<Error> printThroughSafeWrite(QPrinter &printer,
                                           const std::function<void(QPrinter *)> &paint);
/// What File → Print… prints: the pairs with the Chinese as on screen.
Result<AlignedPairs> printedPairs(const AlignedText &text, ChineseScript shownScript,
                                  const ConversionFor &conversionFor);
/// File → Print… (or Print Preview…) with the PDF renderer and the remembered options, the
/// Chinese as on screen.
void printAlignedText(QWidget *parent, const AlignedText &text, bool preview,
                      ChineseScript shownScript, const ConversionFor &conversionFor);

} // namespace duizhao
