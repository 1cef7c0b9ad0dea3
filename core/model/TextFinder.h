#pragma once

#include "core/model/AlignedText.h"
#include "core/text/ChineseFolder.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duizhao {

/// Finds text in both sides of an aligned text: Chinese in either script, English and Latin
/// text in any case. Building it folds every Chinese sentence (0.55 s for 5,000 on a busy
/// 2-core machine), so a long text builds it on a worker and hands it over; finding is then a
/// scan. Like ChineseFolder, used by one thread at a time.
class TextFinder
{
public:
    explicit TextFinder(const AlignedText &text);

    /// Follows an edit: folds again only the Chinese sentences whose text changed.
    void update(const AlignedText &text);
    /// Hits of @p query in @p text (the text it was built or updated for), in bead order so
    /// that Next walks down the document through both languages. Offsets are into the
    /// sentences as written.
    QList<TextHit> find(const AlignedText &text, const QString &query) const;

private:
    ChineseFolder m_folder;
    QStringList m_chinese;            ///< As written: what update() compares with.
    QList<MappedConversion> m_folded; ///< By Chinese sentence index.
};

} // namespace duizhao
