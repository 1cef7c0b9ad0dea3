// A failed export never damages or removes the user's files: full disks, a Moses pair whose
// second file cannot be written, FIFOs and device nodes at the output path, and rows too long
// for one text layout. Each case is run through duizhao-cli's export, as a user would.

#include "app/cli/CliApp.h"
#include "core/export/AlignedPairs.h"
#include "core/export/MosesWriter.h"
#include "core/pdf/PdfRenderer.h"
#include "tests/io/ScratchFilesystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace duizhao;
using namespace duizhao::testing;

namespace {

QString samplePath()
{
    return QStringLiteral(DUIZHAO_SOURCE_DIR "/resources/samples/cpc-western-development.txt");
}

struct CliRun
{
    int status = -1;
    QString out;
    QString err;
};

CliRun runExport(const QString &output, const QStringList &options = {})
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.status = runCli(QStringList{QStringLiteral("duizhao-cli"), QStringLiteral("export"),
                                       samplePath(), QStringLiteral("-o"), output} +
                               options,
                           out, err);
    out.flush();
    err.flush();
    return result;
}

} // namespace

class TestExportSafety : public QObject
{
    Q_OBJECT

private slots:
    void pdfOnAFullDiskFailsAndKeepsTheOldFile();
    void everyFormatOnAFullDiskKeepsTheOldFile_data();
    void everyFormatOnAFullDiskKeepsTheOldFile();
    void failedMosesExportKeepsBothOldFiles();
    void fifoIsWrittenAsAStream();
    void characterDeviceIsWrittenNotReplaced();
    void fullDeviceFailsAndStaysADevice();
    void readOnlyFolderSaysSo();
    void veryLongUnpunctuatedRowKeepsEveryCharacter();
};

void TestExportSafety::pdfOnAFullDiskFailsAndKeepsTheOldFile()
{
    ScratchFilesystem disk(64 * 1024);
    if (!disk.isMounted())
        QSKIP("cannot mount a tmpfs here (needs root)");
    const QString path = disk.filePath(QStringLiteral("old.pdf"));
    const QByteArray old = QByteArray("%PDF-1.4 the user's old file\n").repeated(600);
    QVERIFY(writeBytes(path, old));

    const CliRun result = runExport(path);
    QVERIFY2(result.status == 1, qPrintable(result.out + result.err));
    QVERIFY2(result.err.contains(QStringLiteral("full")), qPrintable(result.err));
    QCOMPARE(fileBytes(path), old);
    QCOMPARE(folderEntries(disk.path()), QStringList{QStringLiteral("old.pdf")});
}

void TestExportSafety::everyFormatOnAFullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"old.tmx", "old.json", "old.html", "old.tsv"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestExportSafety::everyFormatOnAFullDiskKeepsTheOldFile()
{
    QFETCH(QString, name);
    ScratchFilesystem disk(8 * 1024);
    if (!disk.isMounted())
        QSKIP("cannot mount a tmpfs here (needs root)");
    const QString path = disk.filePath(name);
    const QByteArray old("the user's old file\n");
    QVERIFY(writeBytes(path, old));
    const CliRun result = runExport(path);
    QVERIFY2(result.status == 1, qPrintable(result.out + result.err));
    QVERIFY2(result.err.contains(QStringLiteral("full")), qPrintable(result.err));
    QCOMPARE(fileBytes(path), old);
    QCOMPARE(folderEntries(disk.path()), QStringList{name});
}

void TestExportSafety::failedMosesExportKeepsBothOldFiles()
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("m"));
    const QByteArray oldChinese("舊的中文\n");
    QVERIFY(writeBytes(base + QStringLiteral(".zh"), oldChinese));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("m.en")));

    const CliRun result = runExport(base, {QStringLiteral("--format"), QStringLiteral("moses")});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(QStringLiteral("folder")), qPrintable(result.err));
    QCOMPARE(fileBytes(base + QStringLiteral(".zh")), oldChinese);
    QVERIFY(QFileInfo(base + QStringLiteral(".en")).isDir());
    QCOMPARE(folderEntries(dir.path()),
             (QStringList{QStringLiteral("m.en"), QStringLiteral("m.zh")}));
}

