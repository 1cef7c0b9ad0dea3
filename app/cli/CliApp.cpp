#include "app/cli/CliApp.h"

#include "app/cli/ReadingCommands.h"
#include "app/common/ErrorText.h"
#include "core/align/Aligner.h"
#include "core/align/Lexicon.h"
#include "core/export/ExportFormats.h"
#include "core/parse/DocumentReader.h"
#include "core/pdf/PdfRenderer.h"
#include "core/pdfimport/PdfImporter.h"
#include "core/project/OpenDocument.h"
#include "core/project/ProjectFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace duizhao {

namespace {

enum ExitStatus
{
    Success = 0,
    Failure = 1,
    UsageError = 2,
};

const QString exportOptionsText = QStringLiteral(
    "  -o, --output OUT  the file to write (moses: OUT.zh and OUT.en)\n"
    "  --format F        pdf, tmx, tsv (Chinese, English, confidence), anki (front/back TSV),\n"
    "                    moses, json or html (default: from OUT's extension)\n"
    "  --script S        Chinese script: original, simplified, traditional, traditional-tw or\n"
    "                    traditional-hk (default original)\n"
    "  --omit-unmatched  leave out sentences with no counterpart\n"
    "  --layout L        pdf: side-by-side or interleaved (default side-by-side)\n"
    "  --page-size P     pdf: a4 or letter (default a4)\n"
    "  --orientation O   pdf: portrait or landscape (default portrait)\n"
    "  --margin MM       pdf: page margins in millimetres (default 18)\n"
    "  --font-size PT    pdf: body text size in points (default 10.5)\n"
    "  --no-pair-numbers       pdf: no pair numbers in the margin\n"
    "  --no-confidence-marks   pdf: no marks on low-confidence pairs\n"
    "  --low-confidence X      pdf, html: what counts as low confidence (default 0.6)\n");

const QString usageText =
    QStringLiteral(
        "Usage: duizhao-cli COMMAND [options] FILE [FILE2]\n"
        "\n"
        "Reads a Chinese-English parallel text: one file holding both languages (in blocks or\n"
        "interleaved paragraphs) or two files, one per language. A Duizhao project (.duizhao)\n"
        "or an aligned file (TMX, TSV pairs, a Moses .zh/.en pair, Duizhao's JSON export) is\n"
        "used with its pairs as they are, without aligning again.\n"
        "\n"
        "Commands:\n"
        "  info        encoding, layout, languages, metadata and counts per side\n"
        "  sentences   one sentence per line, in reading order\n"
        "  align       which Chinese sentences each English sentence translates;\n"
        "              with -o OUT.duizhao, saves the aligned document as a project\n"
        "  export      write the aligned pairs to a file: duizhao-cli export FILE [FILE2] -o OUT\n"
        "  lookup      dictionary entries of a Chinese or English word: duizhao-cli lookup WORD\n"
        "  convert     Chinese script conversion: duizhao-cli convert [--config NAME] [FILE]\n"
        "  concordance every pair containing a query: duizhao-cli concordance FILE [FILE2] QUERY\n"
        "  (duizhao-cli COMMAND --help shows one command's options)\n"
        "\n"
        "Options:\n"
        "  --json            machine-readable output (keys in English, values as found)\n"
        "  --side zh|en      sentences: only this side (default: Chinese, then English)\n"
        "  --presplit        inputs hold one sentence per line; use them as they are\n"
        "  --format F        align: tsv (Chinese, English, confidence), links ([0,1]:[2] with\n"
        "                    0-based sentence numbers, Chinese first) or json (default tsv)\n"
        "  --param NAME=VALUE  align: set a scoring model parameter (for tuning)\n"
        "\n"
        "Export options:\n") +
    exportOptionsText +
    QStringLiteral("  -h, --help        show this help\n"
                   "  -v, --version     show the version\n");

/// `duizhao-cli COMMAND --help`: what the command does and the options it takes.
QString commandHelp(const QString &command)
{
    static const QHash<QString, QString> texts = {
        {QStringLiteral("info"),
         QStringLiteral("Usage: duizhao-cli info [--json] [--presplit] FILE [FILE2]\n"
                        "\n"
                        "Prints the encoding, layout, languages, metadata and sentence counts.\n"
                        "\n"
                        "  --json            machine-readable output\n"
                        "  --presplit        inputs hold one sentence per line\n")},
        {QStringLiteral("sentences"),
         QStringLiteral("Usage: duizhao-cli sentences [--side zh|en] [--json] [--presplit] FILE "
                        "[FILE2]\n"
                        "\n"
                        "Prints one sentence per line, in reading order.\n"
                        "\n"
                        "  --side zh|en      only this side (default: Chinese, then English)\n"
                        "  --json            machine-readable output\n"
                        "  --presplit        inputs hold one sentence per line\n")},
        {QStringLiteral("align"),
         QStringLiteral(
             "Usage: duizhao-cli align [--format tsv|links|json] [--presplit] [-o OUT.duizhao] "
             "FILE [FILE2]\n"
             "\n"
             "Prints which Chinese sentences each English sentence translates. A project or\n"
             "an aligned file (TMX, TSV, Moses, JSON export) prints its pairs as they are.\n"
             "\n"
             "  -o, --output OUT  save the aligned document as a Duizhao project (open it\n"
             "                    in the reader, correct it, or give it to any command)\n"
             "  --format F        tsv (Chinese, English, confidence), links ([0,1]:[2]\n"
             "                    with 0-based sentence numbers, Chinese first) or json\n"
             "                    (default tsv)\n"
             "  --json            the same as --format json\n"
             "  --presplit        inputs hold one sentence per line\n"
             "  --param NAME=VALUE  set a scoring model parameter (for tuning)\n")},
        {QStringLiteral("export"),
         QStringLiteral("Usage: duizhao-cli export FILE [FILE2] -o OUT [options]\n"
                        "\n"
                        "Writes the aligned pairs to OUT.\n"
                        "\n") +
             exportOptionsText +
             QStringLiteral("  --presplit        inputs hold one sentence per line\n")},
    };
    return texts.value(command, usageText);
}

/// A finite number from an option's text: "nan", "inf" and "1e999" are not numbers here.
std::optional<double> finiteNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString oneLine(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    text.replace(u'\r', u' ').replace(u'\n', u' ');
    return text;
}

QJsonObject metadataJson(const Metadata &metadata)
{
    QJsonArray fields;
    for (const MetadataField &field : metadata.fields)
        fields.append(QJsonObject{{QStringLiteral("key"), field.key},
                                  {QStringLiteral("value"), field.value}});
    QJsonObject object{{QStringLiteral("title"), metadata.title},
                       {QStringLiteral("englishTitle"), metadata.englishTitle},
                       {QStringLiteral("published"), metadata.published},
                       {QStringLiteral("source"), metadata.source},
                       {QStringLiteral("author"), metadata.author},
                       {QStringLiteral("editor"), metadata.editor},
                       {QStringLiteral("fields"), fields}};
    if (metadata.publishedAt.isValid())
        object.insert(QStringLiteral("publishedIso"), metadata.publishedAt.toString(Qt::ISODate));
    return object;
}

QList<Language> presentLanguages(const Document &document)
{
    QList<Language> languages;
    for (Language language : {Language::Chinese, Language::English}) {
        if (!document.side(language).isEmpty())
            languages.append(language);
    }
    return languages;
}

/// How many beads the user confirmed or edited.
int vouchedCount(const QList<Bead> &beads)
{
    int count = 0;
    for (const Bead &bead : beads)
        count += bead.status != PairStatus::Automatic ? 1 : 0;
    return count;
}

int info(const Project &project, bool json, QTextStream &out)
{
    const Document &document = project.document;
    if (json) {
        QJsonArray files;
        for (const SourceText &source : document.sources)
            files.append(
                QJsonObject{{QStringLiteral("path"), source.path},
                            {QStringLiteral("format"),
                             source.format.isEmpty() ? QStringLiteral("text") : source.format},
                            {QStringLiteral("encoding"), source.encoding},
                            {QStringLiteral("byteOrderMark"), source.hadByteOrderMark}});
        QJsonArray languages;
        QJsonObject sides;
        for (Language language : presentLanguages(document)) {
            languages.append(languageCode(language));
            const Side &side = document.side(language);
            sides.insert(
                languageCode(language),
                QJsonObject{{QStringLiteral("paragraphs"), side.paragraphs.size()},
                            {QStringLiteral("sentences"), document.sentenceRefs(language).size()},
                            {QStringLiteral("chapters"), side.chapters.size()}});
        }
        QJsonArray notices;
        for (Notice notice : document.notices)
            notices.append(noticeName(notice));
        QJsonObject root{{QStringLiteral("files"), files},
                         {QStringLiteral("layout"), layoutName(document.layout)},
                         {QStringLiteral("languages"), languages},
                         {QStringLiteral("metadata"), metadataJson(document.metadata)},
                         {QStringLiteral("sides"), sides},
                         {QStringLiteral("notices"), notices}};
        if (project.aligned)
            root.insert(
                QStringLiteral("pairs"),
                QJsonObject{{QStringLiteral("beads"), project.beads.size()},
                            {QStringLiteral("confirmedOrEdited"), vouchedCount(project.beads)}});
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Success;
    }

    for (const SourceText &source : document.sources)
        out << "File:          " << source.path << " ("
            << (source.format.isEmpty() ? QString() : source.format + QStringLiteral(", "))
            << source.encoding << (source.hadByteOrderMark ? ", with BOM" : "") << ")\n";
    out << "Layout:        " << layoutName(document.layout) << '\n';
    QStringList codes;
    for (Language language : presentLanguages(document))
        codes.append(languageCode(language));
    out << "Languages:     " << codes.join(QStringLiteral(", ")) << '\n';
    const Metadata &metadata = document.metadata;
    out << "Title (zh):    " << metadata.title << '\n';
    out << "Title (en):    " << metadata.englishTitle << '\n';
    out << "Published:     " << metadata.published << '\n';
    out << "Source:        " << metadata.source << '\n';
    out << "Author:        " << metadata.author << '\n';
    out << "Editor:        " << metadata.editor << '\n';
    for (Language language : presentLanguages(document)) {
        const Side &side = document.side(language);
        out << (language == Language::Chinese ? "Chinese:       " : "English:       ")
            << side.paragraphs.size() << " paragraphs, " << document.sentenceRefs(language).size()
            << " sentences";
        if (!side.chapters.isEmpty())
            out << ", " << side.chapters.size() << " chapters";
        out << '\n';
    }
    if (project.aligned)
        out << "Pairs:         " << project.beads.size() << " as saved, "
            << vouchedCount(project.beads) << " confirmed or edited\n";
    for (Notice notice : document.notices)
        out << "Notice:        " << noticeText(notice) << '\n';
    return Success;
}

int sentences(const Document &document, const QList<Language> &languages, bool json,
              QTextStream &out)
{
    QJsonArray array;
    for (Language language : languages) {
        const Side &side = document.side(language);
        const QList<SentenceRef> refs = document.sentenceRefs(language);
        for (int i = 0; i < refs.size(); ++i) {
            const SentenceRef &ref = refs.at(i);
            const QString text = document.text(side, ref.range);
            if (!json) {
                out << oneLine(text) << '\n';
                continue;
            }
            array.append(QJsonObject{{QStringLiteral("side"), languageCode(language)},
                                     {QStringLiteral("index"), i},
                                     {QStringLiteral("paragraph"), ref.paragraph},
                                     {QStringLiteral("role"), paragraphRoleName(ref.role)},
                                     {QStringLiteral("start"), ref.range.start},
                                     {QStringLiteral("length"), ref.range.length},
                                     {QStringLiteral("text"), text}});
        }
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return Success;
}

QString linkSide(int begin, int count)
{
    QStringList indices;
    for (int k = begin; k < begin + count; ++k)
        indices.append(QString::number(k));
    return u'[' + indices.join(u',') + u']';
}

/// The project's beads: as saved when it brought them, else from the aligner.
Result<QList<Bead>> beadsOf(const Project &project, const AlignerModel &model, QTextStream &err)
{
    if (project.aligned)
        return project.beads;
    if (const Result<std::shared_ptr<const Lexicon>> loaded = Lexicon::bundled(); !loaded)
        err << "duizhao-cli: warning: no dictionary, aligning by length and numbers only ("
            << errorText(loaded.error()) << ")\n";
    return alignDocument(project.document, model);
}

int align(const Project &project, const QString &format, const AlignerModel &model,
          const QString &output, QTextStream &out, QTextStream &err)
{
    const Document &document = project.document;
    const Result<QList<Bead>> beads = beadsOf(project, model, err);
    if (!beads) {
        err << "duizhao-cli: " << errorText(beads.error()) << '\n';
        return Failure;
    }
    if (!output.isEmpty()) {
        Project aligned = project;
        aligned.beads = *beads;
        const Result<QStringList> written = ProjectFile::save(aligned, output);
        if (!written) {
            err << "duizhao-cli: " << errorText(written.error()) << '\n';
            return Failure;
        }
        out << output << " (" << beads->size() << " pairs)\n";
        return Success;
    }
    const QStringList chinese = document.sentenceTexts(Language::Chinese);
    const QStringList english = document.sentenceTexts(Language::English);
    if (format == QStringLiteral("links")) {
        for (const Bead &bead : *beads)
            out << linkSide(bead.chineseBegin, bead.chineseCount) << ':'
                << linkSide(bead.englishBegin, bead.englishCount) << '\n';
        return Success;
    }
    if (format == QStringLiteral("tsv")) {
        // The same pairs as `export --format tsv`: one writer for both.
        const Result<AlignedPairs> pairs = AlignedPairs::build(document, *beads);
        if (!pairs) {
            err << "duizhao-cli: " << errorText(pairs.error()) << '\n';
            return Failure;
        }
        const ExportFormatInfo &tsv = exportFormatInfo(ExportFormat::Tsv);
        out << QString::fromUtf8(tsv.bytes(*pairs, PdfOptions()));
        return Success;
    }
    QJsonArray array;
    for (const Bead &bead : *beads) {
        QJsonArray chineseIndices, englishIndices;
        for (int k = bead.chineseBegin; k < bead.chineseBegin + bead.chineseCount; ++k)
            chineseIndices.append(k);
        for (int k = bead.englishBegin; k < bead.englishBegin + bead.englishCount; ++k)
            englishIndices.append(k);
        array.append(QJsonObject{
            {QStringLiteral("zh"), chineseIndices},
            {QStringLiteral("en"), englishIndices},
            {QStringLiteral("zhText"),
             QJsonArray::fromStringList(chinese.mid(bead.chineseBegin, bead.chineseCount))},
            {QStringLiteral("enText"),
             QJsonArray::fromStringList(english.mid(bead.englishBegin, bead.englishCount))},
            {QStringLiteral("confidence"), bead.confidence}});
    }
    const QJsonObject root{{QStringLiteral("metadata"), metadataJson(document.metadata)},
                           {QStringLiteral("layout"), layoutName(document.layout)},
                           {QStringLiteral("beads"), array}};
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return Success;
}

struct ExportRequest
{
    QString output;
    const ExportFormatInfo *format = nullptr;
    PairOptions pairOptions;
    PdfOptions pdfOptions;
};

int exportPairs(const Project &project, const ExportRequest &request, QTextStream &out,
                QTextStream &err)
{
    const Document &document = project.document;
    const Result<QList<Bead>> beads = beadsOf(project, AlignerModel(), err);
    if (!beads) {
        err << "duizhao-cli: " << errorText(beads.error()) << '\n';
        return Failure;
    }
    const Result<AlignedPairs> pairs = AlignedPairs::build(document, *beads, request.pairOptions);
    if (!pairs) {
        err << "duizhao-cli: " << errorText(pairs.error()) << '\n';
        return Failure;
    }
    const Result<ExportWritten> written =
        request.format->write(*pairs, request.pdfOptions, request.output);
    if (!written) {
        err << "duizhao-cli: " << errorText(written.error()) << '\n';
        return Failure;
    }
    if (request.format->format == ExportFormat::Pdf) {
        out << request.output << " (" << written->pages
            << (written->pages == 1 ? " page)\n" : " pages)\n");
        return Success;
    }
    for (const QString &path : written->files)
        out << path << '\n';
    return Success;
}

/// How the CLI's messages name a numeric option's unit.
QString numericOptionUnit(const QString &option)
{
    if (option == QStringLiteral("margin"))
        return QStringLiteral("millimetres");
    if (option == QStringLiteral("font-size"))
        return QStringLiteral("points");
    return QStringLiteral("a probability");
}

/// Reads the export options; on a usage error writes one line to @p err and returns UsageError.
int parseExportOptions(const QCommandLineParser &parser, ExportRequest &request, QTextStream &err)
{
    auto usage = [&err](const QString &message) {
        err << "duizhao-cli: " << message << '\n';
        return UsageError;
    };
    request.output = parser.value(QStringLiteral("output"));
    if (request.output.isEmpty())
        return usage(QStringLiteral("export needs -o OUT (see --help)"));
    const QString formats = exportFormatNames().join(u'|');
    if (!parser.isSet(QStringLiteral("format"))) {
        request.format = exportFormatForPath(request.output);
        if (!request.format)
            return usage(QStringLiteral("cannot tell the format from '%1': give --format (%2)")
                             .arg(request.output, formats));
    } else {
        const QString format = parser.value(QStringLiteral("format"));
        request.format = exportFormatNamed(format);
        if (!request.format)
            return usage(
                QStringLiteral("--format takes %1 for export, not '%2'").arg(formats, format));
    }

    const QString script = parser.value(QStringLiteral("script"));
    const QList<ChineseScript> scripts = {
        ChineseScript::Original, ChineseScript::Simplified, ChineseScript::Traditional,
        ChineseScript::TraditionalTaiwan, ChineseScript::TraditionalHongKong};
    bool knownScript = false;
    for (ChineseScript candidate : scripts) {
        if (chineseScriptName(candidate) == script) {
            request.pairOptions.script = candidate;
            knownScript = true;
        }
    }
    if (!knownScript)
        return usage(QStringLiteral("--script takes original, simplified, traditional, "
                                    "traditional-tw or traditional-hk, not '%1'")
                         .arg(script));
    request.pairOptions.includeUnmatched = !parser.isSet(QStringLiteral("omit-unmatched"));

    PdfOptions &pdf = request.pdfOptions;
    const QString layout = parser.value(QStringLiteral("layout"));
    if (layout == QStringLiteral("interleaved"))
        pdf.layout = PdfLayout::Interleaved;
    else if (layout != QStringLiteral("side-by-side"))
        return usage(
            QStringLiteral("--layout takes side-by-side or interleaved, not '%1'").arg(layout));
    const QString pageSize = parser.value(QStringLiteral("page-size")).toLower();
    if (pageSize == QStringLiteral("letter"))
        pdf.pageSize = QPageSize::Letter;
    else if (pageSize != QStringLiteral("a4"))
        return usage(QStringLiteral("--page-size takes a4 or letter, not '%1'").arg(pageSize));
    const QString orientation = parser.value(QStringLiteral("orientation"));
    if (orientation == QStringLiteral("landscape"))
        pdf.orientation = QPageLayout::Landscape;
    else if (orientation != QStringLiteral("portrait"))
        return usage(
            QStringLiteral("--orientation takes portrait or landscape, not '%1'").arg(orientation));
    // Every numeric option the same way: a finite number within its range, or a usage error
    // that names the option, the range and what was given.
    for (const NumericExportOption &option : numericExportOptions()) {
        if (!parser.isSet(option.name))
            continue;
        const QString given = parser.value(option.name);
        const std::optional<double> value = finiteNumber(given);
        if (!value || !option.accepts(*value))
            return usage(QStringLiteral("--%1 takes %2 from %3 to %4, not '%5'")
                             .arg(option.name, numericOptionUnit(option.name),
                                  QString::number(option.low), QString::number(option.high),
                                  given));
        pdf.*option.value = *value;
    }
    pdf.pairNumbers = !parser.isSet(QStringLiteral("no-pair-numbers"));
    pdf.markLowConfidence = !parser.isSet(QStringLiteral("no-confidence-marks"));
    return Success;
}

} // namespace

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    registerPdfImporter();
    // lookup, convert and concordance have their own options (app/cli/ReadingCommands.cpp).
    if (const auto command =
            std::find_if(arguments.begin() + std::min<qsizetype>(1, arguments.size()),
                         arguments.end(), [](const QString &a) { return !a.startsWith(u'-'); });
        command != arguments.end() && isReadingCommand(*command))
        return runReadingCommand(arguments, out, err);
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption sideOption(QStringLiteral("side"), QString(), QStringLiteral("side"));
    const QCommandLineOption presplitOption(QStringLiteral("presplit"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(),
                                          QStringLiteral("format"), QStringLiteral("tsv"));
    const QCommandLineOption paramOption(QStringLiteral("param"), QString(),
                                         QStringLiteral("param"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(
        QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(),
        QStringLiteral("output"));
    const QCommandLineOption scriptOption(QStringLiteral("script"), QString(),
                                          QStringLiteral("script"), QStringLiteral("original"));
    const QCommandLineOption omitUnmatchedOption(QStringLiteral("omit-unmatched"));
    const QCommandLineOption layoutOption(QStringLiteral("layout"), QString(),
                                          QStringLiteral("layout"), QStringLiteral("side-by-side"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"), QString(),
                                            QStringLiteral("size"), QStringLiteral("a4"));
    const QCommandLineOption orientationOption(QStringLiteral("orientation"), QString(),
                                               QStringLiteral("orientation"),
                                               QStringLiteral("portrait"));
    const QCommandLineOption marginOption(QStringLiteral("margin"), QString(),
                                          QStringLiteral("mm"));
    const QCommandLineOption fontSizeOption(QStringLiteral("font-size"), QString(),
                                            QStringLiteral("points"));
    const QCommandLineOption noPairNumbersOption(QStringLiteral("no-pair-numbers"));
    const QCommandLineOption noConfidenceMarksOption(QStringLiteral("no-confidence-marks"));
    const QCommandLineOption lowConfidenceOption(QStringLiteral("low-confidence"), QString(),
                                                 QStringLiteral("probability"));
    parser.addOptions({jsonOption, sideOption, presplitOption, formatOption, paramOption,
                       helpOption, versionOption, outputOption, scriptOption, omitUnmatchedOption,
                       layoutOption, pageSizeOption, orientationOption, marginOption,
                       fontSizeOption, noPairNumbersOption, noConfidenceMarksOption,
                       lowConfidenceOption});

    if (!parser.parse(arguments)) {
        err << "duizhao-cli: " << parser.errorText() << " (see --help)\n";
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        const QStringList positional = parser.positionalArguments();
        out << (positional.isEmpty() ? usageText : commandHelp(positional.constFirst()));
        return Success;
    }
    if (parser.isSet(versionOption)) {
        out << "duizhao-cli " << QStringLiteral(DUIZHAO_VERSION) << '\n';
        return Success;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << "duizhao-cli: no command given (see --help)\n";
        return UsageError;
    }
    const QString command = positional.takeFirst();
    const QStringList commands = {QStringLiteral("info"), QStringLiteral("sentences"),
                                  QStringLiteral("align"), QStringLiteral("export")};
    if (!commands.contains(command)) {
        err << "duizhao-cli: unknown command '" << command << "' (see --help)\n";
        return UsageError;
    }
    if (positional.isEmpty() || positional.size() > 2) {
        err << "duizhao-cli: " << command << " takes one or two files (see --help)\n";
        return UsageError;
    }

    QList<Language> languages = {Language::Chinese, Language::English};
    if (parser.isSet(sideOption)) {
        const QString side = parser.value(sideOption);
        if (side == QStringLiteral("zh"))
            languages = {Language::Chinese};
        else if (side == QStringLiteral("en"))
            languages = {Language::English};
        else {
            err << "duizhao-cli: --side takes zh or en, not '" << side << "'\n";
            return UsageError;
        }
    }

    const QString format = parser.value(formatOption);
    ExportRequest exportRequest;
    if (command == QStringLiteral("export")) {
        if (const int status = parseExportOptions(parser, exportRequest, err); status != Success)
            return status;
    } else if (!QStringList{QStringLiteral("tsv"), QStringLiteral("links"), QStringLiteral("json")}
                    .contains(format)) {
        err << "duizhao-cli: --format takes tsv, links or json, not '" << format << "'\n";
        return UsageError;
    }
    AlignerModel model;
    for (const QString &parameter : parser.values(paramOption)) {
        const qsizetype equals = parameter.indexOf(u'=');
        const std::optional<double> value = finiteNumber(parameter.mid(equals + 1));
        if (equals <= 0 || !value || !model.setParameter(parameter.left(equals), *value)) {
            err << "duizhao-cli: --param takes NAME=NUMBER with a known NAME, not '" << parameter
                << "'\n";
            return UsageError;
        }
    }

    ReadOptions options;
    options.presplit = parser.isSet(presplitOption);
    const Result<Project> project = openDocument(positional, options);
    if (!project) {
        err << "duizhao-cli: " << errorText(project.error()) << '\n';
        return Failure;
    }
    const bool json = parser.isSet(jsonOption);
    if (command == QStringLiteral("info"))
        return info(*project, json, out);
    if (command == QStringLiteral("export"))
        return exportPairs(*project, exportRequest, out, err);
    if (command == QStringLiteral("align"))
        return align(*project, json ? QStringLiteral("json") : format, model,
                     parser.value(outputOption), out, err);
    return sentences(project->document, languages, json, out);
}

} // namespace duizhao
