#include "core/import/DocxImporter.h"

#include "core/import/XmlReading.h"
#include "core/import/ZipArchive.h"

#include <QSet>

namespace duizhao {

namespace {

const QString Format = QStringLiteral("DOCX");

bool isHeadingStyleName(const QString &name)
{
    const QString lower = name.toLower();
    return lower.startsWith(QStringLiteral("heading")) || lower == u"title" ||
           lower.startsWith(QStringLiteral("标题")) || lower.startsWith(QStringLiteral("標題"));
}

/// The ids of paragraph styles that are headings: by name, by outline level, or based on one.
Result<QSet<QString>> headingStyles(ZipArchive &zip)
{
    QSet<QString> headings;
    if (!zip.contains(QStringLiteral("word/styles.xml")))
        return headings;
    Result<QByteArray> bytes = zip.read(QStringLiteral("word/styles.xml"));
    if (!bytes)
        return bytes.error();
    QHash<QString, QString> basedOn;
    SafeXmlReader reader(*bytes);
    QString styleId;
    while (reader.next()) {
        if (reader.isEndElement() && reader.name() == u"style") {
            styleId.clear();
            continue;
        }
        if (!reader.isStartElement())
            continue;
        const QString value = reader.attributes().value(QStringLiteral("w:val")).toString();
        if (reader.name() == u"style") {
            styleId = reader.attributes().value(QStringLiteral("w:styleId")).toString();
        } else if (styleId.isEmpty()) {
            continue;
        } else if (reader.name() == u"name" && isHeadingStyleName(value)) {
            headings.insert(styleId);
        } else if (reader.name() == u"outlineLvl" && value.toInt() < 9) {
            headings.insert(styleId);
        } else if (reader.name() == u"basedOn") {
            basedOn.insert(styleId, value);
        }
    }
    if (auto error = reader.failure(Format))
        return *error;
    // Styles based on a heading style are headings (a few levels suffice).
    for (int round = 0; round < 4; ++round) {
        for (auto it = basedOn.cbegin(); it != basedOn.cend(); ++it) {
            if (headings.contains(it.value()))
                headings.insert(it.key());
        }
    }
    return headings;
}

} // namespace

Result<ImportedText> DocxImporter::read(const QByteArray &bytes) const
{
    Result<std::shared_ptr<ZipArchive>> opened = ZipArchive::open(bytes, Format);
    if (!opened)
        return opened.error();
    ZipArchive &zip = **opened;
    Result<QSet<QString>> headings = headingStyles(zip);
    if (!headings)
        return headings.error();
    Result<QByteArray> document = zip.read(QStringLiteral("word/document.xml"));
    if (!document)
        return document.error();

    TextBuilder builder;
    SafeXmlReader reader(*document);
    QString paragraph;
    bool heading = false;
    bool inText = false;
    int paragraphDepth = 0;
    int skipDepth = 0; // Inside text that is not the body's: fallbacks, text boxes, deletions.
    while (reader.next()) {
        const QStringView name = reader.name();
        if (reader.isStartElement()) {
            if (skipDepth > 0 || name == u"Fallback" || name == u"txbxContent" || name == u"del") {
                ++skipDepth;
                continue;
            }
            if (name == u"p") {
                // A paragraph inside a paragraph (text boxes aside) ends the outer one.
                if (paragraphDepth++ > 0)
                    builder.addParagraph(collapseWhiteSpace(paragraph), heading);
                paragraph.clear();
                heading = false;
            } else if (name == u"pStyle") {
                heading =
                    heading || headings->contains(
                                   reader.attributes().value(QStringLiteral("w:val")).toString());
            } else if (name == u"outlineLvl") {
                heading = heading || reader.attributes().value(QStringLiteral("w:val")).toInt() < 9;
            } else if (name == u"t") {
                inText = true;
            } else if (name == u"tab") {
                paragraph.append(u' ');
            } else if (name == u"br" || name == u"cr") {
                paragraph.append(u'\u2028');
            }
        } else if (reader.isEndElement()) {
            if (skipDepth > 0) {
                --skipDepth;
                continue;
            }
            if (name == u"t") {
                inText = false;
            } else if (name == u"p" && paragraphDepth > 0) {
                --paragraphDepth;
                builder.addParagraph(collapseWhiteSpace(paragraph), heading);
                paragraph.clear();
                heading = false;
            }
        } else if (inText && skipDepth == 0 && reader.isCharacters()) {
            paragraph.append(reader.text());
        }
    }
    if (auto error = reader.failure(Format))
        return *error;
    return builder.take(Format, QStringLiteral("UTF-8"));
}

} // namespace duizhao
