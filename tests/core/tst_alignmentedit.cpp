#include "core/align/Aligner.h"
#include "core/edit/AlignmentEdit.h"
#include "tests/core/BeadText.h"

#include <QRandomGenerator>
#include <QTest>

using namespace duizhao;
using duizhao::testing::describe;

namespace {

using Paragraphs = QList<QStringList>;

/// Appends one side's paragraphs to @p source, each sentence separated by a space and each
/// paragraph by a blank line, as the reader stores them.
void appendSide(Document &document, Language language, int sourceIndex, const Paragraphs &text)
{
    Side &side = document.side(language);
    side.language = language;
    side.sourceIndex = sourceIndex;
    QString &source = document.sources[sourceIndex].text;
    for (const QStringList &sentences : text) {
        if (!source.isEmpty())
            source += QStringLiteral("\n\n");
        Paragraph paragraph;
        paragraph.range.start = source.size();
        for (const QString &sentence : sentences) {
            if (source.size() > paragraph.range.start)
                source += u' ';
            Sentence each{{source.size(), sentence.size()}, {}};
            for (qsizetype i = 0; i + 1 < sentence.size(); ++i)
                if (sentence.at(i) == u'；' || sentence.at(i) == u';')
                    each.clauseEnds.append(source.size() + i + 1);
            source += sentence;
            paragraph.sentences.append(each);
        }
        paragraph.range.length = source.size() - paragraph.range.start;
        side.paragraphs.append(paragraph);
    }
}

/// A document with both languages in one source (as a one-file article is read) or in two, a
/// metadata paragraph first on the Chinese side, and 1-1 beads (the shorter side's extra
/// sentences unmatched at the end).
AlignedText makeText(const Paragraphs &chinese, const Paragraphs &english, bool oneSource = true)
{
    Document document;
    document.sources.append(SourceText());
    if (!oneSource)
        document.sources.append(SourceText());
    appendSide(document, Language::Chinese, 0,
               Paragraphs{{QStringLiteral("来源：新华社")}} + chinese);
    document.chinese.paragraphs.first().role = ParagraphRole::Metadata;
    appendSide(document, Language::English, oneSource ? 0 : 1, english);
    const qsizetype chineseCount = document.chinese.sentenceCount() - 1;
    const qsizetype englishCount = document.english.sentenceCount();
    QList<Bead> beads;
    for (int i = 0; i < std::max(chineseCount, englishCount); ++i)
        beads.append({int(std::min<qsizetype>(i, chineseCount)), i < chineseCount ? 1 : 0,
                      int(std::min<qsizetype>(i, englishCount)), i < englishCount ? 1 : 0,
                      0.5 + 0.01 * i});
    return AlignedText(std::move(document), std::move(beads));
}

Paragraphs chineseParagraphs()
{
    return {{QStringLiteral("第一句。"), QStringLiteral("第二句；有分句。"),
             QStringLiteral("第三句。")},
            {QStringLiteral("第四句。"), QStringLiteral("第五句。")},
            {QStringLiteral("第六句。"), QStringLiteral("第七句。"), QStringLiteral("第八句。")}};
}

Paragraphs englishParagraphs()
{
    return {
        {QStringLiteral("One."), QStringLiteral("Two; with a clause."), QStringLiteral("Three.")},
        {QStringLiteral("Four."), QStringLiteral("Five."), QStringLiteral("Six.")},
        {QStringLiteral("Seven."), QStringLiteral("Eight.")}};
}

AlignedText sample(bool oneSource = true)
{
    return makeText(chineseParagraphs(), englishParagraphs(), oneSource);
}

/// Every field of a document an edit may touch, as text, so a difference shows where it is.
QString describe(const Document &document)
{
    QString text;
    for (const SourceText &source : document.sources)
        text += QStringLiteral("source[%1]\n").arg(source.text);
    for (Language language : {Language::Chinese, Language::English}) {
        const Side &side = document.side(language);
        text += QStringLiteral("side %1 source %2\n").arg(int(side.language)).arg(side.sourceIndex);
        for (const Paragraph &paragraph : side.paragraphs) {
            text += QStringLiteral(" p %1+%2 r%3:")
                        .arg(paragraph.range.start)
                        .arg(paragraph.range.length)
                        .arg(int(paragraph.role));
            for (const Sentence &sentence : paragraph.sentences) {
                text +=
                    QStringLiteral(" %1+%2").arg(sentence.range.start).arg(sentence.range.length);
                for (qsizetype clauseEnd : sentence.clauseEnds)
                    text += QStringLiteral("/%1").arg(clauseEnd);
            }
            text += u'\n';
        }
    }
    return text;
}

void compareTexts(const AlignedText &actual, const AlignedText &expected)
{
    QCOMPARE(describe(actual.beads()), describe(expected.beads()));
    QCOMPARE(describe(actual.document()), describe(expected.document()));
    QCOMPARE(actual.document().sentenceTexts(Language::Chinese),
             expected.document().sentenceTexts(Language::Chinese));
    QCOMPARE(actual.document().sentenceTexts(Language::English),
             expected.document().sentenceTexts(Language::English));
}

/// The alignment after @p outcome, checked to be consistent, and that undoing it gives back
/// @p before exactly.
AlignedText appliedAndUndone(const AlignedText &before, const EditOutcome &outcome)
{
    if (!QTest::qVerify(outcome.isEdit(), "outcome.isEdit()", "the edit was refused", __FILE__,
                        __LINE__))
        return before;
    const AlignedText after = applyEdit(before, outcome.edit());
    QTest::qVerify(coversInOrder(after.beads(), after.sentenceCount(Language::Chinese),
                                 after.sentenceCount(Language::English)),
                   "coversInOrder", qPrintable(describe(after.beads())), __FILE__, __LINE__);
    const AlignedText undone = applyEdit(after, outcome.edit(), false);
    QTest::qVerify(describe(undone.beads()) == describe(before.beads()), "undo beads",
                   "undoing gave other pairs", __FILE__, __LINE__);
    QTest::qVerify(describe(undone.document()) == describe(before.document()), "undo document",
                   "undoing gave another document", __FILE__, __LINE__);
    return after;
}

bool consistent(const AlignedText &text)
{
    return coversInOrder(text.beads(), text.sentenceCount(Language::Chinese),
                         text.sentenceCount(Language::English));
}

Bead bead(int chineseBegin, int chineseCount, int englishBegin, int englishCount, PairStatus status,
          double confidence)
{
    return {chineseBegin, chineseCount, englishBegin, englishCount, confidence, status};
}

} // namespace

