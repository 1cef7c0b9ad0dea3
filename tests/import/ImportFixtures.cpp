#include "ImportFixtures.h"

#include <QTemporaryFile>

#include <zip.h>

namespace fixtures {

QByteArray zip(const QList<ZipEntry> &entries)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    const QByteArray path = file.fileName().toLocal8Bit();
    file.close();
    int error = 0;
    zip_t *archive = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return {};
    QList<QByteArray> kept; // libzip reads the buffers at zip_close().
    for (const ZipEntry &entry : entries) {
        kept.append(entry.bytes);
        zip_source_t *source = zip_source_buffer(archive, kept.last().constData(),
                                                 zip_uint64_t(kept.last().size()), 0);
        const zip_int64_t index =
            zip_file_add(archive, entry.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        zip_set_file_compression(archive, zip_uint64_t(index),
                                 entry.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 9);
    }
    if (zip_close(archive) != 0)
        return {};
    QFile written(file.fileName());
    if (!written.open(QIODevice::ReadOnly))
        return {};
    return written.readAll();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

namespace {

QByteArray xhtml(const QString &language, const Chapter &chapter, const QString &extraBody)
{
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(escaped(chapter.title));
    for (const QString &paragraph : chapter.paragraphs)
        body += QStringLiteral("<p>%1</p>\n").arg(escaped(paragraph));
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE html>\n"
                          "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                          "xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"%1\">\n"
                          "<head><title>%2</title><style>p { margin: 0 }</style></head>\n"
                          "<body>\n%3%4</body></html>\n")
        .arg(language, escaped(chapter.title), body, extraBody)
        .toUtf8();
}

} // namespace

QByteArray epub(const QString &language, const QList<Chapter> &chapters, bool ncx,
                const QString &extraXhtmlBody, const QString &title, const QString &author)
{
    QList<ZipEntry> entries;
    entries.append({QStringLiteral("mimetype"), "application/epub+zip", false});
    entries.append({QStringLiteral("META-INF/container.xml"),
                    "<?xml version=\"1.0\"?>\n<container version=\"1.0\" "
                    "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles>"
                    "<rootfile full-path=\"OEBPS/content.opf\" "
                    "media-type=\"application/oebps-package+xml\"/></rootfiles></container>"});
    QString manifest, spine, nav, points;
    // The manifest lists the chapters backwards: the spine decides the reading order.
    for (qsizetype i = chapters.size() - 1; i >= 0; --i)
        manifest += QStringLiteral("<item id=\"c%1\" href=\"text/ch%1.xhtml\" "
                                   "media-type=\"application/xhtml+xml\"/>")
                        .arg(i);
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        spine += QStringLiteral("<itemref idref=\"c%1\"/>").arg(i);
        nav += QStringLiteral("<li><a href=\"text/ch%1.xhtml\">%2</a></li>")
                   .arg(i)
                   .arg(escaped(chapters.at(i).title));
        points += QStringLiteral("<navPoint id=\"n%1\"><navLabel><text>%2</text></navLabel>"
                                 "<content src=\"text/ch%1.xhtml\"/></navPoint>")
                      .arg(i)
                      .arg(escaped(chapters.at(i).title));
        entries.append({QStringLiteral("OEBPS/text/ch%1.xhtml").arg(i),
                        xhtml(language, chapters.at(i), extraXhtmlBody)});
    }
    if (ncx) {
        entries.append({QStringLiteral("OEBPS/toc.ncx"),
                        QStringLiteral("<?xml version=\"1.0\"?><ncx "
                                       "xmlns=\"http://www.daisy.org/z3986/2005/ncx/\"><navMap>%1"
                                       "</navMap></ncx>")
                            .arg(points)
                            .toUtf8()});
        manifest += QStringLiteral(
            "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>");
    } else {
        entries.append({QStringLiteral("OEBPS/nav.xhtml"),
                        QStringLiteral("<?xml version=\"1.0\"?><html "
                                       "xmlns=\"http://www.w3.org/1999/xhtml\" "
                                       "xmlns:epub=\"http://www.idpf.org/2007/ops\"><body>"
                                       "<nav epub:type=\"toc\"><ol>%1</ol></nav></body></html>")
                            .arg(nav)
                            .toUtf8()});
        manifest += QStringLiteral("<item id=\"nav\" href=\"nav.xhtml\" "
                                   "media-type=\"application/xhtml+xml\" properties=\"nav\"/>");
    }
    QString metadata;
    if (!title.isEmpty())
        metadata += QStringLiteral("<dc:title>%1</dc:title>").arg(escaped(title));
    if (!author.isEmpty())
        metadata += QStringLiteral("<dc:creator>%1</dc:creator>").arg(escaped(author));
    entries.append(
        {QStringLiteral("OEBPS/content.opf"),
         QStringLiteral("<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" "
                        "version=\"3.0\"><metadata "
                        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">%4</metadata>"
                        "<manifest>%1</manifest><spine%2>%3</spine></package>")
             .arg(manifest, ncx ? QStringLiteral(" toc=\"ncx\"") : QString(), spine, metadata)
             .toUtf8()});
    return zip(entries);
}

