#include "core/text/Segmenter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using duizhao::Language;
using duizhao::Segmenter;
using duizhao::Sentence;

namespace {

QStringList sentenceTexts(QStringView paragraph, const QList<Sentence> &sentences)
{
    QStringList texts;
    for (const Sentence &sentence : sentences)
        texts.append(paragraph.sliced(sentence.range.start, sentence.range.length).toString());
    return texts;
}

/// The paragraph with a ‸ inserted at every clause end: readable expectations for clauseEnds.
QString markClauseEnds(QStringView paragraph, const QList<Sentence> &sentences)
{
    QList<qsizetype> ends;
    for (const Sentence &sentence : sentences)
        ends.append(sentence.clauseEnds);
    QString marked;
    qsizetype from = 0;
    for (qsizetype end : ends) {
        marked += paragraph.sliced(from, end - from) + u'‸';
        from = end;
    }
    return marked + paragraph.sliced(from);
}

// Seed article (shared/seed/000_4a9dcca1dd6bbaa4.txt), sentence by sentence. Its Chinese uses
// ASCII , : ; with full-width 。, so ASCII punctuation must behave like full-width punctuation.
const QStringList seedStressed = {
    u"會議強調,要全面深化改革,進一步解放和發展社會生産力、激發和增強社會活力,走出一條符合地區實際的中國式現代化路子。"_s,
    u"要立足功能定位和産業基礎,做強做大特色優勢産業,著力提升科技創新能力,推動傳統産業轉型升級。"_s,
    u"要堅持高水準保護,深入推進美麗西部建設,統籌推進山水林田湖草沙一體化保護和系統治理,深入開展環境污染防治,推進綠色低碳發展。"_s,
    u"要持續提升發展內生動力,提升開放型經濟水準。"_s,
    u"要加強重點領域安全保障能力建設,強化能源資源保障,推進清潔能源基地建設。"_s,
    u"要因地制宜推進新型城鎮化建設,紮實推進鄉村全面振興,鞏固拓展脫貧攻堅成果,確保農村人口不發生規模性返貧致貧。"_s,
    u"要堅持鑄牢中華民族共同體意識,切實維護民族團結和邊疆穩定。"_s,
    // ASCII ';' never ends a sentence: the three clauses stay one sentence.
    u"中央區域協調發展領導小組要加強統籌協調,細化任務,推進落實;有關部門要研究提出有針對性的政策舉措,務求實效;西部地區各級黨委和政府要切實扛起主體責任,奮發圖強,形成工作合力。"_s,
    u"要步步為營、久久為功,紮實落實各項部署任務,奮力譜寫西部大開發新篇章。"_s,
};

const QStringList seedUrged = {
    u"The meeting urged the western region to increase the internal driving force for development, enhance the openness of the economy, enhance capacity building for security in key areas, strengthen the guarantee capacity of energy and resources, and promote the construction of clean energy bases."_s,
    u"It is necessary to advance the new urbanization in accordance with local conditions, make solid efforts to promote rural revitalization across the board, consolidate and expand the poverty alleviation achievements, and make sure that there will be no falling or relapsing into poverty on a large scale in rural areas."_s,
    u"The meeting also noted that a strong sense of community for the Chinese nation should be forged to safeguard ethnic unity and stability in border areas."_s,
    u"The Central Leading Group for Coordinated Regional Development should strengthen the overall coordination, make clear specific tasks, and facilitate the fulfillment of the tasks."_s,
    u"Relevant departments should conduct research, put forward targeted policies and measures and strive to achieve substantial results."_s,
    u"Party committees and governments at all levels in the western region should shoulder their principal responsibilities, strive for better development, and form synergy in work."_s,
    u"It is necessary to take steady steps forward with strong determination and persistent efforts and solidly carry out all arrangements to write a new chapter in the large-scale development of the western region."_s,
};

} // namespace

