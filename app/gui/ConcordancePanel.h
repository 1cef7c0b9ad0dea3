#pragma once

#include "core/concordance/Concordance.h"

#include <QDockWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace duizhao {

class ScriptConverter;

/// A dock listing every pair that contains a query, hits highlighted; clicking a pair emits
/// pairActivated(bead) for the reader to jump to; the hits export to TSV.
class ConcordancePanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ConcordancePanel(QWidget *parent = nullptr);

    /// The pairs to search (built by the reader once per document and alignment).
    void setConcordance(std::shared_ptr<const Concordance> concordance);
    void setQuery(const QString &query); ///< Fills the field and searches.
    /// The OpenCC conversion the reader shows the Chinese with ("tw2s", "s2twp"; empty: the
    /// original): the hits are listed, highlighted and exported in that script.
    void setConversion(const QString &conversion);
    /// The hits as listed: their Chinese in the script on screen.
    const QList<ConcordanceHit> &hits() const { return m_hits; }
    /// Writes the current hits as listed; on failure returns the user-facing reason.
    QString exportTsv(const QString &path);

    /// One hit as HTML, its hits highlighted (used by the panel and its tests).
    static QString hitHtml(const ConcordanceHit &hit);

signals:
    void pairActivated(int bead);

private:
    void search();
    void chooseExportFile();

    std::shared_ptr<const Concordance> m_concordance;
    QString m_conversion;
    std::shared_ptr<ScriptConverter> m_converter; ///< Null: the original script.
    QList<ConcordanceHit> m_hits;
    QLineEdit *m_query = nullptr;
    QLabel *m_count = nullptr;
    QTextBrowser *m_results = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace duizhao
