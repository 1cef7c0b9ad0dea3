#include "core/io/SafeFile.h"
#include "core/parse/DocumentReader.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace duizhao;

namespace {

QString samplePath()
{
    return QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt");
}

QString dataPath(const char *name)
{
    return QStringLiteral(DUIZHAO_TEST_DATA_DIR "/") + QString::fromUtf8(name);
}

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList texts(const Document &document, Language language)
{
    return document.sentenceTexts(language);
}

// The seed's Chinese, written out by hand: the title and the 13 body sentences ending in 。.
const QStringList seedChinese = {
    QStringLiteral("中共中央政治局召開會議 審議《進一步推動西部大開發形成新格局的若干政策措施》 "
                   "中共中央總書記習近平主持會議"),
    QStringLiteral(
        "中共中央政治局8月23日召開會議,審議《進一步推動西部大開發形成新格局的若干政策措施》。"),
    QStringLiteral("中共中央總書記習近平主持會議。"),
    QStringLiteral("會議指出,西部大開發是黨中央作出的重大戰略決策,要深刻領會黨中央戰略意圖,"
                   "準確把握西部大開發在推進中國式現代化中的定位和使命,保持戰略定力,"
                   "一以貫之抓好貫徹落實,聚焦大保護、大開放、高品質發展,加快構建新發展格局,"
                   "提升區域整體實力和可持續發展能力。"),
    QStringLiteral("會議強調,要全面深化改革,進一步解放和發展社會生産力、激發和增強社會活力,"
                   "走出一條符合地區實際的中國式現代化路子。"),
    QStringLiteral("要立足功能定位和産業基礎,做強做大特色優勢産業,著力提升科技創新能力,"
                   "推動傳統産業轉型升級。"),
    QStringLiteral(
        "要堅持高水準保護,深入推進美麗西部建設,統籌推進山水林田湖草沙一體化保護和系統治理,"
        "深入開展環境污染防治,推進綠色低碳發展。"),
    QStringLiteral("要持續提升發展內生動力,提升開放型經濟水準。"),
    QStringLiteral("要加強重點領域安全保障能力建設,強化能源資源保障,推進清潔能源基地建設。"),
    QStringLiteral("要因地制宜推進新型城鎮化建設,紮實推進鄉村全面振興,鞏固拓展脫貧攻堅成果,"
                   "確保農村人口不發生規模性返貧致貧。"),
    QStringLiteral("要堅持鑄牢中華民族共同體意識,切實維護民族團結和邊疆穩定。"),
    QStringLiteral("中央區域協調發展領導小組要加強統籌協調,細化任務,推進落實;"
                   "有關部門要研究提出有針對性的政策舉措,務求實效;"
                   "西部地區各級黨委和政府要切實扛起主體責任,奮發圖強,形成工作合力。"),
    QStringLiteral("要步步為營、久久為功,紮實落實各項部署任務,奮力譜寫西部大開發新篇章。"),
    QStringLiteral("會議還研究了其他事項。"),
};

// The first words of each English sentence: the 3 unmatched opening sentences, the title, and
// the 15 body sentences.
const QStringList seedEnglishStarts = {
    QStringLiteral("We will stay firmly rooted in Chinese culture."),
    QStringLiteral("We will collect and refine"),
    QStringLiteral("We will accelerate the development"),
    QStringLiteral("CPC leadership reviews measures on western region's development"),
    QStringLiteral("The Political Bureau of the Communist Party"),
    QStringLiteral("Xi Jinping, general secretary"),
    QStringLiteral("The meeting noted that"),
    QStringLiteral("It is imperative to thoroughly understand"),
    QStringLiteral("The meeting stressed that"),
    QStringLiteral("The region must take into account"),
    QStringLiteral("Work must be done to promote"),
    QStringLiteral("The meeting urged the western region"),
    QStringLiteral("It is necessary to advance the new urbanization"),
    QStringLiteral("The meeting also noted that"),
    QStringLiteral("The Central Leading Group"),
    QStringLiteral("Relevant departments should"),
    QStringLiteral("Party committees and governments"),
    QStringLiteral("It is necessary to take steady steps"),
    QStringLiteral("Some other issues were also discussed at the meeting."),
};

/// Every character of every source lies in at most one paragraph, every non-space character in
/// exactly one, and sentences lie inside their paragraph: nothing is lost or duplicated.
void verifyNothingLost(const Document &document)
{
    for (int index = 0; index < document.sources.size(); ++index) {
        const QString &text = document.sources.at(index).text;
        QList<int> owners(text.size(), 0);
        for (const Side *side : {&document.chinese, &document.english}) {
            if (side->sourceIndex != index)
                continue;
            for (const Paragraph &paragraph : side->paragraphs) {
                QVERIFY(paragraph.range.end() <= text.size());
                for (qsizetype i = paragraph.range.start; i < paragraph.range.end(); ++i)
                    ++owners[i];
                qsizetype previousEnd = paragraph.range.start;
                for (const Sentence &sentence : paragraph.sentences) {
                    QVERIFY(sentence.range.start >= previousEnd);
                    QVERIFY(sentence.range.end() <= paragraph.range.end());
                    previousEnd = sentence.range.end();
                }
            }
        }
        for (qsizetype i = 0; i < text.size(); ++i) {
            QVERIFY2(owners.at(i) <= 1, qPrintable(QStringLiteral("offset %1 twice").arg(i)));
            if (!text.at(i).isSpace() && text.at(i) != u'\uFEFF')
                QVERIFY2(owners.at(i) == 1,
                         qPrintable(QStringLiteral("offset %1 (%2) lost").arg(i).arg(text.at(i))));
        }
    }
}

} // namespace

