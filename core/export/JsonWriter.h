#pragma once

#include "core/export/AlignedPairs.h"

#include <QByteArray>
#include <QJsonObject>

namespace duizhao {

/// JSON: {"format": "duizhao-pairs", "version": 1, "title", "metadata", "script", "languages":
/// {"zh", "en"}, "pairs": [{"number", "zh", "en", "zhSentences", "enSentences", "confidence",
/// "status"}]}. Keys in English, texts as exported.
class JsonWriter
{
public:
    static QJsonObject toJson(const AlignedPairs &pairs);
    static QByteArray toBytes(const AlignedPairs &pairs);
    static Result<QStringList> write(const AlignedPairs &pairs, const QString &path);
};

} // namespace duizhao