void TestExportSafety::fifoIsWrittenAsAStream()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipe.tsv"));
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    // A reader is there before the export (the sample's TSV fits in a pipe's buffer).
    const int reader = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    const CliRun result = runExport(path);
    QByteArray received;
    char buffer[4096];
    for (ssize_t n; (n = ::read(reader, buffer, sizeof buffer)) > 0;)
        received.append(buffer, n);
    ::close(reader);
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QCOMPARE(fileType(path), mode_t(S_IFIFO));

    const QString regular = dir.filePath(QStringLiteral("regular.tsv"));
    QCOMPARE(runExport(regular).status, 0);
    QCOMPARE(received, fileBytes(regular));
}

void TestExportSafety::characterDeviceIsWrittenNotReplaced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("null.pdf"));
    if (!makeCharacterDevice(path, 3))
        QSKIP("cannot make a device node here (needs root)");
    const CliRun result = runExport(path);
    QVERIFY2(result.status == 0, qPrintable(result.err));
    QCOMPARE(fileType(path), mode_t(S_IFCHR));
    QCOMPARE(folderEntries(dir.path()), QStringList{QStringLiteral("null.pdf")});
}

void TestExportSafety::fullDeviceFailsAndStaysADevice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.tmx"));
    if (!makeCharacterDevice(path, 7))
        QSKIP("cannot make a device node here (needs root)");
    const CliRun result = runExport(path);
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(QStringLiteral("full")), qPrintable(result.err));
    QCOMPARE(fileType(path), mode_t(S_IFCHR));
    QCOMPARE(folderEntries(dir.path()), QStringList{QStringLiteral("full.tmx")});
}

void TestExportSafety::readOnlyFolderSaysSo()
{
    ScratchFilesystem disk(64 * 1024);
    if (!disk.isMounted())
        QSKIP("cannot mount a tmpfs here (needs root)");
    const QString path = disk.filePath(QStringLiteral("old.json"));
    const QByteArray old("{}\n");
    QVERIFY(writeBytes(path, old));
    QVERIFY(disk.makeReadOnly());
    const CliRun result = runExport(path);
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(QStringLiteral("read-only")), qPrintable(result.err));
    QCOMPARE(fileBytes(path), old);
}

void TestExportSafety::veryLongUnpunctuatedRowKeepsEveryCharacter()
{
#if defined(__SANITIZE_THREAD__)
    QSKIP("Lays out 2,000,000 characters on one thread: past the time limit under TSan, and the "
          "main and ASan runs cover it");
#endif
    if (!PdfFonts::forLanguageTag(QStringLiteral("zh-Hant")))
        QSKIP("AR PL UMing or DejaVu Serif is not installed (packaging/install-build-deps.sh)");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // 2,000,000 characters with no punctuation: one row, one text layout of over 20 million
    // device units, beyond what Qt's fixed-point text positions hold. The end is marked.
    const QString pattern =
        QStringLiteral("中共中央政治局召開會議審議進一步推動西部大開發形成新格局");
    const QString marker = QStringLiteral("終點標記");
    const qsizetype length = 2'000'000;
    QString chinese = pattern.repeated(length / pattern.size() + 1);
    chinese.truncate(length - marker.size());
    chinese += marker;
    AlignedPairs pairs;
    pairs.chineseLanguageTag = QStringLiteral("zh-Hant");
    AlignedPair pair;
    pair.number = 1;
    pair.chinese = chinese;
    pair.english = QStringLiteral("A paragraph with no end.");
    pairs.pairs = {pair};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    const Result<int> pages = PdfRenderer::writePdf(pairs, {}, path);
    QVERIFY(pages);
    // Each page holds at most a few thousand characters of this size.
    QVERIFY2(*pages > 300, qPrintable(QString::number(*pages)));

    QProcess process;
    process.start(pdftotext,
                  {QStringLiteral("-f"), QString::number(*pages), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(120000));
    const QString lastPage = QString::fromUtf8(process.readAllStandardOutput()).remove(u'\n');
    QVERIFY2(lastPage.contains(marker), qPrintable(lastPage.right(200)));
}

QTEST_MAIN(TestExportSafety)
#include "tst_exportsafety.moc"
