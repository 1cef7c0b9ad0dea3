// core/io/SafeFile: the one way user files are written. Old files survive every failure.

#include "core/io/SafeFile.h"
#include "tests/io/ScratchFilesystem.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace duizhao;
using namespace duizhao::testing;

class TestSafeFile : public QObject
{
    Q_OBJECT

private slots:
    void resultOfNothingIsSuccessOrAnError();
    void replacesAndKeepsPermissions();
    void writesThroughASymbolicLink();
    void reasons_data();
    void reasons();
    void setOnAFullDiskLeavesEveryOldFile();
    void setWithAFolderInTheWayChangesNothing();
    void fifoWithoutReaderIsRefusedInTime();
};

void TestSafeFile::replacesAndKeepsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.txt"));
    QVERIFY(writeBytes(path, "old"));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    const Result<QStringList> written = writeFileSafely(path, "new");
    QVERIFY(written);
    QCOMPARE(*written, QStringList{path});
    QCOMPARE(fileBytes(path), QByteArray("new"));
    struct stat info = {};
    QVERIFY(::stat(QFile::encodeName(path).constData(), &info) == 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0640));
    QCOMPARE(folderEntries(dir.path()), QStringList{QStringLiteral("out.txt")});
}

void TestSafeFile::writesThroughASymbolicLink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.txt"));
    const QString link = dir.filePath(QStringLiteral("link.txt"));
    QVERIFY(writeBytes(target, "old"));
    QVERIFY(QFile::link(target, link));
    QVERIFY(writeFileSafely(link, "new"));
    QCOMPARE(fileType(link), mode_t(S_IFLNK));
    QCOMPARE(fileBytes(target), QByteArray("new"));
}

void TestSafeFile::reasons_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<WriteFailure>("failure");
    QTest::newRow("missing folder") << "missing/out.txt" << WriteFailure::NoSuchFolder;
    QTest::newRow("under a file") << "file/out.txt" << WriteFailure::NoSuchFolder;
    QTest::newRow("a folder") << "folder" << WriteFailure::IsAFolder;
    QTest::newRow("long name") << QString(300, u'n') << WriteFailure::NameTooLong;
}

void TestSafeFile::reasons()
{
    QFETCH(QString, name);
    QFETCH(WriteFailure, failure);
    QTemporaryDir dir;
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("file")), "x"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const Result<QStringList> written = writeFileSafely(dir.filePath(name), "bytes");
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::WriteFailed);
    QCOMPARE(written.error().writeFailure, failure);
    QCOMPARE(written.error().context, dir.filePath(name));
}

void TestSafeFile::setOnAFullDiskLeavesEveryOldFile()
{
    ScratchFilesystem disk(64 * 1024);
    if (!disk.isMounted())
        QSKIP("cannot mount a tmpfs here (needs root)");
    const QString first = disk.filePath(QStringLiteral("c.zh"));
    const QString second = disk.filePath(QStringLiteral("c.en"));
    QVERIFY(writeBytes(first, "old zh"));
    QVERIFY(writeBytes(second, "old en"));
    // The first fits, the second does not.
    FileSetWriter writer;
    writer.add(first, QByteArray(16 * 1024, 'z'));
    writer.add(second, QByteArray(200 * 1024, 'e'));
    const Result<QStringList> written = writer.commit();
    QVERIFY(!written);
    QCOMPARE(written.error().writeFailure, WriteFailure::DiskFull);
    QCOMPARE(written.error().context, second);
    QCOMPARE(fileBytes(first), QByteArray("old zh"));
    QCOMPARE(fileBytes(second), QByteArray("old en"));
    QCOMPARE(folderEntries(disk.path()),
             (QStringList{QStringLiteral("c.en"), QStringLiteral("c.zh")}));
}

void TestSafeFile::setWithAFolderInTheWayChangesNothing()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("c.zh"));
    QVERIFY(writeBytes(first, "old zh"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("c.en")));
    FileSetWriter writer;
    writer.add(first, "new zh");
    writer.add(dir.filePath(QStringLiteral("c.en")), "new en");
    const Result<QStringList> written = writer.commit();
    QVERIFY(!written);
    QCOMPARE(written.error().writeFailure, WriteFailure::IsAFolder);
    QCOMPARE(fileBytes(first), QByteArray("old zh"));

    FileSetWriter good;
    good.add(first, "new zh");
    good.add(dir.filePath(QStringLiteral("c2.en")), "new en");
    QVERIFY(good.commit());
    QCOMPARE(fileBytes(first), QByteArray("new zh"));
    QCOMPARE(folderEntries(dir.path()), (QStringList{QStringLiteral("c.en"), QStringLiteral("c.zh"),
                                                     QStringLiteral("c2.en")}));
}

void TestSafeFile::fifoWithoutReaderIsRefusedInTime()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipe"));
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    QElapsedTimer timer;
    timer.start();
    const Result<QStringList> written = writeFileSafely(path, "bytes");
    QVERIFY(!written);
    QCOMPARE(written.error().writeFailure, WriteFailure::UnsupportedFile);
    QVERIFY(timer.elapsed() < 30000);
    QCOMPARE(fileType(path), mode_t(S_IFIFO));
}

void TestSafeFile::resultOfNothingIsSuccessOrAnError()
{
    // Result<void>, for operations with nothing to return: true on success, like Result<T>.
    const Result<void> done;
    QVERIFY(done);
    QVERIFY(done.hasValue());
    const Result<void> failed = Error{ErrorCode::WriteFailed, QStringLiteral("out.txt")};
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::WriteFailed);
    QCOMPARE(failed.error().context, QStringLiteral("out.txt"));
    // And the errors the safe writer's steps return still come through.
    const Result<QStringList> folder = writeFileSafely(QDir::tempPath(), "x");
    QVERIFY(!folder);
    QCOMPARE(folder.error().writeFailure, WriteFailure::IsAFolder);
}

QTEST_GUILESS_MAIN(TestSafeFile)
#include "tst_safefile.moc"
