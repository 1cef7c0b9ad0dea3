#include "core/text/ScriptConverter.h"

#include <QTest>

using namespace duizhao;

Q_DECLARE_METATYPE(duizhao::ChineseScript)

namespace {

std::shared_ptr<ScriptConverter> converterFor(ChineseScript script)
{
    Result<std::shared_ptr<ScriptConverter>> converter = ScriptConverter::create(script);
    if (!converter)
        return {};
    return std::move(converter).value();
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestScriptConverter : public QObject
{
    Q_OBJECT

private slots:
    void createsEveryScript_data();
    void createsEveryScript();
    void convert_data();
    void convert();
    void converterIsReusable();
};

void TestScriptConverter::createsEveryScript_data()
{
    QTest::addColumn<ChineseScript>("script");
    QTest::newRow("Original") << ChineseScript::Original;
    QTest::newRow("Simplified") << ChineseScript::Simplified;
    QTest::newRow("Traditional Taiwan") << ChineseScript::TraditionalTaiwan;
    QTest::newRow("Traditional Hong Kong") << ChineseScript::TraditionalHongKong;
    QTest::newRow("Traditional") << ChineseScript::Traditional;
}

void TestScriptConverter::createsEveryScript()
{
    QFETCH(ChineseScript, script);
    const Result<std::shared_ptr<ScriptConverter>> converter = ScriptConverter::create(script);
    // OpenCC and its data are installed here, so no script may report ConversionUnavailable.
    QVERIFY2(converter.hasValue(), qPrintable(converter ? QString() : converter.error().context));
    QVERIFY(converter.value());
    QCOMPARE(converter.value()->target(), script);
    QVERIFY(!chineseScriptName(script).isEmpty());
}

void TestScriptConverter::convert_data()
{
    QTest::addColumn<ChineseScript>("script");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const auto S = ChineseScript::Simplified;
    const auto TW = ChineseScript::TraditionalTaiwan;
    const auto HK = ChineseScript::TraditionalHongKong;
    const auto T = ChineseScript::Traditional;
    const auto O = ChineseScript::Original;

    // Traditional → Simplified (tw2s) on phrases from the seed document.
    QTest::newRow("会议 is simplified") << S << utf8("會議") << utf8("会议");
    QTest::newRow("发展 is simplified") << S << utf8("發展") << utf8("发展");
    QTest::newRow("the variant 生産 is simplified") << S << utf8("生産") << utf8("生产");
    QTest::newRow("the Taiwan form 著力 becomes 着力 (t2s would keep it)")
        << S << utf8("著力") << utf8("着力");
    QTest::newRow("a leader's name is simplified") << S << utf8("習近平") << utf8("习近平");
    QTest::newRow("a seed sentence is simplified")
        << S << utf8("中共中央總書記習近平主持會議。") << utf8("中共中央总书记习近平主持会议。");
    QTest::newRow("the seed metadata line keeps its digits and bars")
        << S << utf8("發佈時間:2024-08-27 08:40:00 | 來源:新華網 | 作者: | 責任編輯:曹川川")
        << utf8("发布时间:2024-08-27 08:40:00 | 来源:新华网 | 作者: | 责任编辑:曹川川");
    QTest::newRow("Taiwan vocabulary is not rewritten (tw2s, not tw2sp)")
        << S << utf8("軟體 滑鼠 網路") << utf8("软体 滑鼠 网路");
    QTest::newRow("Simplified text stays as it is") << S << utf8("发展会议") << utf8("发展会议");

    // Simplified → Traditional, Taiwan standard (s2tw): characters only, vocabulary kept.
    QTest::newRow("发展 becomes Taiwan Traditional") << TW << utf8("发展") << utf8("發展");
    QTest::newRow("会议 becomes Taiwan Traditional") << TW << utf8("会议") << utf8("會議");
    QTest::newRow("生产 uses the 產 form") << TW << utf8("生产") << utf8("生產");
    QTest::newRow("Taiwan uses 裡 and 說") << TW << utf8("里面说话") << utf8("裡面說話");
    QTest::newRow("Taiwan uses 臺 in 台湾") << TW << utf8("台湾") << utf8("臺灣");
    QTest::newRow("mainland vocabulary is kept (s2tw, not s2twp)")
        << TW << utf8("软件 网络 鼠标 信息") << utf8("軟件 網絡 鼠標 信息");

    // Simplified → Traditional, Hong Kong standard (s2hk).
    QTest::newRow("发展 becomes Hong Kong Traditional") << HK << utf8("发展") << utf8("發展");
    QTest::newRow("Hong Kong uses 裏 and 説") << HK << utf8("里面说话") << utf8("裏面説話");
    QTest::newRow("Hong Kong keeps 台 in 台湾") << HK << utf8("台湾") << utf8("台灣");
    QTest::newRow("Hong Kong keeps mainland vocabulary") << HK << utf8("软件") << utf8("軟件");

    // Simplified → OpenCC standard Traditional (s2t).
    QTest::newRow("standard Traditional uses 爲") << T << utf8("为了发展") << utf8("爲了發展");

    // Original converts nothing, whatever the script of the text.
    QTest::newRow("Original leaves Traditional alone") << O << utf8("會議著力") << utf8("會議著力");
    QTest::newRow("Original leaves Simplified alone") << O << utf8("会议着力") << utf8("会议着力");

    // Text that is not Chinese passes through every converter unchanged.
    const QString asciiAndPunctuation =
        utf8("Hello, World! 123 (test) — “quotes” …《》，。；：！？「」");
    const QString latinAndEmoji = utf8("é ü ß 😀 \t tab");
    const QList<std::pair<const char *, ChineseScript>> scripts = {
        {"Original", O}, {"Simplified", S}, {"Taiwan", TW}, {"Hong Kong", HK}, {"Traditional", T}};
    for (const auto &[name, script] : scripts) {
        QTest::addRow("%s keeps ASCII and punctuation", name)
            << script << asciiAndPunctuation << asciiAndPunctuation;
        QTest::addRow("%s keeps accented Latin and characters outside the BMP", name)
            << script << latinAndEmoji << latinAndEmoji;
        QTest::addRow("%s gives an empty string for an empty string", name)
            << script << QString() << QString();
    }

    // Latin mixed into Chinese stays where it is.
    QTest::newRow("Latin around Simplified is kept in Taiwan Traditional")
        << TW << utf8("ABC发展DEF 2024年OpenCC") << utf8("ABC發展DEF 2024年OpenCC");
    QTest::newRow("Latin around Traditional is kept in Simplified")
        << S << utf8("Xinhua新華網 (Beijing) 會議") << utf8("Xinhua新华网 (Beijing) 会议");
}

void TestScriptConverter::convert()
{
    QFETCH(ChineseScript, script);
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const std::shared_ptr<ScriptConverter> converter = converterFor(script);
    QVERIFY(converter);
    QCOMPARE(converter->convert(input), expected);
}

void TestScriptConverter::converterIsReusable()
{
    const std::shared_ptr<ScriptConverter> converter = converterFor(ChineseScript::Simplified);
    QVERIFY(converter);
    const QString input =
        utf8("會議指出,西部大開發是黨中央作出的重大戰略決策,著力提升科技創新能力。");
    const QString expected =
        utf8("会议指出,西部大开发是党中央作出的重大战略决策,着力提升科技创新能力。");
    for (int i = 0; i < 200; ++i) {
        QCOMPARE(converter->convert(input), expected);
        // Interleaved inputs must not leak state between calls.
        QCOMPARE(converter->convert(utf8("發展")), utf8("发展"));
        QCOMPARE(converter->convert(QString()), QString());
    }
}

QTEST_GUILESS_MAIN(TestScriptConverter)
#include "tst_scriptconverter.moc"