class TestAlignmentEdit : public QObject
{
    Q_OBJECT

private slots:
    void fixtureIsConsistent();
    void mergeJoinsNeighbours();
    void moveShiftsOneSentence();
    void moveEmptyingAPairRemovesIt();
    void splitPairAtSentenceBoundaries();
    void markUnmatchedSharesTheOtherSide();
    void linkRepartitionsThePairsBetween();
    void confirmAndConfirmUpTo();
    void statusDecidesDoubtAndCount();
    void realignKeepsConfirmedPairs();
    void splitSentenceAddsOne();
    void joinSentencesAcrossPairs();
    void replaceTextShiftsTheSharedSource();
    void replaceTextInItsOwnSource();
    void invalidEditsAreRefused();
    void inconsistentAlignmentIsNeverEdited();
    void mapBeadFollowsThePair();
    void randomSequencesUndoToTheOriginal_data();
    void randomSequencesUndoToTheOriginal();
};

void TestAlignmentEdit::fixtureIsConsistent()
{
    const AlignedText text = sample();
    QVERIFY(consistent(text));
    QCOMPARE(text.sentenceCount(Language::Chinese), 8);
    QCOMPARE(text.sentenceCount(Language::English), 8);
    QCOMPARE(text.sentenceText({Language::Chinese, 1}), QStringLiteral("第二句；有分句。"));
    QCOMPARE(text.sentenceText({Language::English, 7}), QStringLiteral("Eight."));
}

void TestAlignmentEdit::mergeJoinsNeighbours()
{
    const AlignedText text = sample();
    const EditOutcome next = edit::mergeWithNext(text, 2);
    QVERIFY(next);
    const AlignedText merged = appliedAndUndone(text, next);
    QCOMPARE(merged.beads().size(), 7);
    QCOMPARE(describe(merged.beads().at(2)), describe(bead(2, 2, 2, 2, PairStatus::Edited, 0.52)));
    QCOMPARE(describe(merged.beads().at(3)), describe(text.beads().at(4)));
    // The same merge from the other pair.
    const EditOutcome previous = edit::mergeWithPrevious(text, 3);
    QVERIFY(previous);
    QCOMPARE(describe(applyEdit(text, previous.edit()).beads()), describe(merged.beads()));
    // Undo gives back exactly what was there.
    compareTexts(applyEdit(merged, next.edit(), false), text);
}

