#pragma once

#include <QStringList>
#include <QTextStream>

namespace duizhao {

/// The command-line front end: `duizhao-cli COMMAND [options] FILE [FILE2]`. Writes results to
/// @p out and one-line failures to @p err; returns the process exit status (0 on success).
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace duizhao
