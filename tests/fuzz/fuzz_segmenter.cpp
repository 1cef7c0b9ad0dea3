// A paragraph of arbitrary text through both sentence segmenters: sentences must lie inside it,
// in order, without overlap.

#include "core/text/Segmenter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace duizhao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Segmenter chinese(Language::Chinese);
    static const Segmenter english(Language::English);
    const QString paragraph =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Segmenter *segmenter : {&chinese, &english}) {
        qsizetype end = 0;
        for (const Sentence &sentence : segmenter->split(paragraph)) {
            if (sentence.range.start < end || sentence.range.length < 0 ||
                sentence.range.start + sentence.range.length > paragraph.size())
                std::abort();
            end = sentence.range.start + sentence.range.length;
        }
    }
    return 0;
}
