#include "core/align/NumberAnchors.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// A hand-written single-pass scanner rather than regular expressions: every sentence of a
// book goes through here, and the context rules below (measure words, 第, month before day)
// are easier to state as look-arounds in code than as one giant pattern.
//
// Rules, and why:
// * Arabic numbers (ASCII or full-width digits) always count. "35,000" groups only with
//   exactly three digits after each comma (Chinese uses ',' as a clause mark). Decimals
//   keep '.' and lose trailing zeros. A multiplier after them shifts the point:
//   3.5萬, 1.2億, 3.5 million, 3.5bn.
// * Chinese numerals: a run of 〇零一二兩两三四五六七八九十百千萬万億亿.
//   - A run with 十百千萬億 is read positionally (三十五, 一萬二千, 一百零五; colloquial
//     三百五 = 350). An ill-formed run (三四十, the 七八 of 亂七八糟, 千千萬萬) is a
//     range or an idiom: nothing.
//   - A run of digits only is read digit by digit (二〇二四) when it looks like a year
//     or a code: four or more digits, or a 〇/零 in it, or 年 after it. Two bare
//     digits (三四天) are an approximate range: nothing.
//   - A single numeral (一, 三, 十) counts only before a measure word or unit
//     (個 年 人 次 元 % ...) or after 第; this keeps out 一起, 統一, 一以貫之, 一體化,
//     進一步. 十分 (very) and 四周 (around) are no numbers; a lone 零/〇 never is.
//   - A run starting with 百千萬億, no coefficient (萬一, 千萬不要, 百姓), counts only
//     before a measure word; a lone 百/千/萬/億 only after 第 or in 百分之百. A
//     multiplier after 幾/數/上/成 (幾十年, 數十萬, 成千上萬) is vague: nothing.
//   - 三點五 is 3.5 only before a unit or multiplier, or after 百分之 (一點一滴 is an
//     idiom).
//   - Fractions N分之M (三分之一) give nothing: English writes them in too many ways.
// * English number words: two..nineteen, twenty..ninety, thirty-five, hundred, thousand,
//   million, billion, trillion ("two hundred and fifty", "a hundred"), "a dozen". A lone
//   "one" gives nothing: it is far more often a pronoun ("one of the", "no one") than a
//   number; "one hundred" and "twenty-one" still count. Ordinals are numbers (1st, 23rd,
//   first..twentieth, twenty-first) except after "a"/"one" (a third, one-fifth: fractions);
//   "two-thirds" gives nothing either. "half" is no number.
// * Dates give "month:M" then "day:D", always in that order and with no "#" for them; a
//   year stays a number. Chinese: 8月23日, 八月二十三日, 2024-08-27; N號 is a day only
//   right after a month, and a lone numeral + 日 without a month counts days. English:
//   August 23, 23 August, the 23rd of August, the first of May, Aug. 23. Month names must
//   be capitalised (august, march are words too); May and the abbreviations (Jan, Mar,
//   Sept...) count only next to a number.
// * Weekdays: 星期五/禮拜五/週五/周五 and Friday give "weekday:5" (Monday = 1, 星期日 = 7).
//   週/周 + numeral is no weekday before a measure word (每周一次 is "once a week").
// * Percent: 百分之五, 5%, ５％, 5 percent, 5 per cent give "#5", "percent"; 百分點 and
//   "percentage point(s)" give "percent".

