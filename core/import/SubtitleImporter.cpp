#include "core/import/SubtitleImporter.h"

#include "core/io/TextDecoder.h"
#include "core/text/LanguageDetector.h"

#include <QRegularExpression>

namespace duizhao {

namespace {

qint64 milliseconds(const QRegularExpressionMatch &match, int first)
{
    const qint64 hours = match.captured(first).toLongLong();
    const qint64 minutes = match.captured(first + 1).toLongLong();
    const qint64 seconds = match.captured(first + 2).toLongLong();
    QString fraction = match.captured(first + 3);
    while (fraction.size() < 3)
        fraction.append(u'0');
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction.left(3).toLongLong();
}

/// Cue text without markup: <i>, <font>, <c.class>, <v Speaker>, timestamps, {\an8}, and ruby
/// annotations with their text.
QString plainCueText(QString text)
{
    static const QRegularExpression ruby(QStringLiteral("<rt>.*?</rt>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>\\n]*>|\\{\\\\[^}\\n]*\\}"));
    text.remove(ruby);
    text.remove(tags);
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&lrm;"), QString())
        .replace(QStringLiteral("&rlm;"), QString())
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

/// Splits a cue's lines by language, so a bilingual cue gives a Chinese and an English paragraph.
void addCue(TextBuilder &builder, const QStringList &lines, CueTime time)
{
    QString group;
    Language groupLanguage = Language::Neutral;
    for (const QString &line : lines) {
        const QString text = plainCueText(line).trimmed();
        if (text.isEmpty())
            continue;
        const Language language = detectLanguage(text);
        if (!group.isEmpty() && language != Language::Neutral &&
            groupLanguage != Language::Neutral && language != groupLanguage) {
            builder.addCue(group, time);
            group.clear();
        }
        if (!group.isEmpty())
            group.append(u'\n');
        group.append(text);
        if (language != Language::Neutral)
            groupLanguage = language;
    }
    builder.addCue(group, time);
}

} // namespace

Result<ImportedText> SubtitleImporter::read(const QByteArray &bytes) const
{
    const QString format = m_webVtt ? QStringLiteral("WebVTT") : QStringLiteral("SRT");
    Result<DecodedText> decoded = decodeText(bytes);
    if (!decoded)
        return decoded.error();
    static const QRegularExpression timing(
        QStringLiteral("^\\s*(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})[,.](\\d{1,3})\\s*-->\\s*(?:(\\d{1,"
                       "3}):)?(\\d{1,2}):"
                       "(\\d{2})[,.](\\d{1,3})"));
    TextBuilder builder;
    const QStringList lines =
        decoded->text.split(QRegularExpression(QStringLiteral("\\r\\n|\\r|\\n")));
    CueTime time;
    QStringList cueLines;
    int cues = 0;
    const auto endCue = [&] {
        if (time.isValid() && !cueLines.isEmpty()) {
            addCue(builder, cueLines, time);
            ++cues;
        }
        cueLines.clear();
        time = {};
    };
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = timing.match(line);
        if (match.hasMatch()) {
            endCue();
            time = {milliseconds(match, 1), milliseconds(match, 5)};
            continue;
        }
        if (line.trimmed().isEmpty()) {
            endCue();
            continue;
        }
        if (time.isValid())
            cueLines.append(line);
    }
    endCue();
    if (cues == 0)
        return Error{ErrorCode::MalformedFile, {}, -1, format};
    ImportedText text = builder.take(format, decoded->encoding);
    text.mayHaveTitle = false;
    return text;
}

} // namespace duizhao
