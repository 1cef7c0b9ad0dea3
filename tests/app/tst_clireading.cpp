// duizhao-cli lookup, convert and concordance, run in-process.

#include "app/cli/CliApp.h"
#include "app/cli/ReadingCommands.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

namespace {

const QString seedPath =
    QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt");

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

CliRun run(QStringList arguments, const QByteArray &standardInput = {})
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    arguments.prepend(QStringLiteral("duizhao-cli"));
    if (standardInput.isNull()) {
        result.status = runCli(arguments, out, err);
    } else {
        QBuffer input;
        input.setData(standardInput);
        input.open(QIODevice::ReadOnly);
        result.status = runReadingCommand(arguments, out, err, &input);
    }
    out.flush();
    err.flush();
    return result;
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestCliReading : public QObject
{
    Q_OBJECT

private slots:
    void lookupText();
    void lookupJson();
    void lookupEnglish();
    void lookupFailures();
    void convertDefaultsToFittingSimplified();
    void convertWithConfig();
    void convertFailures();
    void concordance();
    void help_data();
    void help();
};

void TestCliReading::lookupText()
{
    const CliRun result = run({QStringLiteral("lookup"), utf8("開發")});
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.startsWith(utf8("開發 开发 [kāi fā]")));
    QVERIFY(result.out.contains(QLatin1String("to develop")));
}

void TestCliReading::lookupJson()
{
    // A text is looked up word by word, longest match first.
    const CliRun result =
        run({QStringLiteral("lookup"), QStringLiteral("--json"), utf8("銀行形成")});
    QCOMPARE(result.status, 0);
    const QJsonArray words = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(words.size(), 2);
    QCOMPARE(words.at(0)[QLatin1String("word")].toString(), utf8("銀行"));
    QCOMPARE(words.at(1)[QLatin1String("word")].toString(), utf8("形成"));
    const QJsonObject bank = words.at(0)[QLatin1String("entries")].toArray().at(0).toObject();
    QCOMPARE(bank[QLatin1String("pinyin")].toString(), utf8("yín háng"));
    QCOMPARE(bank[QLatin1String("pinyinNumbered")].toString(), QStringLiteral("yin2 hang2"));
    QCOMPARE(
        bank[QLatin1String("classifiers")].toArray().at(1)[QLatin1String("simplified")].toString(),
        utf8("个"));
}

void TestCliReading::lookupEnglish()
{
    const CliRun result = run({QStringLiteral("lookup"), QStringLiteral("banks")});
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.contains(utf8("銀行 银行 [yín háng]")));
}

void TestCliReading::lookupFailures()
{
    QCOMPARE(run({QStringLiteral("lookup")}).status, 2);
    QCOMPARE(run({QStringLiteral("lookup"), QStringLiteral("a"), QStringLiteral("b")}).status, 2);
    const CliRun unknown = run({QStringLiteral("lookup"), QStringLiteral("qqqzzx")});
    QCOMPARE(unknown.status, 1);
    QVERIFY(unknown.err.contains(QLatin1String("no dictionary entry")));
}

void TestCliReading::convertDefaultsToFittingSimplified()
{
    const CliRun fromFile = run({QStringLiteral("convert"), seedPath});
    QCOMPARE(fromFile.status, 0);
    QVERIFY(fromFile.out.contains(utf8("进一步解放和发展社会生产力")));
    QVERIFY(fromFile.out.contains(utf8("着力")));
    QVERIFY(!fromFile.out.contains(utf8("著力")));
    // The English side passes through unchanged.
    QVERIFY(fromFile.out.contains(QLatin1String("CPC leadership reviews measures")));
    const CliRun fromStdin = run({QStringLiteral("convert")}, utf8("裏面説話，發展").toUtf8());
    QCOMPARE(fromStdin.status, 0);
    QCOMPARE(fromStdin.out, utf8("里面说话，发展"));
    const CliRun simplified = run({QStringLiteral("convert")}, utf8("发展").toUtf8());
    QCOMPARE(simplified.out, utf8("发展"));
}

void TestCliReading::convertWithConfig()
{
    const CliRun result =
        run({QStringLiteral("convert"), QStringLiteral("--config"), QStringLiteral("s2twp")},
            utf8("软件和网络").toUtf8());
    QCOMPARE(result.status, 0);
    QCOMPARE(result.out, utf8("軟體和網路"));
}

void TestCliReading::convertFailures()
{
    const CliRun bogus =
        run({QStringLiteral("convert"), QStringLiteral("--config"), QStringLiteral("bogus")},
            QByteArray("x"));
    QCOMPARE(bogus.status, 2);
    QVERIFY(bogus.err.contains(QLatin1String("tw2sp")));
    const CliRun missing = run({QStringLiteral("convert"), QStringLiteral("/no/such/file")});
    QCOMPARE(missing.status, 1);
    QVERIFY(missing.err.contains(QLatin1String("/no/such/file")));
    QCOMPARE(run({QStringLiteral("convert"), seedPath, seedPath}).status, 2);
}

void TestCliReading::concordance()
{
    const CliRun result =
        run({QStringLiteral("concordance"), QStringLiteral("--tsv"), seedPath, utf8("生产力")});
    QCOMPARE(result.status, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("pair\tchinese\tenglish"));
    QVERIFY(lines.at(1).contains(utf8("[生産力]")));
    const CliRun english =
        run({QStringLiteral("concordance"), seedPath, QStringLiteral("meetings")});
    QCOMPARE(english.status, 0);
    QVERIFY(english.out.contains(QLatin1String("[meeting]")));
    QCOMPARE(run({QStringLiteral("concordance"), seedPath}).status, 2);
}

void TestCliReading::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("lookup") << "lookup";
    QTest::newRow("convert") << "convert";
    QTest::newRow("concordance") << "concordance";
}

void TestCliReading::help()
{
    QFETCH(QString, command);
    const CliRun result = run({command, QStringLiteral("--help")});
    QCOMPARE(result.status, 0);
    QVERIFY(result.out.startsWith(QStringLiteral("Usage: duizhao-cli ") + command));
    QVERIFY(run({QStringLiteral("--help")}).out.contains(command));
}

QTEST_GUILESS_MAIN(TestCliReading)
#include "tst_clireading.moc"
