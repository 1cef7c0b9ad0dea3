#include "core/import/OdtImporter.h"

#include "core/import/XmlReading.h"
#include "core/import/ZipArchive.h"

#include <QRegularExpression>

#include <algorithm>

namespace duizhao {

namespace {

const QString Format = QStringLiteral("ODT");

bool isSkipped(QStringView name)
{
    return name == u"note" || name == u"annotation" || name == u"tracked-changes" ||
           name == u"frame" || name == u"sequence-decls" || name == u"table-of-content";
}

} // namespace

Result<ImportedText> OdtImporter::read(const QByteArray &bytes) const
{
    Result<std::shared_ptr<ZipArchive>> opened = ZipArchive::open(bytes, Format);
    if (!opened)
        return opened.error();
    Result<QByteArray> content = (*opened)->read(QStringLiteral("content.xml"));
    if (!content)
        return content.error();

    TextBuilder builder;
    SafeXmlReader reader(*content);
    QString paragraph;
    bool heading = false;
    bool inBody = false;
    int paragraphDepth = 0;
    int skipDepth = 0;
    const auto endParagraph = [&] {
        builder.addParagraph(paragraph.trimmed(), heading);
        paragraph.clear();
        heading = false;
    };
    while (reader.next()) {
        const QStringView name = reader.name();
        if (reader.isStartElement()) {
            if (name == u"body")
                inBody = true;
            if (!inBody)
                continue;
            if (skipDepth > 0 || isSkipped(name)) {
                ++skipDepth;
                continue;
            }
            if (name == u"p" || name == u"h") {
                if (paragraphDepth++ > 0)
                    endParagraph();
                const QStringView style =
                    reader.attributes().value(QStringLiteral("text:style-name"));
                heading = name == u"h" || style == u"Title" || style.startsWith(u"Heading");
            } else if (name == u"s") {
                const int count = reader.attributes().value(QStringLiteral("text:c")).toInt();
                paragraph.append(QString(std::clamp(count, 1, 100), u' '));
            } else if (name == u"tab") {
                paragraph.append(u' ');
            } else if (name == u"line-break") {
                paragraph.append(u'\n');
            }
        } else if (reader.isEndElement()) {
            if (!inBody)
                continue;
            if (skipDepth > 0) {
                --skipDepth;
                continue;
            }
            if ((name == u"p" || name == u"h") && paragraphDepth > 0) {
                --paragraphDepth;
                endParagraph();
            }
        } else if (inBody && skipDepth == 0 && paragraphDepth > 0 && reader.isCharacters()) {
            // ODF collapses white space in text; text:s writes the spaces that count.
            static const QRegularExpression space(QStringLiteral("\\s+"));
            QString text = reader.text().toString();
            text.replace(space, QStringLiteral(" "));
            paragraph.append(text);
        }
    }
    if (auto error = reader.failure(Format))
        return *error;
    return builder.take(Format, QStringLiteral("UTF-8"));
}

} // namespace duizhao
