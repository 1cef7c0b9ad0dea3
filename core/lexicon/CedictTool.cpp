#include "core/lexicon/CedictTool.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace duizhao::lexicon {

int runCedictTool(int argc, char *argv[], const QString &outputName, const CedictConverter &convert)
{
    QTextStream err(stderr);
    if (argc != 3) {
        err << "usage: " << QFileInfo(QString::fromLocal8Bit(argv[0])).fileName()
            << " <cedict_ts.u8> <" << outputName << ">\n";
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
    const QByteArray file = convert(QString::fromUtf8(input.readAll()), &summary);
    if (file.isEmpty()) {
        err << "no CC-CEDICT entries in " << inputPath << '\n';
        return 1;
    }

    // QSaveFile: an interrupted build never leaves a truncated output behind.
    QSaveFile output(outputPath);
    if (!output.open(QIODevice::WriteOnly) || output.write(file) < 0 || !output.commit()) {
        err << "cannot write " << outputPath << ": " << output.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << outputName << ": " << summary << '\n';
    return 0;
}

} // namespace duizhao::lexicon
