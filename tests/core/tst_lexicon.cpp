#include "core/align/Lexicon.h"
#include "core/lexicon/LexiconImage.h"
#include "core/lexicon/LexiconTables.h"
#include "core/text/EnglishStemmer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace duizhao;

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

std::shared_ptr<const Lexicon> bundledLexicon()
{
    Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::bundled();
    return lexicon ? lexicon.value() : nullptr;
}

// The stems of @p word's glosses, as text, for readable failure messages.
QStringList glossStems(const Lexicon &lexicon, QStringView word)
{
    QStringList stems;
    for (const int id : lexicon.glosses(word))
        stems.append(lexicon.englishStem(id));
    return stems;
}

QStringList stemsOf(const QStringList &words)
{
    const EnglishStemmer stemmer;
    QStringList stems;
    for (const QString &word : words)
        stems.append(stemmer.stem(word));
    stems.sort();
    return stems;
}

// Hand-written CC-CEDICT lines covering the documented rules.
const char *const kSample = R"(# CC-CEDICT sample
#! date=2026-01-04T16:04:33Z
會 会 [hui4] /can; to know how to/to meet; to get together/CL:個|个[ge4]/
會 会 [kuai4] /(bound form) to reckon accounts/
會議 会议 [hui4 yi4] /meeting/conference/CL:場|场[chang3],屆|届[jie4]/
妳 妳 [ni3] /variant of 你[ni3]/
習 习 [Xi2] /surname Xi/
習 习 [xi2] /to practice/(bound form) habit/
女 女 [nu:3] /female/woman/see also 女兒|女儿[nu:3 er2]/
乾 干 [gan1] /dry/Taiwan pr. [gan4]/also written 亁/
台灣 台湾 [Tai2 wan1] /variant of 臺灣|台湾[Tai2 wan1]/
臺灣 台湾 [Tai2 wan1] /Taiwan/
二手車 二手车 [er4 shou3 che1] /used car/
一帆風順 一帆风顺 [yi1 fan1 feng1 shun4] /lit. smooth sailing (idiom); fig. everything is going smoothly/
not a cedict line
)";

} // namespace

class TestLexicon : public QObject
{
    Q_OBJECT

private slots:
    void bundledResourceIsEmbedded();
    void bundledLexiconLoads();
    void bundledLexiconLoadsUncached();
    void bundledGlosses_data();
    void bundledGlosses();
    void bundledPinyin_data();
    void bundledPinyin();
    void meetingGlossesAreExactlyTheEnglishWords();
    void stopWordsAreNeverGlosses_data();
    void stopWordsAreNeverGlosses();
    void unknownWords_data();
    void unknownWords();

    void sampleHeadwords();
    void sampleGlosses_data();
    void sampleGlosses();
    void samplePinyin_data();
    void samplePinyin();
    void sampleVocabularyHasNoCrossReferences_data();
    void sampleVocabularyHasNoCrossReferences();
    void savedTablesLoadBack();
    void loadErrors();

    void stem_data();
    void stem();
    void isStopWord_data();
    void isStopWord();
};

void TestLexicon::bundledResourceIsEmbedded()
{
    // Linking duizhao_core is enough: the image is in its read-only data.
    const Result<std::shared_ptr<const Lexicon>> embedded = Lexicon::loadEmbedded();
    QVERIFY(embedded);
    QCOMPARE_GT(embedded.value()->headwordCount(), 100000);
}

void TestLexicon::bundledLexiconLoads()
{
    Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::bundled();
    QVERIFY2(lexicon,
             qPrintable(errorCodeName(lexicon ? ErrorCode::Cancelled : lexicon.error().code)));
    QVERIFY(lexicon.value());
    QCOMPARE_GT(lexicon.value()->headwordCount(), 100000);
    QCOMPARE_GT(lexicon.value()->longestHeadword(), 10);
    QCOMPARE_GT(lexicon.value()->englishVocabularySize(), 10000);
    // Cached: the same instance every time.
    QCOMPARE(Lexicon::bundled().value(), lexicon.value());
}

void TestLexicon::bundledLexiconLoadsUncached()
{
    // load() bypasses bundled()'s cache: a second instance with the same contents. Its speed is
    // measured by bench_align, not asserted here.
    const Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::loadEmbedded();
    QVERIFY(lexicon);
    QVERIFY(lexicon.value() != Lexicon::bundled().value());
    QCOMPARE(lexicon.value()->headwordCount(), Lexicon::bundled().value()->headwordCount());
}

