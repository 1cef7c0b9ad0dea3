// Hostile input, written by the project itself: every case opens as a sensible document or fails
// with a clear message, in bounded time and memory. New importers add their cases here (XML-based
// ones run tests/hostile/HostileXml.h through their reader).

#include "app/common/ErrorText.h"
#include "core/export/AlignedPairs.h"
#include "core/parse/DocumentReader.h"
#include "tests/hostile/HostileXml.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <sys/resource.h>

using namespace duizhao;
using namespace duizhao::testing;

namespace {

qint64 peakResidentMiB()
{
    struct rusage usage = {};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

enum class Expect
{
    Document, ///< A document with text on at least one side.
    Message,  ///< An error whose message names the file.
    Either,
};

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void textFiles_data();
    void textFiles();
    void mixedEncodingsAreNotSilent();
    void xmlReaderStaysBounded_data();
    void xmlReaderStaysBounded();

private:
    QTemporaryDir m_dir;
};

void TestHostile::textFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Expect>("expect");
    QRandomGenerator random(10);
    QByteArray binary;
    for (int i = 0; i < 1 << 20; ++i)
        binary.append(char(random.bounded(256)));
    QTest::newRow("random binary") << binary << Expect::Message;
    QTest::newRow("NUL bytes in text") << QByteArray("中文句子。\0English.", 24) << Expect::Message;
    QTest::newRow("invalid UTF-8")
        << QByteArray(QByteArray("中文句子。English sentence. 更多中文。").repeated(20) +
                      "\xff\xfe\xfd")
        << Expect::Message;
    QTest::newRow("overlong UTF-8")
        << QByteArray(QByteArray("中文句子。English sentence. ").repeated(20) +
                      "\xc0\xaf\xe0\x80\xaf")
        << Expect::Message;
    QTest::newRow("UTF-8 encoded surrogate")
        << QByteArray(QByteArray("中文句子。English sentence. ").repeated(20) + "\xed\xa0\x80")
        << Expect::Message;
    QTest::newRow("UTF-16LE lone surrogate")
        << QByteArray::fromHex("fffe2d4e00d8870065") << Expect::Message;
    QTest::newRow("only whitespace") << QByteArray(" \n\t\r\n ").repeated(1000) << Expect::Message;
    QTest::newRow("only punctuation")
        << QByteArray("。，！？...!!").repeated(1000) << Expect::Either;

    // A 5 MB line without a newline, both languages in it.
    QByteArray line = QByteArray("中文句子沒有換行而且很長 and English words without a break ");
    line = line.repeated(5 * 1024 * 1024 / line.size() + 1).left(5 * 1024 * 1024);
    while ((uchar(line.back()) & 0xC0) == 0x80 || uchar(line.back()) >= 0xC0)
        line.chop(1);
    QTest::newRow("5 MB line without newline") << line << Expect::Document;
    QTest::newRow("5 MB of one Chinese character")
        << QByteArray("中").repeated(5 * 1024 * 1024 / 3) << Expect::Document;

