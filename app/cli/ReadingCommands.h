#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace duizhao {

/// The reading-aid commands of duizhao-cli: lookup, convert, concordance.
bool isReadingCommand(const QString &command);
/// The `--help` text of one of them.
QString readingCommandHelp(const QString &command);
/// Runs one of them; @p arguments as for runCli(). convert without a FILE reads @p input (stdin
/// when null).
int runReadingCommand(const QStringList &arguments, QTextStream &out, QTextStream &err,
                      QIODevice *input = nullptr);

} // namespace duizhao