class TestSegmenter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void invariants_data() { split_data(); }
    void invariants();
    void clauseEnds_data();
    void clauseEnds();
    void reusesIteratorAcrossCalls();
};

void TestSegmenter::split_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QStringList>("expected");

    const auto zh = [](const char *name, const QString &paragraph, const QStringList &expected) {
        QTest::newRow(name) << Language::Chinese << paragraph << expected;
    };
    const auto en = [](const char *name, const QString &paragraph, const QStringList &expected) {
        QTest::newRow(name) << Language::English << paragraph << expected;
    };

    // --- Chinese: terminators, full-width and ASCII alike ---
    zh("full-width full stop ends a Chinese sentence", u"會議指出,要加強。會議強調,要深化改革。"_s,
       {u"會議指出,要加強。"_s, u"會議強調,要深化改革。"_s});
    zh("full stop followed directly by Han still breaks", u"會議。會議"_s,
       {u"會議。"_s, u"會議"_s});
    zh("ASCII exclamation mark ends a Chinese sentence like the full-width one",
       u"太好了!我們走吧！真的"_s, {u"太好了!"_s, u"我們走吧！"_s, u"真的"_s});
    zh("ASCII and full-width question marks both end a Chinese sentence",
       u"你去嗎？他去嗎?我不去。"_s, {u"你去嗎？"_s, u"他去嗎?"_s, u"我不去。"_s});
    zh("doubled marks ？！ and ?! stay together", u"真的嗎？！是的?!好。"_s,
       {u"真的嗎？！"_s, u"是的?!"_s, u"好。"_s});
    // U+FF0E is a full-width ATerm and U+FF61 a half-width STerm; both end a Chinese sentence.
    zh("full-width dot and half-width ideographic full stop end sentences",
       u"第一句．第二句｡第三句"_s, {u"第一句．"_s, u"第二句｡"_s, u"第三句"_s});
    zh("full-width semicolon and colon never end a sentence", u"他說：第一；第二。"_s,
       {u"他說：第一；第二。"_s});
    zh("em dash does not end a sentence", u"他說——好。再見。"_s, {u"他說——好。"_s, u"再見。"_s});

    // --- Chinese: quotes and brackets ---
    zh("closing corner bracket stays with its sentence", u"他說：「好。」然後走了。"_s,
       {u"他說：「好。」"_s, u"然後走了。"_s});
    zh("nested white corner brackets stay with their sentence",
       u"他說：「她說『好！』」我們就走了。"_s, {u"他說：「她說『好！』」"_s, u"我們就走了。"_s});
    zh("curly double quotes close a Chinese sentence", u"他說“好。”然後走了。"_s,
       {u"他說“好。”"_s, u"然後走了。"_s});
    // ICU's Close class includes opening brackets, so it would glue 「 to the sentence before.
    zh("opening corner bracket after a full stop starts the next sentence",
       u"他說完了。「好。」她回答。"_s, {u"他說完了。"_s, u"「好。」"_s, u"她回答。"_s});
    zh("opening book title mark after a full stop starts the next sentence",
       u"會議結束。《人民日報》報導了會議。"_s, {u"會議結束。"_s, u"《人民日報》報導了會議。"_s});
    // ASCII '"' is both opener and closer: an odd count before the cut means it opens.
    zh("ASCII double quotes in Chinese open and close like curly ones",
       u"他說完了。\"好。\"她回答。"_s, {u"他說完了。"_s, u"\"好。\""_s, u"她回答。"_s});
    zh("full-width round brackets hold their own sentence", u"會議結束。（完。）再見。"_s,
       {u"會議結束。"_s, u"（完。）"_s, u"再見。"_s});
    zh("comma after a closing quote continues the sentence", u"「好。」,他說。"_s,
       {u"「好。」,他說。"_s});
    zh("semicolon after a closing quote continues the sentence", u"「好。」;他說。"_s,
       {u"「好。」;他說。"_s});

    // --- Chinese: ellipses (… is no terminator to ICU) ---
    zh("Chinese ellipsis inside a clause does not break", u"我想……也許吧。"_s,
       {u"我想……也許吧。"_s});
    zh("Chinese ellipsis then closing quote ends the sentence", u"他說：「我想……」然後走了。"_s,
       {u"他說：「我想……」"_s, u"然後走了。"_s});
    zh("Chinese ellipsis then closing quote then comma continues", u"他說：「我想……」,然後走了。"_s,
       {u"他說：「我想……」,然後走了。"_s});
    // Taiwan often writes the midline ellipsis U+22EF instead of U+2026.
    zh("midline ellipsis behaves like the baseline one", u"她說：「我想⋯⋯」然後走了。這是⋯⋯好。"_s,
       {u"她說：「我想⋯⋯」"_s, u"然後走了。"_s, u"這是⋯⋯好。"_s});

    // --- Chinese: Latin, numbers, spaces, seed text ---
    zh("Latin acronyms and percentages inside Chinese",
       u"CPC召開會議,GDP增長5.2%。美國總統J. Biden說。"_s,
       {u"CPC召開會議,GDP增長5.2%。"_s, u"美國總統J. Biden說。"_s});
    zh("decimal points in Chinese do not break", u"增長率為3.14%。下降0.5個百分點。"_s,
       {u"增長率為3.14%。"_s, u"下降0.5個百分點。"_s});
    zh("English abbreviation inside Chinese does not break", u"Mr.習說,會議很好。"_s,
       {u"Mr.習說,會議很好。"_s});
    // U+3000 IDEOGRAPHIC SPACE is white space and must be trimmed like ASCII space.
    zh("ideographic spaces around sentences are trimmed", u"　　會議。　會議還研究了其他事項。　"_s,
       {u"會議。"_s, u"會議還研究了其他事項。"_s});
    zh("seed Chinese title line without final punctuation is one unit",
       u"中共中央政治局召開會議 審議《進一步推動西部大開發形成新格局的若干政策措施》 中共中央總書記習近平主持會議"_s,
       {u"中共中央政治局召開會議 審議《進一步推動西部大開發形成新格局的若干政策措施》 中共中央總書記習近平主持會議"_s});
    zh("seed metadata line with times and pipes is one unit",
       u"發佈時間:2024-08-27 08:40:00 | 來源:新華網 | 作者: | 責任編輯:曹川川"_s,
       {u"發佈時間:2024-08-27 08:40:00 | 來源:新華網 | 作者: | 責任編輯:曹川川"_s});
    zh("seed 會議強調 paragraph has nine sentences", seedStressed.join(QString()), seedStressed);
    zh("seed closing sentence", u"會議還研究了其他事項。"_s, {u"會議還研究了其他事項。"_s});

    // --- English: abbreviations ---
    en("abbreviation Mr. does not end a sentence",
       u"Mr. Xi met Dr. Smith of the U.S. State Dept. at 8 a.m. on Friday."_s,
       {u"Mr. Xi met Dr. Smith of the U.S. State Dept. at 8 a.m. on Friday."_s});
    en("titles Mrs. Ms. Prof. stay with the name",
       u"Mrs. Brown and Prof. Li met Ms. Chan. They talked."_s,
       {u"Mrs. Brown and Prof. Li met Ms. Chan."_s, u"They talked."_s});
    en("military, political and clerical titles stay with the name",
       u"Gen. Lee, Gov. Hale, Sen. Ray, Rep. Cruz, Capt. Kirk, Lt. Dan, Col. Mustard and Sgt. Pepper met Rev. Green and Hon. Member Wu. Then they left."_s,
       {u"Gen. Lee, Gov. Hale, Sen. Ray, Rep. Cruz, Capt. Kirk, Lt. Dan, Col. Mustard and Sgt. Pepper met Rev. Green and Hon. Member Wu."_s,
        u"Then they left."_s});
    en("Mt. and St. before a name do not end a sentence",
       u"They climbed Mt. Fuji and visited St. Paul. It rained."_s,
       {u"They climbed Mt. Fuji and visited St. Paul."_s, u"It rained."_s});
    en("St. before a sentence starter does end the sentence",
       u"The shop is on Main St. The owner is kind."_s,
       {u"The shop is on Main St."_s, u"The owner is kind."_s});
    en("Jr. before a pronoun ends the sentence, Sr. before a name does not",
       u"He met Martin Luther King Jr. He met Frank Sinatra Sr. Jones too."_s,
       {u"He met Martin Luther King Jr."_s, u"He met Frank Sinatra Sr. Jones too."_s});
    en("company abbreviations Inc. Co. Ltd. Corp. Dept.",
       u"Apple Inc. The company grew. Acme Co. Ltd. hired staff from Sony Corp. Executives and the Dept. Head agreed."_s,
       {u"Apple Inc."_s, u"The company grew."_s,
        u"Acme Co. Ltd. hired staff from Sony Corp. Executives and the Dept. Head agreed."_s});
    en("U.S. before a sentence starter ends the sentence", u"I returned to the U.S. Then I left."_s,
       {u"I returned to the U.S."_s, u"Then I left."_s});
    en("U.K. E.U. and U.N. inside a sentence",
       u"The U.K. and the E.U. met at the U.N. General Assembly."_s,
       {u"The U.K. and the E.U. met at the U.N. General Assembly."_s});
    en("e.g. i.e. and vs. never end a sentence",
       u"Take a capital, e.g. Paris. Or a port, i.e. Marseille. It was Brazil vs. Germany."_s,
       {u"Take a capital, e.g. Paris."_s, u"Or a port, i.e. Marseille."_s,
        u"It was Brazil vs. Germany."_s});
    en("a.m. before a lower-case word continues the sentence",
       u"We met at 8 a.m. on Friday. It rained."_s,
       {u"We met at 8 a.m. on Friday."_s, u"It rained."_s});
    en("p.m. before a capital ends the sentence", u"He left at 8 p.m. He was tired."_s,
       {u"He left at 8 p.m."_s, u"He was tired."_s});
    en("etc. before a capital ends the sentence",
       u"We bought apples, pears, etc. Then we went home."_s,
       {u"We bought apples, pears, etc."_s, u"Then we went home."_s});
    en("No. before a digit continues, before a word it ends",
       u"He ranked No. 1 in the world. He said No. Then he left."_s,
       {u"He ranked No. 1 in the world."_s, u"He said No."_s, u"Then he left."_s});
    en("month abbreviations before a day continue",
       u"On Jan. 5 Parliament met. On Sept. 30 Congress voted. It ended Dec. 1 This year."_s,
       {u"On Jan. 5 Parliament met."_s, u"On Sept. 30 Congress voted."_s,
        u"It ended Dec. 1 This year."_s});
    en("Fig. and approx. before numbers continue",
       u"See Fig. 3 Panel A with approx. 5 cells. It grows."_s,
       {u"See Fig. 3 Panel A with approx. 5 cells."_s, u"It grows."_s});

    // --- English: initials and numbers ---
    en("single-letter initials do not end a sentence",
       u"J. K. Rowling wrote it. George W. Bush spoke."_s,
       {u"J. K. Rowling wrote it."_s, u"George W. Bush spoke."_s});
    en("a single letter before a sentence starter ends the sentence",
       u"He chose Plan B. The plan worked."_s, {u"He chose Plan B."_s, u"The plan worked."_s});
    en("decimals, percentages and version numbers do not break",
       u"It costs 3.14 dollars, up 0.5%. Version 2.1.3 is out."_s,
       {u"It costs 3.14 dollars, up 0.5%."_s, u"Version 2.1.3 is out."_s});
    en("times and URLs do not break", u"Meet at 08:40 on https://example.com/a.b today. Then go."_s,
       {u"Meet at 08:40 on https://example.com/a.b today."_s, u"Then go."_s});

    // --- English: quotes, brackets, marks ---
    en("closing straight quote stays with its sentence", u"He said \"Stop.\" Then he left."_s,
       {u"He said \"Stop.\""_s, u"Then he left."_s});
    en("closing curly quotes stay with their sentence",
       u"She said “Go.” He went. ‘No.’ She agreed."_s,
       {u"She said “Go.”"_s, u"He went."_s, u"‘No.’"_s, u"She agreed."_s});
    en("closing bracket stays with its sentence", u"(He left.) Then she came [finally.] Done."_s,
       {u"(He left.)"_s, u"Then she came [finally.]"_s, u"Done."_s});
    en("quoted question followed by a lower-case word continues",
       u"\"Why?\" he asked. Nobody answered."_s, {u"\"Why?\" he asked."_s, u"Nobody answered."_s});
    en("question and exclamation marks end sentences", u"Really?! Yes. What?? No!"_s,
       {u"Really?!"_s, u"Yes."_s, u"What??"_s, u"No!"_s});
    en("semicolons, colons and commas never end a sentence", u"First: a; second, b. Next."_s,
       {u"First: a; second, b."_s, u"Next."_s});

    // --- English: ellipses ---
    en("three dots before a lower-case word continue", u"I thought... maybe not."_s,
       {u"I thought... maybe not."_s});
    en("three dots before a capital end the sentence", u"I thought... Maybe not."_s,
       {u"I thought..."_s, u"Maybe not."_s});
    en("ellipsis character before a capital ends the sentence", u"I thought… Maybe not."_s,
       {u"I thought…"_s, u"Maybe not."_s});
    en("ellipsis character before a lower-case word continues", u"I thought… maybe not."_s,
       {u"I thought… maybe not."_s});
    en("quoted ellipsis before a capital ends after the quote", u"He said \"Wait…\" Then he ran."_s,
       {u"He said \"Wait…\""_s, u"Then he ran."_s});

    // --- English: seed text, spaces, edge cases ---
    en("seed English title line without final punctuation is one unit",
       u"CPC leadership reviews measures on western region's development"_s,
       {u"CPC leadership reviews measures on western region's development"_s});
    en("seed urged paragraph has seven sentences", seedUrged.join(u' '), seedUrged);
    en("seed lead with (CPC) in brackets",
       u"The Political Bureau of the Communist Party of China (CPC) Central Committee held a meeting on Friday. Xi Jinping chaired the meeting."_s,
       {u"The Political Bureau of the Communist Party of China (CPC) Central Committee held a meeting on Friday."_s,
        u"Xi Jinping chaired the meeting."_s});
    en("leading and trailing spaces are trimmed", u"   Hello there.   How are you?  "_s,
       {u"Hello there."_s, u"How are you?"_s});
    // U+00A0 NO-BREAK SPACE is white space to both ICU and QChar::isSpace.
    en("tabs and no-break spaces are trimmed", u"\tHello.\u00a0Bye.\u00a0"_s,
       {u"Hello."_s, u"Bye."_s});
    en("empty input gives no sentences", QString(), {});
    zh("space-only input gives no sentences", u"  \u3000\t "_s, {});
    QTest::newRow("neutral text is split like English")
        << Language::Neutral << u"2024-08-27 08:40:00. 12.5%"_s
        << QStringList{u"2024-08-27 08:40:00."_s, u"12.5%"_s};
}

