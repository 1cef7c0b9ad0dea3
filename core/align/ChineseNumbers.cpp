#include "core/align/NumberScanner.h"

#include <algorithm>
#include <array>

namespace duizhao::numbers {

bool Scanner::isMeasureWord(qsizetype j) const
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

ChineseRun Scanner::chineseRun(qsizetype start) const
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
bool Scanner::bareNumber(qsizetype i, Number *number, qsizetype *end) const
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
qsizetype Scanner::chineseDecimal(qsizetype r, Number *number) const
{
    if ((at(r) != u'點' && at(r) != u'点') || chineseDigit(at(r + 1)) < 0)
        return r;
    for (++r; chineseDigit(at(r)) >= 0; ++r)
        number->fraction.push_back(char('0' + chineseDigit(at(r))));
    for (int e; (e = chineseExponent(at(r))) >= 2; ++r)
        number->shift += e;
    return r;
}

qsizetype Scanner::chineseNumeral(qsizetype start)
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
    if (chineseExponent(at(start)) > 0 && (before == u'幾' || before == u'几' || before == u'數' ||
                                           before == u'数' || before == u'上' || before == u'成'))
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
    add(numberAnchor(number));
    if (percentAfter(&r))
        emitPercent();
    return r;
}

/// 星期五, 禮拜天, 週五: the weekday's number, 0 when there is none at i.
int Scanner::weekdayAt(qsizetype i, qsizetype *end) const
{
    const char16_t c = at(i);
    qsizetype k = 0;
    if ((c == u'星' && at(i + 1) == u'期') || ((c == u'禮' || c == u'礼') && at(i + 1) == u'拜'))
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

qsizetype Scanner::chinese(qsizetype i)
{
    const char16_t c = at(i);
    if (c == u'百' && at(i + 1) == u'分') {
        if (at(i + 2) == u'之') {
            Number number;
            qsizetype end = i + 3;
            if (bareNumber(i + 3, &number, &end)) {
                add(numberAnchor(number));
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
        add(Anchor::Kind::Weekday, day);
        return end;
    }
    if (isChineseNumeral(c))
        return chineseNumeral(i);
    return i + 1;
}

} // namespace duizhao::numbers
