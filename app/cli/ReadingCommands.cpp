#include "app/cli/ReadingCommands.h"

#include "app/common/ErrorText.h"
#include "core/align/Aligner.h"
#include "core/concordance/Concordance.h"
#include "core/dict/Dictionary.h"
#include "core/io/TextDecoder.h"
#include "core/project/OpenDocument.h"
#include "core/text/ScriptConverter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace duizhao {

namespace {

enum ExitStatus
{
    Success = 0,
    Failure = 1,
    UsageError = 2,
};

QJsonObject entryJson(const DictionaryEntry &entry)
{
    QJsonArray classifiers;
    for (const Classifier &classifier : entry.classifiers)
        classifiers.append(QJsonObject{{QStringLiteral("traditional"), classifier.traditional},
                                       {QStringLiteral("simplified"), classifier.simplified},
                                       {QStringLiteral("pinyin"), classifier.pinyin}});
    return {{QStringLiteral("traditional"), entry.traditional},
            {QStringLiteral("simplified"), entry.simplified},
            {QStringLiteral("pinyin"), entry.pinyin},
            {QStringLiteral("pinyinNumbered"), entry.pinyinNumbered},
            {QStringLiteral("zhuyin"), entry.zhuyin},
            {QStringLiteral("glosses"), QJsonArray::fromStringList(entry.glosses)},
            {QStringLiteral("classifiers"), classifiers}};
}

void printEntry(const DictionaryEntry &entry, QTextStream &out)
{
    out << entry.traditional;
    if (entry.simplified != entry.traditional)
        out << ' ' << entry.simplified;
    out << " [" << entry.pinyin << "] " << entry.zhuyin << '\n';
    for (qsizetype i = 0; i < entry.glosses.size(); ++i)
        out << "  " << i + 1 << ". " << entry.glosses.at(i) << '\n';
    if (!entry.classifiers.isEmpty()) {
        QStringList classifiers;
        for (const Classifier &classifier : entry.classifiers)
            classifiers << (classifier.simplified == classifier.traditional
                                ? classifier.traditional
                                : classifier.traditional + u'|' + classifier.simplified) +
                               u' ' + classifier.pinyin;
        out << "  classifiers: " << classifiers.join(QStringLiteral(", ")) << '\n';
    }
}

/// Chinese: the longest word at each position in turn (as the pop-up walks a text); English:
/// the entries whose glosses contain the word.
int lookup(const QString &word, bool json, QTextStream &out, QTextStream &err)
{
    const auto dictionary = Dictionary::shared();
    if (!dictionary->isValid()) {
        err << "duizhao-cli: the dictionary is missing from this build\n";
        return Failure;
    }
    QList<std::pair<QString, QList<DictionaryEntry>>> found;
    bool chinese = false;
    for (QChar c : word)
        chinese = chinese || isHanCharacter(c.unicode()) || c.isSurrogate();
    if (chinese) {
        for (qsizetype position = 0; position < word.size();) {
            const DictionaryMatch match = dictionary->longestMatch(word, position);
            if (!match.isEmpty())
                found.append({word.mid(position, match.length), match.entries});
            position += std::max<qsizetype>(1, match.length);
        }
    } else if (const QList<DictionaryEntry> entries = dictionary->lookupEnglish(word);
               !entries.isEmpty()) {
        found.append({word, entries});
    }
    if (found.isEmpty()) {
        err << "duizhao-cli: no dictionary entry for '" << word << "'\n";
        return Failure;
    }
    if (json) {
        QJsonArray words;
        for (const auto &[text, entries] : found) {
            QJsonArray array;
            for (const DictionaryEntry &entry : entries)
                array.append(entryJson(entry));
            words.append(
                QJsonObject{{QStringLiteral("word"), text}, {QStringLiteral("entries"), array}});
        }
        out << QString::fromUtf8(QJsonDocument(words).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const auto &[text, entries] : found) {
        for (const DictionaryEntry &entry : entries)
            printEntry(entry, out);
    }
    return Success;
}

int convert(const QStringList &files, const QString &config, QTextStream &out, QTextStream &err,
            QIODevice *input)
{
    QByteArray bytes;
    if (files.isEmpty()) {
        QFile standardInput;
        if (!input) {
            if (!standardInput.open(stdin, QIODevice::ReadOnly)) {
                err << "duizhao-cli: cannot read standard input\n";
                return Failure;
            }
            input = &standardInput;
        }
        bytes = input->readAll();
    } else {
        QFile file(files.constFirst());
        if (!file.open(QIODevice::ReadOnly)) {
            err << "duizhao-cli: cannot read " << files.constFirst() << ": " << file.errorString()
                << '\n';
            return Failure;
        }
        bytes = file.readAll();
    }
    const Result<DecodedText> decoded = decodeText(bytes);
    if (!decoded) {
        err << "duizhao-cli: " << errorText(decoded.error()) << '\n';
        return Failure;
    }
    const QString &text = decoded->text;
    // As the reader does: Traditional → Simplified from the variant the text is written in.
    const QString name =
        config.isEmpty() ? fittingConversion(detectChineseVariant(text), ChineseScript::Simplified)
                         : config;
    if (name.isEmpty()) {
        out << text;
        return Success;
    }
    const Result<std::shared_ptr<ScriptConverter>> converter = ScriptConverter::create(name);
    if (!converter) {
        err << "duizhao-cli: unknown conversion '" << name << "' (one of "
            << ScriptConverter::configNames().join(QStringLiteral(", ")) << ")\n";
        return UsageError;
    }
    out << converter.value()->convert(text);
    return Success;
}

int concordance(const QStringList &files, const QString &query, bool tsv, QTextStream &out,
                QTextStream &err)
{
    // A project or an aligned file brings its own pairs; other files are aligned here.
    const Result<Project> project = openAndAlign(files);
    if (!project) {
        err << "duizhao-cli: " << errorText(project.error()) << '\n';
        return Failure;
    }
    const QList<ConcordanceHit> hits = Concordance(project->document, project->beads).search(query);
    const QByteArray table = Concordance::toTsv(hits);
    if (tsv) {
        out << QString::fromUtf8(table);
    } else {
        // The same rows, without the header, as "pair N: Chinese / English".
        const QStringList rows = QString::fromUtf8(table).split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList cells = rows.at(i).split(u'\t');
            out << "pair " << cells.value(0) << ": " << cells.value(1) << '\n'
                << "  " << cells.value(2) << '\n';
        }
    }
    err << hits.size() << (hits.size() == 1 ? " pair contains '" : " pairs contain '") << query
        << "'\n";
    return Success;
}

} // namespace

