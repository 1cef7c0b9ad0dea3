#pragma once

#include "core/export/AlignedPairs.h"
#include "core/pdf/PdfRenderer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QWidget;

namespace duizhao {

class AlignedText;

enum class ExportFormat
{
    Pdf,
    Tmx,
    Tsv,
    Anki,
    Moses,
    Json,
    Html,
};

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

/// File → Export…: options dialog, then a file name, then the file. Errors are shown in a box.
void exportAlignedText(QWidget *parent, const AlignedText &text);
/// File → Print… (or Print Preview…) with the PDF renderer and the remembered options.
void printAlignedText(QWidget *parent, const AlignedText &text, bool preview);

} // namespace duizhao
