#include "core/io/TextDecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

namespace {

QString seedPath()
{
    return QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt");
}

QByteArray seedBytes()
{
    QFile file(seedPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString seedText()
{
    return QString::fromUtf8(seedBytes());
}

/// The seed as Big5 can hold it: 産 (U+7523) has no Big5 code, its variant 產 does.
QString seedTextForBig5()
{
    QString text = seedText();
    text.replace(QChar(0x7523), QChar(0x7522));
    return text;
}

const QString simplifiedParagraph = QStringLiteral(
    u"会议指出，西部大开发是党中央作出的重大战略决策，要深刻领会党中央战略意图，准确把握西部大开发"
    u"在推进中国式现代化中的定位和使命，保持战略定力，一以贯之抓好贯彻落实，聚焦大保护、大开放、"
    u"高质量发展，加快构建新发展格局，提升区域整体实力和可持续发展能力。");

/// Encodes with Qt's (ICU-backed) codecs; empty if the codec is missing or a character is lost.
QByteArray encodeExactly(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    if (!encoder.isValid())
        return {};
    const QByteArray bytes = encoder.encode(text);
    return encoder.hasError() ? QByteArray() : bytes;
}

QByteArray withBom(QStringConverter::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

QByteArray insertedIntoSeed(QByteArrayView insertion, qsizetype *offset)
{
    QByteArray bytes = seedBytes();
    // A character boundary in the middle of the Chinese part.
    *offset = bytes.indexOf(QStringLiteral(u"會議強調").toUtf8());
    bytes.insert(*offset, insertion);
    return bytes;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsTheSeedFileAsUtf8();
    void decodesSupportedEncodings_data();
    void decodesSupportedEncodings();
    void keepsNewlinesAsTheyAre_data();
    void keepsNewlinesAsTheyAre();
    void rejectsBadBytes_data();
    void rejectsBadBytes();
    void readsUtf16WithoutByteOrderMark_data();
    void readsUtf16WithoutByteOrderMark();
    void mixedEncodingsAreDoubtful();
    void encodingsMixedLineByLineAreEachRead();
    void survivesRandomBytes();
    void reportsAMissingFile();
    void refusesADirectory();
    void refusesAHugeFileWithoutReadingIt();
    void honoursACustomSizeLimit();
    void namesTheFileInDecodingErrors();
    void readsAGb18030File();
};

void TestTextDecoder::initTestCase()
{
    QVERIFY2(!seedBytes().isEmpty(), qPrintable(seedPath()));
    QVERIFY(QStringEncoder("GB18030").isValid());
    QVERIFY(QStringEncoder("Big5").isValid());
}

void TestTextDecoder::readsTheSeedFileAsUtf8()
{
    const auto result = readTextFile(seedPath());
    QVERIFY2(result, qPrintable(result ? QString() : errorCodeName(result.error().code)));
    QCOMPARE(result->encoding, QStringLiteral("UTF-8"));
    QVERIFY(!result->hadByteOrderMark);
    QCOMPARE(result->text, seedText());
    QVERIFY(result->text.contains(QStringLiteral(u"會議強調")));
    QVERIFY(!result->text.endsWith(QLatin1Char('\n')));
}

void TestTextDecoder::decodesSupportedEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedEncoding");
    QTest::addColumn<bool>("expectedBom");

    const QString seed = seedText();
    const QString utf8 = QStringLiteral("UTF-8");
    const QString gb18030 = QStringLiteral("GB18030");
    const QString big5 = QStringLiteral("Big5");

    QTest::newRow("the seed as plain UTF-8") << seedBytes() << seed << utf8 << false;
    QTest::newRow("the seed with a UTF-8 byte order mark")
        << withBom(QStringConverter::Utf8, seed) << seed << utf8 << true;
    QTest::newRow("the seed as UTF-16LE with a byte order mark")
        << withBom(QStringConverter::Utf16LE, seed) << seed << QStringLiteral("UTF-16LE") << true;
    QTest::newRow("the seed as UTF-16BE with a byte order mark")
        << withBom(QStringConverter::Utf16BE, seed) << seed << QStringLiteral("UTF-16BE") << true;

    const QString supplementary = QStringLiteral(u"吉 and 𠮷 (U+20BB7)\n");
    QTest::newRow("a surrogate pair in UTF-16LE")
        << withBom(QStringConverter::Utf16LE, supplementary) << supplementary
        << QStringLiteral("UTF-16LE") << true;

    QTest::newRow("the seed as GB18030")
        << encodeExactly(seed, "GB18030") << seed << gb18030 << false;
    QTest::newRow("the seed as Big5, with its one non-Big5 character swapped")
        << encodeExactly(seedTextForBig5(), "Big5") << seedTextForBig5() << big5 << false;
    QTest::newRow("a Simplified paragraph as GB18030")
        << encodeExactly(simplifiedParagraph, "GB18030") << simplifiedParagraph << gb18030 << false;

    // Longer than the 8 KiB ICU's detector looks at.
    const QString preface =
        QStringLiteral("An English preface line, long enough to matter.\n").repeated(200);
    QTest::newRow("a Simplified paragraph as GB18030 after a long English preface")
        << encodeExactly(preface + simplifiedParagraph, "GB18030") << preface + simplifiedParagraph
        << gb18030 << false;

    const QString shortSimplified = QStringLiteral(u"今天天气很好，我们一起去公园散步吧。");
    const QString shortTraditional = QStringLiteral(u"今天天氣很好，我們一起去公園散步吧。");
    QTest::newRow("a short Simplified line as GB18030")
        << encodeExactly(shortSimplified, "GB18030") << shortSimplified << gb18030 << false;
    QTest::newRow("a short Traditional line as GB18030")
        << encodeExactly(shortTraditional, "GB18030") << shortTraditional << gb18030 << false;
    QTest::newRow("a short Traditional line as Big5")
        << encodeExactly(shortTraditional, "Big5") << shortTraditional << big5 << false;

    const QString ascii = QStringLiteral("Plain ASCII English.\nSecond line.");
    QTest::newRow("plain ASCII is UTF-8") << ascii.toUtf8() << ascii << utf8 << false;
}

void TestTextDecoder::decodesSupportedEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedEncoding);
    QFETCH(bool, expectedBom);

    QVERIFY2(!bytes.isEmpty(), "the test could not encode its input");
    const auto result = decodeText(bytes);
    QVERIFY2(result, qPrintable(result ? QString() : errorCodeName(result.error().code)));
    QCOMPARE(result->encoding, expectedEncoding);
    QCOMPARE(result->hadByteOrderMark, expectedBom);
    QCOMPARE(result->text, expectedText);
}

void TestTextDecoder::keepsNewlinesAsTheyAre_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");

