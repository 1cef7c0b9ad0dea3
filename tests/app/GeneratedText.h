#pragma once

// Generated long documents for the reader's tests and benchmarks: one file, the Chinese block
// then the English block, one sentence per paragraph, so the aligner pairs them 1:1 and pair
// numbers are predictable.
#include <QFile>
#include <QString>
#include <QStringList>

namespace duizhao::testing {

/// Writes @p pairs pairs to @p path; false when the file cannot be written. With
/// @p untranslatedEvery, every so many Chinese sentences have no English one.
inline bool writeGeneratedPairs(const QString &path, int pairs, int untranslatedEvery = 0)
{
    QStringList chinese;
    QStringList english;
    for (int i = 0; i < pairs; ++i) {
        chinese.append(
            QStringLiteral("第%1段：西部地區的發展取得了新的進展，會議還研究了其他事項。").arg(i));
        if (untranslatedEvery > 0 && i % untranslatedEvery == untranslatedEvery - 1)
            continue;
        english.append(QStringLiteral("Paragraph %1: the western region made new progress in its "
                                      "development, and the meeting also studied other matters.")
                           .arg(i));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QString separator = QStringLiteral("\n\n");
    return file.write(
               (chinese.join(separator) + separator + english.join(separator) + u'\n').toUtf8()) >
           0;
}

} // namespace duizhao::testing