namespace duizhao {

namespace {

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

enum class WordKind : std::uint8_t
{
    Unit, ///< zero..nine
    Teen, ///< ten..nineteen
    Tens, ///< twenty..ninety
    Hundred,
    Big, ///< thousand, million, billion, trillion
    Dozen,
    Article,        ///< "a", as in "a hundred"
    FractionPlural, ///< thirds, quarters...: "two-thirds" is no 2
    Month,
    ShortMonth, ///< May and abbreviations: a month only next to a number
    Weekday,
};

struct WordInfo
{
    std::string_view word; ///< Lower case.
    WordKind kind;
    std::int64_t value;
    bool ordinal = false;
};

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

/// Decimal digits of a number before its canonical form: exact, whatever the magnitude.
struct Number
{
    std::string integer;  ///< Digits before the point.
    std::string fraction; ///< Digits after it.
    int shift = 0;        ///< Powers of ten to multiply by (萬, million...).
};

QString numberToken(const Number &number)
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
    return QLatin1Char('#') + QLatin1String(digits.data(), qsizetype(digits.size()));
}

/// A maximal run of Chinese numeral characters, read.
struct ChineseRun
{
    qsizetype end = 0;
    qsizetype length = 0;
    bool ok = false;          ///< Well formed.
    bool digitByDigit = true; ///< No 十百千萬億 in it.
    bool hasZero = false;
    bool leadingMultiplier = false; ///< Starts with 百千萬億: no coefficient.
    std::int64_t value = 0;         ///< -1 when too large.
    std::string digits;
};

class Scanner
{
public:
    Scanner(QStringView text, Language language)
        : m_text(text)
        , m_chinese(language != Language::English)
        , m_english(language != Language::Chinese)
    {}

    QStringList run()
    {
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) {
            const char16_t c = m_text[i].unicode();
            if (arabicDigit(c) >= 0) {
                i = arabic(i);
            } else if (c < 0x80) {
                if (m_english && isAsciiLetter(c))
                    i = englishWord(i);
                else
                    ++i;
            } else if (m_chinese && c >= 0x2E80) {
                i = chinese(i);
            } else {
                ++i;
            }
        }
        return std::move(m_out);
    }

private:
    char16_t at(qsizetype i) const
    {
        return i >= 0 && i < m_text.size() ? m_text[i].unicode() : char16_t(0);
    }

    qsizetype skipSpaces(qsizetype i) const
    {
        while (isSpace(at(i)))
            ++i;
        return i;
    }

    qsizetype wordEnd(qsizetype i) const
    {
        while (isAsciiLetter(at(i)))
            ++i;
        return i;
    }

    const WordInfo *lookup(qsizetype begin, qsizetype end) const
    {
        std::array<char, 12> buffer{};
        if (end - begin > qsizetype(buffer.size()) || end <= begin)
            return nullptr;
        for (qsizetype i = begin; i < end; ++i)
            buffer[std::size_t(i - begin)] = char(at(i) | 0x20); // ASCII letters only
        const std::string_view key(buffer.data(), std::size_t(end - begin));
        const auto &table = wordTable();
        const auto found = std::lower_bound(
            table.begin(), table.end(), key,
            [](const WordInfo &info, std::string_view k) { return info.word < k; });
        return found != table.end() && found->word == key ? &*found : nullptr;
    }

    /// Whether the word at i is `lower` (case-insensitively) as a whole word.
    bool wordIs(qsizetype i, std::string_view lower) const
    {
        for (std::size_t k = 0; k < lower.size(); ++k) {
            if ((at(i + qsizetype(k)) | 0x20) != lower[k] || !isAsciiLetter(at(i + qsizetype(k))))
                return false;
        }
        return !isAsciiLetter(at(i + qsizetype(lower.size())));
    }

    void add(QString token) { m_out.append(std::move(token)); }
    void emitMonth(std::int64_t month) { add(QStringLiteral("month:") + QString::number(month)); }
    void emitDay(std::int64_t day) { add(QStringLiteral("day:") + QString::number(day)); }
    void emitPercent() { add(QStringLiteral("percent")); }

    /// A percent sign or word right after a number ending at *end; moves *end past it.
    bool percentAfter(qsizetype *end) const
    {
        qsizetype q = *end;
        if (at(q) == u' ' && (at(q + 1) == u'%' || at(q + 1) == u'％'))
            ++q;
        if (at(q) == u'%' || at(q) == u'％') {
            *end = q + 1;
            return true;
        }
        if (!m_english)
            return false;
        q = skipSpaces(*end);
        if (q == *end)
            return false;
        if (wordIs(q, "percent")) {
            *end = q + 7;
            return true;
        }
        if (wordIs(q, "per")) {
            const qsizetype c = skipSpaces(q + 3);
            if (c > q + 3 && wordIs(c, "cent")) {
                *end = c + 4;
                return true;
            }
        }
        if (wordIs(q, "percentage")) {
            const qsizetype p = skipSpaces(q + 10);
            if (p > q + 10 && (wordIs(p, "point") || wordIs(p, "points"))) {
                *end = wordEnd(p);
                return true;
            }
        }
        return false;
    }