void TestSegmenter::split()
{
    QFETCH(Language, language);
    QFETCH(QString, paragraph);
    QFETCH(QStringList, expected);

    const Segmenter segmenter(language);
    QCOMPARE(sentenceTexts(paragraph, segmenter.split(paragraph)), expected);
}

void TestSegmenter::invariants()
{
    QFETCH(Language, language);
    QFETCH(QString, paragraph);

    const Segmenter segmenter(language);
    const QList<Sentence> sentences = segmenter.split(paragraph);
    QList<bool> covered(paragraph.size(), false);
    qsizetype previousEnd = 0;
    for (const Sentence &sentence : sentences) {
        const auto &range = sentence.range;
        QVERIFY(!range.isEmpty());
        QVERIFY2(range.start >= previousEnd, "ranges must be sorted and non-overlapping");
        QVERIFY(range.end() <= paragraph.size());
        QVERIFY2(!paragraph.at(range.start).isSpace(), "range must be trimmed at the start");
        QVERIFY2(!paragraph.at(range.end() - 1).isSpace(), "range must be trimmed at the end");
        for (qsizetype i = range.start; i < range.end(); ++i)
            covered[i] = true;
        for (qsizetype end : sentence.clauseEnds)
            QVERIFY2(end > range.start && end < range.end(), "clause end inside the sentence");
        previousEnd = range.end();
    }
    for (qsizetype i = 0; i < paragraph.size(); ++i) {
        if (!paragraph.at(i).isSpace())
            QVERIFY2(covered.at(i), qPrintable(u"character %1 is in no sentence"_s.arg(i)));
    }
}