    const QString crlf = QStringLiteral(u"第一行\r\nSecond line\r\n第三行\r\n");
    const QString cr = QStringLiteral(u"第一行\rSecond line\r第三行");
    const QString mixed = QStringLiteral(u"LF\nCRLF\r\nCR\rblank lines\n\r\n\r\rend");

    QTest::newRow("CRLF newlines in UTF-8") << crlf.toUtf8() << crlf;
    QTest::newRow("CR newlines in UTF-8") << cr.toUtf8() << cr;
    QTest::newRow("mixed LF, CRLF and CR with blank lines") << mixed.toUtf8() << mixed;
    QTest::newRow("CRLF newlines in GB18030") << encodeExactly(crlf, "GB18030") << crlf;
    QTest::newRow("CR newlines in Big5") << encodeExactly(cr, "Big5") << cr;
    QTest::newRow("CRLF newlines in UTF-16LE") << withBom(QStringConverter::Utf16LE, crlf) << crlf;
}

void TestTextDecoder::keepsNewlinesAsTheyAre()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);

    QVERIFY(!bytes.isEmpty());
    const auto result = decodeText(bytes);
    QVERIFY2(result, qPrintable(result ? QString() : errorCodeName(result.error().code)));
    QCOMPARE(result->text, expectedText);
    QCOMPARE(result->text.count(QLatin1Char('\r')), expectedText.count(QLatin1Char('\r')));
}

