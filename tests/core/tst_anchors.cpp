#include "core/align/NumberAnchors.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using duizhao::Anchor;
using duizhao::Language;
using duizhao::numberAnchors;

namespace {

/// The anchors' keys, which show their kind and digits.
QStringList keys(const QList<Anchor> &anchors)
{
    QStringList list;
    for (const Anchor &anchor : anchors)
        list.append(anchor.key());
    return list;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

class TestNumberAnchors : public QObject
{
    Q_OBJECT

private slots:
    void anchors_data();
    void anchors();
    void translationsShareAnchors_data();
    void translationsShareAnchors();
    void numberValue_data();
    void numberValue();
    void anchorsAreTypedValues();
};

void TestNumberAnchors::anchors_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const auto zh = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << Language::Chinese << text << expected;
    };
    const auto en = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << Language::English << text << expected;
    };

    // --- Chinese dates ---
    zh("seed: the Politburo met on 8月23日, a month and a day, no bare numbers",
       u"中共中央政治局8月23日召開會議,審議《進一步推動西部大開發形成新格局的若干政策措施》。"_s,
       {u"month:8"_s, u"day:23"_s});
    zh("a year with 年 stays a number before month and day", u"2024年8月23日"_s,
       {u"#2024"_s, u"month:8"_s, u"day:23"_s});
    zh("a year written digit by digit with 〇 and a Chinese month and day",
       u"二〇二四年八月二十三日"_s, {u"#2024"_s, u"month:8"_s, u"day:23"_s});
    zh("digit-by-digit year without 〇", u"一九四九年十月一日"_s,
       {u"#1949"_s, u"month:10"_s, u"day:1"_s});
    zh("Chinese month alone", u"今年八月召開"_s, {u"month:8"_s});
    zh("十二月 is December, not twelve", u"十二月舉行"_s, {u"month:12"_s});
    zh("號 right after a month is the day", u"5月4號"_s, {u"month:5"_s, u"day:4"_s});
    zh("seed metadata: ISO date and clock time", u"發佈時間:2024-08-27 08:40:00"_s,
       {u"#2024"_s, u"month:8"_s, u"day:27"_s, u"#8"_s, u"#40"_s, u"#0"_s});
    zh("full-width digits read like ASCII ones", u"２０２４年"_s, {u"#2024"_s});

    // --- Chinese numbers ---
    zh("three-character numeral 三十五 is 35", u"三十五個城市"_s, {u"#35"_s});
    zh("兩百 is 200", u"兩百人參加"_s, {u"#200"_s});
    zh("一萬二千 is 12000", u"一萬二千人"_s, {u"#12000"_s});
    zh("colloquial 三百五 is 350", u"三百五"_s, {u"#350"_s});
    zh("零 fills a gap: 一百零五 is 105", u"一百零五"_s, {u"#105"_s});
    zh("Arabic decimal times 萬", u"3.5萬人"_s, {u"#35000"_s});
    zh("Arabic integer times 萬", u"350萬"_s, {u"#3500000"_s});
    zh("Arabic decimal times 億", u"1.2億元"_s, {u"#120000000"_s});
    zh("Chinese decimal with 點 and 億", u"三點五億"_s, {u"#350000000"_s});
    zh("第 makes a lone numeral an ordinal number", u"第三次會議"_s, {u"#3"_s});
    zh("ordinals with 第 and a two-character numeral", u"第十四屆全國人大和二十大"_s,
       {u"#14"_s, u"#20"_s});
    zh("a lone 一 before a measure word counts", u"走出一條路"_s, {u"#1"_s});
    zh("十多年 is more than ten years", u"十多年來"_s, {u"#10"_s});

    // --- Chinese false positives ---
    zh("一起 is together, not one", u"我們一起走"_s, {});
    zh("統一 is unify", u"統一思想"_s, {});
    zh("seed: 一以貫之 and 一體化 are words",
       u"一以貫之抓好貫徹落實,推進山水林田湖草沙一體化保護"_s, {});
    zh("萬一 is in case", u"萬一出現問題"_s, {});
    zh("進一步 is further", u"進一步推動西部大開發"_s, {});
    zh("十分 is very", u"這十分重要"_s, {});
    zh("千萬 before a verb is by all means", u"千萬不要忘記"_s, {});
    zh("idiom 亂七八糟 holds no number", u"亂七八糟"_s, {});
    zh("三四天 is a range, not 34", u"三四天"_s, {});
    zh("四周 is all around", u"四周都是山"_s, {});
    zh("fractions give nothing", u"三分之一的人"_s, {});
    zh("idiom 一點一滴 is no decimal", u"一點一滴做起"_s, {});
    zh("every week once is no Monday", u"每周一次"_s, {u"#1"_s});
    zh("several tens of years is no ten", u"幾十年來,數十萬人"_s, {});

    // --- Chinese percent and weekdays ---
    zh("百分之五 is five percent", u"增長百分之五"_s, {u"#5"_s, u"percent"_s});
    zh("百分之三點五 is 3.5 percent", u"百分之三點五"_s, {u"#3.5"_s, u"percent"_s});
    zh("ASCII percent sign in Chinese", u"GDP增長5.2%"_s, {u"#5.2"_s, u"percent"_s});
    zh("full-width percent sign and digits", u"增長５％"_s, {u"#5"_s, u"percent"_s});
    zh("percentage points", u"下降0.5個百分點"_s, {u"#0.5"_s, u"percent"_s});
    zh("星期五 is Friday", u"星期五開會"_s, {u"weekday:5"_s});
    zh("週五 is Friday", u"週五開會"_s, {u"weekday:5"_s});
    zh("周日 is Sunday", u"周日休息"_s, {u"weekday:7"_s});
    zh("禮拜天 is Sunday", u"禮拜天休息"_s, {u"weekday:7"_s});

    // --- English dates ---
    en("seed: a meeting on August 23", u"The Political Bureau held a meeting on August 23."_s,
       {u"month:8"_s, u"day:23"_s});
    en("day before month", u"It met on 23 August."_s, {u"month:8"_s, u"day:23"_s});
    en("abbreviated month with a full stop", u"On Aug. 23 it met."_s, {u"month:8"_s, u"day:23"_s});
    en("ordinal day of a month", u"on the 23rd of August"_s, {u"month:8"_s, u"day:23"_s});
    en("ordinal word day of a month", u"on the first of May"_s, {u"month:5"_s, u"day:1"_s});
    en("month, day and year", u"on August 23, 2024,"_s, {u"month:8"_s, u"day:23"_s, u"#2024"_s});
    en("a month name alone", u"It was adopted in August."_s, {u"month:8"_s});
    en("May next to a number is a month", u"the May 4 Movement"_s, {u"month:5"_s, u"day:4"_s});
    en("May with a year", u"since May 2024"_s, {u"month:5"_s, u"#2024"_s});
    en("may the modal verb is no month", u"You may go. May I ask?"_s, {});
    en("abbreviation alone is no month", u"Jan said hello"_s, {});
    en("lower-case august is an adjective", u"an august body"_s, {});

    // --- English numbers ---
    en("a year", u"in 2024"_s, {u"#2024"_s});
    en("thousands separators", u"35,000 people and 1,234,567 more"_s, {u"#35000"_s, u"#1234567"_s});
    en("decimal with million", u"3.5 million tonnes"_s, {u"#3500000"_s});
    en("bn after a decimal is billion", u"worth $3.5bn"_s, {u"#3500000000"_s});
    en("trailing zeros are dropped", u"a rise of 3.50 points"_s, {u"#3.5"_s});
    en("hyphenated number word", u"thirty-five provinces"_s, {u"#35"_s});
    en("two hundred", u"two hundred people"_s, {u"#200"_s});
    en("hundred and", u"Two hundred and fifty delegates"_s, {u"#250"_s});
    en("a dozen and a hundred", u"a dozen times, a hundred years"_s, {u"#12"_s, u"#100"_s});
    en("number words with a large multiplier", u"twelve thousand five hundred"_s, {u"#12500"_s});
    en("lone one is a pronoun and skipped", u"one of the major tasks, no one knows"_s, {});
    en("one inside a compound number counts", u"one hundred and twenty-one"_s, {u"#121"_s});
    en("ordinal words are numbers", u"the first and the twentieth"_s, {u"#1"_s, u"#20"_s});
    en("compound ordinal word", u"the twenty-first century"_s, {u"#21"_s});
    en("ordinal digits", u"the 23rd session and the 14th Five-Year Plan"_s,
       {u"#23"_s, u"#14"_s, u"#5"_s});
    en("fractions give nothing", u"a third of them, two-thirds of us, one-fifth"_s, {});
    en("half is no number", u"half of the region"_s, {});

    // --- English percent and weekdays ---
    en("percent word", u"grew 5 percent"_s, {u"#5"_s, u"percent"_s});
    en("per cent in two words", u"grew 5 per cent"_s, {u"#5"_s, u"percent"_s});
    en("percent sign", u"grew 5.2%"_s, {u"#5.2"_s, u"percent"_s});
    en("number word with percent", u"five percent"_s, {u"#5"_s, u"percent"_s});
    en("percentage points", u"down 0.5 percentage points"_s, {u"#0.5"_s, u"percent"_s});
    en("seed: meeting on Friday", u"held a meeting on Friday to review policies"_s,
       {u"weekday:5"_s});
    en("Sunday is day seven", u"on Sunday"_s, {u"weekday:7"_s});

    // --- No anchors ---
    en("seed sentence without numbers",
       u"We will stay firmly rooted in Chinese culture and showcase them to the world."_s, {});
    zh("seed closing sentence without numbers", u"會議還研究了其他事項。"_s, {});
    zh("empty text", QString(), {});
    QTest::newRow("neutral text reads digits")
        << Language::Neutral << u"2024"_s << QStringList{u"#2024"_s};
}