    /// Up to maxCount ASCII or full-width digits at i; -1 when there are none or more.
    std::int64_t shortNumber(qsizetype i, qsizetype maxCount, qsizetype *end) const
    {
        std::int64_t value = 0;
        qsizetype k = i;
        for (; arabicDigit(at(k)) >= 0; ++k) {
            if (k - i >= maxCount)
                return -1;
            value = value * 10 + arabicDigit(at(k));
        }
        *end = k;
        return k == i ? -1 : value;
    }

    /// A capitalised month after a day number ending at i ("23 August", "23rd of August"):
    /// adds the month and the day and moves *end past the month.
    bool monthAfterDay(qsizetype i, std::int64_t day, qsizetype *end)
    {
        const qsizetype q = skipSpaces(i);
        if (q == i)
            return false;
        qsizetype m = q;
        if (wordIs(q, "of")) {
            const qsizetype afterOf = skipSpaces(q + 2);
            if (afterOf > q + 2)
                m = afterOf;
        }
        if (at(m) < u'A' || at(m) > u'Z')
            return false;
        const qsizetype wordStop = wordEnd(m);
        const WordInfo *word = lookup(m, wordStop);
        if (!word || (word->kind != WordKind::Month && word->kind != WordKind::ShortMonth))
            return false;
        emitMonth(word->value);
        emitDay(day);
        *end = wordStop;
        return true;
    }

    // ---------------------------------------------------------------- Arabic numbers

    qsizetype arabic(qsizetype start)
    {
        Number number;
        qsizetype r = start;
        for (int d; (d = arabicDigit(at(r))) >= 0; ++r)
            number.integer.push_back(char('0' + d));
        bool grouped = false;
        // Thousands separators: exactly three digits after each comma.
        while (number.integer.size() <= 3 || grouped) {
            if (at(r) != u',' || arabicDigit(at(r + 1)) < 0 || arabicDigit(at(r + 2)) < 0 ||
                arabicDigit(at(r + 3)) < 0 || arabicDigit(at(r + 4)) >= 0)
                break;
            for (qsizetype k = r + 1; k <= r + 3; ++k)
                number.integer.push_back(char('0' + arabicDigit(at(k))));
            r += 4;
            grouped = true;
        }
        if ((at(r) == u'.' || at(r) == u'．') && arabicDigit(at(r + 1)) >= 0) {
            for (++r; arabicDigit(at(r)) >= 0; ++r)
                number.fraction.push_back(char('0' + arabicDigit(at(r))));
        }
        const bool plain = number.fraction.empty() && !grouped;
        const std::int64_t small =
            plain && number.integer.size() <= 4 ? digitsValue(number.integer) : std::int64_t(-1);

        // ISO-style dates: 2024-08-27, 2024/08/27.
        if (plain && number.integer.size() == 4 && (at(r) == u'-' || at(r) == u'/')) {
            const char16_t separator = at(r);
            qsizetype monthEnd = 0;
            qsizetype dayEnd = 0;
            const std::int64_t month = shortNumber(r + 1, 2, &monthEnd);
            if (month >= 1 && month <= 12 && at(monthEnd) == separator) {
                const std::int64_t day = shortNumber(monthEnd + 1, 2, &dayEnd);
                if (day >= 1 && day <= 31) {
                    add(numberToken(number));
                    emitMonth(month);
                    emitDay(day);
                    return dayEnd;
                }
            }
        }

        if (m_chinese) {
            // 3.5萬, 350萬, 1.2億; not the 百 of 百分點.
            for (int e; (e = chineseExponent(at(r))) >= 2 && at(r + 1) != u'分'; ++r)
                number.shift += e;
            if (number.shift == 0 && plain) {
                if (at(r) == u'月' && small >= 1 && small <= 12) {
                    emitMonth(small);
                    m_monthEnd = r + 1;
                    return r + 1;
                }
                const bool afterMonth = start == m_monthEnd;
                if (small >= 1 && small <= 31 &&
                    (at(r) == u'日' || (afterMonth && (at(r) == u'號' || at(r) == u'号')))) {
                    emitDay(small);
                    return r + 1;
                }
            }
        }

        if (m_english) {
            bool ordinal = false;
            const char16_t s1 = at(r);
            const char16_t s2 = at(r + 1);
            if (((s1 == u's' && s2 == u't') || (s1 == u'n' && s2 == u'd') ||
                 (s1 == u'r' && s2 == u'd') || (s1 == u't' && s2 == u'h')) &&
                !isAsciiLetter(at(r + 2))) {
                r += 2;
                ordinal = true;
            }
            // 23 August, 23rd of August.
            if (plain && small >= 1 && small <= 31 && monthAfterDay(r, small, &r))
                return r;
            // 3.5 million, 35 thousand, $3.5bn.
            if (!ordinal && number.shift == 0 && at(r) == u'b' && at(r + 1) == u'n' &&
                !isAsciiLetter(at(r + 2))) {
                number.shift = 9;
                r += 2;
            }
            if (!ordinal && number.shift == 0) {
                const qsizetype q = skipSpaces(r);
                if (isAsciiLetter(at(q))) {
                    const qsizetype end = wordEnd(q);
                    const WordInfo *word = lookup(q, end);
                    if (word && !word->ordinal &&
                        (word->kind == WordKind::Hundred || word->kind == WordKind::Big)) {
                        for (std::int64_t v = word->value; v > 1; v /= 10)
                            ++number.shift;
                        r = end;
                    }
                }
            }
        }

        add(numberToken(number));
        if (percentAfter(&r))
            emitPercent();
        return r;
    }

