#include "core/align/Aligner.h"
#include "core/align/LearnedWords.h"
#include "core/align/Lexicon.h"
#include "core/align/RepeatedSentences.h"
#include "core/parse/DocumentReader.h"
#include "core/text/ScriptConverter.h"
#include "tests/core/EvaluationSets.h"
#include "tests/core/TranslatedWords.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

namespace {

// A tiny dictionary in CC-CEDICT's format, so that the hand-made cases do not depend on the
// bundled data.
const QString tinyCedict =
    QStringLiteral("貓 猫 [mao1] /cat/\n"
                   "狗 狗 [gou3] /dog/\n"
                   "魚 鱼 [yu2] /fish/\n"
                   "鳥 鸟 [niao3] /bird/\n"
                   "吃 吃 [chi1] /to eat/\n"
                   "睡覺 睡觉 [shui4 jiao4] /to sleep/\n"
                   "花園 花园 [hua1 yuan2] /garden/\n"
                   "唱歌 唱歌 [chang4 ge1] /to sing/\n"
                   "早上 早上 [zao3 shang5] /morning/\n"
                   "晚上 晚上 [wan3 shang5] /evening/night/\n"
                   "下雨 下雨 [xia4 yu3] /to rain/rainy/\n"
                   "天氣 天气 [tian1 qi4] /weather/\n"
                   "醫生 医生 [yi1 sheng1] /doctor/\n"
                   "醫院 医院 [yi1 yuan4] /hospital/\n"
                   "學校 学校 [xue2 xiao4] /school/\n"
                   "老師 老师 [lao3 shi1] /teacher/\n"
                   "學生 学生 [xue2 sheng5] /student/\n"
                   "書 书 [shu1] /book/\n"
                   "河 河 [he2] /river/\n"
                   "山 山 [shan1] /mountain/hill/\n"
                   "火車 火车 [huo3 che1] /train/\n"
                   "城市 城市 [cheng2 shi4] /city/\n"
                   "會議 会议 [hui4 yi4] /meeting/conference/\n"
                   "經濟 经济 [jing1 ji4] /economy/economic/\n"
                   "增長 增长 [zeng1 zhang3] /to grow/growth/\n"
                   "張 张 [zhang1] /surname Zhang/\n"
                   "偉 伟 [wei3] /great/\n"
                   "農民 农民 [nong2 min2] /farmer/peasant/\n"
                   "種 种 [zhong4] /to plant/\n"
                   "米 米 [mi3] /rice/\n"
                   "紅色 红色 [hong2 se4] /red/\n"
                   "藍色 蓝色 [lan2 se4] /blue/\n"
                   "房子 房子 [fang2 zi5] /house/\n"
                   "窗戶 窗户 [chuang1 hu5] /window/\n"
                   "門 门 [men2] /door/\n"
                   "討論 讨论 [tao3 lun4] /to discuss/to talk over/\n"
                   "許多 许多 [xu3 duo1] /many/a lot of/\n"
                   "事情 事情 [shi4 qing5] /affair/matter/thing/\n"
                   "問題 问题 [wen4 ti2] /question/problem/issue/\n"
                   "別的 别的 [bie2 de5] /else/other/\n"
                   "召開 召开 [zhao4 kai1] /to convene (a conference or meeting)/\n");

std::shared_ptr<const Lexicon> tinyLexicon()
{
    static const std::shared_ptr<const Lexicon> lexicon = Lexicon::fromCedictText(tinyCedict);
    return lexicon;
}

QList<AlignmentUnit> units(const QStringList &sentences)
{
    QList<AlignmentUnit> result;
    for (const QString &sentence : sentences)
        result.append({sentence, 0, false});
    return result;
}

/// Appends @p count random sentences of the tiny lexicon's words and their translations.
void appendTranslatedSentences(QRandomGenerator &random, int count, QStringList &chinese,
                               QStringList &english)
{
    const QList<std::pair<QString, QString>> &words = testing::translatedWords();
    for (int i = 0; i < count; ++i) {
        QString zh;
        QStringList en;
        for (int w = int(random.bounded(3, 8)); w > 0; --w) {
            const auto &[chineseWord, englishWord] = words.at(random.bounded(words.size()));
            zh += chineseWord;
            en.append(englishWord);
        }
        chinese.append(zh + u'。');
        english.append(QStringLiteral("The ") + en.join(u' ') + u'.');
    }
}

/// A name no dictionary has, in most pairs of a short text: one Chinese line, one English.
QString vokameiText()
{
    return QStringLiteral(
        "沃卡梅住在山上。沃卡梅每天早上喝茶。我們的老師叫沃卡梅。他的朋友很喜歡沃卡梅。"
        "今天下雨了。沃卡梅明天去北京。這個城市很大。沃卡梅寫了一本書。\n"
        "Vokamei lives on the mountain. Vokamei drinks tea every morning. Our teacher is called "
        "Vokamei. His friend likes Vokamei very much. It rained today. Vokamei goes to Beijing "
        "tomorrow. This city is big. Vokamei wrote a book.\n");
}

QString links(const QList<Bead> &beads)
{
    QStringList parts;
    for (const Bead &bead : beads) {
        QStringList zh, en;
        for (int k = 0; k < bead.chineseCount; ++k)
            zh.append(QString::number(bead.chineseBegin + k));
        for (int k = 0; k < bead.englishCount; ++k)
            en.append(QString::number(bead.englishBegin + k));
        parts.append(u'[' + zh.join(u',') + QStringLiteral("]:[") + en.join(u',') + u']');
    }
    return parts.join(u' ');
}

/// Every sentence of both sides in exactly one bead, in order, confidences in [0, 1].
void verifyCoverage(const QList<Bead> &beads, int chineseCount, int englishCount)
{
    int nextChinese = 0, nextEnglish = 0;
    for (const Bead &bead : beads) {
        QCOMPARE(bead.chineseBegin, nextChinese);
        QCOMPARE(bead.englishBegin, nextEnglish);
        QVERIFY(bead.chineseCount + bead.englishCount > 0);
        QVERIFY(bead.confidence >= 0.0 && bead.confidence <= 1.0);
        nextChinese += bead.chineseCount;
        nextEnglish += bead.englishCount;
    }
    QCOMPARE(nextChinese, chineseCount);
    QCOMPARE(nextEnglish, englishCount);
}

QString sharedEval()
{
    return QStringLiteral(DUIZHAO_SHARED_DIR "/eval");
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

struct Score
{
    int correct = 0;
    int test = 0;
    int gold = 0;
    double f1() const { return test + gold == 0 ? 0.0 : 2.0 * correct / double(test + gold); }
};

} // namespace

class TestAligner : public QObject
{
    Q_OBJECT

private slots:
    void beadTypes_data();
    void beadTypes();
    void unmatchableUnitsStayAlone();
    void numbersAnchorOtherwiseAlikeSentences();
    void namesMatchThroughPinyin();
    void repeatedUnitsAreCopiesNotPatterns();
    void aPastedCopyHasNoCounterpart();
    void wordOrderPlacesASentenceBetweenTwo();
    void emptySides();
    void coverageOrderAndDeterminismOnRandomInput();
    void pathFarFromTheLengthDiagonalIsFound();
    void wideningCostStaysLinear();
    void firstBandStaysNarrowOnRepeatedChapters();
    void firstBandIsLinearBetweenSparseAnchors();
    void identicalTinySentencesStayLinear();
    void traditionalAndSimplifiedAlignAlike();
    void confidenceIsLowerForAWrongGuess();
    void seedArticle();
    void documentTeachesNamesTheDictionaryLacks();
    void evaluationSetsDoNotRegress_data();
    void evaluationSetsDoNotRegress();
};

void TestAligner::beadTypes_data()
{
    QTest::addColumn<QStringList>("chinese");
    QTest::addColumn<QStringList>("english");
    QTest::addColumn<QString>("expected");

    const QStringList base = {QStringLiteral("貓在花園裏睡覺。"), QStringLiteral("狗吃魚。"),
                              QStringLiteral("鳥在早上唱歌。")};
    QTest::newRow("one to one") << base
                                << QStringList{QStringLiteral("The cat sleeps in the garden."),
                                               QStringLiteral("The dog eats fish."),
                                               QStringLiteral("Birds sing in the morning.")}
                                << QStringLiteral("[0]:[0] [1]:[1] [2]:[2]");
    QTest::newRow("one Chinese sentence split into two English ones")
        << QStringList{QStringLiteral("醫生在醫院,老師在學校。"), QStringLiteral("狗吃魚。")}
        << QStringList{QStringLiteral("The doctor is at the hospital."),
                       QStringLiteral("The teacher is at school."),
                       QStringLiteral("The dog eats fish.")}
        << QStringLiteral("[0]:[0,1] [1]:[2]");
    QTest::newRow("two Chinese sentences merged into one English one")
        << QStringList{QStringLiteral("醫生在醫院。"), QStringLiteral("老師在學校。"),
                       QStringLiteral("狗吃魚。")}
        << QStringList{QStringLiteral(
                           "The doctor is at the hospital and the teacher is at school."),
                       QStringLiteral("The dog eats fish.")}
        << QStringLiteral("[0,1]:[0] [2]:[1]");
    QTest::newRow("one to three") << QStringList{QStringLiteral("農民種米,學生讀書,火車過河。"),
                                                 QStringLiteral("天氣下雨。")}
                                  << QStringList{QStringLiteral("Farmers plant rice."),
                                                 QStringLiteral("Students read books."),
                                                 QStringLiteral("The train crosses the river."),
                                                 QStringLiteral("The weather is rainy.")}
                                  << QStringLiteral("[0]:[0,1,2] [1]:[3]");
    QTest::newRow("one to four") << QStringList{QStringLiteral(
                                                    "紅色的房子,藍色的門,城市的山,花園的鳥。"),
                                                QStringLiteral("狗吃魚。")}
                                 << QStringList{QStringLiteral("The house is red."),
                                                QStringLiteral("The door is blue."),
                                                QStringLiteral("The city has hills."),
                                                QStringLiteral("The garden has birds."),
                                                QStringLiteral("The dog eats fish.")}
                                 << QStringLiteral("[0]:[0,1,2,3] [1]:[4]");
    QTest::newRow("one to five")
        << QStringList{QStringLiteral("紅色的房子,藍色的門,城市的山,花園的鳥,河邊的樹。"),
                       QStringLiteral("狗吃魚。")}
        << QStringList{QStringLiteral("The house is red."),
                       QStringLiteral("The door is blue."),
                       QStringLiteral("The city has hills."),
                       QStringLiteral("The garden has birds."),
                       QStringLiteral("The river has trees."),
                       QStringLiteral("The dog eats fish.")}
        << QStringLiteral("[0]:[0,1,2,3,4] [1]:[5]");
    QTest::newRow("an English sentence with no counterpart")
        << base
        << QStringList{QStringLiteral("The cat sleeps in the garden."),
                       QStringLiteral(
                           "Quantum chromodynamics remains unsolved, several observers at "
                           "the annual physics symposium in Geneva noted with some regret "
                           "yesterday afternoon."),
                       QStringLiteral("The dog eats fish."),
                       QStringLiteral("Birds sing in the morning.")}
        << QStringLiteral("[0]:[0] []:[1] [1]:[2] [2]:[3]");
    QTest::newRow("a Chinese sentence with no counterpart")
        << QStringList{QStringLiteral("貓在花園裏睡覺。"),
                       QStringLiteral(
                           "他們在會議上討論了許多別的事情和問題,包括經濟增長、城市、學校、"
                           "醫院、火車和農民的問題。"),
                       QStringLiteral("狗吃魚。"), QStringLiteral("鳥在早上唱歌。")}
        << QStringList{QStringLiteral("The cat sleeps in the garden."),
                       QStringLiteral("The dog eats fish."),
                       QStringLiteral("Birds sing in the morning.")}
        << QStringLiteral("[0]:[0] [1]:[] [2]:[1] [3]:[2]");
}

void TestAligner::beadTypes()
{
    QFETCH(QStringList, chinese);
    QFETCH(QStringList, english);
    QFETCH(QString, expected);
    const Aligner aligner(tinyLexicon());
    const Result<QList<Bead>> beads = aligner.align(units(chinese), units(english));
    QVERIFY(beads);
    verifyCoverage(*beads, int(chinese.size()), int(english.size()));
    QCOMPARE(links(*beads), expected);
}

void TestAligner::unmatchableUnitsStayAlone()
{
    QList<AlignmentUnit> english = units({QStringLiteral("The cat sleeps in the garden."),
                                          QStringLiteral("The cat sleeps in the garden."),
                                          QStringLiteral("The dog eats fish.")});
    english[0].unmatchable = true; // e.g. a preface outside the English block
    const Aligner aligner(tinyLexicon());
    const Result<QList<Bead>> beads = aligner.align(
        units({QStringLiteral("貓在花園裏睡覺。"), QStringLiteral("狗吃魚。")}), english);
    QVERIFY(beads);
    QCOMPARE(links(*beads), QStringLiteral("[]:[0] [0]:[1] [1]:[2]"));
}

void TestAligner::numbersAnchorOtherwiseAlikeSentences()
{
    // The middle English sentence could join either Chinese sentence; only its year says which.
    const QStringList chinese = {QStringLiteral("會議在2019年和2020年召開。"),
                                 QStringLiteral("會議在2021年召開。")};
    const QStringList english = {QStringLiteral("The meeting was held in 2019."),
                                 QStringLiteral("It was held again in 2020."),
                                 QStringLiteral("The meeting was held in 2021.")};
    const Aligner aligner(tinyLexicon());
    const Result<QList<Bead>> beads = aligner.align(units(chinese), units(english));
    QVERIFY(beads);
    QCOMPARE(links(*beads), QStringLiteral("[0]:[0,1] [1]:[2]"));

    // The same with the years swapped between the Chinese sentences: the split moves.
    const QStringList swapped = {QStringLiteral("會議在2019年召開。"),
                                 QStringLiteral("會議在2020年和2021年召開。")};
    const Result<QList<Bead>> moved = aligner.align(units(swapped), units(english));
    QVERIFY(moved);
    QCOMPARE(links(*moved), QStringLiteral("[0]:[0] [1]:[1,2]"));
}

void TestAligner::repeatedUnitsAreCopiesNotPatterns()
{
    const QStringList sentences = {
        QStringLiteral("老師和學生在學校討論了許多別的問題。"),
        QStringLiteral("農民早上在山上種米，晚上在河裏看魚。"),
        // The first again, spaced differently: a copy.
        QStringLiteral("老師和學生在 學校 討論了許多別的問題。"),
        // The same pattern with other numbers: the next result, not a copy.
        QStringLiteral("共有12個城市的經濟增長了3%，比去年多。"),
        QStringLiteral("共有15個城市的經濟增長了4%，比去年多。"),
        // Short lines repeat on purpose (dialogue).
        QStringLiteral("下雨了。"),
        QStringLiteral("下雨了。"),
        // The second again, one word short: still a copy.
        QStringLiteral("農民早上在山上種米，晚上在河裏看。"),
    };
    const std::vector<int> repeated = alignment::repeatedUnits(units(sentences), 16);
    QCOMPARE(repeated, (std::vector<int>{-1, -1, 0, -1, -1, -1, -1, 1}));

    // Too far back to be a copy picked up by mistake.
    QStringList far = {sentences.at(0)};
    for (int k = 0; k < 20; ++k)
        far.append(QStringLiteral("第%1句。").arg(k));
    far.append(sentences.at(0));
    QCOMPARE(alignment::repeatedUnits(units(far), 16).back(), -1);
}

void TestAligner::aPastedCopyHasNoCounterpart()
{
    // Two sentences of the Chinese were pasted twice; the translation has them once. The copies
    // are left without counterpart, not merged into the pairs around them.
    const QStringList chinese = {
        QStringLiteral("早上張偉在城市的醫院看醫生。"),
        QStringLiteral("老師和學生在學校討論了許多別的問題，晚上一起唱歌。"),
        QStringLiteral("農民早上在山上種米，晚上在河裏看魚和鳥。"),
        QStringLiteral("老師和學生在學校討論了許多別的問題，晚上一起唱歌。"),
        QStringLiteral("農民早上在山上種米，晚上在河裏看魚和鳥。"),
        QStringLiteral("下雨的天氣，貓和狗在房子裏睡覺。"),
    };
    const QStringList english = {
        QStringLiteral("In the morning Zhang Wei saw a doctor at the city hospital."),
        QStringLiteral("The teacher and the students discussed many other questions at the "
                       "school, and sang together in the evening."),
        QStringLiteral("In the morning the farmers plant rice on the mountain, and in the evening "
                       "they watch the fish and birds in the river."),
        QStringLiteral("In rainy weather the cat and the dog sleep in the house."),
    };
    const Aligner aligner(tinyLexicon());
    const Result<QList<Bead>> beads = aligner.align(units(chinese), units(english));
    QVERIFY(beads);
    QCOMPARE(links(*beads), QStringLiteral("[0]:[0] [1]:[1] [2]:[2] [3]:[] [4]:[] [5]:[3]"));
}

void TestAligner::wordOrderPlacesASentenceBetweenTwo()
{
    // The middle English sentence could join either Chinese sentence: both mention the hospital,
    // and the lengths favour the second. It translates the end of the first; in the second the
    // hospital comes last, where the third English sentence mentions it.
    const QStringList chinese = {
        QStringLiteral("那时我每天在山上放牛，早出晚归，名声也不好，谁也不告诉我，后来住了院。"),
        QStringLiteral("我就进了深山，再也没有去医院。"),
    };
    const QStringList english = {
        QStringLiteral("At that time I was herding cattle on the mountain every day, which meant "
                       "leaving early and coming back late; besides, I had a bad reputation and "
                       "no one bothered to tell me."),
        QStringLiteral("Then I was in hospital."),
        QStringLiteral("I went deep into the mountains and never went to the hospital again."),
    };
    const Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::bundled();
    QVERIFY(lexicon);
    const Aligner aligner(*lexicon);
    const Result<QList<Bead>> beads = aligner.align(units(chinese), units(english));
    QVERIFY(beads);
    QCOMPARE(links(*beads), QStringLiteral("[0]:[0,1] [1]:[2]"));
}

void TestAligner::namesMatchThroughPinyin()
{
    // 張偉 is not a dictionary word; its pinyin zhang + wei matches the English name.
    const QStringList chinese = {QStringLiteral("張偉唱歌。"), QStringLiteral("狗吃魚。")};
    const QStringList english = {QStringLiteral("Zhang Wei performs."),
                                 QStringLiteral("Afterwards everybody went home."),
                                 QStringLiteral("The dog eats fish.")};
    const Aligner aligner(tinyLexicon());
    const Result<QList<Bead>> beads = aligner.align(units(chinese), units(english));
    QVERIFY(beads);
    QVERIFY2(links(*beads).startsWith(QStringLiteral("[0]:[0")), qPrintable(links(*beads)));
}

void TestAligner::emptySides()
{
    const Aligner aligner(tinyLexicon());
    const Result<QList<Bead>> onlyChinese =
        aligner.align(units({QStringLiteral("狗吃魚。"), QStringLiteral("貓睡覺。")}), {});
    QVERIFY(onlyChinese);
    QCOMPARE(links(*onlyChinese), QStringLiteral("[0]:[] [1]:[]"));
    const Result<QList<Bead>> nothing = aligner.align({}, {});
    QVERIFY(nothing);
    QVERIFY(nothing->isEmpty());
}

void TestAligner::coverageOrderAndDeterminismOnRandomInput()
{
    const QStringList chineseWords = {
        QStringLiteral("貓"),   QStringLiteral("狗"),   QStringLiteral("魚"),
        QStringLiteral("花園"), QStringLiteral("醫生"), QStringLiteral("河"),
        QStringLiteral("山"),   QStringLiteral("城市"), QStringLiteral("的")};
    const QStringList englishWords = {
        QStringLiteral("cat"),      QStringLiteral("dog"),    QStringLiteral("fish"),
        QStringLiteral("garden"),   QStringLiteral("doctor"), QStringLiteral("river"),
        QStringLiteral("mountain"), QStringLiteral("city"),   QStringLiteral("the")};
    QRandomGenerator random(20241128);
    const Aligner aligner(tinyLexicon());
    for (int round = 0; round < 20; ++round) {
        QStringList chinese, english;
        const int chineseCount = int(random.bounded(1, 40));
        const int englishCount = int(random.bounded(1, 50));
        for (int i = 0; i < chineseCount; ++i) {
            QString sentence;
            for (int w = int(random.bounded(1, 12)); w > 0; --w)
                sentence += chineseWords.at(random.bounded(chineseWords.size()));
            chinese.append(sentence + u'。');
        }
        for (int j = 0; j < englishCount; ++j) {
            QStringList sentence;
            for (int w = int(random.bounded(1, 15)); w > 0; --w)
                sentence.append(englishWords.at(random.bounded(englishWords.size())));
            english.append(sentence.join(u' ') + u'.');
        }
        const Result<QList<Bead>> first = aligner.align(units(chinese), units(english));
        QVERIFY(first);
        verifyCoverage(*first, chineseCount, englishCount);
        const Result<QList<Bead>> second = aligner.align(units(chinese), units(english));
        QVERIFY(second);
        QCOMPARE(links(*second), links(*first));
        for (int k = 0; k < first->size(); ++k)
            QCOMPARE(second->at(k).confidence, first->at(k).confidence);
    }
}

// The band is laid along the lengths; an untranslated stretch far from that line (here 60
// English sentences in the middle of a 400-sentence text, with no rare words to place it) has
// to be found by widening the band where the path meets its edge.
void TestAligner::pathFarFromTheLengthDiagonalIsFound()
{
    QRandomGenerator random(20261130);
    constexpr int chineseCount = 400, inserted = 60, insertAt = 200;
    QStringList chinese, english;
    appendTranslatedSentences(random, chineseCount, chinese, english);
    for (int k = 0; k < inserted; ++k)
        english.insert(insertAt, QStringLiteral("Nobody wrote anything about yesterday's storm."));

    const Result<QList<Bead>> beads = Aligner(tinyLexicon()).align(units(chinese), units(english));
    QVERIFY(beads);
    verifyCoverage(*beads, chineseCount, chineseCount + inserted);
    int right = 0;
    for (const Bead &bead : *beads) {
        if (bead.chineseCount != 1 || bead.englishCount != 1)
            continue;
        const int i = bead.chineseBegin;
        right += bead.englishBegin == (i < insertAt ? i : i + inserted) ? 1 : 0;
    }
    QCOMPARE_GE(right, chineseCount * 95 / 100);
}

namespace {

/// Timing lines the aligner printed, with the category on.
QStringList timingLines;

void keepTimingLine(QtMsgType, const QMessageLogContext &, const QString &message)
{
    timingLines.append(message);
}

/// The first pass's band, in cells per row, read from the timing lines of one alignment; the
/// beads through @p beads.
double firstBandCellsPerRow(const QStringList &chinese, const QStringList &english,
                            QList<Bead> *beads)
{
    QLoggingCategory::setFilterRules(QStringLiteral("duizhao.align.timing.debug=true"));
    timingLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepTimingLine);
    const Result<QList<Bead>> aligned =
        Aligner(tinyLexicon()).align(units(chinese), units(english));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    if (aligned)
        *beads = *aligned;
    static const QRegularExpression bandLine(QStringLiteral(R"(band: (\d+) cells for (\d+) rows)"));
    for (const QString &line : std::as_const(timingLines)) {
        const QRegularExpressionMatch match = bandLine.match(line);
        if (match.hasMatch())
            return match.captured(1).toDouble() / match.captured(2).toDouble();
    }
    return -1.0;
}

/// One-to-one links of @p beads that pair sentence i with sentence i.
int diagonalLinks(const QList<Bead> &beads)
{
    int right = 0;
    for (const Bead &bead : beads)
        right += bead.chineseCount == 1 && bead.englishCount == 1 &&
                         bead.chineseBegin == bead.englishBegin
                     ? 1
                     : 0;
    return right;
}

} // namespace

