#pragma once

#include "core/model/Document.h"
#include "core/text/ScriptConverter.h"

#include <QList>
#include <QString>

#include <memory>

namespace duizhao {

/// Chinese folded for finding: Traditional and Simplified alike (OpenCC to Simplified), with
/// offsets back to the text as written, so a hit highlights what the reader sees. Without
/// OpenCC it folds nothing. Like ScriptConverter, one per thread.
class ChineseFolder
{
public:
    ChineseFolder();

    MappedConversion fold(const QString &text) const;
    /// Where @p foldedQuery occurs in @p folded, ignoring case (for Latin text within Chinese),
    /// as ranges of the text as written.
    static QList<TextRange> find(const MappedConversion &folded, const QString &foldedQuery);

private:
    std::shared_ptr<ScriptConverter> m_converter; ///< Null without OpenCC.
};

} // namespace duizhao