class TestDocumentReader : public QObject
{
    Q_OBJECT

private slots:
    void seedSentences();
    void diagnosticsAreLoggingCategories();
    void seedMetadataAndRoles();
    void seedKeepsEveryCharacter();
    void seedInOtherEncodings_data();
    void seedInOtherEncodings();
    void crlfNewlinesGiveTheSameSentences();
    void englishBlockFirst();
    void interleavedParagraphs();
    void twoFilesInEitherOrder_data();
    void twoFilesInEitherOrder();
    void twoFilesOfOneLanguageAreRefused();
    void oneLanguageOpensOneSided();
    void presplitKeepsLines();
    void badInput_data();
    void badInput();
    void cancelStopsTheImport();
};

void TestDocumentReader::seedSentences()
{
    const Result<Document> document = readDocument({samplePath()});
    QVERIFY(document);
    QCOMPARE(texts(*document, Language::Chinese), seedChinese);
    const QStringList english = texts(*document, Language::English);
    QCOMPARE(english.size(), seedEnglishStarts.size());
    for (int i = 0; i < english.size(); ++i)
        QVERIFY2(english.at(i).startsWith(seedEnglishStarts.at(i)), qPrintable(english.at(i)));
    for (const QString &sentence : texts(*document, Language::Chinese) + english) {
        QVERIFY(!sentence.contains(QStringLiteral("發佈時間")));
        QVERIFY(!sentence.contains(QStringLiteral("來源")));
        QVERIFY(!sentence.contains(QStringLiteral("曹川川")));
    }
}

void TestDocumentReader::diagnosticsAreLoggingCategories()
{
    // Quiet by default...
    static QStringList messages;
    messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &context, const QString &message) {
            messages.append(QString::fromUtf8(context.category) + u' ' + message);
        });
    QVERIFY(readDocument({samplePath()}));
    QTemporaryDir dir;
    QVERIFY(writeFileSafely(dir.filePath(QStringLiteral("out.txt")), "text"));
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    // ...and each area speaks under its own category when asked.
    QLoggingCategory::setFilterRules(QStringLiteral("duizhao.*.debug=true"));
    QVERIFY(readDocument({samplePath()}));
    QVERIFY(writeFileSafely(dir.filePath(QStringLiteral("out.txt")), "text"));
    QVERIFY(!writeFileSafely(dir.filePath(QStringLiteral("missing/out.txt")), "text"));
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(QRegularExpression(QStringLiteral(
                 "duizhao.import .*cpc-western-development.txt: plain text in UTF-8"))),
             qPrintable(all));
    QVERIFY2(all.contains(QRegularExpression(QStringLiteral(
                 "duizhao.import read in \\d+ ms: layout \\w+, \\d+ Chinese and \\d+ English"))),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("duizhao.write ") +
                          dir.filePath(QStringLiteral("out.txt")) +
                          QStringLiteral(": 4 bytes written")),
             qPrintable(all));
    QVERIFY2(all.contains(QRegularExpression(
                 QStringLiteral("duizhao.write .*missing/out.txt: not written"))),
             qPrintable(all));
}

