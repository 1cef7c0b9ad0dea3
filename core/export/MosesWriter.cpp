#include "core/export/MosesWriter.h"

namespace duizhao {

namespace {

QByteArray lines(const AlignedPairs &pairs, bool chinese)
{
    QString text;
    for (const AlignedPair &pair : pairs.pairs) {
        if (!pair.isComplete())
            continue;
        text += chinese ? oneLineText(pair.chinese, Language::Chinese)
                        : oneLineText(pair.english, Language::English);
        text += u'\n';
    }
    return text.toUtf8();
}

} // namespace

MosesWriter::Files MosesWriter::filesFor(const QString &path)
{
    QString base = path;
    if (base.endsWith(QStringLiteral(".zh")) || base.endsWith(QStringLiteral(".en")))
        base.chop(3);
    return {base + QStringLiteral(".zh"), base + QStringLiteral(".en")};
}

QByteArray MosesWriter::chineseLines(const AlignedPairs &pairs)
{
    return lines(pairs, true);
}

QByteArray MosesWriter::englishLines(const AlignedPairs &pairs)
{
    return lines(pairs, false);
}

Result<QStringList> MosesWriter::write(const AlignedPairs &pairs, const QString &path)
{
    const Files files = filesFor(path);
    FileSetWriter writer;
    writer.add(files.chinesePath, chineseLines(pairs));
    writer.add(files.englishPath, englishLines(pairs));
    return writer.commit();
}

} // namespace duizhao
