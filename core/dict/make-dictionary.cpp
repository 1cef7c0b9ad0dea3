// Build-time tool: converts CC-CEDICT text (cedict_ts.u8) into cedict.dict, the reading
// dictionary that Dictionary uses in place (core/dict/DictionaryFormat.h).
// Usage: duizhao-make-dictionary <cedict_ts.u8> <cedict.dict>

#include "core/dict/DictionaryFormat.h"

#include <QFile>
#include <QSaveFile>
#include <QString>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    if (argc != 3) {
        err << "usage: duizhao-make-dictionary <cedict_ts.u8> <cedict.dict>\n";
        return 2;
    }
    const QString inputPath = QString::fromLocal8Bit(argv[1]);
    const QString outputPath = QString::fromLocal8Bit(argv[2]);
    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly)) {
        err << "cannot read " << inputPath << ": " << input.errorString() << '\n';
        return 1;
    }
    QString summary;
    const QByteArray file =
        duizhao::dict::buildDictionaryFile(QString::fromUtf8(input.readAll()), &summary);
    if (file.isEmpty()) {
        err << "no CC-CEDICT entries in " << inputPath << '\n';
        return 1;
    }
    // QSaveFile: an interrupted build never leaves a truncated cedict.dict behind.
    QSaveFile output(outputPath);
    if (!output.open(QIODevice::WriteOnly) || output.write(file) < 0 || !output.commit()) {
        err << "cannot write " << outputPath << ": " << output.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << "cedict.dict: " << summary << '\n';
    return 0;
}