void TestDocumentReader::seedMetadataAndRoles()
{
    const Result<Document> document = readDocument({samplePath()});
    QVERIFY(document);
    QCOMPARE(document->layout, Layout::Blocks);
    const Metadata &metadata = document->metadata;
    QCOMPARE(metadata.published, QStringLiteral("2024-08-27 08:40:00"));
    QCOMPARE(metadata.publishedAt, QDateTime(QDate(2024, 8, 27), QTime(8, 40)));
    QCOMPARE(metadata.source, QStringLiteral("新華網"));
    QVERIFY(metadata.hasAuthorField);
    QCOMPARE(metadata.author, QString());
    QCOMPARE(metadata.editor, QStringLiteral("曹川川"));
    QCOMPARE(metadata.title, seedChinese.first());
    QCOMPARE(metadata.englishTitle,
             QStringLiteral("CPC leadership reviews measures on western region's development"));

    const QList<SentenceRef> chinese = document->sentenceRefs(Language::Chinese);
    QCOMPARE(chinese.first().role, ParagraphRole::Title);
    QCOMPARE(chinese.at(1).role, ParagraphRole::Body);
    QCOMPARE(document->text(document->chinese, chinese.at(1).range).left(11),
             QStringLiteral("中共中央政治局8月23"));
    const QList<SentenceRef> english = document->sentenceRefs(Language::English);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(english.at(i).role, ParagraphRole::Extra);
    QCOMPARE(english.at(3).role, ParagraphRole::Title);
    QCOMPARE(english.at(4).role, ParagraphRole::Body);
    QVERIFY(document->notices.contains(Notice::ExtraTextKept));

    // The metadata stays in the document as a paragraph of its own, before the body.
    const Paragraph &metadataParagraph = document->chinese.paragraphs.at(1);
    QCOMPARE(metadataParagraph.role, ParagraphRole::Metadata);
    QVERIFY(document->text(document->chinese, metadataParagraph.range)
                .endsWith(QStringLiteral("責任編輯:曹川川")));
}

void TestDocumentReader::seedKeepsEveryCharacter()
{
    const Result<Document> document = readDocument({samplePath()});
    QVERIFY(document);
    verifyNothingLost(*document);
}

void TestDocumentReader::seedInOtherEncodings_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("byteOrderMark");
    QTest::newRow("GB18030 without a mark is detected") << QByteArray("GB18030") << QByteArray();
    QTest::newRow("Big5 without a mark is detected") << QByteArray("Big5") << QByteArray();
    QTest::newRow("UTF-16LE with its mark") << QByteArray("UTF-16LE") << QByteArray("\xFF\xFE");
    QTest::newRow("UTF-16BE with its mark") << QByteArray("UTF-16BE") << QByteArray("\xFE\xFF");
    QTest::newRow("UTF-8 with a mark") << QByteArray("UTF-8") << QByteArray("\xEF\xBB\xBF");
}

void TestDocumentReader::seedInOtherEncodings()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, byteOrderMark);
    QString text = readUtf8(samplePath());
    QVERIFY(!text.isEmpty());

    // Big5 lacks a few of the seed's characters (産): those become 產 before encoding, and the
    // expectation is the same replaced text read as UTF-8.
    QStringEncoder encoder(encoding.constData(), QStringConverter::Flag::Stateless);
    QVERIFY(encoder.isValid());
    QString representable;
    for (const QChar c : std::as_const(text)) {
        QStringEncoder single(encoding.constData(), QStringConverter::Flag::Stateless);
        const QByteArray bytes = single.encode(QStringView(&c, 1));
        representable += single.hasError() || bytes == "?" ? QChar(u'產') : c;
    }
    const QByteArray encoded = byteOrderMark + QByteArray(encoder.encode(representable));
    QVERIFY(!encoder.hasError());

    QTemporaryDir dir;
    const QString encodedPath = dir.filePath(QStringLiteral("encoded.txt"));
    const QString utf8Path = dir.filePath(QStringLiteral("utf8.txt"));
    QVERIFY(writeBytes(encodedPath, encoded));
    QVERIFY(writeBytes(utf8Path, representable.toUtf8()));

    const Result<Document> fromEncoded = readDocument({encodedPath});
    QVERIFY2(fromEncoded,
             qPrintable(fromEncoded ? QString() : errorCodeName(fromEncoded.error().code)));
    const Result<Document> fromUtf8 = readDocument({utf8Path});
    QVERIFY(fromUtf8);
    QCOMPARE(fromEncoded->sources.first().encoding, QString::fromLatin1(encoding));
    QCOMPARE(texts(*fromEncoded, Language::Chinese), texts(*fromUtf8, Language::Chinese));
    QCOMPARE(texts(*fromEncoded, Language::English), texts(*fromUtf8, Language::English));
    QCOMPARE(fromEncoded->metadata.editor, QStringLiteral("曹川川"));
    QCOMPARE(texts(*fromEncoded, Language::Chinese).size(), 14);
}