void TestAlignmentEdit::moveShiftsOneSentence()
{
    const AlignedText text = sample();
    const EditOutcome up = edit::moveFirstToPrevious(text, 4, Language::English);
    QVERIFY(up);
    const AlignedText moved = appliedAndUndone(text, up);
    QCOMPARE(describe(moved.beads().at(3)), describe(bead(3, 1, 3, 2, PairStatus::Edited, 0.53)));
    QCOMPARE(describe(moved.beads().at(4)), describe(bead(4, 1, 5, 0, PairStatus::Edited, 0.54)));
    QCOMPARE(describe(moved.beads().at(5)), describe(text.beads().at(5)));
    compareTexts(applyEdit(moved, up.edit(), false), text);

    const EditOutcome down = edit::moveLastToNext(text, 1, Language::Chinese);
    QVERIFY(down);
    const AlignedText pushed = appliedAndUndone(text, down);
    QCOMPARE(describe(pushed.beads().at(1)), describe(bead(1, 0, 1, 1, PairStatus::Edited, 0.51)));
    QCOMPARE(describe(pushed.beads().at(2)), describe(bead(1, 2, 2, 1, PairStatus::Edited, 0.52)));
}

void TestAlignmentEdit::moveEmptyingAPairRemovesIt()
{
    // Pair 7 holds one sentence a side; moving both away leaves nothing: it goes.
    const AlignedText text = sample();
    const AlignedText once =
        applyEdit(text, edit::moveFirstToPrevious(text, 7, Language::Chinese).edit());
    QCOMPARE(once.beads().size(), 8);
    const EditOutcome twice = edit::moveFirstToPrevious(once, 7, Language::English);
    QVERIFY(twice);
    const AlignedText emptied = appliedAndUndone(once, twice);
    QCOMPARE(emptied.beads().size(), 7);
    QCOMPARE(describe(emptied.beads().last()),
             describe(bead(6, 2, 6, 2, PairStatus::Edited, 0.56)));
    QVERIFY(consistent(emptied));
}

void TestAlignmentEdit::splitPairAtSentenceBoundaries()
{
    const AlignedText text = sample();
    const AlignedText merged = applyEdit(text, edit::mergeWithNext(text, 0).edit());
    const EditOutcome split = edit::splitPair(merged, 0, 1, 0);
    QVERIFY(split);
    const AlignedText parts = appliedAndUndone(merged, split);
    QCOMPARE(describe(parts.beads().at(0)), describe(bead(0, 1, 0, 0, PairStatus::Edited, 0.5)));
    QCOMPARE(describe(parts.beads().at(1)), describe(bead(1, 1, 0, 2, PairStatus::Edited, 0.5)));
    QCOMPARE(edit::splitPair(merged, 0, 0, 0).refusal(), EditRefusal::SplitPointOutside);
    QCOMPARE(edit::splitPair(merged, 0, 2, 2).refusal(), EditRefusal::SplitPointOutside);
    QCOMPARE(edit::splitPair(merged, 0, 3, 0).refusal(), EditRefusal::SplitPointOutside);
    QCOMPARE(edit::splitPair(merged, 0, -1, 1).refusal(), EditRefusal::SplitPointOutside);
}

