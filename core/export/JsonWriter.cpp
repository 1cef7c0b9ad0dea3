#include "core/export/JsonWriter.h"

#include "core/export/TmxWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace duizhao {

namespace {

QJsonArray indexArray(const QList<int> &indices)
{
    QJsonArray array;
    for (int index : indices)
        array.append(index);
    return array;
}

} // namespace

QJsonObject JsonWriter::toJson(const AlignedPairs &pairs)
{
    QJsonArray fields;
    for (const MetadataField &field : pairs.metadataFields)
        fields.append(QJsonObject{{QStringLiteral("key"), field.key},
                                  {QStringLiteral("value"), field.value}});
    QJsonArray array;
    for (const AlignedPair &pair : pairs.pairs)
        array.append(QJsonObject{{QStringLiteral("number"), pair.number},
                                 {QStringLiteral("zh"), pair.chinese},
                                 {QStringLiteral("en"), pair.english},
                                 {QStringLiteral("zhSentences"), indexArray(pair.chineseSentences)},
                                 {QStringLiteral("enSentences"), indexArray(pair.englishSentences)},
                                 {QStringLiteral("confidence"), pair.confidence},
                                 {QStringLiteral("status"), pairStatus(pair)}});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("duizhao-pairs")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), QJsonObject{{QStringLiteral("zh"), pairs.chineseTitle},
                                              {QStringLiteral("en"), pairs.englishTitle}}},
        {QStringLiteral("published"), pairs.published},
        {QStringLiteral("metadata"), fields},
        {QStringLiteral("script"), chineseScriptName(pairs.script)},
        {QStringLiteral("languages"), QJsonObject{{QStringLiteral("zh"), pairs.chineseLanguageTag},
                                                  {QStringLiteral("en"), QStringLiteral("en")}}},
        {QStringLiteral("pairs"), array}};
}

QByteArray JsonWriter::toBytes(const AlignedPairs &pairs)
{
    return QJsonDocument(toJson(pairs)).toJson(QJsonDocument::Indented);
}

Result<QStringList> JsonWriter::write(const AlignedPairs &pairs, const QString &path)
{
    return writeFileSafely(path, toBytes(pairs));
}

} // namespace duizhao
