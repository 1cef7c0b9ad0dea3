#include "core/pdfimport/PdfLayout.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace duizhao {

namespace {

/// A line in a page's top or bottom margin band, where running heads and folios sit.
constexpr double MarginBand = 0.1;

bool isChinese(QChar c)
{
    return c.script() == QChar::Script_Han || (c.unicode() >= 0x3000 && c.unicode() <= 0x303F) ||
           (c.unicode() >= 0xFF00 && c.unicode() <= 0xFFEF);
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression number(
        QStringLiteral(
            "^[-–—\\s]*(page\\s*)?([0-9]{1,4}|[ivxlc]{1,6})(\\s*(of|/)\\s*[0-9]{1,4})?"
            "[-–—\\s]*$|^第\\s*[0-9一二三四五六七八九十百]+\\s*页(\\s*/?\\s*共\\s*[0-9]+\\s*页)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return number.match(text.trimmed()).hasMatch();
}

/// The same running head on every page, whatever its page number.
QString runningForm(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    QString form = text.simplified();
    form.replace(digits, QStringLiteral("#"));
    return form;
}

bool inMargin(const PdfLine &line, const PdfPage &page)
{
    const double height = page.size.height();
    return height > 0 &&
           (line.box.bottom() < height * MarginBand || line.box.top() > height * (1 - MarginBand));
}

/// Lines that are running heads, footers or page numbers, as [page][line] flags.
QList<QList<bool>> marginLines(const QList<PdfPage> &pages)
{
    QHash<QString, int> pagesWithForm;
    for (const PdfPage &page : pages) {
        QSet<QString> seen;
        for (const PdfLine &line : page.lines) {
            if (inMargin(line, page))
                seen.insert(runningForm(line.text));
        }
        for (const QString &form : seen)
            ++pagesWithForm[form];
    }
    const int repeated = std::max(2, int(pages.size() + 1) / 2);
    QList<QList<bool>> dropped;
    for (const PdfPage &page : pages) {
        QList<bool> flags;
        for (const PdfLine &line : page.lines) {
            const bool margin = inMargin(line, page);
            flags.append(margin && (isPageNumber(line.text) ||
                                    (pages.size() >= 2 &&
                                     pagesWithForm.value(runningForm(line.text)) >= repeated)));
        }
        dropped.append(flags);
    }
    return dropped;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

bool endsSentence(const QString &text)
{
    static const QString ends = QStringLiteral(".!?:。！？：…\"”’」』)）");
    return !text.isEmpty() && ends.contains(text.back());
}

/// Hyphenated words written within lines ("large-scale"): a break after such a hyphen keeps it.
QSet<QString> hyphenatedWords(const QList<PdfPage> &pages)
{
    static const QRegularExpression compound(QStringLiteral("\\b[A-Za-z]+-[A-Za-z]+\\b"));
    QSet<QString> words;
    for (const PdfPage &page : pages) {
        for (const PdfLine &line : page.lines) {
            for (const QRegularExpressionMatch &match : compound.globalMatch(line.text))
                words.insert(match.captured().toLower());
        }
    }
    return words;
}

/// Joins a wrapped line to the paragraph: a hyphen at a break is undone unless the document
/// writes the word with it elsewhere, Chinese joins without a space, other text with one.
void joinLine(QString &paragraph, const QString &line, const QSet<QString> &compounds)
{
    if (paragraph.isEmpty()) {
        paragraph = line;
        return;
    }
    const QChar last = paragraph.back();
    const QChar first = line.front();
    if (last == u'-' && paragraph.size() >= 2 && paragraph.at(paragraph.size() - 2).isLower() &&
        first.isLower()) {
        qsizetype start = paragraph.size() - 1;
        while (start > 0 && paragraph.at(start - 1).isLetter())
            --start;
        qsizetype end = 0;
        while (end < line.size() && line.at(end).isLetter())
            ++end;
        const QString word = (paragraph.mid(start) + line.left(end)).toLower();
        if (!compounds.contains(word))
            paragraph.chop(1);
        paragraph += line;
    } else if (isChinese(last) || isChinese(first)) {
        paragraph += line;
    } else {
        paragraph += u' ' + line;
    }
}

/// CJK Radicals Supplement characters that stand for a whole ideograph, with that ideograph
/// (Unicode's EquivalentUnifiedIdeograph.txt, the characters a font sharing glyphs gives back).
QChar unifiedIdeograph(QChar radical)
{
    static const QHash<char16_t, char16_t> ideographs = {
        {0x2E8C, 0x5C0F}, {0x2E97, 0x5FC3}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EA7, 0x725B},
        {0x2EA9, 0x738B}, {0x2EAC, 0x793A}, {0x2EAE, 0x7AF9}, {0x2EB3, 0x7F51}, {0x2EC1, 0x864E},
        {0x2EC4, 0x897F}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC9, 0x8D1D}, {0x2ECA, 0x8DB3},
        {0x2ECB, 0x8F66}, {0x2ED1, 0x9577}, {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED7, 0x96E8},
        {0x2ED8, 0x9752}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF},
        {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F},
        {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F},
        {0x2EF0, 0x9F99}, {0x2EF3, 0x9F9F}};
    return QChar(ideographs.value(radical.unicode(), radical.unicode()));
}

/// Undoes what fonts do to extracted text: ligatures (ﬁ, ﬂ) come back as one character, and
/// fonts that draw a radical and its ideograph with one glyph (Noto CJK among them) give back
/// the radical (⼀ for 一, ⺠ for 民). Kangxi radicals and ligatures have compatibility
/// decompositions; nothing else in the text is normalized.
QString withPlainCharacters(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const bool kangxi = c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF;
        const bool ligature = c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06;
        if (kangxi || ligature)
            result += QString(c).normalized(QString::NormalizationForm_KC);
        else if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2EFF)
            result += unifiedIdeograph(c);
        else
            result += c;
    }
    return result;
}

} // namespace

