#pragma once

// The development sets in ../shared/eval, read where they lie (never copied into the project).

#include "core/parse/DocumentReader.h"

#include <QDir>
#include <QStringList>

namespace duizhao::testing {

/// The documents of a set, by name (NNN), in order.
inline QStringList evaluationDocuments(const QDir &set)
{
    QStringList names;
    const QDir goldDir(set.filePath(QStringLiteral("gold")));
    for (const QString &goldName :
         goldDir.entryList({QStringLiteral("*.align")}, QDir::Files, QDir::Name))
        names.append(goldName.chopped(6));
    return names;
}

/// One document of a set, one sentence per line; @p chineseDir is zh or zh_hant.
inline Result<Document> readEvaluationDocument(const QDir &set, const QString &chineseDir,
                                               const QString &name)
{
    ReadOptions options;
    options.presplit = true;
    return readDocument(
        {set.filePath(chineseDir + u'/' + name), set.filePath(QStringLiteral("en/") + name)},
        options);
}

} // namespace duizhao::testing
