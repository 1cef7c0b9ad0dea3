#include "core/text/WordBreaker.h"

#include <unicode/brkiter.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>

namespace duizhao {

struct WordBreaker::Private
{
    std::unique_ptr<icu::BreakIterator> iterator;
};

WordBreaker::WordBreaker(Language language)
    : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(language == Language::Chinese ? "zh_Hant" : "en_US");
    d->iterator.reset(icu::BreakIterator::createWordInstance(locale, status));
    if (U_FAILURE(status))
        d->iterator.reset();
}

WordBreaker::~WordBreaker() = default;

QList<WordToken> WordBreaker::split(QStringView text) const
{
    QList<WordToken> tokens;
    if (!d->iterator || text.isEmpty())
        return tokens;
    // Aliasing constructor: ICU reads the QString's UTF-16 in place.
    const icu::UnicodeString unicode(false, reinterpret_cast<const char16_t *>(text.utf16()),
                                     int32_t(text.size()));
    d->iterator->setText(unicode);
    int32_t start = d->iterator->first();
    for (int32_t end = d->iterator->next(); end != icu::BreakIterator::DONE;
         start = end, end = d->iterator->next()) {
        const bool isWord = d->iterator->getRuleStatus() != UBRK_WORD_NONE;
        tokens.append({{start, end - start}, isWord});
    }
    return tokens;
}

} // namespace duizhao
