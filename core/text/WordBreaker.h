#pragma once

#include "core/model/Document.h"

#include <QList>
#include <QStringView>

#include <memory>

namespace duizhao {

struct WordToken
{
    TextRange range;     ///< Relative to the text given to WordBreaker::split.
    bool isWord = false; ///< False for spaces and punctuation (ICU's UBRK_WORD_NONE).
};

/// ICU's dictionary-based word breaker: Chinese comes out as words (會議|強調), not characters.
/// Wraps ICU; its headers stay in the .cpp. Not thread-safe: one per thread.
class WordBreaker
{
public:
    explicit WordBreaker(Language language);
    ~WordBreaker();
    WordBreaker(const WordBreaker &) = delete;
    WordBreaker &operator=(const WordBreaker &) = delete;

    QList<WordToken> split(QStringView text) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace duizhao