    // ---------------------------------------------------------------- English words

    struct Phrase
    {
        qsizetype end = 0;
        std::int64_t value = 0;
        int words = 0;
        bool ordinal = false;
        bool loneOne = false;
    };

    Phrase parsePhrase(qsizetype start) const
    {
        Phrase phrase;
        phrase.end = start;
        std::int64_t total = 0;
        std::int64_t current = 0;
        std::int64_t lastBig = INT64_MAX;
        bool hundredInGroup = false;
        bool firstIsOne = false;
        enum class Last
        {
            None,
            Unit,
            Teen,
            Tens,
            Hundred,
            Big
        } last = Last::None;

        qsizetype pos = start;
        while (true) {
            const qsizetype end = wordEnd(pos);
            const WordInfo *word = lookup(pos, end);
            if (!word)
                break;
            bool accepted = false;
            switch (word->kind) {
            case WordKind::Article: {
                // "a hundred", "a dozen", but no "a hundredth" (a fraction).
                const qsizetype next = skipSpaces(end);
                const WordInfo *after = next > end ? lookup(next, wordEnd(next)) : nullptr;
                accepted = phrase.words == 0 && after && !after->ordinal &&
                           (after->kind == WordKind::Hundred || after->kind == WordKind::Big ||
                            after->kind == WordKind::Dozen);
                if (accepted) {
                    current = 1;
                    last = Last::Unit;
                }
                break;
            }
            case WordKind::Unit:
                accepted = last == Last::None || last == Last::Tens || last == Last::Hundred ||
                           last == Last::Big;
                if (accepted) {
                    current += word->value;
                    last = Last::Unit;
                    firstIsOne = phrase.words == 0 && word->value == 1 && !word->ordinal;
                }
                break;
            case WordKind::Teen:
            case WordKind::Tens:
                accepted = last == Last::None || last == Last::Hundred || last == Last::Big;
                if (accepted) {
                    current += word->value;
                    last = word->kind == WordKind::Teen ? Last::Teen : Last::Tens;
                }
                break;
            case WordKind::Hundred:
                accepted = (last == Last::Unit || last == Last::Teen) && !hundredInGroup &&
                           current > 0 && current < 100;
                if (accepted) {
                    current *= 100;
                    hundredInGroup = true;
                    last = Last::Hundred;
                }
                break;
            case WordKind::Big:
                accepted = last != Last::None && last != Last::Big && current > 0 &&
                           word->value < lastBig && current < 1000;
                if (accepted) {
                    total += current * word->value;
                    current = 0;
                    lastBig = word->value;
                    hundredInGroup = false;
                    last = Last::Big;
                }
                break;
            case WordKind::Dozen:
                accepted = last == Last::Unit && current < 100;
                if (accepted)
                    current *= 12;
                break;
            default:
                break;
            }
            if (!accepted)
                break;
            ++phrase.words;
            phrase.end = end;
            if (word->ordinal) {
                phrase.ordinal = true;
                break;
            }
            if (word->kind == WordKind::Dozen)
                break;
            // The next word: after a hyphen, after spaces, or after "and" (two hundred and five).
            qsizetype next = end;
            if (at(next) == u'-') {
                ++next;
            } else {
                next = skipSpaces(end);
                if (next == end)
                    break;
                if ((last == Last::Hundred || last == Last::Big) && wordIs(next, "and")) {
                    const qsizetype afterAnd = skipSpaces(next + 3);
                    if (afterAnd == next + 3)
                        break;
                    next = afterAnd;
                }
            }
            if (!isAsciiLetter(at(next)))
                break;
            pos = next;
        }
        phrase.value = total + current;
        phrase.loneOne = firstIsOne && phrase.words == 1;
        return phrase;
    }

