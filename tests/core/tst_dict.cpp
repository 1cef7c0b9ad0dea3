#include "core/dict/Dictionary.h"
#include "core/dict/Pinyin.h"
#include "core/dict/Senses.h"

#include <QTest>

using namespace duizhao;

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QString readingOf(const QList<PinyinWord> &words)
{
    QStringList readings;
    for (const PinyinWord &word : words)
        readings << word.text();
    return readings.join(QLatin1Char(' '));
}

} // namespace

class TestDictionary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void numberedPinyinToMarks_data();
    void numberedPinyinToMarks();
    void toneNumbers();
    void zhuyin_data();
    void zhuyin();
    void looksUpTraditionalAndSimplified();
    void longestMatchAtPosition();
    void classifiersParsed();
    void englishReverseLookup();
    void pinyinOfHeteronyms_data();
    void pinyinOfHeteronyms();
    void pinyinFallsBackPerCharacter();
    void sensesOfEntries();
    void rejectsBrokenData();

private:
    std::shared_ptr<const Dictionary> m_dictionary;
};

void TestDictionary::initTestCase()
{
    m_dictionary = Dictionary::shared();
    QVERIFY(m_dictionary->isValid());
    QVERIFY(m_dictionary->entryCount() > 100000);
}

void TestDictionary::numberedPinyinToMarks_data()
{
    QTest::addColumn<QString>("numbered");
    QTest::addColumn<QString>("marked");
    QTest::newRow("kaifa") << "kai1 fa1" << utf8("kāi fā");
    QTest::newRow("capital") << "Chang2 cheng2" << utf8("Cháng chéng");
    QTest::newRow("u-colon") << "nu:3 lu:e4" << utf8("nǚ lüè");
    QTest::newRow("ou") << "zhou1 liu2" << utf8("zhōu liú");
    QTest::newRow("neutral") << "ma5"
                             << "ma";
    QTest::newRow("no vowel") << "r5"
                              << "r";
    QTest::newRow("punctuation") << utf8("A A zhi4 · hao3") << utf8("A A zhì · hǎo");
}

void TestDictionary::numberedPinyinToMarks()
{
    QFETCH(QString, numbered);
    QFETCH(QString, marked);
    QCOMPARE(pinyin::toMarks(numbered), marked);
}

void TestDictionary::toneNumbers()
{
    QCOMPARE(pinyin::toneNumbers(u"yin2 hang2 ma5 ,"), (QList<int>{2, 2, 5, 0}));
    QCOMPARE(pinyin::toneOfMarked(utf8("háng")), 2);
    QCOMPARE(pinyin::toneOfMarked(u"ma"), 5);
    QCOMPARE(pinyin::markedToNumbered(utf8("lüè")), QStringLiteral("lu:e4"));
}

void TestDictionary::zhuyin_data()
{
    QTest::addColumn<QString>("numbered");
    QTest::addColumn<QString>("zhuyin");
    QTest::newRow("yinhang") << "yin2 hang2" << utf8("ㄧㄣˊ ㄏㄤˊ");
    QTest::newRow("zhi") << "zhi1 shi5" << utf8("ㄓ ˙ㄕ");
    QTest::newRow("xue") << "xue2 qu4" << utf8("ㄒㄩㄝˊ ㄑㄩˋ");
    QTest::newRow("you wei") << "you3 wei4" << utf8("ㄧㄡˇ ㄨㄟˋ");
    QTest::newRow("yong nu:") << "yong3 nu:3" << utf8("ㄩㄥˇ ㄋㄩˇ");
    QTest::newRow("hong er") << "hong2 er2" << utf8("ㄏㄨㄥˊ ㄦˊ");
}

void TestDictionary::zhuyin()
{
    QFETCH(QString, numbered);
    QFETCH(QString, zhuyin);
    QCOMPARE(pinyin::toZhuyin(numbered), zhuyin);
}

