#include "core/align/NumberScanner.h"

#include <algorithm>
#include <array>

namespace duizhao::numbers {

const WordInfo *Scanner::lookup(qsizetype begin, qsizetype end) const
{
    std::array<char, 12> buffer{};
    if (end - begin > qsizetype(buffer.size()) || end <= begin)
        return nullptr;
    for (qsizetype i = begin; i < end; ++i)
        buffer[std::size_t(i - begin)] = char(at(i) | 0x20); // ASCII letters only
    const std::string_view key(buffer.data(), std::size_t(end - begin));
    const auto &table = wordTable();
    const auto found =
        std::lower_bound(table.begin(), table.end(), key,
                         [](const WordInfo &info, std::string_view k) { return info.word < k; });
    return found != table.end() && found->word == key ? &*found : nullptr;
}

/// Whether the word at i is `lower` (case-insensitively) as a whole word.
bool Scanner::wordIs(qsizetype i, std::string_view lower) const
{
    for (std::size_t k = 0; k < lower.size(); ++k) {
        if ((at(i + qsizetype(k)) | 0x20) != lower[k] || !isAsciiLetter(at(i + qsizetype(k))))
            return false;
    }
    return !isAsciiLetter(at(i + qsizetype(lower.size())));
}

/// A percent sign or word right after a number ending at *end; moves *end past it.
bool Scanner::percentAfter(qsizetype *end) const
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
std::int64_t Scanner::shortNumber(qsizetype i, qsizetype maxCount, qsizetype *end) const
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
bool Scanner::monthAfterDay(qsizetype i, std::int64_t day, qsizetype *end)
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

qsizetype Scanner::arabic(qsizetype start)
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
                add(numberAnchor(number));
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

    add(numberAnchor(number));
    if (percentAfter(&r))
        emitPercent();
    return r;
}

} // namespace duizhao::numbers
