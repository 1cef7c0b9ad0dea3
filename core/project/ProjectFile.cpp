#include "core/project/ProjectFile.h"

#include "core/io/SafeFile.h"
#include "core/io/TextDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace duizhao {

namespace {

// A project holds its texts and their structure: allow it more bytes than a text file.
constexpr qint64 MaxProjectBytes = 4 * DefaultMaxTextFileBytes;

const QList<Layout> allLayouts = {Layout::Blocks, Layout::Interleaved, Layout::TwoFiles,
                                  Layout::Presplit, Layout::OneSided};
const QList<ParagraphRole> allRoles = {ParagraphRole::Body, ParagraphRole::Title,
                                       ParagraphRole::Metadata, ParagraphRole::Extra,
                                       ParagraphRole::Heading};

const QList<Notice> allNotices = {Notice::ChineseMissing, Notice::EnglishMissing,
                                  Notice::ExtraTextKept, Notice::DecodingDoubtful};

QString statusName(PairStatus status)
{
    switch (status) {
    case PairStatus::Automatic:
        return QStringLiteral("automatic");
    case PairStatus::Confirmed:
        return QStringLiteral("confirmed");
    case PairStatus::Edited:
        return QStringLiteral("edited");
    }
    return {};
}
const QList<PairStatus> allStatuses = {PairStatus::Automatic, PairStatus::Confirmed,
                                       PairStatus::Edited};

/// The enum value whose name is @p name, if any.
template <class T, class Name>
std::optional<T> byName(const QList<T> &values, Name nameOf, const QString &name)
{
    for (T value : values)
        if (nameOf(value) == name)
            return value;
    return std::nullopt;
}

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

QJsonArray rangeJson(const TextRange &range)
{
    return {qint64(range.start), qint64(range.length)};
}

QJsonObject sideJson(const Side &side)
{
    QJsonArray paragraphs;
    for (const Paragraph &paragraph : side.paragraphs) {
        QJsonArray sentences;
        for (const Sentence &sentence : paragraph.sentences) {
            QJsonArray clauses;
            for (qsizetype end : sentence.clauseEnds)
                clauses.append(qint64(end));
            sentences.append(
                QJsonArray{qint64(sentence.range.start), qint64(sentence.range.length), clauses});
        }
        QJsonObject object{{QStringLiteral("range"), rangeJson(paragraph.range)},
                           {QStringLiteral("role"), paragraphRoleName(paragraph.role)},
                           {QStringLiteral("sentences"), sentences}};
        if (paragraph.cue != CueTime())
            object.insert(QStringLiteral("cue"),
                          QJsonArray{paragraph.cue.startMs, paragraph.cue.endMs});
        paragraphs.append(object);
    }
    QJsonArray chapters;
    for (const Chapter &chapter : side.chapters)
        chapters.append(QJsonObject{{QStringLiteral("title"), chapter.title},
                                    {QStringLiteral("first"), chapter.firstParagraph},
                                    {QStringLiteral("count"), chapter.paragraphCount}});
    return {{QStringLiteral("language"), languageCode(side.language)},
            {QStringLiteral("source"), side.sourceIndex},
            {QStringLiteral("paragraphs"), paragraphs},
            {QStringLiteral("chapters"), chapters}};
}

QJsonObject metadataJson(const Metadata &metadata)
{
    QJsonArray fields;
    for (const MetadataField &field : metadata.fields)
        fields.append(QJsonObject{{QStringLiteral("key"), field.key},
                                  {QStringLiteral("value"), field.value}});
    return {{QStringLiteral("title"), metadata.title},
            {QStringLiteral("englishTitle"), metadata.englishTitle},
            {QStringLiteral("published"), metadata.published},
            {QStringLiteral("publishedAt"), metadata.publishedAt.isValid()
                                                ? metadata.publishedAt.toString(Qt::ISODateWithMs)
                                                : QString()},
            {QStringLiteral("source"), metadata.source},
            {QStringLiteral("author"), metadata.author},
            {QStringLiteral("editor"), metadata.editor},
            {QStringLiteral("hasAuthorField"), metadata.hasAuthorField},
            {QStringLiteral("fields"), fields}};
}

QJsonObject viewJson(const ViewState &view)
{
    return {{QStringLiteral("bead"), view.bead},
            {QStringLiteral("fraction"), std::clamp(view.fraction, 0.0, 1.0)},
            {QStringLiteral("selectedBead"), view.selectedBead},
            {QStringLiteral("revealed"), intArray(view.revealed)},
            {QStringLiteral("bookmarks"), intArray(view.bookmarks)},
            {QStringLiteral("script"), view.script},
            {QStringLiteral("layout"), view.layout},
            {QStringLiteral("zoom"), view.zoom}};
}

/// Reads the JSON back, checking every value's type and range; the first problem makes the
/// whole file damaged (nothing is half-loaded).
class ProjectReader
{
public:
    bool failed = false;

