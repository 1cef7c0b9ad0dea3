#include "core/dict/HanTransliterator.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace duizhao {

struct HanTransliterator::Private
{
    std::unique_ptr<icu::Transliterator> transliterator;
};

HanTransliterator::HanTransliterator()
    : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->transliterator.reset(
        icu::Transliterator::createInstance("Han-Latin", UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        d->transliterator.reset();
}

HanTransliterator::~HanTransliterator() = default;

bool HanTransliterator::isAvailable() const
{
    return d->transliterator != nullptr;
}

QString HanTransliterator::toPinyin(QStringView text) const
{
    if (!d->transliterator)
        return {};
    icu::UnicodeString unicode(reinterpret_cast<const char16_t *>(text.utf16()),
                               int32_t(text.size()));
    d->transliterator->transliterate(unicode);
    return QString(reinterpret_cast<const QChar *>(unicode.getBuffer()), unicode.length())
        .trimmed();
}

} // namespace duizhao
