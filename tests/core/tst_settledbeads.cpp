#include "core/align/Aligner.h"
#include "core/align/BandLayout.h"
#include "core/align/Lexicon.h"
#include "core/parse/DocumentReader.h"
#include "tests/core/EvaluationSets.h"
#include "tests/core/TranslatedWords.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <array>
#include <set>

using namespace duizhao;

namespace {

/// What the aligner told as it went, and how far along it said it was each time.
struct Told
{
    QList<QList<Bead>> parts;
    QList<double> progressAtPart;
};

/// A long generated text: random sentences of common words and their translations, with
/// English sentences split in two, Chinese ones merged, and sentences left untranslated, so
/// that the path is not a plain diagonal.
void generate(int count, QList<AlignmentUnit> &chinese, QList<AlignmentUnit> &english)
{
    // The aligner tests' words and two more.
    static const QList<std::pair<QString, QString>> words =
        testing::translatedWords() +
        QList<std::pair<QString, QString>>{{QStringLiteral("老師"), QStringLiteral("teacher")},
                                           {QStringLiteral("書"), QStringLiteral("book")}};
    QRandomGenerator random(8);
    const auto sentence = [&](QString &zh, QString &en) {
        QStringList translated;
        for (int w = int(random.bounded(3, 9)); w > 0; --w) {
            const auto &[chineseWord, englishWord] = words.at(random.bounded(words.size()));
            zh += chineseWord;
            translated.append(englishWord);
        }
        zh += u'。';
        en = QStringLiteral("The ") + translated.join(u' ') + QStringLiteral(" %1.").arg(count);
    };
    for (int i = 0; i < count; ++i) {
        QString zh, en;
        sentence(zh, en);
        const int paragraph = i / 5;
        const quint32 kind = random.bounded(100);
        if (kind < 8) { // Two English sentences for one Chinese.
            QString zh2, en2;
            sentence(zh2, en2);
            chinese.append({zh + zh2, paragraph});
            english.append({en, paragraph});
            english.append({en2, paragraph});
        } else if (kind < 12) { // Two Chinese for one English.
            QString zh2, en2;
            sentence(zh2, en2);
            chinese.append({zh, paragraph});
            chinese.append({zh2, paragraph});
            english.append({en.chopped(1) + u' ' + en2, paragraph});
        } else if (kind < 14) {
            chinese.append({zh, paragraph});
        } else if (kind < 16) {
            english.append({en, paragraph});
        } else {
            chinese.append({zh, paragraph});
            english.append({en, paragraph});
        }
    }
}

/// A book of @p chapters chapters of generated sentences, a heading each, one sentence a
/// paragraph.
Document chapteredBook(int chapters, int perChapter)
{
    Document document;
    document.layout = Layout::Blocks;
    SourceText source;
    QList<AlignmentUnit> sentences[2];
    generate(chapters * perChapter, sentences[0], sentences[1]);
    for (Language language : {Language::Chinese, Language::English}) {
        Side &side = document.side(language);
        side.language = language;
        const QList<AlignmentUnit> &units = sentences[language == Language::Chinese ? 0 : 1];
        const qsizetype share = units.size() / chapters;
        for (int chapter = 0; chapter < chapters; ++chapter) {
            const qsizetype begin = chapter * share;
            const qsizetype end = chapter + 1 == chapters ? units.size() : begin + share;
            side.chapters.append({QString(), int(side.paragraphs.size()), int(end - begin + 1)});
            QStringList texts = {language == Language::Chinese
                                     ? QStringLiteral("第%1章").arg(chapter + 1)
                                     : QStringLiteral("Chapter %1").arg(chapter + 1)};
            for (qsizetype k = begin; k < end; ++k)
                texts.append(units.at(k).text);
            for (const QString &text : texts) {
                Paragraph paragraph;
                paragraph.role = side.chapters.last().firstParagraph == side.paragraphs.size()
                                     ? ParagraphRole::Heading
                                     : ParagraphRole::Body;
                paragraph.range = {source.text.size(), text.size()};
                paragraph.sentences.append(Sentence{paragraph.range, {}});
                side.paragraphs.append(paragraph);
                source.text += text + QStringLiteral("\n\n");
            }
        }
    }
    document.sources.append(source);
    return document;
}

/// Checks that the parts told join into @p beads, link for link, each part going on where the
/// one before ended.
void verifyJoined(const Told &told, const QList<Bead> &beads)
{
    QList<Bead> joined;
    for (const QList<Bead> &part : told.parts) {
        QVERIFY(!part.isEmpty());
        if (!joined.isEmpty()) {
            QCOMPARE(part.constFirst().chineseBegin,
                     joined.constLast().chineseBegin + joined.constLast().chineseCount);
            QCOMPARE(part.constFirst().englishBegin,
                     joined.constLast().englishBegin + joined.constLast().englishCount);
        }
        joined.append(part);
    }
    QCOMPARE(joined.size(), beads.size());
    for (qsizetype b = 0; b < beads.size(); ++b)
        QVERIFY2(joined.at(b).sameLink(beads.at(b)), qPrintable(QString::number(b)));
}

/// Aligns with and without being told the settled beads: the same beads either way.
Told alignTelling(const Aligner &aligner, const QList<AlignmentUnit> &chinese,
                  const QList<AlignmentUnit> &english, QList<Bead> &result)
{
    Told told;
    double progress = 0.0;
    const Result<QList<Bead>> beads = aligner.align(
        chinese, english, {}, [&progress](double done) { progress = done; },
        [&told, &progress](const QList<Bead> &part) {
            told.parts.append(part);
            told.progressAtPart.append(progress);
        });
    if (beads)
        result = *beads;
    return told;
}

/// The share of the beads told before the last part (the rest, when the search is done).
double toldEarly(const Told &told, qsizetype total)
{
    const qsizetype last = told.parts.isEmpty() ? 0 : told.parts.constLast().size();
    return total > 0 ? double(total - last) / double(total) : 0.0;
}

} // namespace

