#pragma once

#include "core/export/AlignedPairs.h"

#include <QByteArray>

namespace duizhao {

/// TMX 1.4b: a complete header (segtype "sentence", srclang the exported Chinese's BCP 47 tag),
/// one <tu> per pair with its confidence and status as <prop>s. A one-sided pair has a single
/// <tuv> (TMX allows one or more); an English-only one says srclang="en" on its <tu>.
class TmxWriter
{
public:
    static QByteArray toXml(const AlignedPairs &pairs);
    static Result<QStringList> write(const AlignedPairs &pairs, const QString &path);
};

/// "matched", "unmatched" or "title": the status prop of TMX and the JSON "status".
QString pairStatus(const AlignedPair &pair);

} // namespace duizhao
