#include "core/text/ChineseFolder.h"

namespace duizhao {

ChineseFolder::ChineseFolder()
{
    if (Result<std::shared_ptr<ScriptConverter>> converter =
            ScriptConverter::create(ChineseScript::Simplified))
        m_converter = std::move(converter).value();
}

MappedConversion ChineseFolder::fold(const QString &text) const
{
    if (m_converter)
        return m_converter->convertMapped(text);
    MappedConversion identity{text, {}};
    identity.originalOffsets.reserve(text.size() + 1);
    for (qsizetype i = 0; i <= text.size(); ++i)
        identity.originalOffsets << i;
    return identity;
}

QList<TextRange> ChineseFolder::find(const MappedConversion &folded, const QString &foldedQuery)
{
    QList<TextRange> ranges;
    if (foldedQuery.isEmpty())
        return ranges;
    const QString &text = folded.text;
    const QList<qsizetype> &offsets = folded.originalOffsets;
    for (qsizetype at = text.indexOf(foldedQuery, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(foldedQuery, at + foldedQuery.size(), Qt::CaseInsensitive)) {
        const qsizetype start = offsets.at(at);
        ranges.append({start, offsets.at(at + foldedQuery.size()) - start});
    }
    return ranges;
}

} // namespace duizhao