class TestSettledBeads : public QObject
{
    Q_OBJECT

private slots:
    void generatedTextSettlesInOrder();
    void evaluationTextSettlesInOrder();
    void chaptersSettleOneAfterAnother();
    void shortTextIsToldWhole();
    void stretchesAreCutAmidSurePairsOnly();
};

void TestSettledBeads::generatedTextSettlesInOrder()
{
    QList<AlignmentUnit> chinese, english;
    generate(9000, chinese, english);
    const Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::bundled();
    QVERIFY(lexicon);
    const Aligner aligner(*lexicon);
    QList<Bead> told;
    const Told parts = alignTelling(aligner, chinese, english, told);
    const Result<QList<Bead>> untold = aligner.align(chinese, english);
    QVERIFY(untold);
    QCOMPARE(told.size(), untold->size());
    for (qsizetype b = 0; b < told.size(); ++b)
        QVERIFY(told.at(b) == untold->at(b)); // Telling changes nothing, confidences included.
    verifyJoined(parts, told);
    // Settled in several steps, most of it while the search was still going.
    QVERIFY2(parts.parts.size() > 3, qPrintable(QString::number(parts.parts.size())));
    const double early = toldEarly(parts, told.size());
    qInfo("%lld parts; %.0f%% of %lld beads told before the end", qlonglong(parts.parts.size()),
          100 * early, qlonglong(told.size()));
    QVERIFY2(early > 0.5, qPrintable(QString::number(early)));
}