    QJsonObject object(const QJsonValue &value)
    {
        check(value.isObject());
        return value.toObject();
    }
    QJsonArray array(const QJsonValue &value)
    {
        check(value.isArray());
        return value.toArray();
    }
    QString string(const QJsonValue &value)
    {
        check(value.isString());
        return value.toString();
    }
    bool boolean(const QJsonValue &value)
    {
        check(value.isBool());
        return value.toBool();
    }
    double number(const QJsonValue &value)
    {
        check(value.isDouble() && std::isfinite(value.toDouble()));
        return value.toDouble();
    }
    /// An integer within [low, high].
    qint64 integer(const QJsonValue &value, qint64 low, qint64 high)
    {
        const double n = number(value);
        const bool whole = n == std::floor(n) && n >= double(low) && n <= double(high);
        check(whole);
        return whole ? qint64(n) : low;
    }
    QList<int> integers(const QJsonValue &value, int low, int high)
    {
        QList<int> values;
        for (const QJsonValue &item : array(value))
            values.append(int(integer(item, low, high)));
        return values;
    }
    /// A range of @p text, within [within.start, within.end()].
    TextRange range(const QJsonValue &value, TextRange within)
    {
        const QJsonArray pair = array(value);
        check(pair.size() == 2);
        TextRange result;
        result.start = integer(pair.at(0), within.start, within.end());
        result.length = integer(pair.at(1), 0, within.end() - result.start);
        return result;
    }
    template <class T, class Name>
    T named(const QList<T> &values, Name nameOf, const QJsonValue &value)
    {
        const std::optional<T> found = byName(values, nameOf, string(value));
        check(found.has_value());
        return found.value_or(values.first());
    }
    void check(bool ok) { failed = failed || !ok; }

