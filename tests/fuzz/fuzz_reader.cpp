// Bytes as a text file: decoding (encoding detection, BOMs, binary sniffing) and then layout
// detection, language split, metadata and segmentation of what decodes.

#include "core/io/TextDecoder.h"
#include "core/parse/DocumentReader.h"

#include <cstddef>
#include <cstdint>

using namespace duizhao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Result<DecodedText> decoded = decodeText(bytes);
    if (!decoded)
        return 0;
    SourceText source;
    source.encoding = decoded->encoding;
    source.hadByteOrderMark = decoded->hadByteOrderMark;
    source.text = std::move(decoded->text);
    const Result<Document> document = parseDocument({source});
    if (document) {
        // Every sentence is a range into its side's text.
        for (Language language : {Language::Chinese, Language::English})
            document->sentenceTexts(language);
    }
    return 0;
}
