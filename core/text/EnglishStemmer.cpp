#include "core/text/EnglishStemmer.h"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace duizhao {

namespace {

using namespace std::literals;

// Function words that translate to nothing reliably: articles, prepositions, pronouns,
// auxiliaries and modals, conjunctions, plus CC-CEDICT's own shorthand (sb, sth, one's, abbr,
// lit., fig., CL, pr.) and the words of its cross-references ("variant of", "used in",
// "surname X", "classifier for"). Negations (not, no, never), quantities (all, more, few) and
// numerals are deliberately kept: they have dependable Chinese counterparts. Sorted, so a
// lookup is a binary search that needs no allocation.
constexpr auto kStopWords = std::array{
    u"a"sv,          u"abbr"sv,    u"about"sv,     u"above"sv,     u"across"sv,
    u"after"sv,      u"along"sv,   u"also"sv,      u"am"sv,        u"among"sv,
    u"an"sv,         u"and"sv,     u"are"sv,       u"around"sv,    u"as"sv,
    u"at"sv,         u"be"sv,      u"been"sv,      u"before"sv,    u"behind"sv,
    u"being"sv,      u"below"sv,   u"beside"sv,    u"between"sv,   u"beyond"sv,
    u"but"sv,        u"by"sv,      u"can"sv,       u"cf"sv,        u"cl"sv,
    u"classifier"sv, u"coll"sv,    u"could"sv,     u"did"sv,       u"do"sv,
    u"does"sv,       u"doing"sv,   u"done"sv,      u"down"sv,      u"during"sv,
    u"eg"sv,         u"esp"sv,     u"etc"sv,       u"fig"sv,       u"for"sv,
    u"from"sv,       u"had"sv,     u"has"sv,       u"have"sv,      u"having"sv,
    u"he"sv,         u"her"sv,     u"hers"sv,      u"herself"sv,   u"him"sv,
    u"himself"sv,    u"his"sv,     u"how"sv,       u"i"sv,         u"ie"sv,
    u"if"sv,         u"in"sv,      u"inside"sv,    u"into"sv,      u"is"sv,
    u"it"sv,         u"it's"sv,    u"its"sv,       u"itself"sv,    u"lit"sv,
    u"may"sv,        u"me"sv,      u"might"sv,     u"mine"sv,      u"must"sv,
    u"my"sv,         u"myself"sv,  u"of"sv,        u"off"sv,       u"on"sv,
    u"one's"sv,      u"oneself"sv, u"onom"sv,      u"onto"sv,      u"or"sv,
    u"our"sv,        u"ours"sv,    u"ourselves"sv, u"out"sv,       u"outside"sv,
    u"over"sv,       u"per"sv,     u"pr"sv,        u"sb"sv,        u"sb's"sv,
    u"shall"sv,      u"she"sv,     u"should"sv,    u"so"sv,        u"somebody"sv,
    u"somebody's"sv, u"someone"sv, u"someone's"sv, u"something"sv, u"something's"sv,
    u"sth"sv,        u"sth's"sv,   u"surname"sv,   u"than"sv,      u"that"sv,
    u"the"sv,        u"their"sv,   u"theirs"sv,    u"them"sv,      u"themselves"sv,
    u"then"sv,       u"there"sv,   u"these"sv,     u"they"sv,      u"this"sv,
    u"those"sv,      u"through"sv, u"to"sv,        u"toward"sv,    u"towards"sv,
    u"tw"sv,         u"under"sv,   u"until"sv,     u"up"sv,        u"upon"sv,
    u"us"sv,         u"used"sv,    u"variant"sv,   u"via"sv,       u"was"sv,
    u"we"sv,         u"were"sv,    u"what"sv,      u"when"sv,      u"where"sv,
    u"which"sv,      u"while"sv,   u"who"sv,       u"whom"sv,      u"whose"sv,
    u"why"sv,        u"will"sv,    u"with"sv,      u"within"sv,    u"would"sv,
    u"you"sv,        u"your"sv,    u"yours"sv,     u"yourself"sv,  u"yourselves"sv,
};
static_assert(std::ranges::is_sorted(kStopWords), "kStopWords must stay sorted");

} // namespace

struct EnglishStemmer::Private
{
    sb_stemmer *stemmer = nullptr;
};

EnglishStemmer::EnglishStemmer()
    : d(std::make_unique<Private>())
{
    // Porter 2 ("english"), not the original Porter algorithm ("porter").
    d->stemmer = sb_stemmer_new("english", "UTF_8");
}

EnglishStemmer::~EnglishStemmer()
{
    sb_stemmer_delete(d->stemmer);
}

QString EnglishStemmer::stem(QStringView word) const
{
    const QString lower = word.toString().toLower();
    if (!d->stemmer || lower.isEmpty())
        return lower;
    const QByteArray utf8 = lower.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(
        d->stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed) // Out of memory: the word itself is the best fallback.
        return lower;
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed),
                             sb_stemmer_length(d->stemmer));
}

bool EnglishStemmer::isStopWord(QStringView lowerCaseWord)
{
    const std::u16string_view word(lowerCaseWord.utf16(), std::size_t(lowerCaseWord.size()));
    if (word.find(u'\u2019') == std::u16string_view::npos)
        return std::ranges::binary_search(kStopWords, word);
    // Typographic apostrophes ("one’s") count as ASCII ones.
    std::u16string ascii(word);
    std::ranges::replace(ascii, u'\u2019', u'\'');
    return std::ranges::binary_search(kStopWords, std::u16string_view(ascii));
}

} // namespace duizhao
