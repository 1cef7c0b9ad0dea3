#pragma once

// Common words with their translations, for the aligner tests' generated texts; every one is in
// CC-CEDICT and in the tests' tiny dictionaries.

#include <QList>
#include <QString>

#include <utility>

namespace duizhao::testing {

inline const QList<std::pair<QString, QString>> &translatedWords()
{
    static const QList<std::pair<QString, QString>> words = {
        {QStringLiteral("貓"), QStringLiteral("cat")},
        {QStringLiteral("狗"), QStringLiteral("dog")},
        {QStringLiteral("魚"), QStringLiteral("fish")},
        {QStringLiteral("花園"), QStringLiteral("garden")},
        {QStringLiteral("醫生"), QStringLiteral("doctor")},
        {QStringLiteral("河"), QStringLiteral("river")},
        {QStringLiteral("山"), QStringLiteral("mountain")},
        {QStringLiteral("城市"), QStringLiteral("city")},
        {QStringLiteral("學校"), QStringLiteral("school")},
        {QStringLiteral("火車"), QStringLiteral("train")},
        {QStringLiteral("房子"), QStringLiteral("house")},
        {QStringLiteral("農民"), QStringLiteral("farmer")}};
    return words;
}

} // namespace duizhao::testing