void TestTextDecoder::rejectsBadBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("expectedCode");
    QTest::addColumn<qint64>("expectedPosition");
    QTest::addColumn<QString>("expectedContext");

    const QString none;

    QTest::newRow("an empty document")
        << QByteArray() << ErrorCode::EmptyDocument << qint64(-1) << none;
    QTest::newRow("a UTF-8 byte order mark and nothing else")
        << QByteArray::fromHex("efbbbf") << ErrorCode::EmptyDocument << qint64(-1) << none;
    QTest::newRow("a UTF-16LE byte order mark and nothing else")
        << QByteArray::fromHex("fffe") << ErrorCode::EmptyDocument << qint64(-1) << none;
    QTest::newRow("only spaces, tabs and newlines")
        << QByteArray(" \t\r\n  \n\n\t ") << ErrorCode::EmptyDocument << qint64(-1) << none;
    QTest::newRow("only ideographic spaces after a UTF-8 byte order mark")
        << withBom(QStringConverter::Utf8, QStringLiteral(u"\u3000\u3000\n"))
        << ErrorCode::EmptyDocument << qint64(-1) << none;

    QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
    QRandomGenerator random(20240827);
    for (int i = 0; i < 4096; ++i)
        png.append(char(random.bounded(256)));
    QTest::newRow("a PNG header followed by random bytes")
        << png << ErrorCode::BinaryData << qint64(8) << none;

    QByteArray withNul = seedBytes();
    withNul.insert(100, '\0');
    QTest::newRow("a NUL byte inside otherwise good text")
        << withNul << ErrorCode::BinaryData << qint64(100) << none;

    QByteArray controls = QByteArray("text ");
    for (int i = 0; i < 20; ++i)
        controls.append("\x01\x02\x03 words ");
    QTest::newRow("many control characters")
        << controls << ErrorCode::BinaryData << qint64(5) << none;
    QTest::newRow("an ELF header without NUL bytes")
        << QByteArray("\x7f"
                      "ELF\x02\x01\x01 looks like text after this")
        << ErrorCode::BinaryData << qint64(0) << none;
    QTest::newRow("a PDF header") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
                                  << ErrorCode::BinaryData << qint64(0) << none;

    qsizetype offset = 0;
    QByteArray bytes = insertedIntoSeed("\xe6\x9c", &offset);
    QTest::newRow("a truncated three-byte sequence in the middle of the seed")
        << bytes << ErrorCode::InvalidUtf8 << qint64(offset) << none;
    bytes = insertedIntoSeed("\x9c", &offset);
    QTest::newRow("a stray continuation byte in the seed")
        << bytes << ErrorCode::InvalidUtf8 << qint64(offset) << none;
    bytes = insertedIntoSeed("\xc0\xaf", &offset);
    QTest::newRow("an overlong slash in the seed")
        << bytes << ErrorCode::InvalidUtf8 << qint64(offset) << none;
    bytes = insertedIntoSeed("\xed\xa0\x80", &offset);
    QTest::newRow("an encoded surrogate in the seed")
        << bytes << ErrorCode::InvalidUtf8 << qint64(offset) << none;
    bytes = insertedIntoSeed("\xf4\x90\x80\x80", &offset);
    QTest::newRow("a code point above U+10FFFF in the seed")
        << bytes << ErrorCode::InvalidUtf8 << qint64(offset) << none;
    bytes = seedBytes() + QByteArray("\xe6\x9c");
    QTest::newRow("a truncated sequence at the very end of the seed")
        << bytes << ErrorCode::InvalidUtf8 << qint64(seedBytes().size()) << none;
    bytes = QByteArray::fromHex("efbbbf") + seedBytes();
    bytes.insert(3 + 10, "\xe6\x9c");
    QTest::newRow("malformed UTF-8 after a byte order mark, counted from the file start")
        << bytes << ErrorCode::InvalidUtf8 << qint64(13) << none;

    QByteArray odd = withBom(QStringConverter::Utf16LE, QStringLiteral(u"中文 text"));
    odd.chop(1);
    QTest::newRow("UTF-16LE with an odd number of bytes")
        << odd << ErrorCode::InvalidUtf16 << qint64(odd.size() - 1) << none;
    const QByteArray unpaired = QByteArray::fromHex("feff0041d8000042");
    QTest::newRow("UTF-16BE with an unpaired high surrogate")
        << unpaired << ErrorCode::InvalidUtf16 << qint64(4) << none;
    const QByteArray lonelyLow = QByteArray::fromHex("fffe4100") + QByteArray::fromHex("00dc");
    QTest::newRow("UTF-16LE with a lone low surrogate")
        << lonelyLow << ErrorCode::InvalidUtf16 << qint64(4) << none;

    QTest::newRow("French in Latin-1") << QByteArray("Caf\xe9 cr\xe8me br\xfbl\xe9"
                                                     "e, na\xefve fa\xe7"
                                                     "ade.\n")
                                       << ErrorCode::UnknownEncoding << qint64(-1) << none;
    QTest::newRow("Japanese in Shift_JIS is not guessed as GB18030")
        << encodeExactly(QStringLiteral(u"日本語のテキストです。今日はいい天気ですね。"),
                         "Shift_JIS")
        << ErrorCode::UnknownEncoding << qint64(-1) << none;
    QTest::newRow("Korean in EUC-KR is not guessed as GB18030")
        << encodeExactly(QStringLiteral(u"안녕하세요. 오늘 날씨가 좋네요."), "EUC-KR")
        << ErrorCode::UnknownEncoding << qint64(-1) << none;
}

