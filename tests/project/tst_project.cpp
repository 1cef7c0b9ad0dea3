// core/project/ProjectFile: .duizhao projects save and load losslessly; damaged, newer and
// half-written files are refused or never happen.

#include "core/import/Importer.h"
#include "core/io/SafeFile.h"
#include "core/parse/DocumentReader.h"
#include "core/project/OpenDocument.h"
#include "core/project/ProjectFile.h"
#include "tests/io/ScratchFilesystem.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace duizhao;
using duizhao::testing::fileBytes;
using duizhao::testing::writeBytes;

Q_DECLARE_METATYPE(std::function<void(QJsonObject &)>)

namespace {

QString samplePath()
{
    return QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt");
}

/// A long two-file document, one sentence a paragraph, paired one to one: large enough that
/// writing it takes a while.
Project longProject(int sentences, const QString &variant)
{
    Project project;
    Document &document = project.document;
    document.layout = Layout::TwoFiles;
    QString chinese;
    QString english;
    for (int i = 0; i < sentences; ++i) {
        const QString zh =
            QStringLiteral("第%1句：今天天氣很好，我們去公園散步。%2").arg(i).arg(variant);
        const QString en =
            QStringLiteral("Sentence %1: the weather is fine, we walk in the park. %2")
                .arg(i)
                .arg(variant);
        for (auto [text, line, side] : {std::tuple{&chinese, zh, &document.chinese},
                                        std::tuple{&english, en, &document.english}}) {
            const TextRange range{text->size(), line.size()};
            *text += line + QStringLiteral("\n\n");
            side->paragraphs.append({range, ParagraphRole::Body, {Sentence{range, {}}}, {}});
        }
        project.beads.append({i, 1, i, 1, 0.5, PairStatus::Automatic});
    }
    document.chinese.language = Language::Chinese;
    document.english.language = Language::English;
    document.english.sourceIndex = 1;
    document.sources = {
        SourceText(QStringLiteral("/tmp/a.zh.txt"), QStringLiteral("UTF-8"), false, chinese),
        SourceText(QStringLiteral("/tmp/a.en.txt"), QStringLiteral("UTF-8"), false, english)};
    return project;
}

/// What went wrong, for a failure message (QVERIFY2 builds it even when all is well).
template <class T>
QString failure(const Result<T> &result)
{
    return result ? QString() : errorCodeName(result.error().code);
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveAndLoadIsLossless();
    void damagedFilesAreRefused_data();
    void damagedFilesAreRefused();
    void newerVersionIsRefused();
    void notJsonIsRefused();
    void interruptedSaveKeepsThePreviousFile();
    void openDocumentOpensAProjectAsSaved();

private:
    Project m_project;
    QJsonObject m_json;
};

void TestProject::initTestCase()
{
    Result<Project> opened = openAndAlign({samplePath()});
    QVERIFY(opened);
    QVERIFY(!opened->aligned);
    m_project = *opened;
    QVERIFY(m_project.beads.size() > 10);
    // Everything a project holds, including what the sample lacks: chapters, cues, clause
    // ends, statuses, notices and a whole view state.
    m_project.beads[1].status = PairStatus::Confirmed;
    m_project.beads[2].status = PairStatus::Edited;
    m_project.beads[2].confidence = 0.123456789012345;
    Side &chinese = m_project.document.chinese;
    chinese.chapters = {{QStringLiteral("第一章"), 0, 2},
                        {QString(), 2, int(chinese.paragraphs.size()) - 2}};
    chinese.paragraphs[1].cue = {1500, 4200};
    m_project.document.notices = {Notice::ExtraTextKept, Notice::DecodingDoubtful};
    m_project.document.metadata.publishedAt =
        QDateTime(QDate(2024, 8, 27), QTime(8, 40), QTimeZone(8 * 3600));
    m_project.view = {5, 0.25, 7, {3, 9}, {2, 11}, QStringLiteral("simplified"), 2, -3};
    bool hasClauses = false;
    for (const Paragraph &paragraph : chinese.paragraphs)
        for (const Sentence &sentence : paragraph.sentences)
            hasClauses = hasClauses || !sentence.clauseEnds.isEmpty();
    QVERIFY(hasClauses);
    m_json = QJsonDocument::fromJson(ProjectFile::toBytes(m_project)).object();
    QVERIFY(!m_json.isEmpty());
}

void TestProject::saveAndLoadIsLossless()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.duizhao"));
    const Result<QStringList> written = ProjectFile::save(m_project, path);
    QVERIFY(written);
    QCOMPARE(*written, QStringList{path});
    const Result<Project> loaded = ProjectFile::load(path);
    QVERIFY2(loaded, qPrintable(failure(loaded)));
    QVERIFY(loaded->aligned);