QByteArray docx(const QStringList &paragraphs, const QList<QPair<QString, QString>> &tableRows)
{
    QString body;
    for (const QString &paragraph : paragraphs) {
        const bool heading = paragraph.startsWith(u'#');
        body +=
            QStringLiteral("<w:p>%1<w:r><w:t xml:space=\"preserve\">%2</w:t></w:r></w:p>")
                .arg(heading ? QStringLiteral("<w:pPr><w:pStyle w:val=\"1\"/></w:pPr>") : QString(),
                     escaped(heading ? paragraph.mid(1) : paragraph));
    }
    if (!tableRows.isEmpty()) {
        body += QStringLiteral("<w:tbl>");
        for (const auto &row : tableRows)
            body += QStringLiteral("<w:tr><w:tc><w:p><w:r><w:t>%1</w:t></w:r></w:p></w:tc>"
                                   "<w:tc><w:p><w:r><w:t>%2</w:t></w:r></w:p></w:tc></w:tr>")
                        .arg(escaped(row.first), escaped(row.second));
        body += QStringLiteral("</w:tbl>");
    }
    const QString ns =
        QStringLiteral("xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"");
    return zip({{QStringLiteral("[Content_Types].xml"), "<?xml version=\"1.0\"?><Types/>"},
                {QStringLiteral("word/styles.xml"),
                 QStringLiteral("<?xml version=\"1.0\"?><w:styles %1><w:style w:type=\"paragraph\" "
                                "w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>"
                                "</w:styles>")
                     .arg(ns)
                     .toUtf8()},
                {QStringLiteral("word/footnotes.xml"),
                 QStringLiteral("<?xml version=\"1.0\"?><w:footnotes %1><w:footnote w:id=\"1\">"
                                "<w:p><w:r><w:t>FOOTNOTE TEXT</w:t></w:r></w:p></w:footnote>"
                                "</w:footnotes>")
                     .arg(ns)
                     .toUtf8()},
                {QStringLiteral("word/document.xml"),
                 QStringLiteral("<?xml version=\"1.0\"?><w:document %1><w:body>%2</w:body>"
                                "</w:document>")
                     .arg(ns, body)
                     .toUtf8()}});
}

QByteArray odt(const QStringList &paragraphs, const QList<QPair<QString, QString>> &tableRows)
{
    QString body;
    for (const QString &paragraph : paragraphs) {
        if (paragraph.startsWith(u'#'))
            body += QStringLiteral("<text:h text:outline-level=\"1\">%1</text:h>")
                        .arg(escaped(paragraph.mid(1)));
        else
            body += QStringLiteral("<text:p>%1</text:p>").arg(escaped(paragraph));
    }
    if (!tableRows.isEmpty()) {
        body += QStringLiteral("<table:table>");
        for (const auto &row : tableRows)
            body += QStringLiteral("<table:table-row><table:table-cell><text:p>%1</text:p>"
                                   "</table:table-cell><table:table-cell><text:p>%2</text:p>"
                                   "</table:table-cell></table:table-row>")
                        .arg(escaped(row.first), escaped(row.second));
        body += QStringLiteral("</table:table>");
    }
    return zip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", false},
                {QStringLiteral("content.xml"),
                 QStringLiteral(
                     "<?xml version=\"1.0\"?><office:document-content "
                     "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                     "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                     "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body>"
                     "<office:text>%1</office:text></office:body></office:document-content>")
                     .arg(body)
                     .toUtf8()}});
}

QString htmlPage(const QStringList &paragraphs, const QString &charset)
{
    QString article;
    for (const QString &paragraph : paragraphs)
        article += QStringLiteral("<p>%1</p>\n").arg(escaped(paragraph));
    return QStringLiteral(
               "<!DOCTYPE html>\n<html><head><meta charset=\"%1\"><title>Page</title>\n"
               "<script>var navigation = \"這是腳本 script text\";</script>\n"
               "<style>body { color: black }</style></head>\n<body>\n"
               "<header class=\"site-header\"><a href=\"/\">新華網首頁</a></header>\n"
               "<nav><ul><li><a href=\"/a\">要聞</a></li><li><a href=\"/b\">World news</a></li>"
               "</ul></nav>\n"
               "<div class=\"sidebar\"><p>熱門文章 Most read</p></div>\n"
               "<article>\n%2</article>\n"
               "<div><a href=\"/1\">相關新聞一</a> <a href=\"/2\">相關新聞二</a></div>\n"
               "<footer><p>版權所有 Copyright 2024</p></footer>\n"
               "<script>document.write(\"廣告 advertisement\")</script>\n"
               "</body></html>\n")
        .arg(charset, article);
}

Chapter bookChapter(int k, bool chinese, int sentences)
{
    static const QStringList chineseNumbers = {
        QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四"),
        QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七"), QStringLiteral("八"),
        QStringLiteral("九"), QStringLiteral("十")};
    Chapter chapter;
    chapter.title = chinese ? QStringLiteral("第%1章").arg(chineseNumbers.at(k - 1))
                            : QStringLiteral("Chapter %1").arg(k);
    for (int s = 1; s <= sentences; ++s) {
        const int year = 1800 + k * 30 + s;
        const int count = 2 + k * 11 + s * 3;
        chapter.paragraphs.append(
            chinese ? QStringLiteral("%1年，老师在学校里读了%2本书。").arg(year).arg(count)
                    : QStringLiteral("In %1, the teacher read %2 books at the school.")
                          .arg(year)
                          .arg(count));
    }
    return chapter;
}

} // namespace fixtures
