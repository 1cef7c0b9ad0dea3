// Build-time tool: converts CC-CEDICT text (cedict_ts.u8) into the compact cedict.lex that
// Lexicon::load() reads, so that the app never parses or stems the dictionary at run time.
// Usage: duizhao-make-lexicon <cedict_ts.u8> <cedict.lex>

#include "core/lexicon/LexiconTables.h"

#include <QFile>
#include <QSaveFile>
#include <QString>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    if (argc != 3) {
        err << "usage: duizhao-make-lexicon <cedict_ts.u8> <cedict.lex>\n";
        return 2;
    }
    const QString inputPath = QString::fromLocal8Bit(argv[1]);
    const QString outputPath = QString::fromLocal8Bit(argv[2]);

    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly)) {
        err << "cannot read " << inputPath << ": " << input.errorString() << '\n';
        return 1;
    }
    const QString text = QString::fromUtf8(input.readAll());
    const duizhao::lexicon::LexiconTables tables = duizhao::lexicon::buildFromCedict(text);
    if (tables.headwords.size() == 0) {
        err << "no CC-CEDICT entries in " << inputPath << '\n';
        return 1;
    }

    // QSaveFile: an interrupted build never leaves a truncated cedict.lex behind.
    QSaveFile output(outputPath);
    if (!output.open(QIODevice::WriteOnly) ||
        output.write(duizhao::lexicon::serialize(tables)) < 0 || !output.commit()) {
        err << "cannot write " << outputPath << ": " << output.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << "cedict.lex: " << tables.headwords.size() << " headwords, "
                        << tables.english.size() << " English stems, " << tables.syllables.size()
                        << " syllables\n";
    return 0;
}
