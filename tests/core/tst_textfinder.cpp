#include "core/edit/AlignmentEdit.h"
#include "core/model/TextFinder.h"
#include "tests/core/AlignedSample.h"

#include <QTest>

using namespace duizhao;

namespace {

QString hitText(const AlignedText &text, const TextHit &hit)
{
    return text.sentenceText(hit.sentence).mid(hit.offset, hit.length);
}

} // namespace

class TestTextFinder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chineseMatchesEitherScript();
    void englishIgnoresCase();
    void hitsRunInPairOrder();
    void anUpdateFindsTheFixedText();
    void blankQueryFindsNothing();

private:
    AlignedText m_text;
};

void TestTextFinder::initTestCase()
{
    std::optional<AlignedText> sample = testing::alignedSample();
    QVERIFY(sample);
    m_text = std::move(*sample);
}

void TestTextFinder::chineseMatchesEitherScript()
{
    // The sample is Traditional: 发展 (Simplified) and 發展 find the same places, and every hit
    // covers the text as written, 發展.
    const TextFinder finder(m_text);
    const QList<TextHit> simplified = finder.find(m_text, QStringLiteral("发展"));
    const QList<TextHit> traditional = finder.find(m_text, QStringLiteral("發展"));
    QCOMPARE(simplified.size(), 7);
    QCOMPARE(traditional.size(), simplified.size());
    for (qsizetype i = 0; i < simplified.size(); ++i) {
        QCOMPARE(simplified.at(i).sentence, traditional.at(i).sentence);
        QCOMPARE(simplified.at(i).offset, traditional.at(i).offset);
        QCOMPARE(simplified.at(i).sentence.language, Language::Chinese);
        QCOMPARE(hitText(m_text, simplified.at(i)), QStringLiteral("發展"));
    }
}

void TestTextFinder::englishIgnoresCase()
{
    const TextFinder finder(m_text);
    const QList<TextHit> hits = finder.find(m_text, QStringLiteral("WESTERN"));
    QCOMPARE(hits.size(), 8);
    for (const TextHit &hit : hits) {
        QCOMPARE(hit.sentence.language, Language::English);
        QCOMPARE(hitText(m_text, hit).toLower(), QStringLiteral("western"));
    }
}

void TestTextFinder::hitsRunInPairOrder()
{
    // Hits go down the document pair by pair, so Next never jumps back.
    const TextFinder finder(m_text);
    for (const QString &query : {QStringLiteral("西部"), QStringLiteral("development")}) {
        const QList<TextHit> hits = finder.find(m_text, query);
        QVERIFY2(hits.size() > 2, qPrintable(query));
        for (qsizetype i = 1; i < hits.size(); ++i) {
            const int previous = m_text.beadOf(hits.at(i - 1).sentence);
            const int current = m_text.beadOf(hits.at(i).sentence);
            QVERIFY(previous <= current);
        }
    }
}

void TestTextFinder::anUpdateFindsTheFixedText()
{
    TextFinder finder(m_text);
    const SentenceKey fixed{Language::Chinese, 3};
    const QString before = m_text.sentenceText(fixed);
    const EditOutcome outcome =
        edit::replaceText(m_text, fixed, QStringLiteral("這句話已經改過了。"));
    QVERIFY(outcome);
    const AlignedText edited = applyEdit(m_text, outcome.edit());
    QCOMPARE(finder.find(edited, QStringLiteral("这句话已经改过")).size(), 0); // Not yet.
    finder.update(edited);
    const QList<TextHit> hits = finder.find(edited, QStringLiteral("这句话已经改过"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().sentence, fixed);
    QCOMPARE(finder.find(edited, before.left(6)).size(), 0);
}

void TestTextFinder::blankQueryFindsNothing()
{
    const TextFinder finder(m_text);
    QVERIFY(finder.find(m_text, QString()).isEmpty());
    QVERIFY(finder.find(m_text, QStringLiteral("  ")).isEmpty());
}

QTEST_GUILESS_MAIN(TestTextFinder)
#include "tst_textfinder.moc"
