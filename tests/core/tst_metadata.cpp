#include "core/parse/MetadataExtractor.h"

#include <QFile>
#include <QTest>

using namespace duizhao;

namespace {

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList utf8List(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

QList<MetadataField> fieldList(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    QList<MetadataField> fields;
    for (const auto &[key, value] : pairs)
        fields.append({QString::fromUtf8(key), QString::fromUtf8(value)});
    return fields;
}

const char *const seedLine =
    "發佈時間:2024-08-27 08:40:00 | 來源:新華網 | 作者: | 責任編輯:曹川川中共中央政治局8月23日召開"
    "會議,審議《進一步推動西部大開發形成新格局的若干政策措施》。中共中央總書記習近平主持會議。";
const char *const seedMetadata =
    "發佈時間:2024-08-27 08:40:00 | 來源:新華網 | 作者: | 責任編輯:曹川川";

} // namespace

class TestMetadata : public QObject
{
    Q_OBJECT

private slots:
    void findMetadata_data();
    void findMetadata();
    void rejectsBodyText_data();
    void rejectsBodyText();
    void seedFileLine();
    void isDateLine_data();
    void isDateLine();
    void parsePublicationTime_data();
    void parsePublicationTime();
    void addMetadataFields_data();
    void addMetadataFields();
    void addMetadataFieldsKeepsEarlierValues();
};

void TestMetadata::findMetadata_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("metadata"); ///< paragraph.left(length)
    QTest::addColumn<QString>("body");     ///< paragraph.mid(bodyStart); null when bodyStart is -1