void TestAlignmentEdit::markUnmatchedSharesTheOtherSide()
{
    const AlignedText text = sample();
    // Pair 2 (Chinese 2-4, English 2-3) after two merges.
    AlignedText merged = applyEdit(text, edit::mergeWithNext(text, 2).edit());
    merged = applyEdit(merged, edit::mergeWithNext(merged, 2).edit());
    merged = applyEdit(merged, edit::moveLastToNext(merged, 2, Language::English).edit());
    QCOMPARE(describe(merged.beads().at(2)).left(18), QStringLiteral("[zh 2+3 en 2+2 s2 "));
    const EditOutcome middle = edit::markUnmatched(merged, {Language::Chinese, 3});
    QVERIFY(middle);
    const AlignedText unmatched = appliedAndUndone(merged, middle);
    QCOMPARE(unmatched.beads().at(2).chineseCount, 1);
    QCOMPARE(unmatched.beads().at(2).englishCount, 1);
    QCOMPARE(describe(unmatched.beads().at(3)),
             describe(bead(3, 1, 3, 0, PairStatus::Edited, 1.0)));
    QCOMPARE(unmatched.beads().at(4).chineseCount, 1);
    QCOMPARE(unmatched.beads().at(4).englishCount, 1);
    QVERIFY(unmatched.isUnmatched({Language::Chinese, 3}));
    QCOMPARE(edit::markUnmatched(unmatched, {Language::Chinese, 3}).refusal(),
             EditRefusal::AlreadyUnmatched);
    // A 1-1 pair: the sentence and its counterpart each stand alone.
    const AlignedText alone =
        appliedAndUndone(text, edit::markUnmatched(text, {Language::English, 0}));
    QCOMPARE(describe(alone.beads().at(0)), describe(bead(0, 0, 0, 1, PairStatus::Edited, 1.0)));
    QCOMPARE(describe(alone.beads().at(1)), describe(bead(0, 1, 1, 0, PairStatus::Edited, 0.5)));
}

void TestAlignmentEdit::linkRepartitionsThePairsBetween()
{
    const AlignedText text = sample();
    // Chinese 2-3 with English 3-5: pairs 2 to 5 are touched.
    const EditOutcome linked = edit::link(text, {2, 2}, {3, 3});
    QVERIFY(linked);
    const AlignedText after = appliedAndUndone(text, linked);
    QVERIFY(consistent(after));
    QCOMPARE(describe(after.beads().mid(0, 2)), describe(text.beads().mid(0, 2)));
    // English 2 lost its partner (Chinese 2, now linked): alone before the link.
    QCOMPARE(describe(after.beads().at(2)), describe(bead(2, 0, 2, 1, PairStatus::Edited, 0.52)));
    QCOMPARE(describe(after.beads().at(3)), describe(bead(2, 2, 3, 3, PairStatus::Edited, 1.0)));
    // Chinese 4 and 5 lost theirs (English 4 and 5): alone after it.
    QCOMPARE(describe(after.beads().at(4)), describe(bead(4, 1, 6, 0, PairStatus::Edited, 0.54)));
    QCOMPARE(describe(after.beads().at(5)), describe(bead(5, 1, 6, 0, PairStatus::Edited, 0.55)));
    QCOMPARE(describe(after.beads().at(6)), describe(text.beads().at(6)));
    // Linking what is already linked changes nothing.
    QCOMPARE(edit::link(after, {2, 2}, {3, 3}).refusal(), EditRefusal::NoChange);
    QCOMPARE(edit::link(text, {2, 0}, {3, 3}).refusal(), EditRefusal::EmptyRange);
    QCOMPARE(edit::link(text, {7, 2}, {3, 3}).refusal(), EditRefusal::NoSuchSentence);
}

void TestAlignmentEdit::confirmAndConfirmUpTo()
{
    const AlignedText text = sample();
    const EditOutcome one = edit::confirm(text, 3);
    QVERIFY(one);
    const AlignedText confirmed = appliedAndUndone(text, one);
    QCOMPARE(confirmed.beads().at(3).status, PairStatus::Confirmed);
    QCOMPARE(confirmed.beads().at(3).confidence, text.beads().at(3).confidence);
    QCOMPARE(edit::confirm(confirmed, 3).refusal(), EditRefusal::AlreadyConfirmed);

    const AlignedText edited = applyEdit(confirmed, edit::mergeWithNext(confirmed, 0).edit());
    const EditOutcome upTo = edit::confirmUpTo(edited, 4);
    QVERIFY(upTo);
    const AlignedText all = appliedAndUndone(edited, upTo);
    QCOMPARE(all.beads().at(0).status, PairStatus::Edited); // Made by the user: stays so.
    for (int b = 1; b <= 4; ++b)
        QCOMPARE(all.beads().at(b).status, PairStatus::Confirmed);
    QCOMPARE(all.beads().at(5).status, PairStatus::Automatic);
    QCOMPARE(edit::confirmUpTo(all, 3).refusal(), EditRefusal::AlreadyConfirmed);
}