void TestAligner::wideningCostStaysLinear()
{
    // Blocks of short untranslated sentences, which the lengths hardly notice, pull the path
    // hundreds of sentences off the guessed one: it keeps meeting the band's edge, and widening
    // alone once re-searched stretches of the whole document up to 512 sentences wide.
    QRandomGenerator random(8);
    QStringList chinese, english;
    for (int block = 0; block < 4; ++block) {
        appendTranslatedSentences(random, 300, chinese, english);
        for (int k = 0; k < 400; ++k)
            (block % 2 == 0 ? english : chinese)
                .append(block % 2 == 0 ? QStringLiteral("Yes.") : QStringLiteral("是。"));
    }

    QLoggingCategory::setFilterRules(QStringLiteral("duizhao.align.timing.debug=true"));
    timingLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepTimingLine);
    const Result<QList<Bead>> beads = Aligner(tinyLexicon()).align(units(chinese), units(english));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(beads);
    verifyCoverage(*beads, int(chinese.size()), int(english.size()));

    static const QRegularExpression costLine(
        QStringLiteral(R"(re-searched (\d+) windows, (\d+) cells, skipped (\d+) over budget; )"
                       R"((\d+) word pairs looked up for (\d+) rows)"));
    int passes = 0;
    qint64 reSearched = 0;
    for (const QString &line : std::as_const(timingLines)) {
        const QRegularExpressionMatch match = costLine.match(line);
        if (!match.hasMatch())
            continue;
        ++passes;
        qInfo("%s", qPrintable(line));
        const qint64 cells = match.captured(2).toLongLong();
        const qint64 pairs = match.captured(4).toLongLong();
        const qint64 rows = match.captured(5).toLongLong();
        reSearched += cells;
        // Linear: a fixed number of cells per row, whatever the path does.
        QCOMPARE_LE(cells, 128 * rows);
        // Each word pair once: the band's and the re-searched cells', with a bead's margin.
        QCOMPARE_LE(pairs, 256 * rows);
    }
    QCOMPARE_GE(passes, 1);
    QVERIFY(reSearched > 0); // The document did make the path meet the edge.
}

