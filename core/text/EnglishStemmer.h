#pragma once

#include <QString>
#include <QStringView>

#include <memory>

namespace duizhao {

/// Snowball's English (Porter 2) stemmer from libstemmer: "developments" → "develop". Input is
/// lower-cased first. Wraps libstemmer; its header stays in the .cpp. Not thread-safe: one per
/// thread.
class EnglishStemmer
{
public:
    EnglishStemmer();
    ~EnglishStemmer();
    EnglishStemmer(const EnglishStemmer &) = delete;
    EnglishStemmer &operator=(const EnglishStemmer &) = delete;

    QString stem(QStringView word) const;

    /// Function words that carry no translation signal (the, of, to, be …), lower case.
    static bool isStopWord(QStringView lowerCaseWord);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace duizhao
