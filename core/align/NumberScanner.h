#pragma once

// The number scanner behind numberAnchors() (NumberAnchors.cpp states its rules): the shared
// reading helpers, and the scanner, whose Arabic, English and Chinese readings live in
// NumberScanner.cpp, EnglishNumbers.cpp and ChineseNumbers.cpp.

#include "core/align/NumberAnchors.h"
#include "core/model/Document.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace duizhao::numbers {

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

/// Decimal digits of a number before its canonical form: exact, whatever the magnitude.
struct Number
{
    std::string integer;  ///< Digits before the point.
    std::string fraction; ///< Digits after it.
    int shift = 0;        ///< Powers of ten to multiply by (萬, million...).
};

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

int arabicDigit(char16_t c);

int chineseDigit(char16_t c);

/// The power of ten of a Chinese multiplier character, 0 for anything else.

int chineseExponent(char16_t c);

bool isChineseNumeral(char16_t c);

bool isAsciiLetter(char16_t c);

bool isSpace(char16_t c);

const std::vector<WordInfo> &wordTable();

/// The value of at most 18 decimal digits.

std::int64_t digitsValue(std::string_view digits);

/// The number's anchor: its exact decimal digits.
Anchor numberAnchor(const Number &number);

class Scanner
{
public:
    Scanner(QStringView text, Language language)
        : m_text(text)
        , m_chinese(language != Language::English)
        , m_english(language != Language::Chinese)
    {}

    QList<Anchor> run()
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

    const WordInfo *lookup(qsizetype begin, qsizetype end) const;

    bool wordIs(qsizetype i, std::string_view lower) const;

    void add(Anchor anchor) { m_out.append(std::move(anchor)); }
    void add(Anchor::Kind kind, std::int64_t value) { add({kind, QString::number(value)}); }
    void emitMonth(std::int64_t month) { add(Anchor::Kind::Month, month); }
    void emitDay(std::int64_t day) { add(Anchor::Kind::Day, day); }
    void emitPercent() { add({Anchor::Kind::Percent, {}}); }

    bool percentAfter(qsizetype *end) const;

    std::int64_t shortNumber(qsizetype i, qsizetype maxCount, qsizetype *end) const;

    bool monthAfterDay(qsizetype i, std::int64_t day, qsizetype *end);

    // ---------------------------------------------------------------- Arabic numbers

    qsizetype arabic(qsizetype start);

    // ---------------------------------------------------------------- English words

    struct Phrase
    {
        qsizetype end = 0;
        std::int64_t value = 0;
        int words = 0;
        bool ordinal = false;
        bool loneOne = false;
    };

    Phrase parsePhrase(qsizetype start) const;

    bool afterArticleOrOne(qsizetype i) const;

    bool fractionFollows(qsizetype i) const;

    qsizetype englishWord(qsizetype start);

    qsizetype englishMonth(qsizetype end, const WordInfo &word);

    // ---------------------------------------------------------------- Chinese

    bool isMeasureWord(qsizetype j) const;

    ChineseRun chineseRun(qsizetype start) const;

    bool bareNumber(qsizetype i, Number *number, qsizetype *end) const;

    qsizetype chineseDecimal(qsizetype r, Number *number) const;

    qsizetype chineseNumeral(qsizetype start);

    int weekdayAt(qsizetype i, qsizetype *end) const;

    qsizetype chinese(qsizetype i);

    QStringView m_text;
    bool m_chinese;
    bool m_english;
    qsizetype m_monthEnd = -1; ///< Just after the last 月 of a month token: a day may follow.
    QList<Anchor> m_out;
};

} // namespace duizhao::numbers