void TestSegmenter::clauseEnds_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("marked"); // ‸ after each clause end

    QTest::newRow("ASCII semicolons in the seed sentence mark clauses")
        << Language::Chinese << seedStressed.at(7)
        << u"中央區域協調發展領導小組要加強統籌協調,細化任務,推進落實;‸有關部門要研究提出有針對性的政策舉措,務求實效;‸西部地區各級黨委和政府要切實扛起主體責任,奮發圖強,形成工作合力。"_s;
    QTest::newRow("full-width marks, offsets relative to the paragraph")
        << Language::Chinese << u"第一：甲。　第二；乙；丙。"_s
        << u"第一：‸甲。　第二；‸乙；‸丙。"_s;
    QTest::newRow("colons in times are not clause marks")
        << Language::Chinese
        << u"發佈時間:2024-08-27 08:40:00 | 來源:新華網 | 作者: | 責任編輯:曹川川"_s
        << u"發佈時間:‸2024-08-27 08:40:00 | 來源:‸新華網 | 作者:‸ | 責任編輯:‸曹川川"_s;
    QTest::newRow("URL scheme colon is not a clause mark")
        << Language::English << u"Read this: https://example.com/x; then stop."_s
        << u"Read this:‸ https://example.com/x;‸ then stop."_s;
    QTest::newRow("a colon at the very end of a sentence is not a clause end")
        << Language::English << u"He said: the list follows:"_s << u"He said:‸ the list follows:"_s;
    QTest::newRow("no clause marks, no clause ends")
        << Language::English << u"Commas, only, here."_s << u"Commas, only, here."_s;
}

void TestSegmenter::clauseEnds()
{
    QFETCH(Language, language);
    QFETCH(QString, paragraph);
    QFETCH(QString, marked);

    const Segmenter segmenter(language);
    QCOMPARE(markClauseEnds(paragraph, segmenter.split(paragraph)), marked);
}

void TestSegmenter::reusesIteratorAcrossCalls()
{
    // The ICU iterator is built once and re-targeted on each call: results must not leak.
    const Segmenter segmenter(Language::Chinese);
    QCOMPARE(segmenter.language(), Language::Chinese);
    const QString first = u"第一句。第二句。"_s;
    const QString second = u"只有一句"_s;
    QCOMPARE(segmenter.split(first).size(), 2);
    QCOMPARE(segmenter.split(second).size(), 1);
    QCOMPARE(segmenter.split(first).size(), 2);
    QCOMPARE(segmenter.split(QString()).size(), 0);
}

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