void TestAlignmentEdit::statusDecidesDoubtAndCount()
{
    AlignedText text = sample();
    text.setDoubtfulThreshold(0.53);
    QVERIFY(text.isDoubtful(0));
    QVERIFY(!text.isDoubtful(3));
    QCOMPARE(text.confirmedCount(), 0);
    const AlignedText confirmed = applyEdit(text, edit::confirm(text, 0).edit());
    QCOMPARE(confirmed.doubtfulThreshold(), 0.53);
    QVERIFY(!confirmed.isDoubtful(0));
    QVERIFY(confirmed.isDoubtful(1));
    QVERIFY(confirmed.isConfirmed(0));
    QCOMPARE(confirmed.confirmedCount(), 1);
}

void TestAlignmentEdit::realignKeepsConfirmedPairs()
{
    const AlignedText text = sample();
    // Scramble pairs 2-5 (a merge, a move), confirm 1 and 6: the stretch between is automatic.
    AlignedText scrambled = applyEdit(text, edit::link(text, {2, 3}, {2, 1}).edit());
    QList<Bead> beads = scrambled.beads();
    for (Bead &each : beads)
        each.status = PairStatus::Automatic;
    beads[1].status = PairStatus::Confirmed;
    beads.last().status = PairStatus::Confirmed;
    scrambled = AlignedText(scrambled.document(), beads);
    const auto [first, count] = edit::automaticStretch(scrambled, 3);
    QCOMPARE(first, 2);
    QCOMPARE(count, int(beads.size()) - 3);
    QCOMPARE(edit::automaticStretch(scrambled, 1).second, 0);
    QCOMPARE(edit::realign(scrambled, 1, Aligner()).refusal(), EditRefusal::NotAutomatic);

    const EditOutcome realigned = edit::realign(scrambled, 3, Aligner());
    QVERIFY(realigned);
    const AlignedText after = appliedAndUndone(scrambled, realigned);
    QVERIFY(consistent(after));
    QCOMPARE(describe(after.beads().mid(0, 2)), describe(scrambled.beads().mid(0, 2)));
    QCOMPARE(describe(after.beads().last()), describe(scrambled.beads().last()));
    for (int b = 2; b + 1 < after.beads().size(); ++b)
        QCOMPARE(after.beads().at(b).status, PairStatus::Automatic);
    // Same-length sentences in order: the aligner pairs them one to one again.
    QCOMPARE(after.beads().size(), text.beads().size());

    bool cancelled = false;
    QCOMPARE(
        edit::realign(scrambled, 3, Aligner(), [&cancelled] { return cancelled = true; }).refusal(),
        EditRefusal::Cancelled);
    QVERIFY(cancelled);
}

void TestAlignmentEdit::splitSentenceAddsOne()
{
    const AlignedText text = sample();
    // "Two; with a clause." split after "Two;": the clause end is the cut, in neither part.
    const EditOutcome split = edit::splitSentence(text, {Language::English, 1}, 4);
    QVERIFY(split);
    const AlignedText after = appliedAndUndone(text, split);
    QCOMPARE(after.sentenceCount(Language::English), 9);
    QCOMPARE(after.sentenceText({Language::English, 1}), QStringLiteral("Two;"));
    QCOMPARE(after.sentenceText({Language::English, 2}), QStringLiteral("with a clause."));
    QCOMPARE(after.sentenceText({Language::English, 3}), QStringLiteral("Three."));
    QCOMPARE(describe(after.beads().at(1)), describe(bead(1, 1, 1, 2, PairStatus::Edited, 0.51)));
    QCOMPARE(describe(after.beads().at(2)),
             describe(bead(2, 1, 3, 1, PairStatus::Automatic, 0.52)));
    QVERIFY(consistent(after));
    const Document &document = after.document();
    QVERIFY(document.english.paragraphs.at(0).sentences.at(1).clauseEnds.isEmpty());
    QVERIFY(document.english.paragraphs.at(0).sentences.at(2).clauseEnds.isEmpty());

    // A Chinese clause end stays with its part.
    const AlignedText chinese =
        appliedAndUndone(text, edit::splitSentence(text, {Language::Chinese, 1}, 5));
    QCOMPARE(chinese.sentenceText({Language::Chinese, 1}), QStringLiteral("第二句；有"));
    QCOMPARE(chinese.document().chinese.paragraphs.at(1).sentences.at(1).clauseEnds.size(), 1);
    QCOMPARE(edit::splitSentence(text, {Language::English, 1}, 0).refusal(),
             EditRefusal::SplitPointOutside);
    QCOMPARE(edit::splitSentence(text, {Language::English, 0}, 4).refusal(),
             EditRefusal::SplitPointOutside);
}