ImportedText pdfText(const QList<PdfPage> &pages)
{
    const QList<QList<bool>> dropped = marginLines(pages);
    const QSet<QString> compounds = hyphenatedWords(pages);
    QList<double> heights;
    for (const PdfPage &page : pages) {
        for (const PdfLine &line : page.lines)
            heights.append(line.box.height());
    }
    const double bodyHeight = median(heights);

    TextBuilder builder;
    QString paragraph;
    bool paragraphIsHeading = false;
    bool lastLineShort = false;
    double lastPageRight = 0;
    const auto flush = [&] {
        builder.addParagraph(paragraph, paragraphIsHeading);
        paragraph.clear();
        paragraphIsHeading = false;
    };
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const PdfPage &page = pages.at(p);
        double left = page.size.width();
        double right = 0;
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            if (!dropped.at(p).at(i)) {
                left = std::min(left, page.lines.at(i).box.left());
                right = std::max(right, page.lines.at(i).box.right());
            }
        }
        const PdfLine *previous = nullptr;
        lastPageRight = right;
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            if (dropped.at(p).at(i))
                continue;
            const PdfLine &line = page.lines.at(i);
            const QString text = withPlainCharacters(line.text.simplified());
            if (text.isEmpty())
                continue;
            const bool heading = bodyHeight > 0 && line.box.height() > bodyHeight * 1.3;
            bool newParagraph = paragraph.isEmpty() || heading || paragraphIsHeading;
            if (!newParagraph && previous) {
                const double gap = line.box.top() - previous->box.bottom();
                const double lineHeight = std::max(previous->box.height(), 1.0);
                const bool indented = line.box.left() - left > lineHeight * 1.2 &&
                                      previous->box.left() - left < lineHeight * 0.5;
                const bool shortLine = previous->box.right() < right - lineHeight * 2;
                newParagraph =
                    gap > lineHeight * 0.8 || indented || (shortLine && endsSentence(paragraph));
            } else if (!newParagraph) {
                // The first line of a page continues the last paragraph unless that one ended,
                // short of the margin or followed by an indent.
                newParagraph = endsSentence(paragraph) &&
                               (lastLineShort || line.box.left() - left > bodyHeight);
            }
            if (newParagraph)
                flush();
            joinLine(paragraph, text, compounds);
            paragraphIsHeading = heading;
            previous = &line;
            lastLineShort = line.box.right() < lastPageRight - std::max(line.box.height(), 1.0) * 2;
        }
    }
    flush();
    return builder.take(QStringLiteral("PDF"), QString());
}

} // namespace duizhao