void TestSettledBeads::evaluationTextSettlesInOrder()
{
    // Real text: every development document, one after the other, four times over, as one long
    // text.
    const QDir dir(QStringLiteral(DUIZHAO_SHARED_DIR "/eval/mac-dev"));
    if (!dir.exists(QStringLiteral("gold")))
        QSKIP("../shared/eval is not here");
    QList<AlignmentUnit> chinese, english;
    for (const QString &name : testing::evaluationDocuments(dir)) {
        const Result<Document> document =
            testing::readEvaluationDocument(dir, QStringLiteral("zh"), name);
        QVERIFY(document);
        chinese.append(alignmentUnits(*document, Language::Chinese));
        english.append(alignmentUnits(*document, Language::English));
    }
    const QList<AlignmentUnit> chineseOnce = chinese, englishOnce = english;
    for (int copy = 1; copy < 4; ++copy) {
        chinese.append(chineseOnce);
        english.append(englishOnce);
    }
    const Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::bundled();
    QVERIFY(lexicon);
    const Aligner aligner(*lexicon);
    QList<Bead> beads;
    const Told parts = alignTelling(aligner, chinese, english, beads);
    QVERIFY(!beads.isEmpty());
    verifyJoined(parts, beads);
    const double early = toldEarly(parts, beads.size());
    qInfo("%lld Chinese sentences: %lld parts; %.0f%% of %lld beads told before the end",
          qlonglong(chinese.size()), qlonglong(parts.parts.size()), 100 * early,
          qlonglong(beads.size()));
    // Real text without chapters settles as the last pass goes, not at its end.
    QVERIFY2(parts.parts.size() > 3, qPrintable(QString::number(parts.parts.size())));
    QVERIFY2(early > 0.5, qPrintable(QString::number(early)));
    QVERIFY(parts.progressAtPart.constFirst() < 0.8);
    // Stretches searched one by one find what one search of the whole pass finds: they are cut
    // where the pass before was sure, and widening shares one budget.
    AlignerModel whole;
    QVERIFY(whole.setParameter(QStringLiteral("cutConfidence"), 2.0));
    const Result<QList<Bead>> unstretched = Aligner(*lexicon, whole).align(chinese, english);
    QVERIFY(unstretched);
    const auto link = [](const Bead &bead) {
        return std::array{bead.chineseBegin, bead.chineseCount, bead.englishBegin,
                          bead.englishCount};
    };
    std::set<std::array<int, 4>> links;
    for (const Bead &bead : *unstretched)
        links.insert(link(bead));
    const qsizetype same = std::count_if(beads.cbegin(), beads.cend(), [&](const Bead &bead) {
        return links.count(link(bead)) > 0;
    });
    qInfo("%lld of %lld beads as in one search", qlonglong(same), qlonglong(beads.size()));
    QVERIFY2(same >= 0.995 * double(beads.size()), qPrintable(QString::number(same)));
}

void TestSettledBeads::chaptersSettleOneAfterAnother()
{
    const Document book = chapteredBook(6, 300);
    Told told;
    const Result<QList<Bead>> beads = alignDocument(
        book, {}, {}, {}, [&told](const QList<Bead> &part) { told.parts.append(part); });
    QVERIFY(beads);
    verifyJoined(told, *beads);
    // Each chapter is settled once it is aligned, before the next one is.
    QVERIFY2(told.parts.size() >= 6, qPrintable(QString::number(told.parts.size())));
    const Result<QList<Bead>> untold = alignDocument(book);
    QVERIFY(untold);
    QVERIFY(*untold == *beads);
}

void TestSettledBeads::shortTextIsToldWhole()
{
    QList<AlignmentUnit> chinese, english;
    generate(40, chinese, english);
    const Aligner aligner;
    QList<Bead> beads;
    const Told parts = alignTelling(aligner, chinese, english, beads);
    verifyJoined(parts, beads);
    QCOMPARE(parts.parts.size(), 1);
    // One side empty: every sentence alone, told too.
    const Told alone = alignTelling(aligner, chinese, {}, beads);
    verifyJoined(alone, beads);
    QCOMPARE(beads.size(), chinese.size());
}

QTEST_GUILESS_MAIN(TestSettledBeads)
void TestSettledBeads::stretchesAreCutAmidSurePairsOnly()
{
    // A path of one-to-one pairs, all sure but where @p unsure says.
    const auto path = [](int count, const QList<int> &unsure, const QList<int> &merged = {}) {
        QList<Bead> beads;
        int i = 0, j = 0;
        for (int b = 0; b < count; ++b) {
            const int chinese = merged.contains(b) ? 2 : 1;
            beads.append({i, chinese, j, 1, unsure.contains(b) ? 0.5 : 1.0});
            i += chinese;
            j += 1;
        }
        return beads;
    };
    using Cuts = std::vector<std::pair<int, int>>;
    // Every 10 rows, ends included.
    QCOMPARE(alignment::confidentCuts(path(30, {}), 0.99, 10),
             (Cuts{{0, 0}, {10, 10}, {20, 20}, {30, 30}}));
    // A sure pair alone among unsure ones is no place to cut: the pass before may have got the
    // stretch wrong and that pair with it. Two sure ones either side are.
    QList<int> unsure;
    for (int b = 0; b < 30; ++b)
        if (b != 10 && !(b >= 20 && b < 24))
            unsure.append(b);
    QCOMPARE(alignment::confidentCuts(path(30, unsure), 0.99, 5),
             (Cuts{{0, 0}, {22, 22}, {30, 30}}));
    // Not beside a merged pair either (bead 9 covers rows 9 and 10; bead 12 starts at 13).
    QCOMPARE(alignment::confidentCuts(path(30, {}, {9}), 0.99, 10),
             (Cuts{{0, 0}, {13, 12}, {23, 22}, {31, 30}}));
}

#include "tst_settledbeads.moc"
