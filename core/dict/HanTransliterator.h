#pragma once

#include <QString>
#include <QStringView>

#include <memory>

namespace duizhao {

/// ICU's Han-Latin transliterator: the most common Mandarin reading of each character, with tone
/// marks ("行" → "xíng"). The dictionary's fallback for characters it does not list as words.
/// Wraps ICU; its headers stay in the .cpp. Not thread-safe: one per thread.
class HanTransliterator
{
public:
    HanTransliterator();
    ~HanTransliterator();
    HanTransliterator(const HanTransliterator &) = delete;
    HanTransliterator &operator=(const HanTransliterator &) = delete;

    bool isAvailable() const;
    /// Tone-marked pinyin of @p text, syllables separated by spaces; empty when unavailable.
    QString toPinyin(QStringView text) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace duizhao