void TestAlignmentEdit::joinSentencesAcrossPairs()
{
    const AlignedText text = sample();
    const EditOutcome joined = edit::joinWithNext(text, {Language::English, 3});
    QVERIFY(joined);
    const AlignedText after = appliedAndUndone(text, joined);
    QCOMPARE(after.sentenceCount(Language::English), 7);
    QCOMPARE(after.sentenceText({Language::English, 3}), QStringLiteral("Four. Five."));
    QCOMPARE(describe(after.beads().at(3)), describe(bead(3, 1, 3, 1, PairStatus::Edited, 0.53)));
    QCOMPARE(describe(after.beads().at(4)), describe(bead(4, 1, 4, 0, PairStatus::Edited, 0.54)));
    QCOMPARE(describe(after.beads().at(5)),
             describe(bead(5, 1, 4, 1, PairStatus::Automatic, 0.55)));
    QVERIFY(consistent(after));
    // Within one pair; and a joined sentence keeps both clause ends.
    const AlignedText merged = applyEdit(text, edit::mergeWithNext(text, 0).edit());
    const AlignedText inOne =
        appliedAndUndone(merged, edit::joinWithNext(merged, {Language::Chinese, 0}));
    QCOMPARE(inOne.sentenceText({Language::Chinese, 0}),
             QStringLiteral("第一句。 第二句；有分句。"));
    QCOMPARE(describe(inOne.beads().at(0)), describe(bead(0, 1, 0, 2, PairStatus::Edited, 0.5)));
    QCOMPARE(inOne.document().chinese.paragraphs.at(1).sentences.at(0).clauseEnds.size(), 1);
    QCOMPARE(edit::joinWithNext(text, {Language::English, 2}).refusal(),
             EditRefusal::NotSameParagraph);
    QCOMPARE(edit::joinWithNext(text, {Language::English, 7}).refusal(),
             EditRefusal::NoSuchSentence);
}

void TestAlignmentEdit::replaceTextShiftsTheSharedSource()
{
    const AlignedText text = sample(true);
    const QStringList english = text.document().sentenceTexts(Language::English);
    const QStringList chinese = text.document().sentenceTexts(Language::Chinese);
    const EditOutcome replaced = edit::replaceText(text, {Language::Chinese, 1},
                                                   QStringLiteral("  第二句改得更长了：是的。 "));
    QVERIFY(replaced);
    const AlignedText after = appliedAndUndone(text, replaced);
    QStringList expected = chinese;
    expected[1] = QStringLiteral("第二句改得更长了：是的。");
    QCOMPARE(after.document().sentenceTexts(Language::Chinese), expected);
    // The English further on in the same source moved with it.
    QCOMPARE(after.document().sentenceTexts(Language::English), english);
    QCOMPARE(after.beads().at(1).status, PairStatus::Edited);
    const Sentence &changed = after.document().chinese.paragraphs.at(1).sentences.at(1);
    QCOMPARE(changed.clauseEnds, QList<qsizetype>{changed.range.start + 9});
    const Paragraph &paragraph = after.document().chinese.paragraphs.at(1);
    QCOMPARE(after.document().text(after.document().chinese, paragraph.range),
             QStringLiteral("第一句。 第二句改得更长了：是的。 第三句。"));
    // Shorter works as well as longer.
    const AlignedText shorter = appliedAndUndone(
        after, edit::replaceText(after, {Language::Chinese, 1}, QStringLiteral("短。")));
    QCOMPARE(shorter.document().sentenceTexts(Language::English), english);
    QCOMPARE(shorter.sentenceText({Language::Chinese, 2}), QStringLiteral("第三句。"));
}

