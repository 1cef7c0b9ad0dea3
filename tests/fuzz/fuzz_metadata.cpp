// A paragraph of arbitrary text through the metadata extractor: labelled fields, date lines and
// publication times.

#include "core/parse/MetadataExtractor.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace duizhao;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString paragraph =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<MetadataSpan> span = findMetadata(paragraph)) {
        Metadata metadata;
        addMetadataFields(metadata, span->fields);
    }
    isDateLine(paragraph);
    parsePublicationTime(paragraph);
    return 0;
}
