#include "core/align/NumberScanner.h"

#include <algorithm>

namespace duizhao::numbers {

int arabicDigit(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'０' && c <= u'９')
        return c - u'０';
    return -1;
}

int chineseDigit(char16_t c)
{
    switch (c) {
    case u'〇':
    case u'零':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'兩':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

/// The power of ten of a Chinese multiplier character, 0 for anything else.
int chineseExponent(char16_t c)
{
    switch (c) {
    case u'十':
        return 1;
    case u'百':
        return 2;
    case u'千':
        return 3;
    case u'萬':
    case u'万':
        return 4;
    case u'億':
    case u'亿':
        return 8;
    default:
        return 0;
    }
}

bool isChineseNumeral(char16_t c)
{
    return chineseDigit(c) >= 0 || chineseExponent(c) > 0;
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\u00A0' || c == u'\u3000';
}

const std::vector<WordInfo> &wordTable()
{
    static const std::vector<WordInfo> table = [] {
        using K = WordKind;
        std::vector<WordInfo> words = {
            {"zero", K::Unit, 0},
            {"one", K::Unit, 1},
            {"two", K::Unit, 2},
            {"three", K::Unit, 3},
            {"four", K::Unit, 4},
            {"five", K::Unit, 5},
            {"six", K::Unit, 6},
            {"seven", K::Unit, 7},
            {"eight", K::Unit, 8},
            {"nine", K::Unit, 9},
            {"ten", K::Teen, 10},
            {"eleven", K::Teen, 11},
            {"twelve", K::Teen, 12},
            {"thirteen", K::Teen, 13},
            {"fourteen", K::Teen, 14},
            {"fifteen", K::Teen, 15},
            {"sixteen", K::Teen, 16},
            {"seventeen", K::Teen, 17},
            {"eighteen", K::Teen, 18},
            {"nineteen", K::Teen, 19},
            {"twenty", K::Tens, 20},
            {"thirty", K::Tens, 30},
            {"forty", K::Tens, 40},
            {"fifty", K::Tens, 50},
            {"sixty", K::Tens, 60},
            {"seventy", K::Tens, 70},
            {"eighty", K::Tens, 80},
            {"ninety", K::Tens, 90},
            {"hundred", K::Hundred, 100},
            {"thousand", K::Big, 1'000},
            {"million", K::Big, 1'000'000},
            {"billion", K::Big, 1'000'000'000},
            {"trillion", K::Big, 1'000'000'000'000},
            {"dozen", K::Dozen, 12},
            {"a", K::Article, 1},
            {"first", K::Unit, 1, true},
            {"second", K::Unit, 2, true},
            {"third", K::Unit, 3, true},
            {"fourth", K::Unit, 4, true},
            {"fifth", K::Unit, 5, true},
            {"sixth", K::Unit, 6, true},
            {"seventh", K::Unit, 7, true},
            {"eighth", K::Unit, 8, true},
            {"ninth", K::Unit, 9, true},
            {"tenth", K::Teen, 10, true},
            {"eleventh", K::Teen, 11, true},
            {"twelfth", K::Teen, 12, true},
            {"thirteenth", K::Teen, 13, true},
            {"fourteenth", K::Teen, 14, true},
            {"fifteenth", K::Teen, 15, true},
            {"sixteenth", K::Teen, 16, true},
            {"seventeenth", K::Teen, 17, true},
            {"eighteenth", K::Teen, 18, true},
            {"nineteenth", K::Teen, 19, true},
            {"twentieth", K::Tens, 20, true},
            {"thirtieth", K::Tens, 30, true},
            {"fortieth", K::Tens, 40, true},
            {"fiftieth", K::Tens, 50, true},
            {"sixtieth", K::Tens, 60, true},
            {"seventieth", K::Tens, 70, true},
            {"eightieth", K::Tens, 80, true},
            {"ninetieth", K::Tens, 90, true},
            {"hundredth", K::Hundred, 100, true},
            {"thousandth", K::Big, 1'000, true},
            {"millionth", K::Big, 1'000'000, true},
            {"halves", K::FractionPlural, 2},
            {"thirds", K::FractionPlural, 3},
            {"quarters", K::FractionPlural, 4},
            {"fourths", K::FractionPlural, 4},
            {"fifths", K::FractionPlural, 5},
            {"sixths", K::FractionPlural, 6},
            {"sevenths", K::FractionPlural, 7},
            {"eighths", K::FractionPlural, 8},
            {"ninths", K::FractionPlural, 9},
            {"tenths", K::FractionPlural, 10},
            {"hundredths", K::FractionPlural, 100},
            {"thousandths", K::FractionPlural, 1000},
            {"january", K::Month, 1},
            {"february", K::Month, 2},
            {"march", K::Month, 3},
            {"april", K::Month, 4},
            {"may", K::ShortMonth, 5},
            {"june", K::Month, 6},
            {"july", K::Month, 7},
            {"august", K::Month, 8},
            {"september", K::Month, 9},
            {"october", K::Month, 10},
            {"november", K::Month, 11},
            {"december", K::Month, 12},
            {"jan", K::ShortMonth, 1},
            {"feb", K::ShortMonth, 2},
            {"mar", K::ShortMonth, 3},
            {"apr", K::ShortMonth, 4},
            {"jun", K::ShortMonth, 6},
            {"jul", K::ShortMonth, 7},
            {"aug", K::ShortMonth, 8},
            {"sep", K::ShortMonth, 9},
            {"sept", K::ShortMonth, 9},
            {"oct", K::ShortMonth, 10},
            {"nov", K::ShortMonth, 11},
            {"dec", K::ShortMonth, 12},
            {"monday", K::Weekday, 1},
            {"tuesday", K::Weekday, 2},
            {"wednesday", K::Weekday, 3},
            {"thursday", K::Weekday, 4},
            {"friday", K::Weekday, 5},
            {"saturday", K::Weekday, 6},
            {"sunday", K::Weekday, 7},
        };
        std::sort(words.begin(), words.end(),
                  [](const WordInfo &a, const WordInfo &b) { return a.word < b.word; });
        return words;
    }();
    return table;
}

/// The value of at most 18 decimal digits.
std::int64_t digitsValue(std::string_view digits)
{
    std::int64_t value = 0;
    for (const char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

Anchor numberAnchor(const Number &number)
{
    std::string digits = number.integer;
    std::size_t used = 0;
    for (int i = 0; i < std::min(number.shift, 40); ++i)
        digits.push_back(used < number.fraction.size() ? number.fraction[used++] : '0');
    const std::size_t lead = digits.find_first_not_of('0');
    digits.erase(0, lead == std::string::npos ? digits.size() : lead);
    if (digits.empty())
        digits.assign(1, '0');
    std::string_view fraction = std::string_view(number.fraction).substr(used);
    while (!fraction.empty() && fraction.back() == '0')
        fraction.remove_suffix(1);
    if (!fraction.empty()) {
        digits.push_back('.');
        digits.append(fraction);
    }
    return {Anchor::Kind::Number, QString::fromLatin1(digits.data(), qsizetype(digits.size()))};
}

} // namespace duizhao::numbers