    /// Whether the word before position i (across spaces or a hyphen) is "a", "an" or "one".
    bool afterArticleOrOne(qsizetype i) const
    {
        qsizetype k = i - 1;
        if (at(k) == u'-')
            --k;
        else
            while (isSpace(at(k)))
                --k;
        if (k == i - 1 && at(k) != u'-')
            return false; // no separator
        const qsizetype end = k + 1;
        while (isAsciiLetter(at(k)))
            --k;
        const qsizetype begin = k + 1;
        return end > begin && (wordIs(begin, "a") || wordIs(begin, "an") || wordIs(begin, "one"));
    }

    /// Whether a plural fraction word (thirds, quarters) follows position i.
    bool fractionFollows(qsizetype i) const
    {
        const qsizetype next = at(i) == u'-' ? i + 1 : skipSpaces(i);
        if (next == i)
            return false;
        const WordInfo *word = lookup(next, wordEnd(next));
        return word && word->kind == WordKind::FractionPlural;
    }

    qsizetype englishWord(qsizetype start)
    {
        const qsizetype end = wordEnd(start);
        const WordInfo *word = lookup(start, end);
        if (!word)
            return end;
        const bool capital = at(start) >= u'A' && at(start) <= u'Z';
        switch (word->kind) {
        case WordKind::Month:
        case WordKind::ShortMonth:
            return capital ? englishMonth(end, *word) : end;
        case WordKind::Weekday:
            if (capital)
                add(QStringLiteral("weekday:") + QString::number(word->value));
            return end;
        case WordKind::FractionPlural:
            return end;
        default:
            break;
        }
        const Phrase phrase = parsePhrase(start);
        if (phrase.words == 0)
            return end;
        if (phrase.loneOne)
            return phrase.end;
        if (phrase.ordinal && phrase.words == 1 && afterArticleOrOne(start))
            return phrase.end; // a third, one-fifth
        if (fractionFollows(phrase.end))
            return phrase.end; // two-thirds
        qsizetype r = phrase.end;
        if (phrase.ordinal && phrase.value >= 1 && phrase.value <= 31 &&
            monthAfterDay(r, phrase.value, &r))
            return r; // the first of May
        add(QLatin1Char('#') + QString::number(phrase.value));
        if (percentAfter(&r))
            emitPercent();
        return r;
    }

    qsizetype englishMonth(qsizetype end, const WordInfo &word)
    {
        qsizetype p = end;
        const bool dot = at(p) == u'.';
        if (dot)
            ++p;
        const qsizetype q = skipSpaces(p);
        if ((q > p || dot) && arabicDigit(at(q)) >= 0) {
            qsizetype dayEnd = 0;
            const std::int64_t day = shortNumber(q, 2, &dayEnd);
            // Not a day when the number goes on: May 3.5 million, May 4:30, August 2024.
            const bool continues =
                (at(dayEnd) == u'.' || at(dayEnd) == u':' || at(dayEnd) == u',') &&
                arabicDigit(at(dayEnd + 1)) >= 0;
            if (day >= 1 && day <= 31 && !continues) {
                qsizetype r = dayEnd;
                const char16_t s1 = at(r);
                const char16_t s2 = at(r + 1);
                if (((s1 == u's' && s2 == u't') || (s1 == u'n' && s2 == u'd') ||
                     (s1 == u'r' && s2 == u'd') || (s1 == u't' && s2 == u'h')) &&
                    !isAsciiLetter(at(r + 2)))
                    r += 2;
                emitMonth(word.value);
                emitDay(day);
                return r;
            }
            emitMonth(word.value); // a month next to a year: the number is read next
            return p;
        }
        if (word.kind == WordKind::Month)
            emitMonth(word.value);
        return end;
    }