void TestDocumentReader::crlfNewlinesGiveTheSameSentences()
{
    QString text = readUtf8(samplePath());
    QList<SourceText> crlf{{QString(), QStringLiteral("UTF-8"), false,
                            QString(text).replace(u'\n', QStringLiteral("\r\n"))}};
    QList<SourceText> cr{
        {QString(), QStringLiteral("UTF-8"), false, QString(text).replace(u'\n', u'\r')}};
    const Result<Document> lf = parseDocument({{QString(), QStringLiteral("UTF-8"), false, text}});
    const Result<Document> fromCrlf = parseDocument(crlf);
    const Result<Document> fromCr = parseDocument(cr);
    QVERIFY(lf && fromCrlf && fromCr);
    QCOMPARE(texts(*fromCrlf, Language::Chinese), texts(*lf, Language::Chinese));
    QCOMPARE(texts(*fromCrlf, Language::English), texts(*lf, Language::English));
    QCOMPARE(texts(*fromCr, Language::English), texts(*lf, Language::English));
    verifyNothingLost(*fromCrlf);
}

void TestDocumentReader::englishBlockFirst()
{
    // The seed's two main blocks swapped: English article, then Chinese article.
    const QStringList lines = readUtf8(samplePath()).split(u'\n');
    QCOMPARE(lines.size(), 12);
    const QString swapped = lines.mid(6).join(u'\n') + u'\n' + lines.mid(1, 5).join(u'\n');
    const Result<Document> document =
        parseDocument({{QString(), QStringLiteral("UTF-8"), false, swapped}});
    QVERIFY(document);
    QCOMPARE(document->layout, Layout::Blocks);
    QCOMPARE(texts(*document, Language::Chinese), seedChinese);
    QCOMPARE(texts(*document, Language::English).size(), 16);
    QVERIFY(!document->notices.contains(Notice::ExtraTextKept));
    QCOMPARE(document->metadata.editor, QStringLiteral("曹川川"));
}

void TestDocumentReader::interleavedParagraphs()
{
    const Result<Document> document = readDocument({dataPath("interleaved-heatwave.txt")});
    QVERIFY(document);
    QCOMPARE(document->layout, Layout::Interleaved);
    QCOMPARE(document->chinese.paragraphs.size(), 4);
    QCOMPARE(document->english.paragraphs.size(), 4);
    QCOMPARE(document->metadata.title, QStringLiteral("全市迎來今年首個高溫日"));
    QCOMPARE(document->metadata.englishTitle,
             QStringLiteral("City sees its first hot day of the year"));
    const QStringList chinese = texts(*document, Language::Chinese);
    QCOMPARE(chinese.size(), 5);
    QCOMPARE(chinese.at(2), QStringLiteral("氣象台發出高溫黃色預警。"));
    const QStringList english = texts(*document, Language::English);
    QCOMPARE(english.size(), 5);
    QCOMPARE(english.at(2), QStringLiteral("The observatory issued a yellow heat warning."));
    QVERIFY(document->notices.isEmpty());
    verifyNothingLost(*document);
}

void TestDocumentReader::twoFilesInEitherOrder_data()
{
    QTest::addColumn<bool>("englishFirst");
    QTest::newRow("Chinese file first") << false;
    QTest::newRow("English file first") << true;
}