    const Document &before = m_project.document;
    const Document &after = loaded->document;
    QCOMPARE(after.sources.size(), before.sources.size());
    for (int i = 0; i < before.sources.size(); ++i) {
        QCOMPARE(after.sources.at(i).text, before.sources.at(i).text);
        QCOMPARE(after.sources.at(i).path, before.sources.at(i).path);
        QCOMPARE(after.sources.at(i).encoding, before.sources.at(i).encoding);
        QCOMPARE(after.sources.at(i).hadByteOrderMark, before.sources.at(i).hadByteOrderMark);
        QCOMPARE(after.sources.at(i).format, before.sources.at(i).format);
    }
    QCOMPARE(after.layout, before.layout);
    QCOMPARE(after.notices, before.notices);
    QCOMPARE(after.metadata.title, before.metadata.title);
    QCOMPARE(after.metadata.englishTitle, before.metadata.englishTitle);
    QCOMPARE(after.metadata.editor, before.metadata.editor);
    QCOMPARE(after.metadata.publishedAt, before.metadata.publishedAt);
    QCOMPARE(after.metadata.fields.size(), before.metadata.fields.size());
    for (Language language : {Language::Chinese, Language::English}) {
        const Side &a = after.side(language);
        const Side &b = before.side(language);
        QCOMPARE(a.sourceIndex, b.sourceIndex);
        QCOMPARE(a.paragraphs.size(), b.paragraphs.size());
        for (int p = 0; p < b.paragraphs.size(); ++p) {
            QCOMPARE(a.paragraphs.at(p).range, b.paragraphs.at(p).range);
            QCOMPARE(a.paragraphs.at(p).role, b.paragraphs.at(p).role);
            QCOMPARE(a.paragraphs.at(p).cue, b.paragraphs.at(p).cue);
            QCOMPARE(a.paragraphs.at(p).sentences.size(), b.paragraphs.at(p).sentences.size());
            for (int s = 0; s < b.paragraphs.at(p).sentences.size(); ++s) {
                QCOMPARE(a.paragraphs.at(p).sentences.at(s).range,
                         b.paragraphs.at(p).sentences.at(s).range);
                QCOMPARE(a.paragraphs.at(p).sentences.at(s).clauseEnds,
                         b.paragraphs.at(p).sentences.at(s).clauseEnds);
            }
        }
        QCOMPARE(a.chapters.size(), b.chapters.size());
        for (int c = 0; c < b.chapters.size(); ++c) {
            QCOMPARE(a.chapters.at(c).title, b.chapters.at(c).title);
            QCOMPARE(a.chapters.at(c).firstParagraph, b.chapters.at(c).firstParagraph);
            QCOMPARE(a.chapters.at(c).paragraphCount, b.chapters.at(c).paragraphCount);
        }
        QCOMPARE(after.sentenceTexts(language), before.sentenceTexts(language));
    }
    QCOMPARE(loaded->beads.size(), m_project.beads.size());
    for (int b = 0; b < m_project.beads.size(); ++b) {
        QVERIFY(loaded->beads.at(b).sameLink(m_project.beads.at(b)));
        QCOMPARE(loaded->beads.at(b).status, m_project.beads.at(b).status);
        // Exactly, not approximately: the confidence survives to the last bit.
        QVERIFY(loaded->beads.at(b).confidence == m_project.beads.at(b).confidence);
    }
    QCOMPARE(loaded->view, m_project.view);
    // Saved again, the same bytes.
    QCOMPARE(ProjectFile::toBytes(*loaded), ProjectFile::toBytes(m_project));
}