void TestAlignmentEdit::replaceTextInItsOwnSource()
{
    const AlignedText text = sample(false);
    const QString chineseSource = text.document().sources.at(0).text;
    const AlignedText after = appliedAndUndone(
        text, edit::replaceText(text, {Language::English, 4}, QStringLiteral("Five!")));
    QCOMPARE(after.sentenceText({Language::English, 4}), QStringLiteral("Five!"));
    QCOMPARE(after.sentenceText({Language::English, 5}), QStringLiteral("Six."));
    QCOMPARE(after.document().sources.at(0).text, chineseSource);
    QCOMPARE(edit::replaceText(text, {Language::English, 4}, QStringLiteral("  ")).refusal(),
             EditRefusal::EmptyText);
    QCOMPARE(edit::replaceText(text, {Language::English, 4}, QStringLiteral("a\nb")).refusal(),
             EditRefusal::LineBreakInText);
    QCOMPARE(edit::replaceText(text, {Language::English, 4}, QStringLiteral(" Five. ")).refusal(),
             EditRefusal::TextUnchanged);
}

void TestAlignmentEdit::invalidEditsAreRefused()
{
    const AlignedText text = sample();
    QCOMPARE(edit::mergeWithNext(text, 7).refusal(), EditRefusal::NoNeighbour);
    QCOMPARE(edit::mergeWithNext(text, 8).refusal(), EditRefusal::NoSuchPair);
    QCOMPARE(edit::mergeWithPrevious(text, 0).refusal(), EditRefusal::NoNeighbour);
    QCOMPARE(edit::mergeWithPrevious(text, -1).refusal(), EditRefusal::NoSuchPair);
    QCOMPARE(edit::moveFirstToPrevious(text, 0, Language::Chinese).refusal(),
             EditRefusal::NoNeighbour);
    QCOMPARE(edit::moveLastToNext(text, 7, Language::English).refusal(), EditRefusal::NoNeighbour);
    const AlignedText moved =
        applyEdit(text, edit::moveLastToNext(text, 2, Language::English).edit());
    QCOMPARE(edit::moveLastToNext(moved, 2, Language::English).refusal(),
             EditRefusal::NothingToMove);
    QCOMPARE(edit::markUnmatched(text, {Language::English, 8}).refusal(),
             EditRefusal::NoSuchSentence);
    QCOMPARE(edit::markUnmatched(text, {Language::Neutral, 0}).refusal(),
             EditRefusal::NoSuchSentence);
    QCOMPARE(edit::confirm(text, 9).refusal(), EditRefusal::NoSuchPair);
    QCOMPARE(edit::confirmUpTo(text, -2).refusal(), EditRefusal::NoSuchPair);
    QCOMPARE(edit::splitSentence(text, {Language::Chinese, -1}, 1).refusal(),
             EditRefusal::NoSuchSentence);
    // Refusals leave the text untouched (it is const); an empty text refuses everything.
    const AlignedText empty;
    QCOMPARE(edit::mergeWithNext(empty, 0).refusal(), EditRefusal::NoSuchPair);
    QCOMPARE(edit::link(empty, {0, 1}, {0, 1}).refusal(), EditRefusal::NoSuchSentence);
}

void TestAlignmentEdit::inconsistentAlignmentIsNeverEdited()
{
    const AlignedText text = sample();
    QList<Bead> beads = text.beads();
    beads[3].englishCount = 2; // Overlaps pair 4.
    const AlignedText broken(text.document(), beads);
    QVERIFY(!consistent(broken));
    QCOMPARE(edit::mergeWithNext(broken, 0).refusal(), EditRefusal::InconsistentAlignment);
    QCOMPARE(edit::link(broken, {0, 1}, {0, 1}).refusal(), EditRefusal::InconsistentAlignment);
    QCOMPARE(edit::splitSentence(broken, {Language::English, 1}, 3).refusal(),
             EditRefusal::InconsistentAlignment);
}

void TestAlignmentEdit::mapBeadFollowsThePair()
{
    const AlignedText text = sample();
    const AlignmentEdit merge = edit::mergeWithNext(text, 2).edit();
    QCOMPARE(merge.mapBead(1), 1);
    QCOMPARE(merge.mapBead(2), 2);
    QCOMPARE(merge.mapBead(3), 2);
    QCOMPARE(merge.mapBead(6), 5);
    QCOMPARE(merge.mapBead(5, false), 6);
    const AlignmentEdit unmatch = edit::markUnmatched(text, {Language::English, 4}).edit();
    // The pair's first sentence (its Chinese) is now in the pair after the English alone.
    QCOMPARE(unmatch.mapBead(4), 5);
    QCOMPARE(unmatch.mapBead(5), 6);
}

