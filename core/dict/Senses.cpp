#include "core/dict/Senses.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <string_view>

namespace duizhao::senses {

namespace {

using namespace std::literals;

// English function words as whole senses ("all; both; entirely" → all, both). Left out on
// purpose: "again" (重 chóng is bound in 重新), "toward(s)" (衝 chòng, 奔 bèn are verbs alone)
// and degree words like "very" (煞 shà). Sorted, for a binary search.
constexpr auto kFunctionSenses = std::array{
    u"all"sv,     u"already"sv,   u"also"sv,       u"among"sv,   u"and"sv,        u"as"sv,
    u"at"sv,      u"because"sv,   u"because of"sv, u"between"sv, u"both"sv,       u"but"sv,
    u"by"sv,      u"can"sv,       u"could"sv,      u"during"sv,  u"each"sv,       u"entirely"sv,
    u"even"sv,    u"even more"sv, u"ever"sv,       u"every"sv,   u"for"sv,        u"from"sv,
    u"further"sv, u"have to"sv,   u"he"sv,         u"how"sv,     u"however"sv,    u"i"sv,
    u"if"sv,      u"in"sv,        u"it"sv,         u"just"sv,    u"may"sv,        u"me"sv,
    u"merely"sv,  u"more"sv,      u"must"sv,       u"need to"sv, u"never"sv,      u"no"sv,
    u"not"sv,     u"on"sv,        u"once"sv,       u"only"sv,    u"or"sv,         u"ought to"sv,
    u"shall"sv,   u"she"sv,       u"should"sv,     u"since"sv,   u"so"sv,         u"still"sv,
    u"than"sv,    u"that"sv,      u"then"sv,       u"there"sv,   u"therefore"sv,  u"these"sv,
    u"they"sv,    u"this"sv,      u"those"sv,      u"to"sv,      u"to have to"sv, u"to need to"sv,
    u"too"sv,     u"until"sv,     u"we"sv,         u"what"sv,    u"when"sv,       u"where"sv,
    u"which"sv,   u"while"sv,     u"who"sv,        u"why"sv,     u"will"sv,       u"with"sv,
    u"within"sv,  u"would"sv,     u"yet"sv,        u"you"sv,
};
static_assert(std::ranges::is_sorted(kFunctionSenses), "kFunctionSenses must stay sorted");

bool isFunctionWord(const QString &sense)
{
    return std::ranges::binary_search(
        kFunctionSenses, std::u16string_view(reinterpret_cast<const char16_t *>(sense.utf16()),
                                             std::size_t(sense.size())));
}

/// A sense without its parenthetical remarks, trimmed and in lower case: "(specifier) that" →
/// "that".
QString bareSense(QStringView sense)
{
    QString bare;
    int depth = 0;
    for (QChar c : sense) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            depth = std::max(0, depth - 1);
        else if (depth == 0)
            bare += c;
    }
    return bare.trimmed().toLower();
}

bool anyGloss(const DictionaryEntry &entry, const auto &test)
{
    return std::any_of(entry.glosses.cbegin(), entry.glosses.cend(), test);
}

} // namespace

bool isCrossReference(const DictionaryEntry &entry)
{
    static const QRegularExpression pointer(
        QStringLiteral("^(surname |((old|archaic|unofficial|euphemistic|ancient|Japanese) )?"
                       "variant of |see |used in |abbr\\. for |also written )"));
    return !entry.glosses.isEmpty() &&
           std::all_of(entry.glosses.cbegin(), entry.glosses.cend(),
                       [](const QString &gloss) { return pointer.match(gloss).hasMatch(); });
}

bool isParticle(const DictionaryEntry &entry)
{
    return entry.tones.size() == 1 && entry.tones.first() == 5 &&
           anyGloss(entry, [](const QString &gloss) {
               return gloss.contains(QLatin1String("particle")) ||
                      gloss.contains(QLatin1String("marker"));
           });
}

bool isFinalParticle(const DictionaryEntry &entry)
{
    return isParticle(entry) && anyGloss(entry, [](const QString &gloss) {
               return gloss.contains(QLatin1String("final")) ||
                      gloss.contains(QLatin1String("ending sentence"));
           });
}

bool isClassifier(const DictionaryEntry &entry)
{
    const QString first = entry.glosses.value(0);
    return first.startsWith(QLatin1String("classifier")) ||
           first.startsWith(QLatin1String("(classifier"));
}

bool hasFunctionSense(const DictionaryEntry &entry)
{
    static const QRegularExpression marked(QStringLiteral(
        "^\\((literary|archaic|classical|dialect|old|Cantonese|Tw|Taiwan|Buddhism)"));
    return anyGloss(entry, [](const QString &gloss) {
        if (marked.match(gloss).hasMatch())
            return false;
        const QList<QStringView> parts = QStringView(gloss).split(QLatin1Char(';'));
        return std::any_of(parts.cbegin(), parts.cend(),
                           [](QStringView sense) { return isFunctionWord(bareSense(sense)); });
    });
}

} // namespace duizhao::senses
