#include "core/import/ImportedText.h"

#include <QRegularExpression>

namespace duizhao {

namespace {

bool isChineseCharacter(QChar c)
{
    const QChar::Script script = c.script();
    return script == QChar::Script_Han || (c.unicode() >= 0x3000 && c.unicode() <= 0x303F) ||
           (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
}

} // namespace

QString collapseWhiteSpace(QStringView text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    bool pendingSegmentBreak = false; // The white space held a source line break.
    bool pendingLineBreak = false;    // A <br>: kept as a line break.
    for (const QChar c : text) {
        if (c == u'\u2028') {
            pendingLineBreak = true;
            continue;
        }
        if (c.isSpace() || c == u'\u00A0' || c == u'\u200B') {
            pendingSpace = true;
            pendingSegmentBreak = pendingSegmentBreak || c == u'\n' || c == u'\r';
            continue;
        }
        if (!result.isEmpty()) {
            if (pendingLineBreak)
                result.append(u'\n');
            else if (pendingSpace && !(pendingSegmentBreak && isChineseCharacter(result.back()) &&
                                       isChineseCharacter(c)))
                result.append(u' ');
        }
        pendingSpace = pendingSegmentBreak = pendingLineBreak = false;
        result.append(c);
    }
    return result;
}

bool looksLikeChapterHeading(QStringView line)
{
    static const QRegularExpression chinese(
        QStringLiteral("^第[0-9０-９一二三四五六七八九十百千零〇两]{1,8}[章回节節卷部篇幕]([\\s：:"
                       "　]|$)?(.{0,30})$"));
    static const QRegularExpression english(
        QStringLiteral("^(chapter|book|part|volume)\\s+([0-9]{1,4}|[ivxlcdm]{1,8}|one|two|three|"
                       "four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty\\S*|"
                       "thirty\\S*|forty\\S*|fifty\\S*)\\b[.:]?(\\s.{0,60})?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 80 || trimmed.contains(u'\n'))
        return false;
    QRegularExpressionMatch match = chinese.match(trimmed.toString());
    if (!match.hasMatch())
        match = english.match(trimmed.toString());
    if (!match.hasMatch())
        return false;
    // A sentence that starts with "Chapter 3 …" is no heading; a title after the number is.
    static const QString sentenceEnds = QStringLiteral(".!?。！？;；,，");
    const QString title = match.captured(match.lastCapturedIndex()).trimmed();
    return title.isEmpty() || !sentenceEnds.contains(title.back());
}

TextRange TextBuilder::addParagraph(QStringView paragraph, bool heading)
{
    // Blank lines would split the paragraph: keep single line breaks only.
    QString clean;
    for (QStringView line : paragraph.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (!clean.isEmpty())
            clean.append(u'\n');
        clean.append(line);
    }
    if (clean.isEmpty())
        return {};
    QString &text = m_result.text;
    if (!text.isEmpty())
        text.append(QStringLiteral("\n\n"));
    const TextRange range{text.size(), clean.size()};
    text.append(clean);
    if (heading)
        m_result.headings.append(range);
    return range;
}

void TextBuilder::startChapter(const QString &title)
{
    const qsizetype offset = m_result.text.isEmpty() ? 0 : m_result.text.size() + 2;
    if (!m_result.chapters.isEmpty() && m_result.chapters.last().offset == offset) {
        m_result.chapters.last().title = title; // The previous chapter had no text.
        return;
    }
    m_result.chapters.append({offset, title});
}

void TextBuilder::titleChapter(const QString &title)
{
    if (!m_result.chapters.isEmpty() && m_result.chapters.last().title.isEmpty())
        m_result.chapters.last().title = title;
}

void TextBuilder::addCue(QStringView paragraph, CueTime cue)
{
    const TextRange range = addParagraph(paragraph);
    if (!range.isEmpty())
        m_result.cues.append({range, cue});
}

void TextBuilder::append(const ImportedText &part)
{
    if (part.text.isEmpty())
        return;
    QString &text = m_result.text;
    if (!text.isEmpty())
        text.append(QStringLiteral("\n\n"));
    const qsizetype shift = text.size();
    text.append(part.text);
    for (TextRange heading : part.headings) {
        heading.start += shift;
        m_result.headings.append(heading);
    }
    for (ImportedText::TimedRange cue : part.cues) {
        cue.range.start += shift;
        m_result.cues.append(cue);
    }
}

ImportedText TextBuilder::take(const QString &format, const QString &encoding)
{
    m_result.format = format;
    m_result.encoding = encoding;
    // A chapter that starts where no text follows is no chapter.
    while (!m_result.chapters.isEmpty() && m_result.chapters.last().offset >= m_result.text.size())
        m_result.chapters.removeLast();
    return std::move(m_result);
}

} // namespace duizhao
