#pragma once

// Writers for the test fixtures: EPUB, DOCX, ODT, HTML and subtitles built from text at test
// time, so no third-party document is stored in the repository.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace fixtures {

struct ZipEntry
{
    QString name;
    QByteArray bytes;
    bool compress = true;
};

/// A ZIP archive (libzip), entries in the order given.
QByteArray zip(const QList<ZipEntry> &entries);

QString escaped(const QString &text);

struct Chapter
{
    QString title;
    QStringList paragraphs;
};

/// An EPUB 3 book (with an NCX too when @p ncx), one XHTML document per chapter, each starting
/// with an <h1> title. The spine lists the chapters in order although the manifest does not.
/// @p title and @p author go into the package's Dublin Core metadata when given.
QByteArray epub(const QString &language, const QList<Chapter> &chapters, bool ncx = false,
                const QString &extraXhtmlBody = {}, const QString &title = {},
                const QString &author = {});

/// Chapter @p k (1 to 10) of a synthetic parallel book: sentences that translate each other,
/// with the numbers (years, counts) that tie them.
Chapter bookChapter(int k, bool chinese, int sentences = 6);

/// A DOCX whose paragraphs are given; those starting with "#" are Heading 1.
QByteArray docx(const QStringList &paragraphs,
                const QList<QPair<QString, QString>> &tableRows = {});

/// An ODT whose paragraphs are given; those starting with "#" are text:h.
QByteArray odt(const QStringList &paragraphs, const QList<QPair<QString, QString>> &tableRows = {});

/// An HTML page: the paragraphs inside <article>, with navigation, scripts and a footer around.
QString htmlPage(const QStringList &paragraphs, const QString &charset);

} // namespace fixtures
