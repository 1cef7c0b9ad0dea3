// Build-time tool: converts CC-CEDICT text (cedict_ts.u8) into the cedict.lex image that
// the app uses where it lies, so that it never parses or stems the dictionary at run time.
// Usage: duizhao-make-lexicon <cedict_ts.u8> <cedict.lex>

#include "core/lexicon/CedictTool.h"
#include "core/lexicon/LexiconImage.h"
#include "core/lexicon/LexiconTables.h"

int main(int argc, char *argv[])
{
    using namespace duizhao::lexicon;
    return runCedictTool(argc, argv, QStringLiteral("cedict.lex"),
                         [](const QString &text, QString *summary) {
                             const LexiconTables tables = buildFromCedict(text);
                             if (tables.headwords.size() == 0)
                                 return QByteArray();
                             *summary = QStringLiteral("%1 headwords, %2 English stems, "
                                                       "%3 syllables")
                                            .arg(tables.headwords.size())
                                            .arg(tables.english.size())
                                            .arg(tables.syllables.size());
                             return serialize(tables);
                         });
}
