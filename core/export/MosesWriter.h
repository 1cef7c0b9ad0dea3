#pragma once

#include "core/export/AlignedPairs.h"

#include <QByteArray>

namespace duizhao {

/// Moses/OPUS line-aligned corpus: two UTF-8 files, line i of one translating line i of the
/// other. Output "OUT" gives OUT.zh and OUT.en; "OUT.zh" or "OUT.en" gives the same pair. Only
/// pairs with both sides are written (empty lines spoil training data).
class MosesWriter
{
public:
    struct Files
    {
        QString chinesePath;
        QString englishPath;
    };
    static Files filesFor(const QString &path);
    static QByteArray chineseLines(const AlignedPairs &pairs);
    static QByteArray englishLines(const AlignedPairs &pairs);
    /// Both files or neither (FileSetWriter): the old pair stays as it was unless both are written.
    static Result<QStringList> write(const AlignedPairs &pairs, const QString &path);
};

} // namespace duizhao