    Metadata metadata(const QJsonObject &object);
    Side side(const QJsonObject &object, Language language, const QList<SourceText> &sources);
    ViewState view(const QJsonObject &object, int beadCount);
};

Metadata ProjectReader::metadata(const QJsonObject &json)
{
    Metadata metadata;
    metadata.title = string(json.value(QStringLiteral("title")));
    metadata.englishTitle = string(json.value(QStringLiteral("englishTitle")));
    metadata.published = string(json.value(QStringLiteral("published")));
    const QString publishedAt = string(json.value(QStringLiteral("publishedAt")));
    if (!publishedAt.isEmpty()) {
        metadata.publishedAt = QDateTime::fromString(publishedAt, Qt::ISODateWithMs);
        check(metadata.publishedAt.isValid());
    }
    metadata.source = string(json.value(QStringLiteral("source")));
    metadata.author = string(json.value(QStringLiteral("author")));
    metadata.editor = string(json.value(QStringLiteral("editor")));
    metadata.hasAuthorField = boolean(json.value(QStringLiteral("hasAuthorField")));
    for (const QJsonValue &item : array(json.value(QStringLiteral("fields")))) {
        const QJsonObject field = object(item);
        metadata.fields.append({string(field.value(QStringLiteral("key"))),
                                string(field.value(QStringLiteral("value")))});
    }
    return metadata;
}

Side ProjectReader::side(const QJsonObject &json, Language language,
                         const QList<SourceText> &sources)
{
    Side side;
    // As the reader left it (a side it found nothing for may say Neutral).
    side.language = named(QList<Language>{language, Language::Neutral}, languageCode,
                          json.value(QStringLiteral("language")));
    side.sourceIndex = int(integer(json.value(QStringLiteral("source")), 0,
                                   std::max<qsizetype>(0, sources.size() - 1)));
    const qsizetype textSize =
        side.sourceIndex < sources.size() ? sources.at(side.sourceIndex).text.size() : 0;
    const QJsonArray paragraphs = array(json.value(QStringLiteral("paragraphs")));
    check(paragraphs.isEmpty() || !sources.isEmpty());
    for (const QJsonValue &item : paragraphs) {
        if (failed)
            break;
        const QJsonObject object = this->object(item);
        Paragraph paragraph;
        paragraph.range = range(object.value(QStringLiteral("range")), {0, textSize});
        paragraph.role = named(allRoles, paragraphRoleName, object.value(QStringLiteral("role")));
        qsizetype previousEnd = paragraph.range.start;
        for (const QJsonValue &sentenceItem : array(object.value(QStringLiteral("sentences")))) {
            const QJsonArray fields = array(sentenceItem);
            check(fields.size() == 3);
            Sentence sentence;
            sentence.range = range(QJsonArray{fields.at(0), fields.at(1)}, paragraph.range);
            // Sentences follow each other inside their paragraph.
            check(sentence.range.start >= previousEnd);
            previousEnd = sentence.range.end();
            for (const QJsonValue &end : array(fields.at(2)))
                sentence.clauseEnds.append(
                    integer(end, sentence.range.start, sentence.range.end()));
            paragraph.sentences.append(sentence);
        }
        if (object.contains(QStringLiteral("cue"))) {
            const QJsonArray cue = array(object.value(QStringLiteral("cue")));
            check(cue.size() == 2);
            paragraph.cue.startMs = integer(cue.at(0), -1, std::numeric_limits<qint32>::max());
            paragraph.cue.endMs = integer(cue.at(1), -1, std::numeric_limits<qint32>::max());
        }
        side.paragraphs.append(paragraph);
    }
    int nextParagraph = 0;
    for (const QJsonValue &item : array(json.value(QStringLiteral("chapters")))) {
        const QJsonObject object = this->object(item);
        Chapter chapter;
        chapter.title = string(object.value(QStringLiteral("title")));
        // Chapters are in order and do not overlap.
        chapter.firstParagraph = int(
            integer(object.value(QStringLiteral("first")), nextParagraph, side.paragraphs.size()));
        chapter.paragraphCount = int(integer(object.value(QStringLiteral("count")), 0,
                                             side.paragraphs.size() - chapter.firstParagraph));
        nextParagraph = chapter.firstParagraph + chapter.paragraphCount;
        side.chapters.append(chapter);
    }
    return side;
}

ViewState ProjectReader::view(const QJsonObject &json, int beadCount)
{
    const int lastBead = std::max(0, beadCount - 1);
    ViewState view;
    view.bead = int(integer(json.value(QStringLiteral("bead")), 0, lastBead));
    view.fraction = number(json.value(QStringLiteral("fraction")));
    check(view.fraction >= 0.0 && view.fraction <= 1.0);
    view.selectedBead = int(integer(json.value(QStringLiteral("selectedBead")), -1, lastBead));
    view.revealed = integers(json.value(QStringLiteral("revealed")), 0, lastBead);
    view.bookmarks = integers(json.value(QStringLiteral("bookmarks")), 0, lastBead);
    view.script = string(json.value(QStringLiteral("script")));
    view.layout = int(integer(json.value(QStringLiteral("layout")), -1, 16));
    view.zoom = int(integer(json.value(QStringLiteral("zoom")), -100, 100));
    return view;
}

Error damaged()
{
    return Error{ErrorCode::MalformedFile, {}, -1, QStringLiteral("Duizhao project")};
}

} // namespace

