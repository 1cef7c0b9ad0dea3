#include "core/export/TmxWriter.h"

#include <QDateTime>
#include <QXmlStreamWriter>

namespace duizhao {

QString pairStatus(const AlignedPair &pair)
{
    if (pair.unmatched)
        return QStringLiteral("unmatched");
    return pair.title ? QStringLiteral("title") : QStringLiteral("matched");
}

QByteArray TmxWriter::toXml(const AlignedPairs &pairs)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("tmx"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.4"));

    const QString creationDate =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    xml.writeStartElement(QStringLiteral("header"));
    xml.writeAttribute(QStringLiteral("creationtool"), QStringLiteral("Duizhao"));
    xml.writeAttribute(QStringLiteral("creationtoolversion"), QStringLiteral(DUIZHAO_VERSION));
    xml.writeAttribute(QStringLiteral("segtype"), QStringLiteral("sentence"));
    xml.writeAttribute(QStringLiteral("o-tmf"), QStringLiteral("Duizhao"));
    xml.writeAttribute(QStringLiteral("adminlang"), QStringLiteral("en"));
    xml.writeAttribute(QStringLiteral("srclang"), pairs.chineseLanguageTag);
    xml.writeAttribute(QStringLiteral("datatype"), QStringLiteral("plaintext"));
    xml.writeAttribute(QStringLiteral("creationdate"), creationDate);
    auto writeProp = [&xml](const QString &type, const QString &value) {
        xml.writeStartElement(QStringLiteral("prop"));
        xml.writeAttribute(QStringLiteral("type"), type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    if (!pairs.chineseTitle.isEmpty())
        writeProp(QStringLiteral("x-title-zh"), pairs.chineseTitle);
    if (!pairs.englishTitle.isEmpty())
        writeProp(QStringLiteral("x-title-en"), pairs.englishTitle);
    if (!pairs.published.isEmpty())
        writeProp(QStringLiteral("x-published"), pairs.published);
    writeProp(QStringLiteral("x-script"), chineseScriptName(pairs.script));
    xml.writeEndElement(); // header

    xml.writeStartElement(QStringLiteral("body"));
    for (const AlignedPair &pair : pairs.pairs) {
        xml.writeStartElement(QStringLiteral("tu"));
        xml.writeAttribute(QStringLiteral("tuid"), QString::number(pair.number));
        // A one-sided unit has no Chinese variant: name its only language as its source.
        if (pair.chinese.isEmpty())
            xml.writeAttribute(QStringLiteral("srclang"), QStringLiteral("en"));
        writeProp(QStringLiteral("x-confidence"), QString::number(pair.confidence, 'f', 3));
        writeProp(QStringLiteral("x-status"), pairStatus(pair));
        // A segment is one line: a paragraph break inside a bead becomes a space.
        auto writeVariant = [&xml](const QString &language, QString text) {
            if (text.isEmpty())
                return;
            text.replace(u'\n', u' ');
            xml.writeStartElement(QStringLiteral("tuv"));
            xml.writeAttribute(QStringLiteral("xml:lang"), language);
            xml.writeTextElement(QStringLiteral("seg"), text);
            xml.writeEndElement();
        };
        writeVariant(pairs.chineseLanguageTag, pair.chinese);
        writeVariant(QStringLiteral("en"), pair.english);
        xml.writeEndElement(); // tu
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // tmx
    xml.writeEndDocument();
    return bytes;
}

Result<QStringList> TmxWriter::write(const AlignedPairs &pairs, const QString &path)
{
    return writeFileSafely(path, toXml(pairs));
}

} // namespace duizhao