void TestProject::damagedFilesAreRefused_data()
{
    QTest::addColumn<std::function<void(QJsonObject &)>>("damage");
    // Edits a nested value: path of keys and array indices.
    auto edit = [](QJsonObject &root, const QString &sideKey, const QString &key,
                   const std::function<void(QJsonValueRef)> &change) {
        QJsonObject side = root.value(sideKey).toObject();
        QJsonValue value = side.value(key);
        QJsonArray array = value.toArray();
        change(array[0]);
        side.insert(key, array);
        root.insert(sideKey, side);
    };
    using Damage = std::function<void(QJsonObject &)>;
    QTest::newRow("other format") << Damage([](QJsonObject &root) {
        root.insert(QStringLiteral("format"), QStringLiteral("duizhao-pairs"));
    });
    QTest::newRow("version zero") << Damage(
        [](QJsonObject &root) { root.insert(QStringLiteral("version"), 0); });
    QTest::newRow("no sources") << Damage(
        [](QJsonObject &root) { root.remove(QStringLiteral("sources")); });
    QTest::newRow("unknown layout") << Damage(
        [](QJsonObject &root) { root.insert(QStringLiteral("layout"), QStringLiteral("spiral")); });
    QTest::newRow("paragraph past the text") << Damage([edit](QJsonObject &root) {
        edit(root, QStringLiteral("chinese"), QStringLiteral("paragraphs"),
             [](QJsonValueRef paragraph) {
                 QJsonObject object = paragraph.toObject();
                 object.insert(QStringLiteral("range"), QJsonArray{0, 100000000});
                 paragraph = object;
             });
    });
    QTest::newRow("negative start") << Damage([edit](QJsonObject &root) {
        edit(root, QStringLiteral("english"), QStringLiteral("paragraphs"),
             [](QJsonValueRef paragraph) {
                 QJsonObject object = paragraph.toObject();
                 object.insert(QStringLiteral("range"), QJsonArray{-1, 3});
                 paragraph = object;
             });
    });
    QTest::newRow("sentence outside its paragraph") << Damage([edit](QJsonObject &root) {
        edit(root, QStringLiteral("english"), QStringLiteral("paragraphs"),
             [](QJsonValueRef paragraph) {
                 QJsonObject object = paragraph.toObject();
                 const QJsonArray range = object.value(QStringLiteral("range")).toArray();
                 object.insert(QStringLiteral("sentences"),
                               QJsonArray{QJsonArray{range.at(0).toInt() + range.at(1).toInt(), 5,
                                                     QJsonArray()}});
                 paragraph = object;
             });
    });
    QTest::newRow("unknown role") << Damage([edit](QJsonObject &root) {
        edit(root, QStringLiteral("chinese"), QStringLiteral("paragraphs"),
             [](QJsonValueRef paragraph) {
                 QJsonObject object = paragraph.toObject();
                 object.insert(QStringLiteral("role"), QStringLiteral("footnote"));
                 paragraph = object;
             });
    });
    QTest::newRow("chapter past the paragraphs") << Damage([edit](QJsonObject &root) {
        edit(root, QStringLiteral("chinese"), QStringLiteral("chapters"),
             [](QJsonValueRef chapter) {
                 QJsonObject object = chapter.toObject();
                 object.insert(QStringLiteral("count"), 100000);
                 chapter = object;
             });
    });
    QTest::newRow("source index out of range") << Damage([](QJsonObject &root) {
        QJsonObject side = root.value(QStringLiteral("english")).toObject();
        side.insert(QStringLiteral("source"), 7);
        root.insert(QStringLiteral("english"), side);
    });
    auto editBeads = [](const std::function<void(QJsonArray &)> &change) {
        return Damage([change](QJsonObject &root) {
            QJsonArray beads = root.value(QStringLiteral("beads")).toArray();
            change(beads);
            root.insert(QStringLiteral("beads"), beads);
        });
    };
    auto editFirstBead = [editBeads](const QString &key, const QJsonValue &value) {
        return editBeads([key, value](QJsonArray &beads) {
            QJsonObject bead = beads.at(0).toObject();
            bead.insert(key, value);
            beads[0] = bead;
        });
    };
    QTest::newRow("a bead missing") << editBeads([](QJsonArray &beads) { beads.removeAt(3); });
    QTest::newRow("beads stop short") << editBeads([](QJsonArray &beads) { beads.removeLast(); });
    QTest::newRow("a bead twice") << editBeads(
        [](QJsonArray &beads) { beads.insert(2, beads.at(2)); });
    QTest::newRow("bead past the sentences") << editBeads([](QJsonArray &beads) {
        QJsonObject bead = beads.last().toObject();
        bead.insert(QStringLiteral("zh"), QJsonArray{bead.value(QStringLiteral("zh"))[0], 1000});
        beads[beads.size() - 1] = bead;
    });
    QTest::newRow("empty bead") << editBeads([](QJsonArray &beads) {
        beads.insert(1, QJsonObject{{QStringLiteral("zh"), QJsonArray{0, 0}},
                                    {QStringLiteral("en"), QJsonArray{0, 0}},
                                    {QStringLiteral("confidence"), 1},
                                    {QStringLiteral("status"), QStringLiteral("automatic")}});
    });
    QTest::newRow("confidence above one") << editFirstBead(QStringLiteral("confidence"), 1.5);
    QTest::newRow("confidence as text")
        << editFirstBead(QStringLiteral("confidence"), QStringLiteral("0.5"));
    QTest::newRow("unknown status")
        << editFirstBead(QStringLiteral("status"), QStringLiteral("approved"));
    QTest::newRow("fractional index") << editFirstBead(QStringLiteral("en"), QJsonArray{0, 0.5});
    QTest::newRow("view past the beads") << Damage([](QJsonObject &root) {
        QJsonObject view = root.value(QStringLiteral("view")).toObject();
        view.insert(QStringLiteral("bookmarks"), QJsonArray{1, 5000});
        root.insert(QStringLiteral("view"), view);
    });
    QTest::newRow("no view") << Damage(
        [](QJsonObject &root) { root.remove(QStringLiteral("view")); });
}

