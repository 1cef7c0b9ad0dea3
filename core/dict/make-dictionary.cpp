// Build-time tool: converts CC-CEDICT text (cedict_ts.u8) into cedict.dict, the reading
// dictionary that Dictionary uses in place (core/dict/DictionaryFormat.h).
// Usage: duizhao-make-dictionary <cedict_ts.u8> <cedict.dict>

#include "core/dict/DictionaryFormat.h"
#include "core/lexicon/CedictTool.h"

int main(int argc, char *argv[])
{
    return duizhao::lexicon::runCedictTool(argc, argv, QStringLiteral("cedict.dict"),
                                           &duizhao::dict::buildDictionaryFile);
}