void TestNumberAnchors::anchors()
{
    QFETCH(Language, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(keys(numberAnchors(text, language)), expected);
}

void TestNumberAnchors::translationsShareAnchors_data()
{
    QTest::addColumn<QString>("chinese");
    QTest::addColumn<QString>("english");

    const auto pair = [](const char *name, const QString &chinese, const QString &english) {
        QTest::newRow(name) << chinese << english;
    };
    pair("seed: the meeting date", u"中共中央政治局8月23日召開會議"_s,
         u"held a meeting on August 23"_s);
    pair("percent written out", u"百分之五"_s, u"5 percent"_s);
    pair("percent sign and per cent", u"增長3.5%"_s, u"grew 3.5 per cent"_s);
    pair("Chinese decimal percent", u"百分之三點五"_s, u"3.5%"_s);
    pair("year digit by digit", u"二〇二四年"_s, u"in 2024"_s);
    pair("萬 and thousands separators", u"3.5萬人"_s, u"35,000 people"_s);
    pair("億 and million", u"1.2億"_s, u"120 million"_s);
    pair("Friday", u"星期五"_s, u"on Friday"_s);
    pair("Sunday", u"週日"_s, u"on Sunday"_s);
    pair("thirty-five", u"三十五個"_s, u"thirty-five"_s);
    pair("two hundred", u"兩百人"_s, u"two hundred people"_s);
    pair("twelve thousand", u"一萬二千"_s, u"12,000"_s);
    pair("ordinal", u"第三次會議"_s, u"the third meeting"_s);
    pair("full date", u"2024年8月23日"_s, u"August 23, 2024"_s);
    pair("day written as an ordinal word", u"5月1日"_s, u"the first of May"_s);
    pair("month alone", u"十二月"_s, u"in December"_s);
    pair("percentage points", u"下降3個百分點"_s, u"down 3 percentage points"_s);
    pair("Party Congress", u"二十大"_s, u"the 20th"_s);
    pair("false friends on both sides", u"一以貫之,統一思想"_s, u"one of the tasks; may go"_s);
}

void TestNumberAnchors::translationsShareAnchors()
{
    QFETCH(QString, chinese);
    QFETCH(QString, english);
    QCOMPARE(sorted(keys(numberAnchors(chinese, Language::Chinese))),
             sorted(keys(numberAnchors(english, Language::English))));
}

void TestNumberAnchors::numberValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QList<double>>("values");

    // Each anchor as the aligner takes it: a number's value, -1 for the other kinds.
    const auto row = [](const char *name, const QString &text, Language language,
                        const QList<double> &values) {
        QTest::newRow(name) << text << language << values;
    };
    row("integer", u"thirty-five"_s, Language::English, {35.0});
    row("decimal", u"3.5%"_s, Language::English, {3.5, -1.0});
    row("large integer", u"1.2億"_s, Language::Chinese, {120000000.0});
    row("beyond 64 bits, exactly", u"123456789012345678901234567890"_s, Language::English,
        {123456789012345678901234567890.0});
    row("month and day are no numbers", u"8月23日"_s, Language::Chinese, {-1.0, -1.0});
    row("weekday is no number", u"Friday"_s, Language::English, {-1.0});
    row("year is a number", u"二〇二四年"_s, Language::Chinese, {2024.0});
}

