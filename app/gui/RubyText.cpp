#include "app/gui/RubyText.h"

#include "app/gui/BackgroundTask.h"
#include "app/gui/SentencePane.h"

#include <QFontMetricsF>
#include <QTextLine>

#include <algorithm>
#include <mutex>

namespace duizhao {

namespace {

// Readings are cached per sentence text; past this many the cache starts afresh, so reading a
// whole novel does not keep every sentence's readings.
constexpr int CachedSentences = 20000;

} // namespace

QColor toneColour(ToneColours scheme, int tone, const QColor &plain)
{
    static const QColor pleco[] = {QColor(0xd7263d), QColor(0x1b998b), QColor(0x2e5eaa),
                                   QColor(0x8f3985), QColor(0x777777)};
    static const QColor mdbg[] = {QColor(0xe30000), QColor(0xd89000), QColor(0x00a000),
                                  QColor(0x1510f0), QColor(0x777777)};
    if (scheme == ToneColours::Off || tone < 1 || tone > 5)
        return plain;
    const QColor colour = (scheme == ToneColours::Pleco ? pleco : mdbg)[tone - 1];
    // Light text means a dark background: lighter tones keep their contrast there.
    return plain.lightness() > 160 ? colour.lighter(160) : colour;
}

RubyText::RubyText(RubyKind kind, ToneColours colours)
    : m_kind(kind)
    , m_colours(colours)
{
    // Loading the dictionary (about 0.25 s) and ICU's first per-character reading (it builds
    // its Han-Latin rules, about 0.4 s; later threads reuse them) happen on a worker, once, so
    // neither the window nor the first painted readings wait for them.
    static std::once_flag warmed;
    std::call_once(warmed, [] {
        (void)runInBackground(backgroundPool(), std::make_shared<BackgroundResult<bool>>(),
                              [](QPromise<void> &) {
                                  Dictionary::shared()->pinyinWords(u"行");
                                  return true;
                              });
    });
}

QList<PinyinWord> RubyText::words(const QString &sentence) const
{
    QMutexLocker lock(&m_mutex);
    auto found = m_cache.constFind(sentence);
    if (found != m_cache.constEnd())
        return *found;
    if (m_cache.size() >= CachedSentences)
        m_cache.clear();
    return *m_cache.insert(sentence, Dictionary::shared()->pinyinWords(sentence));
}

QFont RubyText::rubyFont(const QFont &textFont) const
{
    QFont font = textFont;
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    font.setPointSizeF(textFont.pointSizeF() * (m_kind == RubyKind::Zhuyin ? 0.55 : 0.6));
    return font;
}

double RubyText::room(const QFont &textFont) const
{
    return QFontMetricsF(rubyFont(textFont)).height() + QFontMetricsF(textFont).height() * 0.3;
}

double RubyText::letterSpacing() const
{
    return m_kind == RubyKind::Zhuyin ? 175 : 130;
}

QList<RubyPlacement> RubyText::place(const QString &sentence, int sentenceStart,
                                     const QTextLine &line, const QPointF &origin,
                                     const QFont &textFont, const QColor &plain) const
{
    QList<RubyPlacement> placements;
    if (m_kind == RubyKind::None)
        return placements;
    const QFont font = rubyFont(textFont);
    const QFontMetricsF metrics(font);
    const int lineStart = line.textStart();
    const int lineEnd = lineStart + line.textLength();
    const double bottom = origin.y() + line.y() - 1;
    for (const PinyinWord &word : words(sentence)) {
        const int wordStart = sentenceStart + int(word.position);
        const int wordEnd = wordStart + int(word.length);
        if (wordEnd <= lineStart || wordStart >= lineEnd)
            continue;
        QStringList readings = m_kind == RubyKind::Zhuyin
                                   ? word.zhuyin.split(u' ', Qt::SkipEmptyParts)
                                   : word.syllables;
        QList<int> tones = word.tones;
        // One reading per character, so a word broken over two lines reads right on both.
        QList<int> starts;
        for (int at = wordStart; at < wordEnd;
             at += QChar::isHighSurrogate(sentence.at(at - sentenceStart).unicode()) ? 2 : 1)
            starts.append(at);
        if (readings.size() != starts.size()) {
            readings = {readings.join(QString())};
            tones = {0};
            starts = {wordStart};
        }
        starts.append(wordEnd);
        // The characters of the word on this line share its space, readings centred over it.
        int first = 0;
        while (first < readings.size() && starts.at(first) < lineStart)
            ++first;
        int last = first;
        while (last < readings.size() && starts.at(last + 1) <= lineEnd)
            ++last;
        if (first >= last)
            continue;
        const double left = line.cursorToX(starts.at(first));
        const double right = line.cursorToX(starts.at(last));
        double needed = 0;
        for (int i = first; i < last; ++i)
            needed += metrics.horizontalAdvance(readings.at(i));
        const double room = right - left;
        const double scale = needed > room && needed > 0 ? room / needed : 1.0;
        double x = origin.x() + left + (room - needed * scale) / 2;
        for (int i = first; i < last; ++i) {
            const double width = metrics.horizontalAdvance(readings.at(i)) * scale;
            RubyPlacement placement;
            placement.rect = QRectF(x, bottom - metrics.height(), width, metrics.height());
            placement.text = readings.at(i);
            placement.colour = toneColour(m_colours, tones.value(i), plain);
            placement.scale = scale;
            placements.append(placement);
            x += width;
        }
    }
    return placements;
}

} // namespace duizhao