    // ---------------------------------------------------------------- Chinese

    bool isMeasureWord(qsizetype j) const
    {
        switch (at(j)) {
        case u'個':
        case u'个':
        case u'年':
        case u'月':
        case u'日':
        case u'號':
        case u'号':
        case u'歲':
        case u'岁':
        case u'人':
        case u'次':
        case u'倍':
        case u'名':
        case u'位':
        case u'項':
        case u'项':
        case u'條':
        case u'条':
        case u'種':
        case u'种':
        case u'家':
        case u'座':
        case u'所':
        case u'張':
        case u'张':
        case u'本':
        case u'天':
        case u'週':
        case u'周':
        case u'分':
        case u'秒':
        case u'元':
        case u'塊':
        case u'块':
        case u'米':
        case u'噸':
        case u'吨':
        case u'億':
        case u'亿':
        case u'萬':
        case u'万':
        case u'千':
        case u'百':
        case u'十':
        case u'%':
        case u'％':
        case u'件':
        case u'份':
        case u'批':
        case u'場':
        case u'场':
        case u'屆':
        case u'届':
        case u'輛':
        case u'辆':
        case u'艘':
        case u'架':
        case u'台':
        case u'臺':
        case u'篇':
        case u'章':
        case u'頁':
        case u'页':
        case u'層':
        case u'层':
        case u'戶':
        case u'户':
        case u'畝':
        case u'亩':
        case u'斤':
        case u'期':
        case u'級':
        case u'级':
        case u'輪':
        case u'轮':
        case u'多': // 十多年: more than ten years
        case u'餘':
        case u'余':
            return true;
        case u'小':
            return at(j + 1) == u'時' || at(j + 1) == u'时';
        case u'美':
            return at(j + 1) == u'元';
        case u'平':
            return at(j + 1) == u'方';
        case u'星':
            return at(j + 1) == u'期';
        case u'公':
            switch (at(j + 1)) {
            case u'里':
            case u'斤':
            case u'頃':
            case u'顷':
            case u'噸':
            case u'吨':
                return true;
            default:
                return false;
            }
        default:
            return false;
        }
    }