void TestProject::damagedFilesAreRefused()
{
    QFETCH(std::function<void(QJsonObject &)>, damage);
    QJsonObject json = m_json;
    damage(json);
    QVERIFY(json != m_json);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.duizhao"));
    const QByteArray bytes = QJsonDocument(json).toJson();
    QVERIFY(writeBytes(path, bytes));
    const Result<Project> loaded = ProjectFile::load(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::MalformedFile);
    QCOMPARE(loaded.error().context, path);
    QCOMPARE(loaded.error().detail, QStringLiteral("Duizhao project"));
    // Opening is read-only: the damaged file is exactly as it was.
    QCOMPARE(fileBytes(path), bytes);
    // The undamaged JSON, written the same way, loads.
    QVERIFY(ProjectFile::fromBytes(QJsonDocument(m_json).toJson()));
}

void TestProject::newerVersionIsRefused()
{
    QJsonObject json = m_json;
    json.insert(QStringLiteral("version"), ProjectFormatVersion + 1);
    // A newer version may lay everything out differently: that is not "damaged".
    json.insert(QStringLiteral("beads"), QStringLiteral("elsewhere"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.duizhao"));
    const QByteArray bytes = QJsonDocument(json).toJson();
    QVERIFY(writeBytes(path, bytes));
    const Result<Project> loaded = openDocument({path});
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::NewerVersion);
    QCOMPARE(loaded.error().version, qint64(ProjectFormatVersion + 1));
    QCOMPARE(loaded.error().position, qint64(-1));
    QCOMPARE(loaded.error().context, path);
    QCOMPARE(fileBytes(path), bytes);
}

void TestProject::notJsonIsRefused()
{
    const QByteArray bytes = ProjectFile::toBytes(m_project);
    for (const QByteArray &damaged :
         {bytes.left(bytes.size() / 2), bytes.left(40), QByteArray("{}"), QByteArray("[1,2]"),
          QByteArray("\xFF\xFE garbage")}) {
        const Result<Project> loaded = ProjectFile::fromBytes(damaged);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::MalformedFile);
    }
    // A truncated project still announces itself, so it is refused as a project rather than
    // shown as text.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.duizhao"));
    QVERIFY(writeBytes(path, bytes.left(bytes.size() / 2)));
    const Result<Project> opened = openDocument({path});
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::MalformedFile);
}