    QTest::newRow("the seed line's metadata run is cut off the body glued to it")
        << utf8(seedLine) << utf8List({"發佈時間", "來源", "作者", "責任編輯"})
        << utf8List({"2024-08-27 08:40:00", "新華網", "", "曹川川"}) << utf8(seedMetadata)
        << utf8("中共中央政治局8月23日召開會議,"
                "審議《進一步推動西部大開發形成新格局的若干政策措施》。"
                "中共中央總書記習近平主持會議。");
    QTest::newRow("the seed metadata on a line of its own has no body")
        << utf8(seedMetadata) << utf8List({"發佈時間", "來源", "作者", "責任編輯"})
        << utf8List({"2024-08-27 08:40:00", "新華網", "", "曹川川"}) << utf8(seedMetadata)
        << QString();
    QTest::newRow("trailing spaces are not part of the metadata")
        << utf8(seedMetadata) + QStringLiteral("   ")
        << utf8List({"發佈時間", "來源", "作者", "責任編輯"})
        << utf8List({"2024-08-27 08:40:00", "新華網", "", "曹川川"}) << utf8(seedMetadata)
        << QString();
    // ICU splits 新华网 into 新|华|网 (but 新華網 into 新華|網): the source ends at its 网 suffix.
    QTest::newRow("Simplified labels work, glued body included")
        << utf8("发布时间:2024-08-27 08:40:00 | 来源:新华网 | 作者: | "
                "责任编辑:曹川川中共中央政治局8月"
                "23日召开会议。")
        << utf8List({"发布时间", "来源", "作者", "责任编辑"})
        << utf8List({"2024-08-27 08:40:00", "新华网", "", "曹川川"})
        << utf8("发布时间:2024-08-27 08:40:00 | 来源:新华网 | 作者: | 责任编辑:曹川川")
        << utf8("中共中央政治局8月23日召开会议。");
    QTest::newRow("a full-width colon is a colon")
        << utf8("來源：新華社") << utf8List({"來源"}) << utf8List({"新華社"})
        << utf8("來源：新華社") << QString();
    QTest::newRow("a full-width bar separates fields")
        << utf8("發佈時間：2024-08-27 08:40｜來源：新華社｜責任編輯：王軍")
        << utf8List({"發佈時間", "來源", "責任編輯"})
        << utf8List({"2024-08-27 08:40", "新華社", "王軍"})
        << utf8("發佈時間：2024-08-27 08:40｜來源：新華社｜責任編輯：王軍") << QString();
    QTest::newRow("the 丨 character separates fields")
        << utf8("發佈時間：2024-08-27丨來源：人民網丨作者：李明")
        << utf8List({"發佈時間", "來源", "作者"}) << utf8List({"2024-08-27", "人民網", "李明"})
        << utf8("發佈時間：2024-08-27丨來源：人民網丨作者：李明") << QString();
    QTest::newRow("two spaces separate fields")
        << utf8("來源:新華網  作者:張三  責任編輯:李四") << utf8List({"來源", "作者", "責任編輯"})
        << utf8List({"新華網", "張三", "李四"}) << utf8("來源:新華網  作者:張三  責任編輯:李四")
        << QString();
    QTest::newRow("a tab separates fields")
        << utf8("來源:新華網\t作者:張三\t責任編輯:李四") << utf8List({"來源", "作者", "責任編輯"})
        << utf8List({"新華網", "張三", "李四"}) << utf8("來源:新華網\t作者:張三\t責任編輯:李四")
        << QString();
    QTest::newRow("a single space before the next label separates fields")
        << utf8("作者：張三 編輯：李四") << utf8List({"作者", "編輯"}) << utf8List({"張三", "李四"})
        << utf8("作者：張三 編輯：李四") << QString();
    QTest::newRow("leading ideographic spaces are skipped")
        << utf8("\u3000\u3000來源：新華社｜作者：張三") << utf8List({"來源", "作者"})
        << utf8List({"新華社", "張三"}) << utf8("\u3000\u3000來源：新華社｜作者：張三")
        << QString();
    // ICU gives 王|軍|國務院: single characters are the name, the first longer word is the body.
    QTest::newRow("a glued two-character editor ends at the first dictionary word")
        << utf8("責任編輯:王軍國務院總理李強主持召開國務院常務會議。") << utf8List({"責任編輯"})
        << utf8List({"王軍"}) << utf8("責任編輯:王軍")
        << utf8("國務院總理李強主持召開國務院常務會議。");
    QTest::newRow("a glued name ends before digits")
        << utf8("責任編輯:王軍8月23日,國務院召開常務會議。") << utf8List({"責任編輯"})
        << utf8List({"王軍"}) << utf8("責任編輯:王軍") << utf8("8月23日,國務院召開常務會議。");
    QTest::newRow("a glued Simplified source ends at its suffix")
        << utf8("来源:新华网中共中央政治局8月23日召开会议。") << utf8List({"来源"})
        << utf8List({"新华网"}) << utf8("来源:新华网") << utf8("中共中央政治局8月23日召开会议。");
    QTest::newRow("a glued source without a split suffix is one word")
        << utf8("來源:人民日報中共中央政治局8月23日召開會議。") << utf8List({"來源"})
        << utf8List({"人民日報"}) << utf8("來源:人民日報")
        << utf8("中共中央政治局8月23日召開會議。");
    QTest::newRow("a glued time ends where the date does")
        << utf8("发布时间:2024-08-27 08:40:00中共中央政治局8月23日召开会议。")
        << utf8List({"发布时间"}) << utf8List({"2024-08-27 08:40:00"})
        << utf8("发布时间:2024-08-27 08:40:00") << utf8("中共中央政治局8月23日召开会议。");
    QTest::newRow("a sentence after a bar is body text")
        << utf8("來源:新華網 | 中共中央政治局8月23日召開會議,審議若干政策措施。")
        << utf8List({"來源"}) << utf8List({"新華網"}) << utf8("來源:新華網")
        << utf8("中共中央政治局8月23日召開會議,審議若干政策措施。");
    QTest::newRow("an English source and editor line is metadata")
        << utf8("Source: Xinhua | Editor: Cao Chuanchuan") << utf8List({"Source", "Editor"})
        << utf8List({"Xinhua", "Cao Chuanchuan"}) << utf8("Source: Xinhua | Editor: Cao Chuanchuan")
        << QString();
    QTest::newRow("English fields may be separated by one space")
        << utf8("Source: Xinhua Editor: Cao Chuanchuan") << utf8List({"Source", "Editor"})
        << utf8List({"Xinhua", "Cao Chuanchuan"}) << utf8("Source: Xinhua Editor: Cao Chuanchuan")
        << QString();
    QTest::newRow("an English update time is metadata")
        << utf8("Updated: 2024-08-27 08:40") << utf8List({"Updated"})
        << utf8List({"2024-08-27 08:40"}) << utf8("Updated: 2024-08-27 08:40") << QString();
    // "China Daily" has no label, so it makes no field, but it is part of the line, not body.
    QTest::newRow("an unlabelled part after a bar stays in the metadata line")
        << utf8("By: Zhang Yi | China Daily") << utf8List({"By"}) << utf8List({"Zhang Yi"})
        << utf8("By: Zhang Yi | China Daily") << QString();
    QTest::newRow("labels after an unlabelled part are still read")
        << utf8("By: Zhang Yi | China Daily | Updated: 2024-08-27 08:40")
        << utf8List({"By", "Updated"}) << utf8List({"Zhang Yi", "2024-08-27 08:40"})
        << utf8("By: Zhang Yi | China Daily | Updated: 2024-08-27 08:40") << QString();
    // Not tested, because ICU cannot decide it: a glued name followed by a one-character word
    // (責任編輯:曹川川在北京… splits as 曹|川|川|在|北京) reads as the four-character name
    // 曹川川在.
}

