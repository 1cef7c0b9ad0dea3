#pragma once

#include "core/io/Error.h"

#include <QByteArray>
#include <QString>

namespace duizhao {

struct DecodedText
{
    QString text; ///< Exactly what the bytes say: newlines (LF, CRLF, CR) are not changed.
    /// "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" or "Big5"; for a file mixing encodings line by
    /// line, those found joined by " + " ("Big5 + UTF-8").
    QString encoding;
    bool hadByteOrderMark = false;
    /// Decoded cleanly, but over 1% of the characters are ones a wrong double-byte decoding
    /// makes (a file mixing UTF-8, Big5 and GB18030): some characters may be wrong.
    bool doubtful = false;
};

/// Largest file Duizhao opens: a long novel in one file is a few MB; beyond this is not a text.
inline constexpr qint64 DefaultMaxTextFileBytes = 64 * 1024 * 1024;

/// Decodes a text file's bytes. UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM are read by
/// their marks, UTF-16 without BOM by its pattern of zero bytes (ASCII text); otherwise valid UTF-8
/// is UTF-8, and other bytes go to ICU's charset detector, accepted only when GB18030 or Big5
/// decodes them without error. Binary data (NUL bytes outside UTF-16, control characters),
/// malformed UTF-8 and unknown encodings are errors, never guesses.
Result<DecodedText> decodeText(const QByteArray &bytes);

/// Reads a file's bytes, refusing files larger than @p maxBytes before reading them.
Result<QByteArray> readFileBytes(const QString &path, qint64 maxBytes);

/// Reads and decodes a file, refusing files larger than @p maxBytes before reading them.
Result<DecodedText> readTextFile(const QString &path, qint64 maxBytes = DefaultMaxTextFileBytes);

} // namespace duizhao