    QByteArray tiny;
    for (int i = 0; i < 100'000; ++i)
        tiny += i % 2 ? QByteArray("A.\n\n") : QByteArray("中。\n\n");
    QTest::newRow("100,000 tiny paragraphs") << tiny << Expect::Document;
    QByteArray lines;
    for (int i = 0; i < 100'000; ++i)
        lines += i < 50'000 ? QByteArray("一\n") : QByteArray("a\n");
    QTest::newRow("100,000 one-character lines") << lines << Expect::Document;

    QTest::newRow("control and bidi characters")
        << QByteArray(
               "\xe2\x80\xae中文句子。\xe2\x80\x8f\x1b[31m English\x07 sentence.\x0c\n"
               "\xe2\x81\xa6第二段。\xe2\x81\xa9 \xef\xbb\xbfSecond\xe2\x80\x8b paragraph.\n")
               .repeated(50)
        << Expect::Either;
    QTest::newRow("combining marks pile")
        << QByteArray("中文" + QByteArray("\xcc\x81").repeated(100'000) + " English.\n")
        << Expect::Either;
    QTest::newRow("UTF-16BE without BOM")
        << QByteArray(QStringEncoder(QStringConverter::Utf16BE)(
               QStringLiteral(u"中文句子。\nEnglish sentence.\n").repeated(20)))
        << Expect::Document;
    QStringEncoder gb18030("GB18030");
    if (gb18030.isValid())
        QTest::newRow("GB18030")
            << QByteArray(gb18030(QStringLiteral(u"中文句子。\nEnglish sentence.\n").repeated(20)))
            << Expect::Document;
}

void TestHostile::textFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Expect, expect);
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    QElapsedTimer timer;
    timer.start();
    const Result<Document> document = readDocument({path});
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < HostileTimeLimitMs, qPrintable(QString::number(elapsed)));
    QVERIFY2(peakResidentMiB() < HostileMemoryLimitMiB,
             qPrintable(QString::number(peakResidentMiB())));
    if (document) {
        QVERIFY2(expect != Expect::Message, "opened what should have been refused");
        QVERIFY(!document->side(Language::Chinese).isEmpty() ||
                !document->side(Language::English).isEmpty());
        // The sentences are ranges into the text: reading them all must be safe.
        for (Language language : {Language::Chinese, Language::English})
            document->sentenceTexts(language);
        return;
    }
    QVERIFY2(expect != Expect::Document, qPrintable(errorText(document.error())));
    const QString message = errorText(document.error());
    QVERIFY2(message.contains(path), qPrintable(message));
}

void TestHostile::mixedEncodingsAreNotSilent()
{
    QStringEncoder big5("Big5");
    QStringEncoder gb18030("GB18030");
    if (!big5.isValid() || !gb18030.isValid())
        QSKIP("Qt has no Big5 or GB18030 encoder here");
    const QByteArray bytes =
        QByteArray(big5(QStringLiteral(u"中華民國的繁體中文段落。\n"))) +
        QStringLiteral(u"一段用UTF-8寫的文字。\n").toUtf8() +
        QByteArray(gb18030(QStringLiteral(u"这是一段简体中文的文字，用GB18030编码。\n")));
    const QString path = m_dir.filePath(QStringLiteral("mixed.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    // It opens, each line in its own encoding, with a notice that some characters may be wrong;
    // never silently read as one encoding.
    const Result<Document> document = readDocument({path});
    QVERIFY(document);
    QVERIFY(document->sources.first().text.contains(QStringLiteral(u"中華民國的繁體中文段落")));
    QVERIFY(document->sources.first().text.contains(QStringLiteral(u"用GB18030编码")));
    QVERIFY(document->notices.contains(Notice::DecodingDoubtful));
    QVERIFY(!noticeText(Notice::DecodingDoubtful).isEmpty());
}

void TestHostile::xmlReaderStaysBounded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    for (const HostileXmlCase &xml : hostileXmlCases())
        QTest::newRow(qPrintable(xml.name)) << xml.bytes;
}

void TestHostile::xmlReaderStaysBounded()
{
    // Qt's stream reader, which the XML-based importers use: entities are not expanded beyond
    // its limit, external ones are never read, and nesting costs no stack.
    QFETCH(QByteArray, bytes);
    QElapsedTimer timer;
    timer.start();
    QXmlStreamReader reader(bytes);
    qint64 textSize = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters())
            textSize += reader.text().size();
    }
    QVERIFY(timer.elapsed() < HostileTimeLimitMs);
    QVERIFY(peakResidentMiB() < HostileMemoryLimitMiB);
    QVERIFY2(textSize < 64 * 1024 * 1024, qPrintable(QString::number(textSize)));
    if (QTest::currentDataTag() == QByteArray("external entity"))
        QVERIFY(textSize == 0 || reader.hasError());
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
