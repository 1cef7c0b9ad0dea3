#include "core/align/NumberAnchors.h"

#include "core/align/NumberScanner.h"

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
// * Dates give a month then a day anchor, always in that order, never numbers; a year stays a
//   number. Chinese: 8月23日, 八月二十三日, 2024-08-27; N號 is a day only
//   right after a month, and a lone numeral + 日 without a month counts days. English:
//   August 23, 23 August, the 23rd of August, the first of May, Aug. 23. Month names must
//   be capitalised (august, march are words too); May and the abbreviations (Jan, Mar,
//   Sept...) count only next to a number.
// * Weekdays: 星期五/禮拜五/週五/周五 and Friday give "weekday:5" (Monday = 1, 星期日 = 7).
//   週/周 + numeral is no weekday before a measure word (每周一次 is "once a week").
// * Percent: 百分之五, 5%, ５％, 5 percent, 5 per cent give "#5", "percent"; 百分點 and
//   "percentage point(s)" give "percent".

namespace duizhao {

using numbers::Scanner;

QList<Anchor> numberAnchors(QStringView text, Language language)
{
    return Scanner(text, language).run();
}

double Anchor::numberValue() const
{
    if (kind != Kind::Number)
        return -1.0;
    bool ok = false;
    const double value = digits.toDouble(&ok);
    return ok ? value : -1.0;
}

QString Anchor::key() const
{
    switch (kind) {
    case Kind::Number:
        return u'#' + digits;
    case Kind::Month:
        return QStringLiteral("month:") + digits;
    case Kind::Day:
        return QStringLiteral("day:") + digits;
    case Kind::Weekday:
        return QStringLiteral("weekday:") + digits;
    case Kind::Percent:
        break;
    }
    return QStringLiteral("percent");
}

} // namespace duizhao
