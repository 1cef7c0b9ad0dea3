#include "core/align/NumberScanner.h"

#include <algorithm>
#include <array>

namespace duizhao::numbers {

Scanner::Phrase Scanner::parsePhrase(qsizetype start) const
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
bool Scanner::afterArticleOrOne(qsizetype i) const
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
bool Scanner::fractionFollows(qsizetype i) const
{
    const qsizetype next = at(i) == u'-' ? i + 1 : skipSpaces(i);
    if (next == i)
        return false;
    const WordInfo *word = lookup(next, wordEnd(next));
    return word && word->kind == WordKind::FractionPlural;
}

qsizetype Scanner::englishWord(qsizetype start)
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
            add(Anchor::Kind::Weekday, word->value);
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
    add(Anchor::Kind::Number, phrase.value);
    if (percentAfter(&r))
        emitPercent();
    return r;
}

qsizetype Scanner::englishMonth(qsizetype end, const WordInfo &word)
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
        const bool continues = (at(dayEnd) == u'.' || at(dayEnd) == u':' || at(dayEnd) == u',') &&
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

} // namespace duizhao::numbers