void TestDocumentReader::twoFilesInEitherOrder()
{
    QFETCH(bool, englishFirst);
    QStringList paths = {dataPath("pair-library.zh.txt"), dataPath("pair-library.en.txt")};
    if (englishFirst)
        std::swap(paths[0], paths[1]);
    const Result<Document> document = readDocument(paths);
    QVERIFY(document);
    QCOMPARE(document->layout, Layout::TwoFiles);
    QCOMPARE(document->sources.at(document->chinese.sourceIndex).path,
             dataPath("pair-library.zh.txt"));
    QCOMPARE(document->metadata.title, QStringLiteral("市立圖書館延長開放時間"));
    QCOMPARE(document->metadata.englishTitle, QStringLiteral("Library extends its opening hours"));
    // The Chinese file's metadata wins whichever order the files came in.
    QCOMPARE(document->metadata.published, QStringLiteral("2025-03-01 10:00"));
    QCOMPARE(document->metadata.source, QStringLiteral("城市日报"));
    QCOMPARE(document->metadata.author, QStringLiteral("林小雨"));
    QCOMPARE(texts(*document, Language::Chinese),
             (QStringList{QStringLiteral("市立圖書館延長開放時間"),
                          QStringLiteral("從下個月起,市立圖書館將每天開放到晚上十點。"),
                          QStringLiteral("館長王明說:「我們希望讓更多上班族有時間來讀書。」"),
                          QStringLiteral("圖書館還將增設兩百個座位,並提供免費無線網路。")}));
    const QStringList english = texts(*document, Language::English);
    QCOMPARE(english.size(), 4);
    // The English file has CRLF newlines and a sentence wrapped by hand over two lines.
    QCOMPARE(english.at(1),
             QStringLiteral(
                 "From next month, the city library will stay open until 10 p.m. every day."));
    QCOMPARE(english.at(2),
             QStringLiteral("\"We want more office\r\nworkers to have time to read,\" "
                            "said the director, Mr. Wang Ming."));
    verifyNothingLost(*document);
}

void TestDocumentReader::twoFilesOfOneLanguageAreRefused()
{
    const Result<Document> document =
        readDocument({dataPath("pair-library.zh.txt"), dataPath("pair-library.zh.txt")});
    QVERIFY(!document);
    QCOMPARE(document.error().code, ErrorCode::SideMismatch);
}

void TestDocumentReader::oneLanguageOpensOneSided()
{
    const QString english = QStringLiteral("Only English here. Nothing else at all.\n");
    const Result<Document> document =
        parseDocument({{QString(), QStringLiteral("UTF-8"), false, english}});
    QVERIFY(document);
    QCOMPARE(document->layout, Layout::OneSided);
    QVERIFY(document->notices.contains(Notice::ChineseMissing));
    QCOMPARE(texts(*document, Language::English).size(), 2);
    QVERIFY(document->chinese.isEmpty());
}

void TestDocumentReader::presplitKeepsLines()
{
    QTemporaryDir dir;
    const QString zhPath = dir.filePath(QStringLiteral("zh"));
    const QString enPath = dir.filePath(QStringLiteral("en"));
    // Line i is sentence i, even when a line holds two sentences or is empty.
    QVERIFY(writeBytes(zhPath, QStringLiteral("第一句。第二句。\n\n第三句\n").toUtf8()));
    QVERIFY(writeBytes(enPath, QStringLiteral("One. Two.\nThree\n").toUtf8()));
    ReadOptions options;
    options.presplit = true;
    const Result<Document> document = readDocument({enPath, zhPath}, options);
    QVERIFY(document);
    QCOMPARE(document->layout, Layout::Presplit);
    QCOMPARE(
        texts(*document, Language::Chinese),
        (QStringList{QStringLiteral("第一句。第二句。"), QString(), QStringLiteral("第三句")}));
    QCOMPARE(texts(*document, Language::English),
             (QStringList{QStringLiteral("One. Two."), QStringLiteral("Three")}));
}

void TestDocumentReader::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("an empty file") << QByteArray() << ErrorCode::EmptyDocument;
    QTest::newRow("only spaces and newlines")
        << QByteArray(" \n\n \r\n") << ErrorCode::EmptyDocument;
    QTest::newRow("binary data") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                 << ErrorCode::BinaryData;
    QTest::newRow("text with NUL bytes") << QByteArray("abc\0def", 7) << ErrorCode::BinaryData;
    QTest::newRow("invalid UTF-8 inside Chinese")
        << (QStringLiteral("中文句子。中文句子。").toUtf8() + QByteArray("\xE4\xB8") +
            QStringLiteral("English sentence. 中文。").toUtf8())
        << ErrorCode::InvalidUtf8;
    QTest::newRow("digits and punctuation only")
        << QByteArray("12345 - 678.\n") << ErrorCode::NoReadableText;
}

void TestDocumentReader::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.txt"));
    QVERIFY(writeBytes(path, bytes));
    const Result<Document> document = readDocument({path});
    QVERIFY(!document);
    QCOMPARE(document.error().code, expected);
}

void TestDocumentReader::cancelStopsTheImport()
{
    ReadOptions options;
    options.isCancelled = [] {
        return true;
    };
    const Result<Document> document = readDocument({samplePath()}, options);
    QVERIFY(!document);
    QCOMPARE(document.error().code, ErrorCode::Cancelled);
}

QTEST_GUILESS_MAIN(TestDocumentReader)
#include "tst_documentreader.moc"