void TestLexicon::bundledGlosses_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("english");

    QTest::newRow("會議 (Traditional) means a meeting")
        << utf8("會議") << QStringLiteral("meeting");
    QTest::newRow("会议 (Simplified) means a meeting") << utf8("会议") << QStringLiteral("meeting");
    QTest::newRow("發展 (Traditional) means to develop")
        << utf8("發展") << QStringLiteral("develop");
    QTest::newRow("发展 (Simplified) means development")
        << utf8("发展") << QStringLiteral("development");
    QTest::newRow("習近平 glosses include the surname Xi")
        << utf8("習近平") << QStringLiteral("Xi");
    QTest::newRow("习近平 glosses include the given name Jinping")
        << utf8("习近平") << QStringLiteral("Jinping");
    QTest::newRow("會 merges its readings: to meet (hui4)") << utf8("會") << QStringLiteral("meet");
    QTest::newRow("會 merges its readings: to reckon accounts (kuai4)")
        << utf8("會") << QStringLiteral("accounts");
    QTest::newRow("习 as a surname glosses to xi") << utf8("习") << QStringLiteral("xi");
}

void TestLexicon::bundledGlosses()
{
    QFETCH(QString, word);
    QFETCH(QString, english);
    const std::shared_ptr<const Lexicon> lexicon = bundledLexicon();
    QVERIFY(lexicon);
    const EnglishStemmer stemmer;
    const int id = lexicon->englishId(stemmer.stem(english));
    QVERIFY2(id >= 0, qPrintable(stemmer.stem(english)));
    const std::span<const int> glosses = lexicon->glosses(word);
    QVERIFY2(std::ranges::find(glosses, id) != glosses.end(),
             qPrintable(glossStems(*lexicon, word).join(u' ')));
    QVERIFY(std::ranges::is_sorted(glosses));
}

void TestLexicon::bundledPinyin_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("pinyin");

    QTest::newRow("習近平 is xi jin ping, lower-case and toneless")
        << utf8("習近平")
        << QStringList{QStringLiteral("xi"), QStringLiteral("jin"), QStringLiteral("ping")};
    QTest::newRow("习近平 (Simplified) has the same pinyin")
        << utf8("习近平")
        << QStringList{QStringLiteral("xi"), QStringLiteral("jin"), QStringLiteral("ping")};
    QTest::newRow("会议 is hui yi")
        << utf8("会议") << QStringList{QStringLiteral("hui"), QStringLiteral("yi")};
    QTest::newRow("女 writes ü as v") << utf8("女") << QStringList{QStringLiteral("nv")};
    QTest::newRow("會 takes its first reading, hui")
        << utf8("會") << QStringList{QStringLiteral("hui")};
}

void TestLexicon::bundledPinyin()
{
    QFETCH(QString, word);
    QFETCH(QStringList, pinyin);
    const std::shared_ptr<const Lexicon> lexicon = bundledLexicon();
    QVERIFY(lexicon);
    QCOMPARE(lexicon->pinyin(word), pinyin);
}

void TestLexicon::meetingGlossesAreExactlyTheEnglishWords()
{
    // 會議 /meeting/conference/CL:場|场[chang3],屆|届[jie4]/: the classifier adds nothing.
    const std::shared_ptr<const Lexicon> lexicon = bundledLexicon();
    QVERIFY(lexicon);
    QStringList stems = glossStems(*lexicon, utf8("會議"));
    stems.sort();
    QCOMPARE(stems, stemsOf({QStringLiteral("meeting"), QStringLiteral("conference")}));
    QCOMPARE(glossStems(*lexicon, utf8("会议")), glossStems(*lexicon, utf8("會議")));
}

void TestLexicon::stopWordsAreNeverGlosses_data()
{
    // Not "surname" or "classifier": their stems (surnam, classifi) are shared with content words
    // such as "surnames" and "classified".
    QTest::addColumn<QString>("word");
    for (const char *word : {"the", "of", "to", "a", "sb", "sth", "someone", "something", "etc",
                             "abbr", "variant", "cl", "oneself", "lit", "fig"}) {
        QTest::newRow(qPrintable(QStringLiteral("“%1” is no gloss").arg(utf8(word)))) << utf8(word);
    }
}

void TestLexicon::stopWordsAreNeverGlosses()
{
    QFETCH(QString, word);
    const std::shared_ptr<const Lexicon> lexicon = bundledLexicon();
    QVERIFY(lexicon);
    QCOMPARE(lexicon->englishId(word), -1);
    QCOMPARE(lexicon->englishId(EnglishStemmer().stem(word)), -1);
}

void TestLexicon::unknownWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("an empty word is unknown") << QString();
    QTest::newRow("English text is not a headword") << QStringLiteral("meeting");
    QTest::newRow("a made-up string of characters is unknown") << utf8("議會會議議會會議");
}

