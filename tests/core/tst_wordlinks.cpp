#include "core/align/LearnedWords.h"
#include "core/align/WordLinks.h"
#include "tests/core/AlignedSample.h"

#include <QTest>

using namespace duizhao;

namespace {

QString wordText(const AlignedText &text, const TextHit &hit)
{
    return text.sentenceText(hit.sentence).mid(hit.offset, hit.length);
}

} // namespace

class TestWordLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void englishWordAtFindsTheWholeWord();
    void chineseWordLinksItsTranslation();
    void englishWordLinksBack();
    void linksFollowTheShownScript();
    void aNameLinksToItsEnglish();
    void nothingOutsideAPair();

private:
    /// The first pair whose Chinese has @p chinese and whose English has @p english.
    int pairWith(const QString &chinese, const QString &english) const;
    SentenceKey sentenceWith(int bead, Language language, const QString &part) const;

    AlignedText m_text;
    std::unique_ptr<WordLinker> m_linker;
    WordLinker::ShownText m_asWritten;
};

void TestWordLinks::initTestCase()
{
    std::optional<AlignedText> sample = testing::alignedSample();
    QVERIFY(sample);
    m_text = std::move(*sample);
    m_linker = std::make_unique<WordLinker>(Dictionary::shared());
    m_asWritten = [this](SentenceKey key) {
        return m_text.sentenceText(key);
    };
}

int TestWordLinks::pairWith(const QString &chinese, const QString &english) const
{
    for (int bead = 0; bead < m_text.beads().size(); ++bead)
        if (sentenceWith(bead, Language::Chinese, chinese).isValid() &&
            sentenceWith(bead, Language::English, english).isValid())
            return bead;
    return -1;
}

SentenceKey TestWordLinks::sentenceWith(int bead, Language language, const QString &part) const
{
    for (const SentenceKey &key : m_text.beadSentences(bead))
        if (key.language == language && m_text.sentenceText(key).contains(part))
            return key;
    return {};
}

void TestWordLinks::englishWordAtFindsTheWholeWord()
{
    const QString text = QStringLiteral("the region's well-being, and more");
    QCOMPARE(englishWordAt(text, 6), std::make_pair(4, 8));    // region's
    QCOMPARE(englishWordAt(text, 16), std::make_pair(13, 10)); // well-being
    QCOMPARE(englishWordAt(text, 3).second, 0);                // a space
    QCOMPARE(englishWordAt(text, -1).second, 0);
    QCOMPARE(englishWordAt(text, int(text.size())).second, 0);
}

void TestWordLinks::chineseWordLinksItsTranslation()
{
    const int bead = pairWith(QStringLiteral("發展"), QStringLiteral("development"));
    QVERIFY(bead >= 0);
    const SentenceKey chinese = sentenceWith(bead, Language::Chinese, QStringLiteral("發展"));
    const int offset = int(m_text.sentenceText(chinese).indexOf(QStringLiteral("發展")));
    // The longest word starting at the character, as the pop-up looks it up.
    const WordLinks found = m_linker->linksAt(m_text, {chinese, offset, 1}, m_asWritten);
    QCOMPARE(wordText(m_text, found.word), QStringLiteral("發展"));
    QVERIFY(!found.links.isEmpty());
    QStringList linked;
    for (const TextHit &link : found.links) {
        QCOMPARE(m_text.beadOf(link.sentence), bead);
        QCOMPARE(link.sentence.language, Language::English);
        linked << wordText(m_text, link).toLower();
    }
    QVERIFY2(linked.contains(QStringLiteral("development")), qPrintable(linked.join(u',')));
}

void TestWordLinks::englishWordLinksBack()
{
    const int bead = pairWith(QStringLiteral("發展"), QStringLiteral("development"));
    const SentenceKey english =
        sentenceWith(bead, Language::English, QStringLiteral("development"));
    const int offset = int(m_text.sentenceText(english).indexOf(QStringLiteral("development")));
    const WordLinks found = m_linker->linksAt(m_text, {english, offset + 3, 1}, m_asWritten);
    QCOMPARE(wordText(m_text, found.word), QStringLiteral("development"));
    QStringList linked;
    for (const TextHit &link : found.links)
        linked << wordText(m_text, link);
    QVERIFY2(linked.contains(QStringLiteral("發展")), qPrintable(linked.join(u',')));
    // A function word links nothing.
    const int the = int(m_text.sentenceText(english).indexOf(QStringLiteral("the ")));
    if (the >= 0)
        QVERIFY(m_linker->linksAt(m_text, {english, the, 1}, m_asWritten).links.isEmpty());
}

void TestWordLinks::linksFollowTheShownScript()
{
    // The panes may show Simplified: the English word's links are offsets into that text.
    const int bead = pairWith(QStringLiteral("發展"), QStringLiteral("development"));
    const SentenceKey english =
        sentenceWith(bead, Language::English, QStringLiteral("development"));
    const int offset = int(m_text.sentenceText(english).indexOf(QStringLiteral("development")));
    const auto simplified = [this](SentenceKey key) {
        QString text = m_text.sentenceText(key);
        return key.language == Language::Chinese
                   ? text.replace(QStringLiteral("發展"), QStringLiteral("发展"))
                   : text;
    };
    const WordLinks found = m_linker->linksAt(m_text, {english, offset, 1}, simplified);
    QStringList linked;
    for (const TextHit &link : found.links)
        linked << simplified(link.sentence).mid(link.offset, link.length);
    QVERIFY2(linked.contains(QStringLiteral("发展")), qPrintable(linked.join(u',')));
}

void TestWordLinks::aNameLinksToItsEnglish()
{
    // A name links to its English, with the pairs the document taught (習近平 – Xi Jinping).
    AlignedText taught = m_text;
    taught.setLearnedWords(
        std::make_shared<const LearnedWords>(learnWords(taught.document(), taught.beads())));
    const int bead = pairWith(QStringLiteral("習近平"), QStringLiteral("Xi"));
    QVERIFY(bead >= 0);
    const SentenceKey chinese = sentenceWith(bead, Language::Chinese, QStringLiteral("習近平"));
    const int offset = int(m_text.sentenceText(chinese).indexOf(QStringLiteral("習近平")));
    const WordLinks found = m_linker->linksAt(taught, {chinese, offset, 1}, m_asWritten);
    QStringList linked;
    for (const TextHit &link : found.links)
        linked << wordText(taught, link);
    QVERIFY2(linked.contains(QStringLiteral("Xi")) || linked.contains(QStringLiteral("Jinping")),
             qPrintable(wordText(taught, found.word) + u':' + linked.join(u',')));
}

void TestWordLinks::nothingOutsideAPair()
{
    QVERIFY(m_linker->linksAt(m_text, {}, m_asWritten).links.isEmpty());
    for (int bead = 0; bead < m_text.beads().size(); ++bead) {
        if (m_text.isPair(bead))
            continue;
        const SentenceKey key = m_text.beadSentences(bead).constFirst();
        QVERIFY(m_linker->linksAt(m_text, {key, 0, 1}, m_asWritten).links.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestWordLinks)
#include "tst_wordlinks.moc"
