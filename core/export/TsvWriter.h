#pragma once

#include "core/export/AlignedPairs.h"

#include <QByteArray>

namespace duizhao {

/// Tab-separated exports, UTF-8, one pair a line.
class TsvWriter
{
public:
    /// Chinese TAB English TAB confidence (3 decimals), no header line: the same shape as
    /// `duizhao-cli align --format tsv`. Tabs become spaces, line breaks as in oneLineText.
    static QByteArray toTsv(const AlignedPairs &pairs);
    /// Anki notes: front (Chinese) TAB back (English), fields as HTML (escaped, "<br>" for line
    /// breaks), with Anki's "#separator:tab" and "#html:true" header lines. One-sided pairs are
    /// skipped: a card needs both faces.
    static QByteArray toAnki(const AlignedPairs &pairs);

    static Result<QStringList> write(const AlignedPairs &pairs, const QString &path);
    static Result<QStringList> writeAnki(const AlignedPairs &pairs, const QString &path);
};

} // namespace duizhao