void TestDictionary::looksUpTraditionalAndSimplified()
{
    for (const QString &word : {utf8("開發"), utf8("开发")}) {
        const QList<DictionaryEntry> entries = m_dictionary->lookup(word);
        QVERIFY2(!entries.isEmpty(), qPrintable(word));
        const DictionaryEntry &entry = entries.constFirst();
        QCOMPARE(entry.traditional, utf8("開發"));
        QCOMPARE(entry.simplified, utf8("开发"));
        QCOMPARE(entry.pinyin, utf8("kāi fā"));
        QCOMPARE(entry.tones, (QList<int>{1, 1}));
        QVERIFY(entry.glosses.join(QLatin1Char('/')).contains(QLatin1String("to develop")));
    }
    QVERIFY(m_dictionary->lookup(u"").isEmpty());
    QVERIFY(m_dictionary->lookup(u"xyz").isEmpty());
}

void TestDictionary::longestMatchAtPosition()
{
    const QString text = utf8("推進西部大開發形成新格局");
    // 西部大開發 is itself a headword; at 大 the longest word is 大開發 or 大開, never just 大.
    const DictionaryMatch atWest = m_dictionary->longestMatch(text, 2);
    QCOMPARE(atWest.position, 2);
    QVERIFY(atWest.length >= 2);
    QCOMPARE(atWest.entries.constFirst().traditional, text.mid(2, atWest.length));
    const DictionaryMatch atDevelop = m_dictionary->longestMatch(text, 5);
    QCOMPARE(atDevelop.length, 2);
    QCOMPARE(atDevelop.entries.constFirst().pinyin, utf8("kāi fā"));
    // Every entry of the word: 行 has (at least) háng and xíng.
    const DictionaryMatch character = m_dictionary->longestMatch(utf8("行。"), 0);
    QCOMPARE(character.length, 1);
    QStringList readings;
    for (const DictionaryEntry &entry : character.entries)
        readings << entry.pinyin;
    QVERIFY(readings.contains(utf8("háng")));
    QVERIFY(readings.contains(utf8("xíng")));
    QVERIFY(m_dictionary->longestMatch(u"abc", 0).isEmpty());
    QVERIFY(m_dictionary->longestMatch(text, text.size()).isEmpty());
    QVERIFY(m_dictionary->longestMatch(text, -1).isEmpty());
}

void TestDictionary::classifiersParsed()
{
    const QList<DictionaryEntry> entries = m_dictionary->lookup(utf8("银行"));
    QVERIFY(!entries.isEmpty());
    const DictionaryEntry &bank = entries.constFirst();
    QVERIFY(!bank.glosses.join(QString()).contains(QLatin1String("CL:")));
    QVERIFY(bank.classifiers.size() >= 2);
    QCOMPARE(bank.classifiers.at(0).traditional, utf8("家"));
    QCOMPARE(bank.classifiers.at(0).pinyin, utf8("jiā"));
    QCOMPARE(bank.classifiers.at(1).traditional, utf8("個"));
    QCOMPARE(bank.classifiers.at(1).simplified, utf8("个"));
    QCOMPARE(bank.classifiers.at(1).pinyin, utf8("gè"));
}

void TestDictionary::englishReverseLookup()
{
    for (const QString &query : {QStringLiteral("bank"), QStringLiteral("Banks")}) {
        const QList<DictionaryEntry> entries = m_dictionary->lookupEnglish(query, 10);
        QVERIFY(!entries.isEmpty());
        QStringList headwords;
        for (const DictionaryEntry &entry : entries)
            headwords << entry.simplified;
        QVERIFY2(headwords.indexOf(utf8("银行")) >= 0 && headwords.indexOf(utf8("银行")) < 5,
                 qPrintable(headwords.join(QLatin1Char(' '))));
    }
    QVERIFY(m_dictionary->lookupEnglish(u"develop", 50).size() > 3);
    QCOMPARE(m_dictionary->lookupEnglish(u"zzzzqx").size(), 0);
    QCOMPARE(m_dictionary->lookupEnglish(u"bank", 3).size(), 3);
}