    ChineseRun chineseRun(qsizetype start) const
    {
        ChineseRun run;
        qsizetype r = start;
        for (; isChineseNumeral(at(r)); ++r) {
            if (chineseExponent(at(r)) > 0)
                run.digitByDigit = false;
        }
        run.end = r;
        run.length = r - start;
        run.leadingMultiplier = chineseExponent(at(start)) >= 2;
        if (run.length == 0 || run.length > 30)
            return run; // no number, or decoration and garbage
        if (run.digitByDigit) {
            for (qsizetype k = start; k < r; ++k) {
                const int d = chineseDigit(at(k));
                run.hasZero = run.hasZero || d == 0;
                run.digits.push_back(char('0' + d));
            }
            run.value = run.length <= 18 ? digitsValue(run.digits) : -1;
            run.ok = true;
            return run;
        }

        // Positional: 億 multiplies everything before it, 萬 its section, 十百千 one digit.
        constexpr std::int64_t limit = 1'000'000'000'000'000;
        std::int64_t total = 0;   // through the last 億
        std::int64_t wan = 0;     // the 萬 part of the current 億 section
        std::int64_t section = 0; // below 萬
        int pending = -1;         // a digit waiting for its multiplier
        int lastSmall = 4;        // exponent of the last 十百千 in this section
        int lastExponent = 0;
        bool zeroGap = false; // a 零 since the last multiplier: 一百零五
        bool wanUsed = false;
        bool pendingRightAfterMultiplier = false;
        for (qsizetype k = start; k < r; ++k) {
            const char16_t c = at(k);
            const int d = chineseDigit(c);
            if (d == 0) {
                if (pending >= 0)
                    return run;
                zeroGap = true;
                continue;
            }
            if (d > 0) {
                if (pending >= 0)
                    return run; // 三四十: a range
                pending = d;
                pendingRightAfterMultiplier = !zeroGap && k > start && chineseExponent(at(k - 1));
                continue;
            }
            const int e = chineseExponent(c);
            if (e <= 3) {
                if (e >= lastSmall)
                    return run; // 十百, 千千
                int coefficient = pending;
                if (coefficient < 0) {
                    if (e != 1 && k != start)
                        return run;
                    coefficient = 1;
                }
                section += coefficient * (e == 1 ? 10 : e == 2 ? 100 : 1000);
                lastSmall = e;
            } else if (e == 4) {
                if (wanUsed)
                    return run; // 萬萬
                std::int64_t v = section + std::max(pending, 0);
                if (v == 0) {
                    if (k != start)
                        return run;
                    v = 1;
                }
                wan = v * 10'000;
                section = 0;
                lastSmall = 4;
                wanUsed = true;
            } else {
                std::int64_t v = wan + section + std::max(pending, 0);
                if (v == 0) {
                    if (k != start)
                        return run; // 億億
                    v = 1;
                }
                if (total + v > limit / 100'000'000)
                    return run;
                total = (total + v) * 100'000'000;
                wan = 0;
                section = 0;
                lastSmall = 4;
                wanUsed = false;
            }
            pending = -1;
            zeroGap = false;
            lastExponent = e;
        }
        std::int64_t tail = 0;
        if (pending >= 0) {
            // 三百五 = 350, 一萬二 = 12000; but 一百零五 = 105 and 三十五 = 35.
            tail = pending;
            if (pendingRightAfterMultiplier && lastExponent >= 2) {
                for (int i = 1; i < lastExponent; ++i)
                    tail *= 10;
            }
        }
        run.value = total + wan + section + tail;
        run.digits = std::to_string(run.value);
        run.ok = true;
        return run;
    }

    /// A Chinese or Arabic number at i without context rules (after 百分之, 分之).
    bool bareNumber(qsizetype i, Number *number, qsizetype *end) const
    {
        if (arabicDigit(at(i)) >= 0) {
            qsizetype r = i;
            for (; arabicDigit(at(r)) >= 0; ++r)
                number->integer.push_back(char('0' + arabicDigit(at(r))));
            if ((at(r) == u'.' || at(r) == u'．') && arabicDigit(at(r + 1)) >= 0) {
                for (++r; arabicDigit(at(r)) >= 0; ++r)
                    number->fraction.push_back(char('0' + arabicDigit(at(r))));
            }
            *end = r;
            return true;
        }
        const ChineseRun run = chineseRun(i);
        if (run.length == 0)
            return false;
        *end = run.end;
        if (!run.ok)
            return false;
        number->integer = run.digits;
        *end = chineseDecimal(run.end, number);
        return true;
    }

    /// 點五 after an integer: the fraction and any multiplier after it. Returns the new end.
    qsizetype chineseDecimal(qsizetype r, Number *number) const
    {
        if ((at(r) != u'點' && at(r) != u'点') || chineseDigit(at(r + 1)) < 0)
            return r;
        for (++r; chineseDigit(at(r)) >= 0; ++r)
            number->fraction.push_back(char('0' + chineseDigit(at(r))));
        for (int e; (e = chineseExponent(at(r))) >= 2; ++r)
            number->shift += e;
        return r;
    }

