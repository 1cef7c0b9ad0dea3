#include "core/import/EpubImporter.h"

#include "core/import/HtmlImporter.h"
#include "core/import/XmlReading.h"
#include "core/import/ZipArchive.h"

#include <QDir>
#include <QHash>
#include <QUrl>

namespace duizhao {

namespace {

const QString Format = QStringLiteral("EPUB");

struct ManifestItem
{
    QString path; ///< Inside the archive.
    QString mediaType;
    QString properties;
};

struct Package
{
    QHash<QString, ManifestItem> manifest; ///< By id.
    QStringList spine;                     ///< Archive paths in reading order.
    QString navPath;
    QString ncxPath;
    QString title;  ///< The first dc:title.
    QString author; ///< The first dc:creator.
};

Error malformed()
{
    return Error{ErrorCode::MalformedFile, {}, -1, Format};
}

/// An href relative to the document at @p base, as an archive path without its fragment.
QString resolve(const QString &base, QStringView href)
{
    QString target = QUrl::fromPercentEncoding(href.toUtf8());
    const qsizetype hash = target.indexOf(u'#');
    if (hash >= 0)
        target.truncate(hash);
    const qsizetype slash = base.lastIndexOf(u'/');
    const QString directory = slash >= 0 ? base.left(slash + 1) : QString();
    return QDir::cleanPath(directory + target);
}

/// DRM-protected books encrypt their content; only fonts may be obfuscated in a readable book.
std::optional<Error> checkProtection(ZipArchive &zip)
{
    if (zip.contains(QStringLiteral("META-INF/rights.xml")))
        return Error{ErrorCode::DrmProtected, {}, -1, Format};
    if (!zip.contains(QStringLiteral("META-INF/encryption.xml")))
        return std::nullopt;
    Result<QByteArray> bytes = zip.read(QStringLiteral("META-INF/encryption.xml"));
    if (!bytes)
        return bytes.error();
    SafeXmlReader reader(*bytes);
    while (reader.next()) {
        if (!reader.isStartElement() || reader.name() != u"EncryptionMethod")
            continue;
        const QStringView algorithm = reader.attributes().value(QStringLiteral("Algorithm"));
        if (algorithm != u"http://www.idpf.org/2008/embedding" &&
            algorithm != u"http://ns.adobe.com/pdf/enc#RC")
            return Error{ErrorCode::DrmProtected, {}, -1, Format};
    }
    return reader.failure(Format);
}

Result<QString> packagePath(ZipArchive &zip)
{
    Result<QByteArray> bytes = zip.read(QStringLiteral("META-INF/container.xml"));
    if (!bytes)
        return bytes.error();
    SafeXmlReader reader(*bytes);
    while (reader.next()) {
        if (reader.isStartElement() && reader.name() == u"rootfile") {
            const QString path = reader.attributes().value(QStringLiteral("full-path")).toString();
            if (!path.isEmpty())
                return QDir::cleanPath(path);
        }
    }
    if (auto error = reader.failure(Format))
        return *error;
    return malformed();
}

Result<Package> readPackage(ZipArchive &zip, const QString &path)
{
    Result<QByteArray> bytes = zip.read(path);
    if (!bytes)
        return bytes.error();
    Package package;
    QStringList spineIds;
    QString tocId;
    SafeXmlReader reader(*bytes);
    QString *collecting = nullptr; // The Dublin Core field being read.
    while (reader.next()) {
        if (collecting) {
            if (reader.isCharacters())
                collecting->append(reader.text());
            else if (reader.isEndElement())
                collecting = nullptr;
            continue;
        }
        if (!reader.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (reader.namespaceUri() == u"http://purl.org/dc/elements/1.1/") {
            if (reader.name() == u"title" && package.title.isEmpty())
                collecting = &package.title;
            else if (reader.name() == u"creator" && package.author.isEmpty())
                collecting = &package.author;
        } else if (reader.name() == u"item") {
            const QString id = attributes.value(QStringLiteral("id")).toString();
            const ManifestItem item{resolve(path, attributes.value(QStringLiteral("href"))),
                                    attributes.value(QStringLiteral("media-type")).toString(),
                                    attributes.value(QStringLiteral("properties")).toString()};
            package.manifest.insert(id, item);
            if (item.properties.split(u' ').contains(QStringLiteral("nav")))
                package.navPath = item.path;
        } else if (reader.name() == u"spine") {
            tocId = attributes.value(QStringLiteral("toc")).toString();
        } else if (reader.name() == u"itemref") {
            if (attributes.value(QStringLiteral("linear")) != u"no")
                spineIds.append(attributes.value(QStringLiteral("idref")).toString());
        }
    }
    if (auto error = reader.failure(Format))
        return *error;
    for (const QString &id : spineIds) {
        const auto it = package.manifest.constFind(id);
        if (it == package.manifest.constEnd())
            continue;
        if (it->mediaType.contains(QStringLiteral("html")) && !package.spine.contains(it->path))
            package.spine.append(it->path);
    }
    if (!tocId.isEmpty() && package.manifest.contains(tocId))
        package.ncxPath = package.manifest.value(tocId).path;
    if (package.spine.isEmpty())
        return malformed();
    return package;
}

/// Chapter titles by document, from the EPUB 3 navigation document's table of contents.
QHash<QString, QString> navTitles(ZipArchive &zip, const QString &path)
{
    QHash<QString, QString> titles;
    Result<QByteArray> bytes = zip.read(path);
    if (!bytes)
        return titles;
    SafeXmlReader reader(*bytes);
    int tocDepth = 0;
    QString href;
    QString label;
    bool inLink = false;
    while (reader.next()) {
        if (reader.isStartElement()) {
            if (reader.name() == u"nav") {
                const HtmlElement element = htmlElement(reader);
                if (tocDepth > 0 || element.epubType.contains(QStringLiteral("toc")))
                    ++tocDepth;
            } else if (tocDepth > 0 && reader.name() == u"a") {
                inLink = true;
                href = resolve(path, reader.attributes().value(QStringLiteral("href")));
                label.clear();
            }
        } else if (reader.isEndElement()) {
            if (reader.name() == u"nav" && tocDepth > 0) {
                --tocDepth;
            } else if (reader.name() == u"a" && inLink) {
                inLink = false;
                if (!titles.contains(href))
                    titles.insert(href, collapseWhiteSpace(label).trimmed());
            }
        } else if (inLink && reader.isCharacters()) {
            label += reader.text();
        }
    }
    return titles;
}

/// The same from an EPUB 2 NCX: each navPoint's label and content source.
QHash<QString, QString> ncxTitles(ZipArchive &zip, const QString &path)
{
    QHash<QString, QString> titles;
    Result<QByteArray> bytes = zip.read(path);
    if (!bytes)
        return titles;
    SafeXmlReader reader(*bytes);
    QStringList labels; // One per open navPoint.
    bool inText = false;
    while (reader.next()) {
        if (reader.isStartElement()) {
            if (reader.name() == u"navPoint")
                labels.append(QString());
            else if (reader.name() == u"text" && !labels.isEmpty())
                inText = true;
            else if (reader.name() == u"content" && !labels.isEmpty()) {
                const QString src = resolve(path, reader.attributes().value(QStringLiteral("src")));
                if (!titles.contains(src))
                    titles.insert(src, collapseWhiteSpace(labels.last()).trimmed());
            }
        } else if (reader.isEndElement()) {
            if (reader.name() == u"navPoint" && !labels.isEmpty())
                labels.removeLast();
            else if (reader.name() == u"text")
                inText = false;
        } else if (inText && reader.isCharacters() && !labels.isEmpty()) {
            labels.last() += reader.text();
        }
    }
    return titles;
}

} // namespace

Result<ImportedText> EpubImporter::read(const QByteArray &bytes) const
{
    Result<std::shared_ptr<ZipArchive>> opened = ZipArchive::open(bytes, Format);
    if (!opened)
        return opened.error();
    ZipArchive &zip = **opened;
    if (auto error = checkProtection(zip))
        return *error;
    Result<QString> opf = packagePath(zip);
    if (!opf)
        return opf.error();
    Result<Package> package = readPackage(zip, *opf);
    if (!package)
        return package.error();
    QHash<QString, QString> titles;
    if (!package->navPath.isEmpty())
        titles = navTitles(zip, package->navPath);
    if (titles.isEmpty() && !package->ncxPath.isEmpty())
        titles = ncxTitles(zip, package->ncxPath);

    TextBuilder builder;
    for (const QString &path : std::as_const(package->spine)) {
        if (!zip.contains(path))
            continue; // A broken reference: read the rest of the book.
        Result<QByteArray> content = zip.read(path);
        if (!content)
            return content.error();
        builder.startChapter(titles.value(path));
        TextBuilder chapter;
        HtmlBlocks xhtml(chapter, {});
        std::optional<Error> error = readXhtml(*content, xhtml);
        QString heading = xhtml.firstHeading();
        if (error && error->code == ErrorCode::MalformedFile) {
            // Not well-formed XML: read it as a browser would, as HTML.
            chapter = TextBuilder();
            HtmlBlocks html(chapter, {});
            error = readHtml(*content, html);
            heading = html.firstHeading();
        }
        if (error)
            return *error;
        builder.append(chapter.take(Format, {}));
        builder.titleChapter(heading);
    }
    ImportedText book = builder.take(Format, QStringLiteral("UTF-8"));
    book.title = collapseWhiteSpace(package->title).trimmed();
    book.author = collapseWhiteSpace(package->author).trimmed();
    // A book that names itself starts with its first chapter, not with a title line.
    book.mayHaveTitle = book.title.isEmpty();
    return book;
}

} // namespace duizhao