// A book that repeats its chapters' words (here one 300-sentence chapter twelve times, each
// sentence with two numbers of its own, each chapter followed by 150 English sentences with no
// counterpart) has no word rare in the whole book, and its path strays from the lengths' line:
// anchors are looked for near where the path runs, so the first band follows it closely.
void TestAligner::firstBandStaysNarrowOnRepeatedChapters()
{
    constexpr int chapter = 300, extra = 150, copies = 12;
    QRandomGenerator random(40000);
    QStringList chapterChinese, chapterEnglish;
    appendTranslatedSentences(random, chapter, chapterChinese, chapterEnglish);
    for (int k = 0; k < chapter; ++k) {
        const QString numbers = QStringLiteral(" %1 %2").arg(1000 + k).arg(5000 + 7 * k);
        chapterChinese[k].insert(chapterChinese[k].size() - 1, numbers);
        chapterEnglish[k].insert(chapterEnglish[k].size() - 1, numbers);
    }
    for (int k = 0; k < extra; ++k)
        chapterEnglish.append(QStringLiteral("Nobody wrote anything about yesterday's storm."));
    QStringList chinese, english;
    for (int copy = 0; copy < copies; ++copy) {
        chinese += chapterChinese;
        english += chapterEnglish;
    }
    QList<Bead> beads;
    const double cellsPerRow = firstBandCellsPerRow(chinese, english, &beads);
    verifyCoverage(beads, int(chinese.size()), int(english.size()));
    QCOMPARE_GT(cellsPerRow, 0.0);
    QCOMPARE_LE(cellsPerRow, 80.0); // About the band's first width: anchors all along.
    int right = 0;
    for (const Bead &bead : std::as_const(beads)) {
        const int i = bead.chineseBegin;
        right += bead.chineseCount == 1 && bead.englishCount == 1 &&
                         bead.englishBegin == i / chapter * (chapter + extra) + i % chapter
                     ? 1
                     : 0;
    }
    QCOMPARE_GE(right, int(chinese.size()) * 98 / 100);
}

