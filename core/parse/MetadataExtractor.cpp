#include "core/parse/MetadataExtractor.h"

#include "core/text/LanguageDetector.h"
#include "core/text/WordBreaker.h"

#include <QRegularExpression>

namespace duizhao {

namespace {

enum class FieldKind
{
    Time,
    Source,
    Author,
    Editor,
    Other,
};

// Labels news sites put before publication data, Traditional and Simplified. Longer labels come
// first so that 責任編輯 wins over 編輯.
const QRegularExpression &labelExpression()
{
    static const QRegularExpression expression(
        QStringLiteral(
            "(發佈時間|發布時間|发布时间|發表時間|发表时间|更新時間|更新时间|時間|时间|日期|"
            "來源|来源|出處|出处|作者|記者|记者|責任編輯|责任编辑|責編|责编|編輯|编辑|"
            "撰稿|撰文|攝影|摄影|譯者|译者|翻譯|翻译|原標題|原标题|"
            "published|updated|posted|date|time|source|authors?|editors?|"
            "editor-in-charge|reporters?|writers?|translators?|translated by|photo|by)"
            "[ \\t\\x{3000}]*[:：]"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return expression;
}

FieldKind kindOf(QStringView label)
{
    const QString l = label.toString().toLower();
    static const QStringList time = {
        QStringLiteral("發佈時間"), QStringLiteral("發布時間"),  QStringLiteral("发布时间"),
        QStringLiteral("發表時間"), QStringLiteral("发表时间"),  QStringLiteral("更新時間"),
        QStringLiteral("更新时间"), QStringLiteral("時間"),      QStringLiteral("时间"),
        QStringLiteral("日期"),     QStringLiteral("published"), QStringLiteral("updated"),
        QStringLiteral("posted"),   QStringLiteral("date"),      QStringLiteral("time")};
    static const QStringList source = {QStringLiteral("來源"), QStringLiteral("来源"),
                                       QStringLiteral("出處"), QStringLiteral("出处"),
                                       QStringLiteral("source")};
    static const QStringList author = {
        QStringLiteral("作者"),    QStringLiteral("記者"),     QStringLiteral("记者"),
        QStringLiteral("撰稿"),    QStringLiteral("撰文"),     QStringLiteral("author"),
        QStringLiteral("authors"), QStringLiteral("reporter"), QStringLiteral("reporters"),
        QStringLiteral("writer"),  QStringLiteral("writers"),  QStringLiteral("by")};
    static const QStringList editor = {
        QStringLiteral("責任編輯"), QStringLiteral("责任编辑"), QStringLiteral("責編"),
        QStringLiteral("责编"),     QStringLiteral("編輯"),     QStringLiteral("编辑"),
        QStringLiteral("editor"),   QStringLiteral("editors"),  QStringLiteral("editor-in-charge")};
    if (time.contains(l))
        return FieldKind::Time;
    if (source.contains(l))
        return FieldKind::Source;
    if (author.contains(l))
        return FieldKind::Author;
    if (editor.contains(l))
        return FieldKind::Editor;
    return FieldKind::Other;
}

const QRegularExpression &dateExpression()
{
    static const QRegularExpression expression(
        // Seconds follow a colon (08:40:00) or 分 (08時40分00秒); a lone 分 ends the minutes.
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                       "(?:\\s*(\\d{1,2})\\s*[:：時时点點]\\s*(\\d{2})"
                       "(?|\\s*[:：]\\s*(\\d{2})|\\s*分(?:\\s*(\\d{2})\\s*秒)?)?)?"));
    return expression;
}

const QRegularExpression &englishDateExpression()
{
    static const QRegularExpression expression(
        QStringLiteral(
            "^(?:[A-Za-z]+,?\\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
            "\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
            "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\b\\.?)?)?"),
        QRegularExpression::CaseInsensitiveOption);
    return expression;
}

qsizetype dateLength(QStringView text)
{
    QRegularExpressionMatch match = dateExpression().match(text);
    if (match.hasMatch())
        return match.capturedLength(0);
    match = englishDateExpression().match(text);
    return match.hasMatch() ? match.capturedLength(0) : 0;
}

bool isSeparator(QChar c)
{
    return c == u'|' || c == u'｜' || c == u'丨' || c == u'\t' || c == u'\n' || c == u'\r';
}

bool isBar(QChar c)
{
    return c == u'|' || c == u'｜' || c == u'丨';
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\u3000' || c == u'\u00A0';
}

bool hasSentenceEnd(QStringView text)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[。！？!?]"));
    return text.contains(sentenceEnd);
}

bool isAllHan(QStringView text)
{
    for (const QChar c : text) {
        if (!isHan(c.unicode()))
            return false;
    }
    return !text.isEmpty();
}

// Where a value that runs into body text ends. Only Han words count: digits or Latin after a
// Chinese value belong to the body (王軍8月23日 → 王軍).
qsizetype gluedValueLength(FieldKind kind, QStringView rest)
{
    if (kind == FieldKind::Time)
        return dateLength(rest);
    if (detectLanguage(rest.left(8)) != Language::Chinese) {
        // Latin values end at the first sentence-like break.
        qsizetype i = 0;
        while (i < rest.size() && !isHan(rest.at(i).unicode()))
            ++i;
        return i;
    }
    static thread_local const WordBreaker words(Language::Chinese);
    const QList<WordToken> tokens = words.split(rest.left(64));
    const auto isHanWord = [rest](const WordToken &token) {
        return token.isWord && isAllHan(rest.mid(token.range.start, token.range.length));
    };

    if (kind == FieldKind::Source) {
        // A source is a name ending in 網/社/報/台… (新華網, 人民日報, 央視新聞). ICU may split
        // it (新華|網, and 新|华|网 in Simplified), so end after the first word within the first
        // eight characters that ends with such a suffix; without one, take the first word.
        static const QString suffixes = QStringLiteral("網网社報报台站刊號号聞闻");
        qsizetype firstWord = 0;
        for (const WordToken &token : tokens) {
            if (!isHanWord(token) || token.range.end() > 8)
                break;
            if (firstWord == 0)
                firstWord = token.range.end();
            if (suffixes.contains(rest.at(token.range.end() - 1)))
                return token.range.end();
        }
        return firstWord;
    }

    // Names: consume single-character dictionary tokens (at most four) and stop at the first
    // multi-character word: 曹|川|川|中共中央 → 曹川川. A name followed by a one-character word
    // (曹|川|川|在|北京) cannot be told apart from a four-character name.
    qsizetype length = 0;
    int taken = 0;
    for (const WordToken &token : tokens) {
        if (!isHanWord(token))
            break;
        if (token.range.length > 1 && taken > 0)
            break;
        length = token.range.end();
        if (token.range.length > 1 || ++taken == 4)
            break;
    }
    return length;
}

struct Label
{
    qsizetype start = -1;
    qsizetype end = -1; ///< After the colon.
    QStringView text;
};

Label labelAt(QStringView paragraph, qsizetype position, bool anchored)
{
    const auto options = anchored ? QRegularExpression::AnchorAtOffsetMatchOption
                                  : QRegularExpression::NoMatchOption;
    QRegularExpressionMatch match =
        labelExpression().match(paragraph, position, QRegularExpression::NormalMatch, options);
    while (match.hasMatch()) {
        const qsizetype start = match.capturedStart(0);
        // A label starts a field only at the start or after a space or separator, so that
        // 新時間: inside a sentence or "update:" inside a word is not a label.
        if (start == 0 || isSpace(paragraph.at(start - 1)) || isSeparator(paragraph.at(start - 1)))
            return {start, match.capturedEnd(0), match.capturedView(1)};
        if (anchored)
            break;
        match = labelExpression().match(paragraph, start + 1);
    }
    return {};
}

qsizetype skipSpaces(QStringView text, qsizetype i)
{
    while (i < text.size() && isSpace(text.at(i)))
        ++i;
    return i;
}

} // namespace

std::optional<MetadataSpan> findMetadata(QStringView paragraph)
{
    qsizetype position = skipSpaces(paragraph, 0);
    Label label = labelAt(paragraph, position, true);
    if (label.start < 0)
        return std::nullopt;

    MetadataSpan span;
    bool strongLabel = false;
    while (label.start >= 0) {
        const FieldKind kind = kindOf(label.text);
        strongLabel = strongLabel || label.text.size() >= 2 || kind == FieldKind::Time;
        const qsizetype valueStart = skipSpaces(paragraph, label.end);

        // The value ends at a separator, at two spaces, or where the next label begins.
        qsizetype valueEnd = valueStart;
        while (valueEnd < paragraph.size() && !isSeparator(paragraph.at(valueEnd)) &&
               !(isSpace(paragraph.at(valueEnd)) && valueEnd + 1 < paragraph.size() &&
                 isSpace(paragraph.at(valueEnd + 1))))
            ++valueEnd;
        const Label next = labelAt(paragraph.left(valueEnd), valueStart, false);
        if (next.start >= 0)
            valueEnd = next.start;

        QStringView value = paragraph.mid(valueStart, valueEnd - valueStart);
        const bool runsToEnd = valueEnd == paragraph.size();
        if (runsToEnd && (value.size() > 40 || hasSentenceEnd(value))) {
            // The last value is glued to the body: cut it where the value must end.
            const qsizetype length = gluedValueLength(kind, value);
            value = value.left(length);
            span.bodyStart = skipSpaces(paragraph, valueStart + length);
            if (span.bodyStart >= paragraph.size())
                span.bodyStart = -1;
        }
        span.fields.append({label.text.toString(), value.trimmed().toString()});
        span.length = valueStart + value.trimmed().size();
        if (value.trimmed().isEmpty())
            span.length = label.end;
        if (span.bodyStart >= 0 || next.start < 0) {
            if (span.bodyStart >= 0 || runsToEnd)
                break;
            // A separator follows: go on only if another label comes after it. A short
            // unlabelled part between bars (By: Zhang Yi | China Daily) still belongs to the
            // line but has no label to make a field of; anything else is body text.
            qsizetype after = valueEnd;
            bool afterBar = false;
            for (;;) {
                while (after < paragraph.size() &&
                       (isSeparator(paragraph.at(after)) || isSpace(paragraph.at(after)))) {
                    afterBar = afterBar || isBar(paragraph.at(after));
                    ++after;
                }
                label = labelAt(paragraph, after, true);
                if (label.start >= 0 || after >= paragraph.size())
                    break;
                qsizetype segmentEnd = after;
                while (segmentEnd < paragraph.size() && !isSeparator(paragraph.at(segmentEnd)))
                    ++segmentEnd;
                const QStringView segment = paragraph.mid(after, segmentEnd - after).trimmed();
                if (!afterBar || segment.size() > 30 || hasSentenceEnd(segment))
                    break;
                span.length = after + segment.size();
                after = segmentEnd;
                afterBar = false;
            }
            if (label.start < 0) {
                if (after < paragraph.size())
                    span.bodyStart = after;
                break;
            }
            continue;
        }
        label = next;
    }

    // One field alone is metadata only when it is unmistakable and short, so that a body
    // sentence beginning with 時間： is left alone.
    if (span.fields.size() == 1) {
        // 時間:過得真快… is a sentence: no value was found before the body.
        if (span.bodyStart >= 0 && span.fields.first().value.isEmpty())
            return std::nullopt;
        const bool shortLine = span.bodyStart < 0 && paragraph.size() <= 80;
        if (!shortLine && !(strongLabel && span.fields.first().key.size() >= 2))
            return std::nullopt;
        if (!shortLine && span.bodyStart >= 0 &&
            kindOf(span.fields.first().key) == FieldKind::Other)
            return std::nullopt;
    }
    return span;
}

bool isDateLine(QStringView paragraph)
{
    const QStringView trimmed = paragraph.trimmed();
    return !trimmed.isEmpty() && trimmed.size() <= 40 && dateLength(trimmed) == trimmed.size() &&
           parsePublicationTime(trimmed).isValid();
}

QDateTime parsePublicationTime(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    bool hasTime = false;
    QRegularExpressionMatch match = dateExpression().match(trimmed);
    if (match.hasMatch()) {
        year = match.capturedView(1).toInt();
        month = match.capturedView(2).toInt();
        day = match.capturedView(3).toInt();
        hasTime = match.hasCaptured(4);
        if (hasTime) {
            hour = match.capturedView(4).toInt();
            minute = match.capturedView(5).toInt();
            second = match.hasCaptured(6) ? match.capturedView(6).toInt() : 0;
        }
    } else {
        match = englishDateExpression().match(trimmed);
        if (!match.hasMatch())
            return {};
        static const QStringList months = {
            QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
            QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
            QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
            QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
        month = int(months.indexOf(match.captured(1).toLower())) + 1;
        day = match.capturedView(2).toInt();
        year = match.capturedView(3).toInt();
        hasTime = match.hasCaptured(4);
        if (hasTime) {
            hour = match.capturedView(4).toInt();
            minute = match.capturedView(5).toInt();
            second = match.hasCaptured(6) ? match.capturedView(6).toInt() : 0;
            if (match.hasCaptured(7)) {
                // 12-hour clock: 12:05 AM is 00:05, 8:40 PM is 20:40.
                if (hour < 1 || hour > 12)
                    return {};
                const bool pm = match.capturedView(7).compare(u"p", Qt::CaseInsensitive) == 0;
                hour = hour % 12 + (pm ? 12 : 0);
            }
        }
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time);
}

void addMetadataFields(Metadata &metadata, const QList<MetadataField> &fields)
{
    for (const MetadataField &field : fields) {
        metadata.fields.append(field);
        switch (kindOf(field.key)) {
        case FieldKind::Time:
            if (metadata.published.isEmpty()) {
                metadata.published = field.value;
                metadata.publishedAt = parsePublicationTime(field.value);
            }
            break;
        case FieldKind::Source:
            if (metadata.source.isEmpty())
                metadata.source = field.value;
            break;
        case FieldKind::Author:
            if (!metadata.hasAuthorField || metadata.author.isEmpty())
                metadata.author = field.value;
            metadata.hasAuthorField = true;
            break;
        case FieldKind::Editor:
            if (metadata.editor.isEmpty())
                metadata.editor = field.value;
            break;
        case FieldKind::Other:
            break;
        }
    }
}

} // namespace duizhao
