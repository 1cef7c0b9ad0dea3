#pragma once

#include "core/export/AlignedPairs.h"
#include "core/model/Confidence.h"

#include <QByteArray>

namespace duizhao {

/// A self-contained HTML page (inline CSS and JavaScript, no network): the Chinese and English
/// panes side by side; clicking a pair highlights it in both panes and scrolls the other pane so
/// the translation is level with the click, as in the app. Unmatched text is grey, doubtful pairs
/// (confidence below @p lowConfidence) are underlined in orange.
class HtmlWriter
{
public:
    static QByteArray toHtml(const AlignedPairs &pairs, double lowConfidence = DoubtfulConfidence);
    static Result<QStringList> write(const AlignedPairs &pairs, const QString &path,
                                     double lowConfidence = DoubtfulConfidence);
};

} // namespace duizhao