bool isReadingCommand(const QString &command)
{
    return command == QLatin1String("lookup") || command == QLatin1String("convert") ||
           command == QLatin1String("concordance");
}

QString readingCommandHelp(const QString &command)
{
    static const QHash<QString, QString> texts = {
        {QStringLiteral("lookup"),
         QStringLiteral(
             "Usage: duizhao-cli lookup [--json] WORD\n"
             "\n"
             "Prints the CC-CEDICT entries of a Chinese word (Traditional or Simplified; a longer\n"
             "text is looked up word by word, longest match first) or the Chinese entries whose\n"
             "meanings contain an English word (any inflection), best first.\n"
             "\n"
             "  --json            machine-readable output\n")},
        {QStringLiteral("convert"),
         QStringLiteral(
             "Usage: duizhao-cli convert [--config NAME] [FILE]\n"
             "\n"
             "Converts Chinese text between scripts with OpenCC, FILE or standard input to\n"
             "standard output. By default Traditional becomes Simplified, from the variant the\n"
             "text is written in (Taiwan: tw2s, Hong Kong: hk2s); Simplified text is unchanged.\n"
             "\n"
             "  --config NAME     t2s, tw2s, hk2s, tw2sp, s2t, s2tw, s2twp, s2hk, t2tw, t2hk,\n"
             "                    tw2t or hk2t (the ...p ones also convert vocabulary)\n")},
        {QStringLiteral("concordance"),
         QStringLiteral(
             "Usage: duizhao-cli concordance [--tsv] FILE [FILE2] QUERY\n"
             "\n"
             "Aligns the text and prints every pair whose Chinese side contains QUERY "
             "(Traditional\n"
             "or Simplified alike) or whose English side contains its words (any case or\n"
             "inflection), the hits in [brackets].\n"
             "\n"
             "  --tsv             tab-separated: pair number, Chinese, English\n")},
    };
    return texts.value(command);
}

int runReadingCommand(const QStringList &arguments, QTextStream &out, QTextStream &err,
                      QIODevice *input)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption tsvOption(QStringLiteral("tsv"));
    const QCommandLineOption configOption(QStringLiteral("config"), QString(),
                                          QStringLiteral("name"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({jsonOption, tsvOption, configOption, helpOption});
    if (!parser.parse(arguments)) {
        err << "duizhao-cli: " << parser.errorText() << " (see --help)\n";
        return UsageError;
    }
    QStringList positional = parser.positionalArguments();
    const QString command = positional.takeFirst();
    if (parser.isSet(helpOption)) {
        out << readingCommandHelp(command);
        return Success;
    }
    if (command == QLatin1String("lookup")) {
        if (positional.size() != 1) {
            err << "duizhao-cli: lookup takes one word (see lookup --help)\n";
            return UsageError;
        }
        return lookup(positional.constFirst().trimmed(), parser.isSet(jsonOption), out, err);
    }
    if (command == QLatin1String("convert")) {
        if (positional.size() > 1) {
            err << "duizhao-cli: convert takes at most one file (see convert --help)\n";
            return UsageError;
        }
        return convert(positional, parser.value(configOption), out, err, input);
    }
    if (positional.size() < 2 || positional.size() > 3) {
        err << "duizhao-cli: concordance takes FILE [FILE2] QUERY (see concordance --help)\n";
        return UsageError;
    }
    const QString query = positional.takeLast();
    return concordance(positional, query, parser.isSet(tsvOption), out, err);
}

} // namespace duizhao