void TestMetadata::findMetadata()
{
    QFETCH(QString, paragraph);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, values);
    QFETCH(QString, metadata);
    QFETCH(QString, body);

    const std::optional<MetadataSpan> span = duizhao::findMetadata(paragraph);
    QVERIFY(span.has_value());
    QStringList foundKeys, foundValues;
    for (const MetadataField &field : span->fields) {
        foundKeys.append(field.key);
        foundValues.append(field.value);
    }
    QCOMPARE(foundKeys, keys);
    QCOMPARE(foundValues, values);
    QCOMPARE(paragraph.left(span->length), metadata);
    if (body.isNull()) {
        QCOMPARE(span->bodyStart, qsizetype(-1));
    } else {
        QVERIFY(span->bodyStart >= span->length);
        QCOMPARE(paragraph.mid(span->bodyStart), body);
    }
}

void TestMetadata::rejectsBodyText_data()
{
    QTest::addColumn<QString>("paragraph");

    QTest::newRow("an empty paragraph") << QString();
    QTest::newRow("a body sentence that starts with 時間") << utf8("時間過得真快,轉眼又是一年。");
    QTest::newRow("a body sentence that starts with 時間 and a colon")
        << utf8("時間:過得真快,轉眼又是一年。");
    QTest::newRow("an English sentence with a colon after 'source of the problem'")
        << utf8("The source of the problem: money.");
    QTest::newRow("a long body paragraph with 來源: in the middle")
        << utf8("這次調查的資料來源:國家統計局,數據顯示經濟穩定增長,專家認為今年的發展勢頭良好,"
                "值得期待。");
    QTest::newRow("a long body paragraph with 來源： after a comma")
        << utf8("中共中央政治局8月23日召開會議，來源：新華網的報道指出，會議審議了若干政策措施，"
                "並強調要進一步推動西部大開發形成新格局。");
    QTest::newRow("a plain body sentence") << utf8("中共中央政治局8月23日召開會議。");
    QTest::newRow("an English body sentence")
        << utf8("The Political Bureau met on Friday to review the policies.");
}

void TestMetadata::rejectsBodyText()
{
    QFETCH(QString, paragraph);
    const std::optional<MetadataSpan> span = duizhao::findMetadata(paragraph);
    QVERIFY2(!span.has_value(), span ? qPrintable(paragraph.left(span->length)) : "no metadata");
}

