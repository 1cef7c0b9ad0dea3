#include "app/gui/ConcordancePanel.h"

#include "app/common/ErrorText.h"
#include "app/gui/FileDialog.h"
#include "core/text/ScriptConverter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace duizhao {

namespace {

QString highlighted(const QString &text, const QList<TextRange> &ranges)
{
    QString html;
    qsizetype at = 0;
    for (const TextRange &range : ranges) {
        html += text.mid(at, range.start - at).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background:#ffe066\">") +
                text.mid(range.start, range.length).toHtmlEscaped() + QStringLiteral("</span>");
        at = range.end();
    }
    return html + text.mid(at).toHtmlEscaped();
}

} // namespace

ConcordancePanel::ConcordancePanel(QWidget *parent)
    : QDockWidget(tr("Concordance"), parent)
{
    setObjectName(QStringLiteral("concordancePanel"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *row = new QHBoxLayout;
    m_query = new QLineEdit(content);
    m_query->setObjectName(QStringLiteral("query"));
    m_query->setPlaceholderText(tr("Chinese or English word"));
    m_query->setClearButtonEnabled(true);
    row->addWidget(m_query, 1);
    m_export = new QPushButton(tr("Export TSV…"), content);
    m_export->setObjectName(QStringLiteral("exportTsv"));
    m_export->setEnabled(false);
    row->addWidget(m_export);
    layout->addLayout(row);
    m_count = new QLabel(content);
    m_count->setObjectName(QStringLiteral("count"));
    layout->addWidget(m_count);
    m_results = new QTextBrowser(content);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setOpenLinks(false);
    layout->addWidget(m_results, 1);
    setWidget(content);

    connect(m_query, &QLineEdit::returnPressed, this, &ConcordancePanel::search);
    connect(m_export, &QPushButton::clicked, this, &ConcordancePanel::chooseExportFile);
    connect(m_results, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        bool isNumber = false;
        const int bead = url.fragment().toInt(&isNumber);
        if (url.scheme() == QLatin1String("pair") || isNumber)
            emit pairActivated(bead);
    });
}

void ConcordancePanel::setConcordance(std::shared_ptr<const Concordance> concordance)
{
    m_concordance = std::move(concordance);
    search();
}

void ConcordancePanel::setQuery(const QString &query)
{
    m_query->setText(query);
    search();
}

void ConcordancePanel::setConversion(const QString &conversion)
{
    if (conversion == m_conversion)
        return;
    m_conversion = conversion;
    m_converter = nullptr;
    if (!conversion.isEmpty()) {
        // Without the conversion (no OpenCC data) the hits stay as written.
        if (Result<std::shared_ptr<ScriptConverter>> created = ScriptConverter::create(conversion))
            m_converter = std::move(created).value();
    }
    search();
}

QString ConcordancePanel::hitHtml(const ConcordanceHit &hit)
{
    return QStringLiteral("<p><a href=\"pair:#%1\">%2</a><br>%3<br>"
                          "<span style=\"color:#555555\">%4</span></p>")
        .arg(QString::number(hit.bead), tr("Pair %1").arg(hit.bead + 1),
             highlighted(hit.chinese, hit.chineseHits), highlighted(hit.english, hit.englishHits));
}

void ConcordancePanel::search()
{
    m_hits = m_concordance ? m_concordance->search(m_query->text()) : QList<ConcordanceHit>{};
    if (m_converter)
        for (ConcordanceHit &hit : m_hits)
            hit = convertedHit(hit, *m_converter);
    QString html;
    for (const ConcordanceHit &hit : m_hits)
        html += hitHtml(hit);
    m_results->setHtml(html);
    m_export->setEnabled(!m_hits.isEmpty());
    m_count->setText(m_query->text().trimmed().isEmpty()
                         ? QString()
                         : tr("%n pair(s) contain the query", nullptr, int(m_hits.size())));
}

QString ConcordancePanel::exportTsv(const QString &path)
{
    const Result<QStringList> written = Concordance::exportTsv(path, m_hits);
    return written ? QString() : errorText(written.error());
}

void ConcordancePanel::chooseExportFile()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export Concordance"), QString(),
                                                     tr("Tab-separated values (*.tsv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = exportTsv(path); !problem.isEmpty())
        QMessageBox::warning(this, tr("Export Concordance"), problem);
}

} // namespace duizhao
