// Arbitrary text through the number anchors (public API only), as Chinese and as English.

#include "core/align/NumberAnchors.h"

#include <cstddef>
#include <cstdint>

using namespace duizhao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (Language language : {Language::Chinese, Language::English}) {
        for (const Anchor &anchor : numberAnchors(text, language)) {
            anchor.numberValue();
            anchor.key();
        }
    }
    return 0;
}