std::optional<int> misfittingBead(const Document &document, const QList<Bead> &beads)
{
    const qsizetype chineseCount = document.sentenceRefs(Language::Chinese).size();
    const qsizetype englishCount = document.sentenceRefs(Language::English).size();
    int chinese = 0;
    int english = 0;
    for (int b = 0; b < beads.size(); ++b) {
        const Bead &bead = beads.at(b);
        const bool fits = bead.chineseBegin == chinese && bead.englishBegin == english &&
                          bead.chineseCount >= 0 && bead.englishCount >= 0 &&
                          bead.chineseCount + bead.englishCount > 0 &&
                          chinese + bead.chineseCount <= chineseCount &&
                          english + bead.englishCount <= englishCount && bead.confidence >= 0.0 &&
                          bead.confidence <= 1.0;
        if (!fits)
            return b;
        chinese += bead.chineseCount;
        english += bead.englishCount;
    }
    if (chinese != chineseCount || english != englishCount)
        return int(beads.size());
    return std::nullopt;
}

QJsonObject ProjectFile::toJson(const Project &project)
{
    const Document &document = project.document;
    QJsonArray sources;
    for (const SourceText &source : document.sources)
        sources.append(QJsonObject{{QStringLiteral("path"), source.path},
                                   {QStringLiteral("encoding"), source.encoding},
                                   {QStringLiteral("byteOrderMark"), source.hadByteOrderMark},
                                   {QStringLiteral("format"), source.format},
                                   {QStringLiteral("text"), source.text}});
    QJsonArray notices;
    for (Notice notice : document.notices)
        notices.append(noticeName(notice));
    // Rounding may leave a posterior or a scroll fraction a hair outside [0, 1].
    QJsonArray beads;
    for (const Bead &bead : project.beads)
        beads.append(
            QJsonObject{{QStringLiteral("zh"), QJsonArray{bead.chineseBegin, bead.chineseCount}},
                        {QStringLiteral("en"), QJsonArray{bead.englishBegin, bead.englishCount}},
                        {QStringLiteral("confidence"), std::clamp(bead.confidence, 0.0, 1.0)},
                        {QStringLiteral("status"), statusName(bead.status)}});
    return {{QStringLiteral("format"), formatName()},
            {QStringLiteral("version"), ProjectFormatVersion},
            {QStringLiteral("application"), QStringLiteral("Duizhao " DUIZHAO_VERSION)},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("layout"), layoutName(document.layout)},
            {QStringLiteral("metadata"), metadataJson(document.metadata)},
            {QStringLiteral("notices"), notices},
            {QStringLiteral("chinese"), sideJson(document.chinese)},
            {QStringLiteral("english"), sideJson(document.english)},
            {QStringLiteral("beads"), beads},
            {QStringLiteral("view"), viewJson(project.view)}};
}

QByteArray ProjectFile::toBytes(const Project &project)
{
    // QJsonObject sorts its keys; the format and version go first by hand, so that a glance at
    // the file's start (looksLikeProject) tells what it is.
    QJsonObject body = toJson(project);
    body.remove(QStringLiteral("format"));
    body.remove(QStringLiteral("version"));
    const QByteArray rest = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "{\"format\":\"" + formatName().toLatin1() +
           "\",\"version\":" + QByteArray::number(ProjectFormatVersion) + ',' + rest.mid(1);
}

