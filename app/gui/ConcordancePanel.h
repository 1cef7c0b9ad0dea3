#pragma once

#include "core/concordance/Concordance.h"

#include <QDockWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace duizhao {

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
    const QList<ConcordanceHit> &hits() const { return m_hits; }
    /// Writes the current hits; on failure returns the user-facing reason.
    QString exportTsv(const QString &path);

    /// One hit as HTML, its hits highlighted (used by the panel and its tests).
    static QString hitHtml(const ConcordanceHit &hit);

signals:
    void pairActivated(int bead);

private:
    void search();
    void chooseExportFile();

    std::shared_ptr<const Concordance> m_concordance;
    QList<ConcordanceHit> m_hits;
    QLineEdit *m_query = nullptr;
    QLabel *m_count = nullptr;
    QTextBrowser *m_results = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace duizhao