void TestNumberAnchors::numberValue()
{
    QFETCH(QString, text);
    QFETCH(Language, language);
    QFETCH(QList<double>, values);
    QList<double> found;
    for (const Anchor &anchor : numberAnchors(text, language))
        found.append(anchor.numberValue());
    QCOMPARE(found, values);
}

void TestNumberAnchors::anchorsAreTypedValues()
{
    // The aligner gets kinds and digits, not texts to parse back.
    using Kind = Anchor::Kind;
    const QList<Anchor> expected = {{Kind::Number, u"2024"_s}, {Kind::Month, u"8"_s},
                                    {Kind::Day, u"23"_s},      {Kind::Weekday, u"5"_s},
                                    {Kind::Number, u"3.5"_s},  {Kind::Percent, QString()},
                                    {Kind::Number, u"35000"_s}};
    const QList<Anchor> found =
        numberAnchors(u"2024年8月23日星期五,增長3.5%,3.5萬人"_s, Language::Chinese);
    QVERIFY2(found == expected, qPrintable(keys(found).join(u' ')));
    QCOMPARE(keys(expected), (QStringList{u"#2024"_s, u"month:8"_s, u"day:23"_s, u"weekday:5"_s,
                                          u"#3.5"_s, u"percent"_s, u"#35000"_s}));
}

QTEST_GUILESS_MAIN(TestNumberAnchors)
#include "tst_anchors.moc"
