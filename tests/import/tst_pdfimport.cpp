#include "core/align/Aligner.h"
#include "core/import/Importer.h"
#include "core/parse/DocumentReader.h"
#include "core/pdfimport/PdfImporter.h"
#include "core/pdfimport/PdfLayout.h"

#include <QFile>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>

using namespace duizhao;

namespace {

QString samplePath()
{
    return QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt");
}

/// Writes paragraphs as a book page would: wrapped lines, a gap between paragraphs, a running
/// head on top of every page and the page number at the foot.
bool writePdf(const QString &path, const QStringList &paragraphs)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A5));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(11);
    const QRect page = painter.viewport();
    const double margin = 50;
    const double width = page.width() - 2 * margin;
    const double lineHeight = 16;
    double y = margin;
    int pageNumber = 1;
    const auto decorate = [&] {
        painter.setFont(font);
        painter.drawText(QPointF(margin, 25), QStringLiteral("Duizhao Test Review"));
        painter.drawText(QPointF(page.width() / 2.0, page.height() - 20),
                         QString::number(pageNumber));
    };
    decorate();
    for (const QString &paragraph : paragraphs) {
        QTextLayout layout(paragraph, font, &writer);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            if (y + lineHeight > page.height() - margin) {
                writer.newPage();
                ++pageNumber;
                decorate();
                y = margin;
            }
            line.setPosition(QPointF(0, 0));
            line.draw(&painter, QPointF(margin, y));
            y += lineHeight;
        }
        layout.endLayout();
        y += lineHeight; // The gap between paragraphs.
    }
    return true;
}

class PdfImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { registerPdfImporter(); }

    void layoutUndoesWrapsAndDropsRunningHeads()
    {
        const auto page = [](const QList<PdfLine> &lines) {
            return PdfPage{{400, 600}, lines};
        };
        const auto line = [](const char *text, double left, double top, double right = 350) {
            return PdfLine{QString::fromUtf8(text), QRectF(left, top, right - left, 12)};
        };
        const QList<PdfPage> pages = {
            page({line("Duizhao Test Review 1", 50, 20, 200),
                  line("The committee met on 23 Au-", 50, 100),
                  line("gust and reviewed the policy.", 50, 115, 200),
                  line("It stressed reform and", 70, 140), line("opening up.", 50, 155, 120),
                  line("A large-scale plan and large-", 50, 180),
                  line("scale work for the ⺠.", 50, 195, 120), line("1", 200, 570, 206)}),
            page({line("Duizhao Test Review 2", 50, 20, 200),
                  line("会议指出，西部⼤开发是", 50, 100), line("重大战略决策。", 50, 115, 150),
                  line("- 2 -", 190, 570, 210)})};
        const ImportedText text = pdfText(pages);
        QCOMPARE(text.text,
                 QStringLiteral("The committee met on 23 August and reviewed the policy.\n\n"
                                "It stressed reform and opening up.\n\n"
                                "A large-scale plan and large-scale work for the 民.\n\n"
                                "会议指出，西部大开发是重大战略决策。"));
    }

    void pdfOpensLikeTheTextFile()
    {
        QFile sample(samplePath());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QStringList lines;
        for (const QString &line : QString::fromUtf8(sample.readAll()).split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        const QString path = m_dir.filePath(QStringLiteral("seed.pdf"));
        QVERIFY(writePdf(path, lines));
        const Result<Document> pdf = readDocument({path});
        QVERIFY2(pdf, pdf ? "" : qPrintable(errorCodeName(pdf.error().code)));
        const Result<Document> text = readDocument({samplePath()});
        QVERIFY(text);
        QCOMPARE(pdf->sources.first().format, QStringLiteral("PDF"));
        QCOMPARE(pdf->metadata.title, text->metadata.title);
        QCOMPARE(pdf->metadata.published, text->metadata.published);
        QCOMPARE(pdf->metadata.editor, text->metadata.editor);
        QCOMPARE(pdf->sentenceTexts(Language::English), text->sentenceTexts(Language::English));
        QCOMPARE(pdf->sentenceTexts(Language::Chinese), text->sentenceTexts(Language::Chinese));
        QVERIFY(!pdf->sources.first().text.contains(QStringLiteral("Duizhao Test Review")));
    }

    void scannedPdfSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("scan.pdf"));
        {
            QPdfWriter writer(path);
            QPainter painter(&writer);
            QImage scan(400, 600, QImage::Format_RGB32);
            scan.fill(Qt::white);
            painter.drawImage(QPoint(0, 0), scan);
        }
        const Result<Document> document = readDocument({path});
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::NoTextLayer);
    }

    void damagedPdfIsMalformed()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage");
        file.close();
        const Result<Document> document = readDocument({path});
        QVERIFY(!document);
        QVERIFY(document.error().code == ErrorCode::MalformedFile ||
                document.error().code == ErrorCode::NoTextLayer);
    }
};

} // namespace

QTEST_MAIN(PdfImportTest)
#include "tst_pdfimport.moc"