void TestTextDecoder::rejectsBadBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, expectedCode);
    QFETCH(qint64, expectedPosition);
    QFETCH(QString, expectedContext);

    const auto result = decodeText(bytes);
    QVERIFY2(!result, qPrintable(result ? result->encoding : QString()));
    QCOMPARE(errorCodeName(result.error().code), errorCodeName(expectedCode));
    QCOMPARE(result.error().position, expectedPosition);
    QCOMPARE(result.error().context, expectedContext);
}

void TestTextDecoder::readsUtf16WithoutByteOrderMark_data()
{
    QTest::addColumn<QStringConverter::Encoding>("encoding");
    QTest::addColumn<QString>("name");
    QTest::newRow("little-endian") << QStringConverter::Utf16LE << QStringLiteral("UTF-16LE");
    QTest::newRow("big-endian") << QStringConverter::Utf16BE << QStringLiteral("UTF-16BE");
}

void TestTextDecoder::readsUtf16WithoutByteOrderMark()
{
    QFETCH(QStringConverter::Encoding, encoding);
    QFETCH(QString, name);
    const QString text =
        QStringLiteral(u"會議還研究了其他事項。\nThe meeting also studied other matters.\n");
    const QByteArray bytes = QStringEncoder(encoding)(text);
    const auto result = decodeText(bytes);
    QVERIFY2(result, qPrintable(result ? QString() : errorCodeName(result.error().code)));
    QCOMPARE(result->text, text);
    QCOMPARE(result->encoding, name);
    QVERIFY(!result->hadByteOrderMark);
}

void TestTextDecoder::mixedEncodingsAreDoubtful()
{
    // The sample in GB18030 with a line of UTF-8 in it: read as GB18030, the UTF-8 line cannot be
    // right.
    const QByteArray gb18030 = encodeExactly(QString::fromUtf8(seedBytes()), "GB18030");
    const QByteArray mixed = gb18030 + QStringLiteral(u"一段用UTF-8寫的文字。\n").toUtf8();
    const auto result = decodeText(mixed);
    // Refused or flagged: never silently read as one encoding.
    QVERIFY(!result || result->doubtful);
    const auto clean = decodeText(gb18030);
    QVERIFY(clean);
    QCOMPARE(clean->encoding, QStringLiteral("GB18030"));
    QVERIFY(!clean->doubtful);
}

void TestTextDecoder::encodingsMixedLineByLineAreEachRead()
{
    // A file pasted together: a Big5 paragraph, a UTF-8 one, a GB18030 one, and English.
    const QString big5Part = seedTextForBig5().section(u'\n', 0, 3) + u'\n';
    const QString utf8Part = QStringLiteral(u"一段用UTF-8寫的文字，包括「引號」。\n");
    const QString gbPart =
        QStringLiteral(u"这是一段简体中文的文字，用GB18030编码，讲的是经济发展。\n");
    const QString english = QStringLiteral("And a line of English.\n");
    const QByteArray bytes = encodeExactly(big5Part, "Big5") + english.toLatin1() +
                             utf8Part.toUtf8() + encodeExactly(gbPart, "GB18030");
    const auto result = decodeText(bytes);
    QVERIFY2(result, "a mix of encodings, each line whole, must open");
    QCOMPARE(result->text, big5Part + english + utf8Part + gbPart);
    QVERIFY(result->doubtful);
    QCOMPARE(result->encoding, QStringLiteral("Big5 + UTF-8 + GB18030"));
}

