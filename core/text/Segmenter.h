#pragma once

#include "core/model/Document.h"

#include <QList>
#include <QStringView>

#include <memory>

namespace duizhao {

/// Splits a paragraph into sentences with ICU's sentence break iterator, plus the fixes real text
/// needs: ASCII and full-width punctuation alike, closing quotes and brackets kept with their
/// sentence, English abbreviations, decimals and initials not ending a sentence, ellipses, and a
/// title line without final punctuation kept as one unit. Wraps ICU; its headers stay in the .cpp.
class Segmenter
{
public:
    explicit Segmenter(Language language);
    ~Segmenter();
    Segmenter(const Segmenter &) = delete;
    Segmenter &operator=(const Segmenter &) = delete;

    Language language() const;

    /// Sentences of @p paragraph. Ranges are relative to @p paragraph, trimmed of surrounding
    /// white space, in order, non-overlapping, and together they hold every non-space character.
    /// Each sentence's clauseEnds are offsets (same base) just after ；;：: inside the sentence.
    QList<Sentence> split(QStringView paragraph) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Offsets just after each clause mark inside @p sentence (；; ：:, not a time's or a URL's colon),
/// as Sentence::clauseEnds holds them relative to the sentence.
QList<qsizetype> clauseEndsIn(QStringView sentence);

} // namespace duizhao