void TestLexicon::unknownWords()
{
    QFETCH(QString, word);
    const std::shared_ptr<const Lexicon> lexicon = bundledLexicon();
    QVERIFY(lexicon);
    QVERIFY(!lexicon->contains(word));
    QVERIFY(lexicon->glosses(word).empty());
    QVERIFY(lexicon->pinyin(word).isEmpty());
    QCOMPARE(lexicon->englishId(word.isEmpty() ? QStringLiteral("zzzzqx")
                                               : word + QStringLiteral("zzqx")),
             -1);
    QCOMPARE(lexicon->englishStem(-1), QString());
    QCOMPARE(lexicon->englishStem(lexicon->englishVocabularySize()), QString());
}

void TestLexicon::sampleHeadwords()
{
    const std::shared_ptr<const Lexicon> lexicon = Lexicon::fromCedictText(utf8(kSample));
    // 會 会 會議 会议 妳 習 习 女 乾 干 台灣 台湾 臺灣 二手車 二手车 一帆風順 一帆风顺:
    // Traditional and Simplified, readings merged.
    QCOMPARE(lexicon->headwordCount(), 17);
    QCOMPARE(lexicon->longestHeadword(), 4);
    QVERIFY(lexicon->contains(utf8("妳")));
    QVERIFY(!lexicon->contains(utf8("你")));
    QVERIFY(!lexicon->contains(QStringLiteral("not")));
}

void TestLexicon::sampleGlosses_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("english");

    QTest::newRow("readings of 會 are merged; stop words and the classifier are dropped")
        << utf8("會") << QStringList{QStringLiteral("know"),   QStringLiteral("meet"),
                                     QStringLiteral("get"),    QStringLiteral("together"),
                                     QStringLiteral("reckon"), QStringLiteral("accounts")};
    QTest::newRow("the Simplified 会 has the same glosses")
        << utf8("会") << QStringList{QStringLiteral("know"),   QStringLiteral("meet"),
                                     QStringLiteral("get"),    QStringLiteral("together"),
                                     QStringLiteral("reckon"), QStringLiteral("accounts")};
    QTest::newRow("a classifier gloss adds nothing to 會議")
        << utf8("會議") << QStringList{QStringLiteral("meeting"), QStringLiteral("conference")};
    QTest::newRow("a variant of a word not in the dictionary has no glosses")
        << utf8("妳") << QStringList();
    QTest::newRow("a variant shares the glosses of its main form")
        << utf8("台灣") << QStringList{QStringLiteral("Taiwan")};
    QTest::newRow("used car is a translation, not a usage note; used is a stop word")
        << utf8("二手车") << QStringList{QStringLiteral("car")};
    QTest::newRow("surname Xi glosses to xi; parentheses are dropped")
        << utf8("習")
        << QStringList{QStringLiteral("xi"), QStringLiteral("practice"), QStringLiteral("habit")};
    QTest::newRow("see also is a cross-reference")
        << utf8("女") << QStringList{QStringLiteral("female"), QStringLiteral("woman")};
    QTest::newRow("pronunciation and spelling notes are dropped")
        << utf8("干") << QStringList{QStringLiteral("dry")};
    QTest::newRow("lit. and fig. labels are stop words; (idiom) is dropped")
        << utf8("一帆风顺")
        << QStringList{QStringLiteral("smooth"), QStringLiteral("sailing"),
                       QStringLiteral("everything"), QStringLiteral("going"),
                       QStringLiteral("smoothly")};
}

void TestLexicon::sampleGlosses()
{
    QFETCH(QString, word);
    QFETCH(QStringList, english);
    const std::shared_ptr<const Lexicon> lexicon = Lexicon::fromCedictText(utf8(kSample));
    QVERIFY(lexicon->contains(word));
    QStringList stems = glossStems(*lexicon, word);
    stems.sort();
    QStringList expected = stemsOf(english);
    expected.removeDuplicates();
    QCOMPARE(stems, expected);
}

void TestLexicon::samplePinyin_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("pinyin");

    QTest::newRow("the first reading of 會 wins")
        << utf8("會") << QStringList{QStringLiteral("hui")};
    QTest::newRow("a capitalised surname reading is lower-cased")
        << utf8("习") << QStringList{QStringLiteral("xi")};
    QTest::newRow("u: is written v") << utf8("女") << QStringList{QStringLiteral("nv")};
    QTest::newRow("one syllable per character")
        << utf8("一帆風順")
        << QStringList{QStringLiteral("yi"), QStringLiteral("fan"), QStringLiteral("feng"),
                       QStringLiteral("shun")};
}

void TestLexicon::samplePinyin()
{
    QFETCH(QString, word);
    QFETCH(QStringList, pinyin);
    QCOMPARE(Lexicon::fromCedictText(utf8(kSample))->pinyin(word), pinyin);
}