void TestDictionary::pinyinOfHeteronyms_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("reading");
    QTest::newRow("bank") << utf8("銀行") << utf8("yínháng");
    QTest::newRow("great wall") << utf8("長城") << utf8("Chángchéng");
    QTest::newRow("music") << utf8("音樂") << utf8("yīnyuè");
    QTest::newRow("sentence") << utf8("他在银行工作。") << utf8("tā zài yínháng gōngzuò");
    QTest::newRow("happy") << utf8("快樂") << utf8("kuàilè");
    // A word fixes the reading; a character alone takes the reading most words with it use, or
    // its particle reading after another character.
    QTest::newRow("long") << utf8("長城很長。") << utf8("Chángchéng hěn cháng");
    QTest::newRow("grow") << utf8("孩子長大了。") << utf8("háizi zhǎngdà le");
    QTest::newRow("walk") << utf8("他行不行？") << utf8("tā xíng bùxíng");
    QTest::newRow("bank, where") << utf8("银行在哪里？") << utf8("yínháng zài nǎlǐ");
    QTest::newRow("still") << utf8("他還是學生。") << utf8("tā háishi xuésheng");
    QTest::newRow("return") << utf8("我還書了。") << utf8("wǒ huánshū le");
    QTest::newRow("heavy") << utf8("這個很重。") << utf8("zhège hěn zhòng");
    QTest::newRow("again") << utf8("他重新寫。") << utf8("tā chóngxīn xiě");
    QTest::newRow("particle le") << utf8("我吃了飯。") << utf8("wǒ chī le fàn");
    QTest::newRow("understand") << utf8("我了解。") << utf8("wǒ liǎojiě");
    QTest::newRow("particle de") << utf8("他跑得快。") << utf8("tā pǎo de kuài");
    QTest::newRow("obtain") << utf8("他得到了。") << utf8("tā dédào le");
    // A function word stands alone far more often than in compounds, where its other reading
    // may be more common: 還 hái "still" (huán "to return" in 62 words), 都 dōu "all" (dū in
    // 都市), 將 jiāng "will", 應 yīng "should", 曾 céng, 更 gèng, 倒 dào.
    QTest::newRow("still") << utf8("他還在家。") << utf8("tā hái zàijiā");
    QTest::newRow("still, simplified") << utf8("他还说。") << utf8("tā hái shuō");
    QTest::newRow("all") << utf8("我們都去。") << utf8("wǒmen dōu qù");
    QTest::newRow("all, simplified") << utf8("他们都来了。") << utf8("tāmen dōu lái le");
    QTest::newRow("will") << utf8("我们将去北京。") << utf8("wǒmen jiāng qù Běijīng");
    QTest::newRow("should") << utf8("你应去。") << utf8("nǐ yīng qù");
    QTest::newRow("once") << utf8("他曾來過。") << utf8("tā céng lái guo");
    QTest::newRow("more") << utf8("这个更大。") << utf8("zhège gèng dà");
    QTest::newRow("rather") << utf8("他倒不怕。") << utf8("tā dào bùpà");
    QTest::newRow("only") << utf8("我只去。") << utf8("wǒ zhǐ qù");
    // A classifier's reading after a numeral: 一只 zhī (隻), 一處 chù.
    QTest::newRow("classifier") << utf8("一只猫") << utf8("yī zhī māo");
    QTest::newRow("classifier, place") << utf8("兩處房子") << utf8("liǎng chù fángzi");
    // A sentence-final particle only at the end of a clause (哪 na), else 哪 nǎ "which".
    QTest::newRow("which") << utf8("你要哪本書？") << utf8("nǐ yào nǎ běn shū");
    // A particle belongs to the word before it, across the spaces of tokenized text, but not
    // after a comma: 過 guo after a verb, guò at the start of a clause.
    QTest::newRow("tokenized") << utf8("我 去 過 北京 。") << utf8("wǒ qù guo Běijīng");
    QTest::newRow("clause start") << utf8("他說，過兩天再來。")
                                  << utf8("tā shuō guò liǎng tiān zài lái");
}