void TestTextDecoder::survivesRandomBytes()
{
    const QStringList encodings = {QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"),
                                   QStringLiteral("UTF-16BE"), QStringLiteral("GB18030"),
                                   QStringLiteral("Big5")};
    QRandomGenerator random(7);
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes;
        const int size = random.bounded(1, 200);
        // Mostly high bytes and letters, rarely NUL: the paths past binary sniffing get exercised.
        for (int i = 0; i < size; ++i)
            bytes.append(
                char(random.bounded(2) ? random.bounded(0x80, 0x100) : random.bounded(0x20, 0x7F)));
        const auto result = decodeText(bytes);
        if (result) {
            QVERIFY(encodings.contains(result->encoding));
            QVERIFY(!result->text.trimmed().isEmpty());
        }
    }
}

void TestTextDecoder::reportsAMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no-such-file.txt"));
    const auto result = readTextFile(path);
    QVERIFY(!result);
    QCOMPARE(errorCodeName(result.error().code), errorCodeName(ErrorCode::FileNotFound));
    QCOMPARE(result.error().context, path);
}

void TestTextDecoder::refusesADirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto result = readTextFile(dir.path());
    QVERIFY(!result);
    QCOMPARE(errorCodeName(result.error().code), errorCodeName(ErrorCode::FileUnreadable));
    QCOMPARE(result.error().context, dir.path());
}

void TestTextDecoder::refusesAHugeFileWithoutReadingIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    constexpr qint64 size = 100 * 1024 * 1024;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(size)); // sparse: no 100 MB written
    }
    const auto result = readTextFile(path);
    QVERIFY(!result);
    QCOMPARE(errorCodeName(result.error().code), errorCodeName(ErrorCode::FileTooLarge));
    QCOMPARE(result.error().size, size);
    QCOMPARE(result.error().position, qint64(-1)); // A size is not a place in the file.
    QCOMPARE(result.error().context, path);
}

void TestTextDecoder::honoursACustomSizeLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ten.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write("0123456789"), qint64(10));
    }
    const auto tooLarge = readTextFile(path, 9);
    QVERIFY(!tooLarge);
    QCOMPARE(errorCodeName(tooLarge.error().code), errorCodeName(ErrorCode::FileTooLarge));
    QCOMPARE(tooLarge.error().size, qint64(10));

    const auto justFits = readTextFile(path, 10);
    QVERIFY(justFits);
    QCOMPARE(justFits->text, QStringLiteral("0123456789"));
}

void TestTextDecoder::namesTheFileInDecodingErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return file.fileName();
    };

    const QString empty = write(QStringLiteral("empty.txt"), {});
    auto result = readTextFile(empty);
    QVERIFY(!result);
    QCOMPARE(errorCodeName(result.error().code), errorCodeName(ErrorCode::EmptyDocument));
    QCOMPARE(result.error().context, empty);

    QByteArray withNul = seedBytes();
    withNul.insert(42, '\0');
    const QString binary = write(QStringLiteral("binary.txt"), withNul);
    result = readTextFile(binary);
    QVERIFY(!result);
    QCOMPARE(errorCodeName(result.error().code), errorCodeName(ErrorCode::BinaryData));
    QCOMPARE(result.error().context, binary);
    QCOMPARE(result.error().position, qint64(42));

    // Damaged UTF-16 is named as such, with the file.
    const QString odd = write(QStringLiteral("odd.txt"), QByteArray::fromHex("fffe410042"));
    result = readTextFile(odd);
    QVERIFY(!result);
    QCOMPARE(errorCodeName(result.error().code), errorCodeName(ErrorCode::InvalidUtf16));
    QCOMPARE(result.error().context, odd);
}

void TestTextDecoder::readsAGb18030File()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("simplified.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(encodeExactly(simplifiedParagraph, "GB18030"));
    }
    const auto result = readTextFile(path);
    QVERIFY(result);
    QCOMPARE(result->encoding, QStringLiteral("GB18030"));
    QCOMPARE(result->text, simplifiedParagraph);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