// Where anchors are far apart (here one rare word every 4,000 sentences of common ones), the
// band widens with the distance from them only up to a limit: its cells per row do not grow
// with the length of the stretch without anchors.
void TestAligner::firstBandIsLinearBetweenSparseAnchors()
{
    const auto book = [](int stretch, QStringList &chinese, QStringList &english) {
        QRandomGenerator random(stretch);
        for (int part = 0; part < 3; ++part) {
            chinese.append(QStringLiteral("醫院的老師和學生唱歌。"));
            english.append(QStringLiteral("The hospital teacher and student sing."));
            appendTranslatedSentences(random, stretch, chinese, english);
        }
    };
    QStringList shortChinese, shortEnglish, longChinese, longEnglish;
    book(2000, shortChinese, shortEnglish);
    book(4000, longChinese, longEnglish);
    QList<Bead> shortBeads, longBeads;
    const double shortCells = firstBandCellsPerRow(shortChinese, shortEnglish, &shortBeads);
    const double longCells = firstBandCellsPerRow(longChinese, longEnglish, &longBeads);
    verifyCoverage(longBeads, int(longChinese.size()), int(longEnglish.size()));
    qInfo("first band: %.1f cells per row for stretches of 2,000, %.1f for 4,000", shortCells,
          longCells);
    QCOMPARE_GT(shortCells, 0.0);
    QCOMPARE_LE(longCells, 300.0);
    QCOMPARE_LE(longCells, shortCells * 1.25);
    QCOMPARE_GE(diagonalLinks(longBeads), int(longChinese.size()) * 98 / 100);
}