Result<Project> ProjectFile::fromBytes(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        Error error = damaged();
        error.position = parseError.error != QJsonParseError::NoError ? parseError.offset : -1;
        return error;
    }
    const QJsonObject root = json.object();
    if (root.value(QStringLiteral("format")).toString() != formatName())
        return damaged();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1 ||
        version.toDouble() != std::floor(version.toDouble()))
        return damaged();
    // Checked before anything else: a newer file may be laid out differently throughout.
    if (version.toDouble() > ProjectFormatVersion)
        return newerVersion(qint64(version.toDouble()));

    ProjectReader reader;
    Project project;
    project.aligned = true;
    Document &document = project.document;
    for (const QJsonValue &item : reader.array(root.value(QStringLiteral("sources")))) {
        const QJsonObject object = reader.object(item);
        document.sources.append(
            SourceText{reader.string(object.value(QStringLiteral("path"))),
                       reader.string(object.value(QStringLiteral("encoding"))),
                       reader.boolean(object.value(QStringLiteral("byteOrderMark"))),
                       reader.string(object.value(QStringLiteral("text"))),
                       reader.string(object.value(QStringLiteral("format")))});
    }
    document.layout = reader.named(allLayouts, layoutName, root.value(QStringLiteral("layout")));
    document.metadata = reader.metadata(reader.object(root.value(QStringLiteral("metadata"))));
    for (const QJsonValue &item : reader.array(root.value(QStringLiteral("notices"))))
        document.notices.append(reader.named(allNotices, noticeName, item));
    document.chinese = reader.side(reader.object(root.value(QStringLiteral("chinese"))),
                                   Language::Chinese, document.sources);
    document.english = reader.side(reader.object(root.value(QStringLiteral("english"))),
                                   Language::English, document.sources);
    for (const QJsonValue &item : reader.array(root.value(QStringLiteral("beads")))) {
        const QJsonObject object = reader.object(item);
        const QJsonArray chinese = reader.array(object.value(QStringLiteral("zh")));
        const QJsonArray english = reader.array(object.value(QStringLiteral("en")));
        reader.check(chinese.size() == 2 && english.size() == 2);
        if (reader.failed)
            break;
        Bead bead;
        constexpr qint64 most = std::numeric_limits<int>::max();
        bead.chineseBegin = int(reader.integer(chinese.at(0), 0, most));
        bead.chineseCount = int(reader.integer(chinese.at(1), 0, most));
        bead.englishBegin = int(reader.integer(english.at(0), 0, most));
        bead.englishCount = int(reader.integer(english.at(1), 0, most));
        bead.confidence = reader.number(object.value(QStringLiteral("confidence")));
        bead.status = reader.named(allStatuses, statusName, object.value(QStringLiteral("status")));
        project.beads.append(bead);
    }
    if (reader.failed)
        return damaged();
    if (const std::optional<int> bead = misfittingBead(document, project.beads)) {
        Error error = damaged();
        error.position = *bead;
        return error;
    }
    project.view =
        reader.view(reader.object(root.value(QStringLiteral("view"))), int(project.beads.size()));
    if (reader.failed)
        return damaged();
    return project;
}

Result<QStringList> ProjectFile::save(const Project &project, const QString &path)
{
    return writeFileSafely(path, toBytes(project));
}

Result<Project> ProjectFile::load(const QString &path)
{
    Result<QByteArray> bytes = readFileBytes(path, MaxProjectBytes);
    if (!bytes)
        return bytes.error();
    Result<Project> project = fromBytes(*bytes);
    if (!project) {
        Error error = project.error();
        error.context = path;
        return error;
    }
    project->filePath = path;
    return project;
}

bool ProjectFile::looksLikeProject(const QByteArray &head)
{
    const QByteArray start = head.left(512).trimmed();
    return start.startsWith('{') &&
           start.contains(QByteArray(QByteArray("\"format\":\"") + formatName().toLatin1() + '"'));
}

} // namespace duizhao