    qsizetype chineseNumeral(qsizetype start)
    {
        const ChineseRun run = chineseRun(start);
        if (!run.ok)
            return run.end;
        Number number;
        number.integer = run.digits;
        const qsizetype r0 = run.end;
        qsizetype r = chineseDecimal(r0, &number);
        const bool decimal = r != r0;

        if (at(r) == u'分' && at(r + 1) == u'之') { // 三分之一: a fraction, skipped whole
            Number ignored;
            qsizetype end = r + 2;
            bareNumber(r + 2, &ignored, &end);
            return end;
        }

        // 幾十年, 數十萬, 上百, 成千: "several tens", no number.
        const char16_t before = at(start - 1);
        if (chineseExponent(at(start)) > 0 &&
            (before == u'幾' || before == u'几' || before == u'數' || before == u'数' ||
             before == u'上' || before == u'成'))
            return r;
        const bool lone = run.length == 1 && !decimal;
        const bool ordinal = before == u'第';
        const std::int64_t value = run.value;
        const bool dateShaped = !decimal && (lone || !run.digitByDigit) && !run.leadingMultiplier;
        if (dateShaped && at(r) == u'月' && value >= 1 && value <= 12) {
            emitMonth(value);
            m_monthEnd = r + 1;
            return r + 1;
        }
        if (dateShaped && value >= 1 && value <= 31) {
            const bool afterMonth = start == m_monthEnd;
            if ((at(r) == u'日' && (afterMonth || !lone)) ||
                (afterMonth && (at(r) == u'號' || at(r) == u'号'))) {
                emitDay(value);
                return r + 1;
            }
        }

        bool accepted = false;
        if (decimal) {
            accepted = number.shift > 0 || isMeasureWord(r) || ordinal;
        } else if (run.digitByDigit) {
            if (lone) {
                const char16_t c = at(start);
                const bool aroundNotFour = c == u'四' && (at(r) == u'周' || at(r) == u'週');
                accepted = value != 0 && !aroundNotFour && (ordinal || isMeasureWord(r));
            } else {
                accepted = run.length >= 4 || run.hasZero || at(r) == u'年';
            }
        } else if (run.leadingMultiplier) {
            accepted = ordinal || (run.length > 1 && isMeasureWord(r));
        } else if (run.length == 1) { // a lone 十
            const bool adverb = at(r) == u'分' && at(r + 1) != u'鐘' && at(r + 1) != u'钟';
            accepted = ordinal || (isMeasureWord(r) && !adverb);
        } else {
            accepted = true;
        }
        if (!accepted)
            return r;
        add(numberToken(number));
        if (percentAfter(&r))
            emitPercent();
        return r;
    }

    /// 星期五, 禮拜天, 週五: the weekday's number, 0 when there is none at i.
    int weekdayAt(qsizetype i, qsizetype *end) const
    {
        const char16_t c = at(i);
        qsizetype k = 0;
        if ((c == u'星' && at(i + 1) == u'期') ||
            ((c == u'禮' || c == u'礼') && at(i + 1) == u'拜'))
            k = i + 2;
        else if (c == u'週' || c == u'周')
            k = i + 1;
        else
            return 0;
        const char16_t d = at(k);
        int day = 0;
        if (d == u'日' || (d == u'天' && k == i + 2))
            day = 7;
        else if (const int v = chineseDigit(d); v >= 1 && v <= 6 && d != u'兩' && d != u'两')
            day = v;
        if (day == 0 || isChineseNumeral(at(k + 1)))
            return 0;
        if (k == i + 1 && isMeasureWord(k + 1))
            return 0; // 每周一次: once a week
        *end = k + 1;
        return day;
    }

    qsizetype chinese(qsizetype i)
    {
        const char16_t c = at(i);
        if (c == u'百' && at(i + 1) == u'分') {
            if (at(i + 2) == u'之') {
                Number number;
                qsizetype end = i + 3;
                if (bareNumber(i + 3, &number, &end)) {
                    add(numberToken(number));
                    emitPercent();
                }
                return end;
            }
            if (at(i + 2) == u'點' || at(i + 2) == u'点') { // 百分點: percentage point
                emitPercent();
                return i + 3;
            }
        }
        qsizetype end = 0;
        if (const int day = weekdayAt(i, &end)) {
            add(QStringLiteral("weekday:") + QString::number(day));
            return end;
        }
        if (isChineseNumeral(c))
            return chineseNumeral(i);
        return i + 1;
    }

    QStringView m_text;
    bool m_chinese;
    bool m_english;
    qsizetype m_monthEnd = -1; ///< Just after the last 月 of a month token: a day may follow.
    QStringList m_out;
};

} // namespace

QStringList numberAnchors(QStringView text, Language language)
{
    return Scanner(text, language).run();
}

double anchorNumberValue(QStringView token)
{
    if (token.size() < 2 || token.front() != u'#')
        return -1.0;
    bool ok = false;
    const double value = token.sliced(1).toDouble(&ok);
    return ok ? value : -1.0;
}

} // namespace duizhao