// Thousands of identical tiny sentences (a file of one-word paragraphs) offer no anchor and
// endless ties: every pass's band and widening stay within a fixed number of cells per row.
void TestAligner::identicalTinySentencesStayLinear()
{
    const QStringList chinese(4500, QStringLiteral("中文字。"));
    const QStringList english(5000, QStringLiteral("An ant."));
    QLoggingCategory::setFilterRules(QStringLiteral("duizhao.align.timing.debug=true"));
    timingLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepTimingLine);
    const Result<QList<Bead>> beads = Aligner(tinyLexicon()).align(units(chinese), units(english));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(beads);
    verifyCoverage(*beads, int(chinese.size()), int(english.size()));
    static const QRegularExpression bandLine(QStringLiteral(R"(band: (\d+) cells for (\d+) rows)"));
    static const QRegularExpression wideningLine(
        QStringLiteral(R"(re-searched \d+ windows, (\d+) cells)"));
    int bands = 0;
    for (const QString &line : std::as_const(timingLines)) {
        if (const QRegularExpressionMatch match = bandLine.match(line); match.hasMatch()) {
            ++bands;
            QCOMPARE_LE(match.captured(1).toDouble(), 200.0 * match.captured(2).toDouble());
        }
        if (const QRegularExpressionMatch match = wideningLine.match(line); match.hasMatch())
            QCOMPARE_LE(match.captured(1).toLongLong(), 128LL * (chinese.size() + 1));
    }
    QCOMPARE(bands, 2);
}

