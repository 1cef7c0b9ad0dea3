#include "core/pdf/PdfOutline.h"

#include <QRegularExpression>

#include <optional>

namespace duizhao {

namespace {

/// The dictionary of object @p number ("N 0 obj << … >> endobj"), without its delimiters.
std::optional<QByteArray> objectDictionary(const QByteArray &pdf, int number)
{
    const QRegularExpression header(QStringLiteral("(?<![0-9])%1 0 obj\\s*<<").arg(number));
    const QString text = QString::fromLatin1(pdf);
    const QRegularExpressionMatch found = header.match(text);
    if (!found.hasMatch())
        return std::nullopt;
    const qsizetype start = found.capturedEnd();
    const qsizetype end = pdf.indexOf("endobj", start);
    const qsizetype close = end < 0 ? -1 : pdf.lastIndexOf(">>", end);
    if (close < start)
        return std::nullopt;
    return pdf.mid(start, close - start);
}

std::optional<int> reference(const QByteArray &dictionary, const char *key)
{
    const QRegularExpression pattern(
        QStringLiteral("/%1\\s+([0-9]+)\\s+0\\s+R").arg(QLatin1String(key)));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(dictionary));
    return match.hasMatch() ? std::optional<int>(match.captured(1).toInt()) : std::nullopt;
}

/// A PDF text string in UTF-16BE with its byte order mark, as hex: any script survives.
QByteArray textString(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return '<' + bytes.toHex() + '>';
}

/// The trailer's /ID, which an update's trailer repeats.
QByteArray identifiers(const QByteArray &trailer)
{
    const QRegularExpressionMatch id = QRegularExpression(QStringLiteral("/ID\\s*\\[[^\\]]*\\]"))
                                           .match(QString::fromLatin1(trailer));
    return id.hasMatch() ? id.captured().toLatin1() + '\n' : QByteArray();
}

} // namespace

QByteArray addPdfOutline(const QByteArray &pdf, const QList<PdfOutlineEntry> &entries,
                         double pageHeightPoints)
{
    if (entries.isEmpty())
        return pdf;
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startXrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startXrefAt < trailerAt)
        return pdf;
    const QByteArray trailer = pdf.mid(trailerAt, startXrefAt - trailerAt);
    const QByteArray previousXref =
        pdf.mid(startXrefAt + 9).trimmed().split('\n').value(0).trimmed();
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("/Size\\s+([0-9]+)")).match(QString::fromLatin1(trailer));
    const std::optional<int> root = reference(trailer, "Root");
    if (!size.hasMatch() || !root || previousXref.isEmpty())
        return pdf;
    const std::optional<QByteArray> catalog = objectDictionary(pdf, *root);
    const std::optional<int> pageTree = catalog ? reference(*catalog, "Pages") : std::nullopt;
    const std::optional<QByteArray> pages =
        pageTree ? objectDictionary(pdf, *pageTree) : std::nullopt;
    if (!pages || catalog->contains("/Outlines"))
        return pdf;
    const QRegularExpressionMatch kids =
        QRegularExpression(QStringLiteral("/Kids\\s*\\[([^\\]]*)\\]"))
            .match(QString::fromLatin1(*pages));
    QList<int> pageObjects;
    auto references =
        QRegularExpression(QStringLiteral("([0-9]+)\\s+0\\s+R")).globalMatch(kids.captured(1));
    while (references.hasNext())
        pageObjects.append(references.next().captured(1).toInt());

    const int outlines = size.captured(1).toInt(); // New objects are numbered from /Size on.
    const int first = outlines + 1;
    const int count = int(entries.size());
    QByteArray update = "\n";
    QList<QPair<int, qsizetype>> offsets;
    const auto addObject = [&](int number, const QByteArray &dictionary) {
        offsets.append({number, pdf.size() + update.size()});
        update += QByteArray::number(number) + " 0 obj\n<<" + dictionary + ">>\nendobj\n";
    };
    addObject(*root, *catalog + "/Outlines " + QByteArray::number(outlines) +
                         " 0 R\n/PageMode /UseOutlines\n");
    addObject(outlines, "\n/Type /Outlines\n/First " + QByteArray::number(first) + " 0 R\n/Last " +
                            QByteArray::number(first + count - 1) + " 0 R\n/Count " +
                            QByteArray::number(count) + "\n");
    for (int i = 0; i < count; ++i) {
        const PdfOutlineEntry &entry = entries.at(i);
        if (entry.page < 0 || entry.page >= pageObjects.size())
            return pdf;
        QByteArray item = "\n/Title " + textString(entry.title) + "\n/Parent " +
                          QByteArray::number(outlines) + " 0 R\n";
        if (i > 0)
            item += "/Prev " + QByteArray::number(first + i - 1) + " 0 R\n";
        if (i + 1 < count)
            item += "/Next " + QByteArray::number(first + i + 1) + " 0 R\n";
        item += "/Dest [" + QByteArray::number(pageObjects.at(entry.page)) + " 0 R /XYZ null " +
                QByteArray::number(pageHeightPoints - entry.topPoints, 'f', 1) + " null]\n";
        addObject(first + i, item);
    }

    const qsizetype xrefAt = pdf.size() + update.size();
    update += "xref\n";
    for (const auto &[number, offset] : offsets)
        update += QByteArray::number(number) + " 1\n" +
                  QByteArray::number(offset).rightJustified(10, '0') + " 00000 n\r\n";
    const std::optional<int> info = reference(trailer, "Info");
    update += "trailer\n<<\n/Size " + QByteArray::number(first + count) + "\n/Root " +
              QByteArray::number(*root) + " 0 R\n" +
              (info ? "/Info " + QByteArray::number(*info) + " 0 R\n" : QByteArray()) +
              identifiers(trailer) + "/Prev " + previousXref + "\n>>\nstartxref\n" +
              QByteArray::number(xrefAt) + "\n%%EOF\n";
    return pdf + update;
}

} // namespace duizhao
