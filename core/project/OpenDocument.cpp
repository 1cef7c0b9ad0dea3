#include "core/project/OpenDocument.h"

#include "core/import/AlignedFormats.h"
#include "core/import/Importer.h"
#include "core/io/TextDecoder.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace duizhao {

namespace {

Error withPath(Error error, const QString &path)
{
    if (error.context.isEmpty())
        error.context = path;
    return error;
}

Result<Project> projectOf(const ImportedPairs &pairs, const QString &chinesePath,
                          const QString &englishPath)
{
    Result<AlignedDocument> aligned = alignedDocument(pairs, chinesePath, englishPath);
    if (!aligned)
        return withPath(aligned.error(), chinesePath);
    Project project;
    project.document = std::move(aligned->document);
    project.beads = std::move(aligned->beads);
    project.aligned = true;
    return project;
}

bool isMosesSuffix(const QString &path, const QString &suffix)
{
    return QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0;
}

/// The Chinese and English files of a Moses pair among @p paths, if they make one.
std::optional<std::pair<QString, QString>> mosesFiles(const QStringList &paths)
{
    const QString zh = QStringLiteral("zh");
    const QString en = QStringLiteral("en");
    if (paths.size() == 2) {
        if (isMosesSuffix(paths.at(0), zh) && isMosesSuffix(paths.at(1), en))
            return std::pair{paths.at(0), paths.at(1)};
        if (isMosesSuffix(paths.at(0), en) && isMosesSuffix(paths.at(1), zh))
            return std::pair{paths.at(1), paths.at(0)};
        return std::nullopt;
    }
    const QString other = mosesCounterpart(paths.constFirst());
    if (other.isEmpty())
        return std::nullopt;
    if (isMosesSuffix(paths.constFirst(), zh))
        return std::pair{paths.constFirst(), other};
    return std::pair{other, paths.constFirst()};
}

/// The first bytes of a file, for telling its format without reading it all.
QByteArray fileHead(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(4096);
}

/// An aligned file's project; nullopt when @p path is not an aligned format.
std::optional<Result<Project>> openAlignedFile(const QString &path, const ReadOptions &options)
{
    const QByteArray head = fileHead(path);
    // ZIP containers (EPUB, DOCX) are never aligned formats: leave them to their importers.
    if (head.startsWith("PK\x03\x04"))
        return std::nullopt;
    const Result<FileFormat> format = detectFormat(head, path);
    if (!format || !isAlignedFormat(*format) || *format == FileFormat::Moses)
        return std::nullopt;
    if (*format == FileFormat::Project)
        return ProjectFile::load(path);
    const Result<QByteArray> bytes =
        readFileBytes(path, options.maxFileBytes * ContainerSizeFactor);
    if (!bytes)
        return Result<Project>(bytes.error());
    Result<ImportedPairs> pairs = *format == FileFormat::Tmx        ? readTmx(*bytes)
                                  : *format == FileFormat::PairsTsv ? readTsvPairs(*bytes)
                                                                    : readJsonPairs(*bytes);
    if (!pairs)
        return Result<Project>(withPath(pairs.error(), path));
    return projectOf(*pairs, path, path);
}

} // namespace

QString mosesCounterpart(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != u"zh" && suffix != u"en")
        return {};
    const QString other = info.path() + u'/' + info.completeBaseName() + u'.' +
                          (suffix == u"zh" ? QStringLiteral("en") : QStringLiteral("zh"));
    return QFileInfo::exists(other) ? other : QString();
}

Result<Project> openDocument(const QStringList &paths, const ReadOptions &options)
{
    if (paths.isEmpty() || paths.size() > 2)
        return Error{ErrorCode::InvalidArgument, {}};
    QStringList textPaths = paths;
    if (!options.presplit) {
        if (const auto moses = mosesFiles(paths)) {
            const auto &[chinesePath, englishPath] = *moses;
            Result<QByteArray> chinese = readFileBytes(chinesePath, options.maxFileBytes);
            if (!chinese)
                return chinese.error();
            Result<QByteArray> english = readFileBytes(englishPath, options.maxFileBytes);
            if (!english)
                return english.error();
            Result<ImportedPairs> pairs = readMosesPairs(*chinese, *english);
            if (pairs)
                return projectOf(*pairs, chinesePath, englishPath);
            // Lines that do not pair up: two texts in their own right, to align.
            if (pairs.error().code != ErrorCode::MalformedFile)
                return withPath(pairs.error(), chinesePath);
            textPaths = {chinesePath, englishPath};
        } else if (paths.size() == 1) {
            if (std::optional<Result<Project>> aligned =
                    openAlignedFile(paths.constFirst(), options))
                return std::move(*aligned);
        }
    }
    Result<Document> document = readDocument(textPaths, options);
    if (!document)
        return document.error();
    Project project;
    project.document = std::move(document).value();
    return project;
}

Result<Project> openAndAlign(const QStringList &paths, const ReadOptions &options,
                             const AlignerModel &model,
                             const std::function<void(double)> &reportProgress)
{
    Result<Project> project = openDocument(paths, options);
    if (!project || project->aligned)
        return project;
    Result<QList<Bead>> beads =
        alignDocument(project->document, model, options.isCancelled, reportProgress);
    if (!beads)
        return beads.error();
    project->beads = std::move(beads).value();
    return project;
}

} // namespace duizhao