void TestAlignmentEdit::randomSequencesUndoToTheOriginal_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("oneSource");
    for (quint32 seed : {1u, 2u, 3u, 17u, 2024u, 99991u})
        QTest::addRow("seed %u", seed) << seed << (seed % 2 == 1);
}

void TestAlignmentEdit::randomSequencesUndoToTheOriginal()
{
    QFETCH(quint32, seed);
    QFETCH(bool, oneSource);
    QRandomGenerator random(seed);
    const AlignedText original = sample(oneSource);
    const Aligner aligner;
    AlignedText text = original;
    QList<AlignmentEdit> done;
    QList<AlignedText> states{text};
    int refused = 0;
    for (int step = 0; step < 300; ++step) {
        const int beads = int(text.beads().size());
        const auto anyBead = [&] {
            return int(random.bounded(-1, beads + 1));
        };
        const Language language = random.bounded(2) ? Language::Chinese : Language::English;
        const SentenceKey key{language, int(random.bounded(-1, text.sentenceCount(language) + 1))};
        const auto range = [&](Language side) {
            const int count = text.sentenceCount(side);
            const int first = int(random.bounded(0, std::max(1, count)));
            return SentenceRange{first, int(random.bounded(0, 4))};
        };
        static const QStringList replacements{QStringLiteral("新的句子。"), QStringLiteral("x"),
                                              QStringLiteral("A much longer sentence; indeed.")};
        EditOutcome outcome = EditRefusal::NoChange;
        switch (random.bounded(13)) {
        case 0:
            outcome = edit::mergeWithNext(text, anyBead());
            break;
        case 1:
            outcome = edit::mergeWithPrevious(text, anyBead());
            break;
        case 2:
            outcome = edit::moveFirstToPrevious(text, anyBead(), language);
            break;
        case 3:
            outcome = edit::moveLastToNext(text, anyBead(), language);
            break;
        case 4: {
            const int b = anyBead();
            const Bead whole = b >= 0 && b < beads ? text.beads().at(b) : Bead();
            outcome = edit::splitPair(text, b, int(random.bounded(whole.chineseCount + 1)),
                                      int(random.bounded(whole.englishCount + 1)));
            break;
        }
        case 5:
            outcome = edit::markUnmatched(text, key);
            break;
        case 6:
            outcome = edit::link(text, range(Language::Chinese), range(Language::English));
            break;
        case 7:
            outcome = edit::confirm(text, anyBead());
            break;
        case 8:
            outcome = edit::confirmUpTo(text, anyBead());
            break;
        case 9:
            outcome = edit::realign(text, anyBead(), aligner);
            break;
        case 10:
            outcome = edit::splitSentence(text, key,
                                          int(random.bounded(text.sentenceText(key).size() + 1)));
            break;
        case 11:
            outcome = edit::joinWithNext(text, key);
            break;
        case 12:
            outcome = edit::replaceText(text, key, replacements.at(random.bounded(3)));
            break;
        }
        if (!outcome) {
            ++refused;
            continue;
        }
        text = applyEdit(text, outcome.edit());
        QVERIFY2(consistent(text), qPrintable(describe(text.beads())));
        for (Language side : {Language::Chinese, Language::English})
            for (const QString &sentence : text.document().sentenceTexts(side))
                QVERIFY(!sentence.trimmed().isEmpty() && sentence == sentence.trimmed());
        done.append(outcome.edit());
        states.append(text);
    }
    QVERIFY(done.size() > 100);
    QVERIFY(refused > 0);
    // Undo all, checking every state on the way back; then redo all.
    for (qsizetype i = done.size() - 1; i >= 0; --i) {
        text = applyEdit(text, done.at(i), false);
        compareTexts(text, states.at(i));
    }
    compareTexts(text, original);
    for (const AlignmentEdit &each : done)
        text = applyEdit(text, each);
    compareTexts(text, states.last());
}

QTEST_APPLESS_MAIN(TestAlignmentEdit)
#include "tst_alignmentedit.moc"
