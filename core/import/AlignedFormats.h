#pragma once

#include "core/align/Aligner.h"
#include "core/io/Error.h"
#include "core/model/Document.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace duizhao {

/// One translation unit of an aligned file: a Chinese text and its English translation
/// (either may be empty). A "\n" inside a text separates its paragraphs.
struct ImportedPair
{
    QString chinese;
    QString english;
    double confidence = 1.0; ///< As the file gives it (Duizhao's own exports); else 1.
    bool title = false;
};

/// What an aligned file holds: pairs someone already made, read as they are.
struct ImportedPairs
{
    QString format;   ///< "TMX", "TSV", "Moses", "JSON"
    QString encoding; ///< The encoding the text was stored in.
    Metadata metadata;
    QList<ImportedPair> pairs;
};

/// Which language a TMX or BCP 47 tag names: zh, zh-TW, zh-Hant, zh_CN, cmn, yue, lzh, zho are
/// Chinese; en, en-US, en_GB, eng are English; anything else Neutral. Case does not matter.
Language languageOfTag(QStringView tag);

/// TMX (1.1–1.4, any tool's): one pair per <tu> with its first Chinese and first English <tuv>.
/// Inline codes (<bpt>, <ept>, <ph>, <it>, <ut>) are dropped, <hi> and <sub>-free text kept;
/// Duizhao's own <prop>s (confidence, status, titles) are read, others ignored. Entity
/// declarations (internal or external) and nesting past MaxElementDepth are refused.
Result<ImportedPairs> readTmx(const QByteArray &bytes);

/// Two tab-separated columns, one pair a line (the Chinese column found by its Han
/// characters), optionally a third with a confidence; "#" lines and blank lines are skipped.
Result<ImportedPairs> readTsvPairs(const QByteArray &bytes);

/// A Moses/OPUS file pair: line i of one translates line i of the other. Line counts must
/// match.
Result<ImportedPairs> readMosesPairs(const QByteArray &chinese, const QByteArray &english);

/// Duizhao's JSON export ("format": "duizhao-pairs").
Result<ImportedPairs> readJsonPairs(const QByteArray &bytes);

/// Whether the start of a file looks like Duizhao's JSON export.
bool looksLikeJsonPairs(const QByteArray &head);

/// The document of aligned pairs: each side's text is its pairs' texts, a paragraph each
/// (one sentence a paragraph), and one Confirmed bead per pair. @p paths name the file(s) read:
/// the Chinese source's first, the English source's second (the same file twice for one
/// file).
struct AlignedDocument
{
    Document document;
    QList<Bead> beads;
};
Result<AlignedDocument> alignedDocument(const ImportedPairs &pairs, const QString &chinesePath,
                                        const QString &englishPath);

} // namespace duizhao