void TestProject::interruptedSaveKeepsThePreviousFile()
{
    const Project first = longProject(20000, QStringLiteral("A"));
    const Project second = longProject(20000, QStringLiteral("B"));
    const QByteArray firstBytes = ProjectFile::toBytes(first);
    const QByteArray secondBytes = ProjectFile::toBytes(second);
    QVERIFY(firstBytes.size() > 4'000'000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.duizhao"));
    QVERIFY(ProjectFile::save(first, path));
    // Kills at random moments until a few have caught a write half done (a leftover temporary
    // file shows it), or enough rounds have passed.
    int killedWhileWriting = 0;
    int round = 0;
    for (; round < 60 && killedWhileWriting < 3; ++round) {
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child saves over and over until it is killed: through ProjectFile::save, and
            // mostly through the write path it takes with the bytes ready, so that most kills
            // land in the middle of writing rather than of building the JSON.
            for (int i = 0;; ++i) {
                if (i % 8 == 7)
                    (void)ProjectFile::save(i % 16 == 7 ? first : second, path);
                else
                    (void)writeFileSafely(path, i % 2 ? firstBytes : secondBytes);
            }
        }
        ::usleep(QRandomGenerator::global()->bounded(20'000, 400'000));
        ::kill(child, SIGKILL);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        // Whenever the kill came, the file is one whole save or the other, never a mix.
        const QByteArray bytes = fileBytes(path);
        QVERIFY2(bytes == firstBytes || bytes == secondBytes,
                 qPrintable(QStringLiteral("round %1: %2 bytes").arg(round).arg(bytes.size())));
        QVERIFY(ProjectFile::load(path));
        // Leftover temporary files show the kill came mid-write.
        const QStringList files = testing::folderEntries(dir.path());
        killedWhileWriting += files.size() > 1 ? 1 : 0;
        for (const QString &name : files)
            if (name != QStringLiteral("book.duizhao"))
                QFile::remove(dir.filePath(name));
    }
    qInfo("killed during a write in %d of %d rounds", killedWhileWriting, round);
    QVERIFY(killedWhileWriting > 0);
}

void TestProject::openDocumentOpensAProjectAsSaved()
{
    QTemporaryDir dir;
    // Named like any file: a project is known by its content.
    const QString path = dir.filePath(QStringLiteral("saved.json"));
    QVERIFY(ProjectFile::save(m_project, path));
    QCOMPARE(detectFormat(fileBytes(path), path).value(), FileFormat::Project);
    const Result<Project> opened = openAndAlign({path});
    QVERIFY(opened);
    QVERIFY(opened->aligned);
    QCOMPARE(opened->beads.size(), m_project.beads.size());
    QCOMPARE(opened->beads.at(2).status, PairStatus::Edited);
    QCOMPARE(opened->view, m_project.view);
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