void TestMetadata::seedFileLine()
{
    QFile file(QStringLiteral(DUIZHAO_SHARED_DIR "/seed/000_4a9dcca1dd6bbaa4.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("The shared seed file is not available.");
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QVERIFY(lines.size() > 2);
    const QString line = lines.at(2).trimmed();
    QVERIFY(line.startsWith(utf8("發佈時間:")));

    const std::optional<MetadataSpan> span = duizhao::findMetadata(line);
    QVERIFY(span.has_value());
    QCOMPARE(span->fields.size(), 4);
    QCOMPARE(span->fields.at(3).value, utf8("曹川川"));
    QCOMPARE(line.left(span->length), utf8(seedMetadata));
    QCOMPARE(span->bodyStart, span->length);
    QVERIFY(line.mid(span->bodyStart).startsWith(utf8("中共中央政治局8月23日")));
}

void TestMetadata::isDateLine_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<bool>("isDate");

    QTest::newRow("an ISO date and time") << utf8("2024-08-27 08:40:00") << true;
    QTest::newRow("a slashed date without leading zeros") << utf8("2024/8/27") << true;
    QTest::newRow("a Chinese date with a time") << utf8("2024年8月27日 08:40") << true;
    QTest::newRow("a Chinese date with 時 and 分") << utf8("2024年8月27日 08時40分") << true;
    QTest::newRow("a dotted date") << utf8("2024.08.27") << true;
    QTest::newRow("an English date") << utf8("August 27, 2024") << true;
    QTest::newRow("an abbreviated English date with a time") << utf8("Aug. 27, 2024 08:40") << true;
    QTest::newRow("an English date with a weekday") << utf8("Tuesday, August 27, 2024") << true;
    QTest::newRow("an English date with PM") << utf8("Aug 27, 2024 8:40 PM") << true;
    QTest::newRow("a date surrounded by spaces") << utf8("  2024-08-27  ") << true;
    QTest::newRow("an impossible month and day") << utf8("2024-13-45") << false;
    QTest::newRow("an impossible hour") << utf8("2024-08-27 25:00") << false;
    QTest::newRow("a sentence that starts with a date")
        << utf8("2024年8月27日，國務院召開常務會議。") << false;
    QTest::newRow("a number that is not a date") << utf8("20240827") << false;
    QTest::newRow("an empty line") << QString() << false;
}

void TestMetadata::isDateLine()
{
    QFETCH(QString, paragraph);
    QFETCH(bool, isDate);
    QCOMPARE(duizhao::isDateLine(paragraph), isDate);
}

void TestMetadata::parsePublicationTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    const QDate day(2024, 8, 27);
    QTest::newRow("an ISO date and time with seconds")
        << utf8("2024-08-27 08:40:00") << QDateTime(day, QTime(8, 40));
    QTest::newRow("an ISO date and time with non-zero seconds")
        << utf8("2024-08-27 08:40:15") << QDateTime(day, QTime(8, 40, 15));
    QTest::newRow("a slashed date is midnight") << utf8("2024/8/27") << QDateTime(day, QTime(0, 0));
    QTest::newRow("a Chinese date with a time")
        << utf8("2024年8月27日 08:40") << QDateTime(day, QTime(8, 40));
    QTest::newRow("a Chinese date with 時, 分 and 秒")
        << utf8("2024年8月27日08時40分15秒") << QDateTime(day, QTime(8, 40, 15));
    QTest::newRow("a dotted date") << utf8("2024.08.27") << QDateTime(day, QTime(0, 0));
    QTest::newRow("an English date") << utf8("August 27, 2024") << QDateTime(day, QTime(0, 0));
    QTest::newRow("an abbreviated English date with a time")
        << utf8("Aug. 27, 2024 08:40") << QDateTime(day, QTime(8, 40));
    QTest::newRow("an English time after noon")
        << utf8("Aug 27, 2024 8:40 PM") << QDateTime(day, QTime(20, 40));
    QTest::newRow("an English time just after midnight")
        << utf8("Aug 27, 2024 12:05 a.m.") << QDateTime(day, QTime(0, 5));
    QTest::newRow("an impossible month and day is invalid") << utf8("2024-13-45") << QDateTime();
    QTest::newRow("the 30th of February is invalid") << utf8("2024-02-30") << QDateTime();
    QTest::newRow("an impossible hour is invalid") << utf8("2024-08-27 25:00") << QDateTime();
    QTest::newRow("a 13 PM is invalid") << utf8("Aug 27, 2024 13:00 PM") << QDateTime();
    QTest::newRow("words are invalid") << utf8("yesterday") << QDateTime();
    QTest::newRow("nothing is invalid") << QString() << QDateTime();
}

void TestMetadata::parsePublicationTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = duizhao::parsePublicationTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed, expected);
}