void TestLexicon::sampleVocabularyHasNoCrossReferences_data()
{
    QTest::addColumn<QString>("stem");
    for (const char *stem : {"cl", "ge", "chang", "ni", "nv", "er", "see", "also", "written", "pr",
                             "gan", "bound", "form", "idiom", "lit", "fig", "can"})
        QTest::newRow(qPrintable(QStringLiteral("“%1” is not in the vocabulary").arg(utf8(stem))))
            << utf8(stem);
}

void TestLexicon::sampleVocabularyHasNoCrossReferences()
{
    QFETCH(QString, stem);
    QCOMPARE(Lexicon::fromCedictText(utf8(kSample))->englishId(stem), -1);
}

void TestLexicon::savedTablesLoadBack()
{
    // What the build tool writes, Lexicon::load() reads back unchanged.
    const std::shared_ptr<const Lexicon> built = Lexicon::fromCedictText(utf8(kSample));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sample.lex"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lexicon::serialize(lexicon::buildFromCedict(utf8(kSample))));
    file.close();

    const Result<std::shared_ptr<const Lexicon>> loaded = Lexicon::load(path);
    QVERIFY(loaded);
    const Lexicon &copy = *loaded.value();
    QCOMPARE(copy.headwordCount(), built->headwordCount());
    QCOMPARE(copy.longestHeadword(), built->longestHeadword());
    QCOMPARE(copy.englishVocabularySize(), built->englishVocabularySize());
    for (const char *word : {"會", "会", "會議", "妳", "習", "女", "干", "台灣", "一帆風順"}) {
        QVERIFY(copy.contains(utf8(word)));
        QCOMPARE(glossStems(copy, utf8(word)), glossStems(*built, utf8(word)));
        QCOMPARE(copy.pinyin(utf8(word)), built->pinyin(utf8(word)));
    }
}

void TestLexicon::loadErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<std::shared_ptr<const Lexicon>> missing =
        Lexicon::load(dir.filePath(QStringLiteral("missing.lex")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::FileNotFound);

    // A valid file cut short, one that is not a lexicon at all, and one whose last syllable
    // start does not match its characters.
    const QByteArray valid = lexicon::serialize(lexicon::buildFromCedict(utf8(kSample)));
    QByteArray pastTheEnd = valid;
    pastTheEnd[pastTheEnd.size() - 4] = char(0x7f);
    for (const QByteArray &bytes :
         {valid.left(valid.size() - 3), QByteArray("cedict_ts.u8"), pastTheEnd}) {
        const QString path = dir.filePath(QStringLiteral("broken.lex"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const Result<std::shared_ptr<const Lexicon>> broken = Lexicon::load(path);
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, ErrorCode::FileUnreadable);
        QCOMPARE(broken.error().context, path);
    }
}

void TestLexicon::stem_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");

    QTest::newRow("developments stems to develop")
        << QStringLiteral("developments") << QStringLiteral("develop");
    QTest::newRow("meeting stems to meet") << QStringLiteral("meeting") << QStringLiteral("meet");
    QTest::newRow("Porter 2 gives stabil for stability")
        << QStringLiteral("stability") << QStringLiteral("stabil");
    QTest::newRow("input is lower-cased first")
        << QStringLiteral("Meetings") << QStringLiteral("meet");
    QTest::newRow("a possessive loses its apostrophe-s")
        << QStringLiteral("china's") << QStringLiteral("china");
    QTest::newRow("names are stemmed like any word")
        << QStringLiteral("Jinping") << QStringLiteral("jinp");
    QTest::newRow("an empty word stays empty") << QString() << QString();
}

void TestLexicon::stem()
{
    QFETCH(QString, word);
    QFETCH(QString, stem);
    QCOMPARE(EnglishStemmer().stem(word), stem);
}

void TestLexicon::isStopWord_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("stop");

    QTest::newRow("the article the is a stop word") << QStringLiteral("the") << true;
    QTest::newRow("the preposition of is a stop word") << QStringLiteral("of") << true;
    QTest::newRow("CEDICT's sth is a stop word") << QStringLiteral("sth") << true;
    QTest::newRow("one's is a stop word") << QStringLiteral("one's") << true;
    QTest::newRow("one’s with a typographic apostrophe too") << utf8("one’s") << true;
    QTest::newRow("surname is a stop word") << QStringLiteral("surname") << true;
    QTest::newRow("the negation not carries meaning") << QStringLiteral("not") << false;
    QTest::newRow("the content word meeting is not a stop word")
        << QStringLiteral("meeting") << false;
    QTest::newRow("upper case is not lower-cased for the caller") << QStringLiteral("The") << false;
    QTest::newRow("an empty word is not a stop word") << QString() << false;
}

void TestLexicon::isStopWord()
{
    QFETCH(QString, word);
    QFETCH(bool, stop);
    QCOMPARE(EnglishStemmer::isStopWord(word), stop);
}

QTEST_GUILESS_MAIN(TestLexicon)
#include "tst_lexicon.moc"
