#pragma once

#include "core/dict/Dictionary.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QMutex>

class QTextLine;

namespace duizhao {

struct RubyPlacement;

/// What the reader shows above Chinese text.
enum class RubyKind
{
    None,
    Pinyin,
    Zhuyin, ///< Bopomofo, as Taiwan's readers learn it.
};

/// Colours for the four tones and the neutral one.
enum class ToneColours
{
    Off,
    Pleco, ///< 1 red, 2 green, 3 blue, 4 purple.
    Mdbg,  ///< 1 red, 2 orange, 3 green, 4 blue.
};

/// The colour of @p tone (1–5) in @p scheme; @p plain when the scheme is Off or the tone
/// unknown.
QColor toneColour(ToneColours scheme, int tone, const QColor &plain);

/// Ruby readings above Chinese text: word by word from CC-CEDICT (so 銀行 reads yínháng and 長城
/// Chángchéng), ICU's per-character reading where no word matches. Readings are looked up only
/// for the sentences being painted and kept, so a long document costs nothing until it is read.
class RubyText
{
public:
    RubyText(RubyKind kind, ToneColours colours);

    RubyKind kind() const { return m_kind; }
    ToneColours colours() const { return m_colours; }

    /// The words of @p sentence with their readings (cached by sentence text).
    QList<PinyinWord> words(const QString &sentence) const;
    /// The font of the readings over text in @p textFont.
    QFont rubyFont(const QFont &textFont) const;
    /// The room a line of text in @p textFont needs above it for its readings.
    double room(const QFont &textFont) const;
    /// Extra spacing between Chinese characters (percent of normal) so readings fit.
    double letterSpacing() const;

    /// Where the readings of @p sentence go on one line of its block: the sentence starts at
    /// block position @p sentenceStart; @p origin is the block's top left in viewport
    /// coordinates.
    QList<RubyPlacement> place(const QString &sentence, int sentenceStart, const QTextLine &line,
                               const QPointF &origin, const QFont &textFont,
                               const QColor &plain) const;

private:
    RubyKind m_kind;
    ToneColours m_colours;
    mutable QMutex m_mutex;
    mutable QHash<QString, QList<PinyinWord>> m_cache;
};

} // namespace duizhao