void TestMetadata::addMetadataFields_data()
{
    QTest::addColumn<QList<MetadataField>>("fields");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QDateTime>("publishedAt");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("author");
    QTest::addColumn<bool>("hasAuthorField");
    QTest::addColumn<QString>("editor");

    QTest::newRow("the seed fields fill every member, the empty author included")
        << fieldList({{"發佈時間", "2024-08-27 08:40:00"},
                      {"來源", "新華網"},
                      {"作者", ""},
                      {"責任編輯", "曹川川"}})
        << utf8("2024-08-27 08:40:00") << QDateTime(QDate(2024, 8, 27), QTime(8, 40))
        << utf8("新華網") << QString() << true << utf8("曹川川");
    QTest::newRow("the first value of each kind wins")
        << fieldList({{"來源", "新華網"},
                      {"作者", "張三"},
                      {"責任編輯", "曹川川"},
                      {"Source", "Xinhua"},
                      {"By", "Zhang Yi"},
                      {"Editor", "Cao Chuanchuan"}})
        << QString() << QDateTime() << utf8("新華網") << utf8("張三") << true << utf8("曹川川");
    // An empty value is no value: a later one of the same kind fills the member.
    QTest::newRow("an empty author is filled by a later author")
        << fieldList({{"作者", ""}, {"記者", "李明"}}) << QString() << QDateTime() << QString()
        << utf8("李明") << true << QString();
    QTest::newRow("English labels fill the same members")
        << fieldList({{"Updated", "Aug. 27, 2024 08:40"},
                      {"Source", "Xinhua"},
                      {"By", "Zhang Yi"},
                      {"Editor", "Cao Chuanchuan"}})
        << utf8("Aug. 27, 2024 08:40") << QDateTime(QDate(2024, 8, 27), QTime(8, 40))
        << utf8("Xinhua") << utf8("Zhang Yi") << true << utf8("Cao Chuanchuan");
    QTest::newRow("an unreadable time is kept as text with an invalid date")
        << fieldList({{"時間", "剛剛"}}) << utf8("剛剛") << QDateTime() << QString() << QString()
        << false << QString();
    QTest::newRow("an unknown label fills no member but is kept")
        << fieldList({{"原標題", "西部大開發"}}) << QString() << QDateTime() << QString()
        << QString() << false << QString();
    QTest::newRow("no fields change nothing") << QList<MetadataField>() << QString() << QDateTime()
                                              << QString() << QString() << false << QString();
}

void TestMetadata::addMetadataFields()
{
    QFETCH(QList<MetadataField>, fields);
    QFETCH(QString, published);
    QFETCH(QDateTime, publishedAt);
    QFETCH(QString, source);
    QFETCH(QString, author);
    QFETCH(bool, hasAuthorField);
    QFETCH(QString, editor);

    Metadata metadata;
    duizhao::addMetadataFields(metadata, fields);
    QCOMPARE(metadata.published, published);
    QCOMPARE(metadata.publishedAt.isValid(), publishedAt.isValid());
    if (publishedAt.isValid())
        QCOMPARE(metadata.publishedAt, publishedAt);
    QCOMPARE(metadata.source, source);
    QCOMPARE(metadata.author, author);
    QCOMPARE(metadata.hasAuthorField, hasAuthorField);
    QCOMPARE(metadata.editor, editor);

    // Every field is appended, in order, whatever it filled.
    QCOMPARE(metadata.fields.size(), fields.size());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QCOMPARE(metadata.fields.at(i).key, fields.at(i).key);
        QCOMPARE(metadata.fields.at(i).value, fields.at(i).value);
    }
}

void TestMetadata::addMetadataFieldsKeepsEarlierValues()
{
    // A Chinese line and then an English one: the second call only appends.
    Metadata metadata;
    duizhao::addMetadataFields(
        metadata,
        fieldList({{"發佈時間", "2024-08-27 08:40:00"}, {"來源", "新華網"}, {"作者", ""}}));
    duizhao::addMetadataFields(metadata, fieldList({{"Updated", "2024-08-28 10:00"},
                                                    {"Source", "Xinhua"},
                                                    {"Editor", "Cao Chuanchuan"}}));
    QCOMPARE(metadata.published, utf8("2024-08-27 08:40:00"));
    QCOMPARE(metadata.publishedAt, QDateTime(QDate(2024, 8, 27), QTime(8, 40)));
    QCOMPARE(metadata.source, utf8("新華網"));
    QVERIFY(metadata.author.isEmpty());
    QVERIFY(metadata.hasAuthorField);
    QCOMPARE(metadata.editor, utf8("Cao Chuanchuan"));
    QCOMPARE(metadata.fields.size(), 6);
    QCOMPARE(metadata.fields.last().key, utf8("Editor"));
}

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