void TestAligner::traditionalAndSimplifiedAlignAlike()
{
    const QStringList traditional = {QStringLiteral("醫生在醫院,老師在學校。"),
                                     QStringLiteral("農民種米。"),
                                     QStringLiteral("會議討論經濟增長。")};
    const QStringList english = {QStringLiteral("The doctor is at the hospital."),
                                 QStringLiteral("The teacher is at school."),
                                 QStringLiteral("Farmers plant rice."),
                                 QStringLiteral("The meeting discussed economic growth.")};
    const Result<std::shared_ptr<ScriptConverter>> converter =
        ScriptConverter::create(ChineseScript::Simplified);
    QVERIFY(converter);
    QStringList simplified;
    for (const QString &sentence : traditional)
        simplified.append((*converter)->convert(sentence));
    QVERIFY(simplified.first() != traditional.first());
    const Aligner aligner(tinyLexicon());
    const Result<QList<Bead>> fromTraditional = aligner.align(units(traditional), units(english));
    const Result<QList<Bead>> fromSimplified = aligner.align(units(simplified), units(english));
    QVERIFY(fromTraditional && fromSimplified);
    QCOMPARE(links(*fromSimplified), links(*fromTraditional));
    QCOMPARE(links(*fromTraditional), QStringLiteral("[0]:[0,1] [1]:[2] [2]:[3]"));
}

