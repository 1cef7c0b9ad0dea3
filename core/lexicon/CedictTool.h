#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace duizhao::lexicon {

/// Makes a build-time file from CC-CEDICT text; an empty result means the text had no entries.
/// `summary` receives one line for the build log.
using CedictConverter = std::function<QByteArray(const QString &cedictText, QString *summary)>;

/// The command line that duizhao-make-lexicon and duizhao-make-dictionary share:
/// `TOOL <cedict_ts.u8> <OUTPUT>`. Returns the exit status: 0, 1 when the input cannot be read,
/// has no entries or the output cannot be written, 2 for a wrong command line. `outputName` is
/// the output's usual name, for the usage line and the summary.
int runCedictTool(int argc, char *argv[], const QString &outputName,
                  const CedictConverter &convert);

} // namespace duizhao::lexicon