void TestDictionary::pinyinOfHeteronyms()
{
    QFETCH(QString, sentence);
    QFETCH(QString, reading);
    QCOMPARE(readingOf(m_dictionary->pinyinWords(sentence)), reading);
}

void TestDictionary::pinyinFallsBackPerCharacter()
{
    // 乬 is not in CC-CEDICT: ICU's Han-Latin reads it. 行 alone is read from the dictionary.
    const QString sentence = utf8("乬，Go 行");
    const QList<PinyinWord> words = m_dictionary->pinyinWords(sentence);
    QCOMPARE(words.size(), 2);
    QCOMPARE(words.at(0).position, 0);
    QCOMPARE(words.at(1).position, sentence.size() - 1);
    QCOMPARE(words.at(0).text(), utf8("jù"));
    QVERIFY(!words.at(0).fromDictionary);
    QCOMPARE(words.at(0).tones, QList<int>{4});
    QCOMPARE(words.at(0).zhuyin, utf8("ㄐㄩˋ"));
    QCOMPARE(words.at(1).text(), utf8("xíng"));
    QVERIFY(words.at(1).fromDictionary);
    QCOMPARE(words.at(1).tones, QList<int>{2});
    QCOMPARE(words.at(1).zhuyin, utf8("ㄒㄧㄥˊ"));
}

void TestDictionary::sensesOfEntries()
{
    // The entry of a character with the reading given, as CC-CEDICT lists it.
    const auto entryOf = [this](const char *character, const char *numbered) {
        for (const DictionaryEntry &entry : m_dictionary->lookup(utf8(character)))
            if (entry.pinyinNumbered == QLatin1String(numbered))
                return entry;
        return DictionaryEntry{};
    };
    QVERIFY(senses::hasFunctionSense(entryOf("還", "hai2")));    // still; yet
    QVERIFY(!senses::hasFunctionSense(entryOf("還", "huan2")));  // to pay back; to return
    QVERIFY(senses::hasFunctionSense(entryOf("都", "dou1")));    // all; both
    QVERIFY(!senses::hasFunctionSense(entryOf("都", "du1")));    // capital city
    QVERIFY(!senses::hasFunctionSense(entryOf("重", "chong2"))); // again, re-: bound
    QVERIFY(senses::isCrossReference(entryOf("都", "Du1")));     // surname Du
    QVERIFY(senses::isCrossReference(entryOf("便", "pian2")));   // used in 便宜
    QVERIFY(!senses::isCrossReference(entryOf("便", "bian4")));
    QVERIFY(senses::isClassifier(entryOf("隻", "zhi1")));
    QVERIFY(!senses::isClassifier(entryOf("和", "huo4"))); // a classifier only third
    QVERIFY(senses::isParticle(entryOf("了", "le5")));
    QVERIFY(!senses::isFinalParticle(entryOf("了", "le5")));
    QVERIFY(senses::isFinalParticle(entryOf("哪", "na5")));
}

void TestDictionary::rejectsBrokenData()
{
    QVERIFY(!Dictionary::fromData(QByteArray())->isValid());
    QVERIFY(!Dictionary::fromData(QByteArray(200, 'x'))->isValid());
    QByteArray truncated = QByteArray("DZDICT01") + QByteArray(40, '\xff');
    const auto broken = Dictionary::fromData(truncated);
    QVERIFY(!broken->isValid());
    QVERIFY(broken->longestMatch(utf8("開發"), 0).isEmpty());
    QVERIFY(broken->pinyinWords(utf8("開發")).size() <= 2);
}

QTEST_GUILESS_MAIN(TestDictionary)
#include "tst_dict.moc"