void TestAligner::confidenceIsLowerForAWrongGuess()
{
    // The middle English sentence translates nothing; it could go with either neighbour, so the
    // bead it ends up in is less certain than the clean one.
    const QStringList chinese = {QStringLiteral("貓在花園裏睡覺。"), QStringLiteral("狗吃魚。")};
    const QStringList english = {QStringLiteral("The cat sleeps in the garden."),
                                 QStringLiteral("It was a warm day."),
                                 QStringLiteral("The dog eats fish.")};
    const Aligner aligner(tinyLexicon());
    const Result<QList<Bead>> ambiguous = aligner.align(units(chinese), units(english));
    QVERIFY(ambiguous);
    // Where the extra sentence goes changes both beads, so neither is certain...
    for (const Bead &bead : *ambiguous)
        QVERIFY2(bead.confidence < 0.9, qPrintable(QString::number(bead.confidence)));
    // ...while without it both pairs are clear.
    const Result<QList<Bead>> clear =
        aligner.align(units(chinese), units({english.first(), english.last()}));
    QVERIFY(clear);
    for (const Bead &bead : *clear)
        QVERIFY2(bead.confidence > 0.95, qPrintable(QString::number(bead.confidence)));
}

void TestAligner::seedArticle()
{
    const Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::bundled();
    QVERIFY(lexicon);
    const Result<Document> document = readDocument(
        {QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt")});
    QVERIFY(document);
    const Aligner aligner(*lexicon);
    const Result<QList<Bead>> beads = aligner.align(alignmentUnits(*document, Language::Chinese),
                                                    alignmentUnits(*document, Language::English));
    QVERIFY(beads);
    // Title, the two lead sentences, "noted" split in two, the 9 sentences of 會議強調 against
    // "stressed" and "urged" (with one 2-1 and one 1-3), and the opening English paragraph alone.
    QCOMPARE(
        links(*beads),
        QStringLiteral("[]:[0] []:[1] []:[2] [0]:[3] [1]:[4] [2]:[5] [3]:[6,7] [4]:[8] [5]:[9] "
                       "[6]:[10] [7,8]:[11] [9]:[12] [10]:[13] [11]:[14,15,16] [12]:[17] "
                       "[13]:[18]"));
}

void TestAligner::documentTeachesNamesTheDictionaryLacks()
{
    // 沃卡梅 (Vokamei) is in no dictionary, but comes with "Vokamei" pair after pair.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("name.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(vokameiText().toUtf8());
    file.close();
    const Result<Document> document = readDocument({file.fileName()});
    QVERIFY(document);
    LearnedWords learned;
    const Result<QList<Bead>> beads = alignDocumentLearning(*document, learned);
    QVERIFY(beads);
    QCOMPARE(*beads, *alignDocument(*document));
    const QStringList taught = learned.chineseWords(QStringLiteral("vokamei"));
    QVERIFY2(!taught.isEmpty(), qPrintable(QString::number(learned.size())));
    for (const QString &word : taught) {
        QVERIFY2(QStringLiteral("沃卡梅").contains(word), qPrintable(word));
        QVERIFY(learned.englishStems(word).contains(QStringLiteral("vokamei")));
    }
    // What the dictionary already translates is not learned again.
    QVERIFY(!learned.englishStems(QStringLiteral("老師")).contains(QStringLiteral("teacher")));
    // Learned again from the beads alone (a loaded project): the same pairs.
    const LearnedWords relearned = learnWords(*document, *beads);
    QCOMPARE(relearned.size(), learned.size());
    QStringList retaught = relearned.chineseWords(QStringLiteral("vokamei")), sorted = taught;
    retaught.sort();
    sorted.sort();
    QCOMPARE(retaught, sorted);
    // Beads that do not fit the document teach nothing (and do not crash).
    QVERIFY(learnWords(*document, {{0, 99, 0, 99, 1.0}}).isEmpty());
}

void TestAligner::evaluationSetsDoNotRegress_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("chineseDir");
    QTest::addColumn<double>("minimumF1");
    // The figures reached when these thresholds were set, less 0.02.
    QTest::newRow("literary, Simplified")
        << QStringLiteral("mac-dev") << QStringLiteral("zh") << 0.877;
    QTest::newRow("literary, Traditional")
        << QStringLiteral("mac-dev") << QStringLiteral("zh_hant") << 0.880;
    QTest::newRow("medical news") << QStringLiteral("paramed-nejm") << QStringLiteral("zh")
                                  << 0.971;
}

void TestAligner::evaluationSetsDoNotRegress()
{
    QFETCH(QString, set);
    QFETCH(QString, chineseDir);
    QFETCH(double, minimumF1);
    // A CTest test of its own (core.alignment-quality, label eval) runs this with DUIZHAO_EVAL
    // set, and reports it as skipped when the sets are missing.
    if (!qEnvironmentVariableIsSet("DUIZHAO_EVAL"))
        QSKIP("the evaluation sets run as core.alignment-quality");
    const QDir dir(sharedEval() + u'/' + set);
    if (!dir.exists(QStringLiteral("gold")))
        QSKIP("../shared/eval is not here");
    const Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::bundled();
    QVERIFY(lexicon);
    const Aligner aligner(*lexicon);
    Score score;
    QList<double> wrongConfidences, rightConfidences;
    for (const QString &name : testing::evaluationDocuments(dir)) {
        const Result<Document> document = testing::readEvaluationDocument(dir, chineseDir, name);
        QVERIFY(document);
        const Result<QList<Bead>> beads =
            aligner.align(alignmentUnits(*document, Language::Chinese),
                          alignmentUnits(*document, Language::English));
        QVERIFY(beads);
        const QStringList gold =
            readLines(dir.filePath(QStringLiteral("gold/") + name + QStringLiteral(".align")));
        const QString test = links(*beads);
        QSet<QString> goldSet(gold.begin(), gold.end());
        for (const Bead &bead : *beads) {
            const QString link = links({bead});
            const bool right = goldSet.contains(link);
            score.correct += right ? 1 : 0;
            (right ? rightConfidences : wrongConfidences).append(bead.confidence);
        }
        score.test += int(beads->size());
        score.gold += int(gold.size());
    }
    // How informative the confidence is: the share of wrong beads among the lowest 10%.
    QList<std::pair<double, bool>> all;
    for (double c : rightConfidences)
        all.append({c, false});
    for (double c : wrongConfidences)
        all.append({c, true});
    std::sort(all.begin(), all.end());
    const qsizetype lowest = std::max<qsizetype>(1, all.size() / 10);
    int wrongInLowest = 0;
    for (qsizetype k = 0; k < lowest; ++k)
        wrongInLowest += all.at(k).second ? 1 : 0;
    qInfo("%s/%s: exact F1 %.3f (%d of %d links right, %d gold); wrong among the lowest 10%% "
          "confidence: %.2f (overall %.2f)",
          qPrintable(set), qPrintable(chineseDir), score.f1(), score.correct, score.test,
          score.gold, double(wrongInLowest) / double(lowest),
          double(wrongConfidences.size()) / double(all.size()));
    QVERIFY2(score.f1() >= minimumF1, qPrintable(QString::number(score.f1())));
}

QTEST_GUILESS_MAIN(TestAligner)
#include "tst_aligner.moc"
