#include "core/text/Segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <vector>

namespace duizhao {

namespace {

// ICU's sentence rules are right most of the time; the post-pass below fixes what they get wrong
// for real text: it adds cuts ICU misses (ellipses), moves cuts that swallow an opening bracket,
// and drops cuts after abbreviations and initials. Everything it needs is in these tables.

/// How an abbreviation decides whether the following text continues its sentence.
enum class AbbreviationKind
{
    Always,    ///< A title or "e.g.": always followed by more of the same sentence.
    Postfix,   ///< "Inc.", "U.S.", "Jr.": continues unless the next word starts a sentence.
    Lowercase, ///< "a.m.", "etc.": continues only before a lowercase word or a digit.
    Numeric,   ///< "No.", "Jan.": continues only before a digit.
};

struct Abbreviation
{
    QStringView text;
    AbbreviationKind kind;
};

constexpr Abbreviation abbreviations[] = {
    {u"Mr.", AbbreviationKind::Always},        {u"Mrs.", AbbreviationKind::Always},
    {u"Ms.", AbbreviationKind::Always},        {u"Dr.", AbbreviationKind::Always},
    {u"Prof.", AbbreviationKind::Always},      {u"Gen.", AbbreviationKind::Always},
    {u"Gov.", AbbreviationKind::Always},       {u"Sen.", AbbreviationKind::Always},
    {u"Rep.", AbbreviationKind::Always},       {u"Capt.", AbbreviationKind::Always},
    {u"Lt.", AbbreviationKind::Always},        {u"Col.", AbbreviationKind::Always},
    {u"Sgt.", AbbreviationKind::Always},       {u"Rev.", AbbreviationKind::Always},
    {u"Hon.", AbbreviationKind::Always},       {u"Mt.", AbbreviationKind::Always},
    {u"vs.", AbbreviationKind::Always},        {u"e.g.", AbbreviationKind::Always},
    {u"i.e.", AbbreviationKind::Always},       {u"St.", AbbreviationKind::Postfix},
    {u"Jr.", AbbreviationKind::Postfix},       {u"Sr.", AbbreviationKind::Postfix},
    {u"U.S.", AbbreviationKind::Postfix},      {u"U.K.", AbbreviationKind::Postfix},
    {u"U.N.", AbbreviationKind::Postfix},      {u"E.U.", AbbreviationKind::Postfix},
    {u"Inc.", AbbreviationKind::Postfix},      {u"Ltd.", AbbreviationKind::Postfix},
    {u"Co.", AbbreviationKind::Postfix},       {u"Corp.", AbbreviationKind::Postfix},
    {u"Dept.", AbbreviationKind::Postfix},     {u"a.m.", AbbreviationKind::Lowercase},
    {u"p.m.", AbbreviationKind::Lowercase},    {u"A.M.", AbbreviationKind::Lowercase},
    {u"P.M.", AbbreviationKind::Lowercase},    {u"etc.", AbbreviationKind::Lowercase},
    {u"approx.", AbbreviationKind::Lowercase}, {u"No.", AbbreviationKind::Numeric},
    {u"Fig.", AbbreviationKind::Numeric},      {u"Jan.", AbbreviationKind::Numeric},
    {u"Feb.", AbbreviationKind::Numeric},      {u"Mar.", AbbreviationKind::Numeric},
    {u"Apr.", AbbreviationKind::Numeric},      {u"Jun.", AbbreviationKind::Numeric},
    {u"Jul.", AbbreviationKind::Numeric},      {u"Aug.", AbbreviationKind::Numeric},
    {u"Sep.", AbbreviationKind::Numeric},      {u"Sept.", AbbreviationKind::Numeric},
    {u"Oct.", AbbreviationKind::Numeric},      {u"Nov.", AbbreviationKind::Numeric},
    {u"Dec.", AbbreviationKind::Numeric},
};

/// Capitalised words that usually begin a sentence: after "Inc." or an initial they mean the
/// sentence did end there ("Apple Inc. The company…", "Plan B. Then…").
constexpr QStringView sentenceStarters[] = {
    u"A",     u"After", u"All",     u"Also",  u"An", u"And",  u"As",   u"At",    u"But",  u"He",
    u"Her",   u"His",   u"However", u"I",     u"If", u"In",   u"It",   u"Its",   u"Many", u"Most",
    u"My",    u"On",    u"Our",     u"She",   u"So", u"Some", u"The",  u"Their", u"Then", u"There",
    u"These", u"They",  u"This",    u"Those", u"We", u"What", u"When", u"You",
};

// Brackets and quotes that close a sentence's material and must stay with it.
constexpr QStringView closers = u"”’」』）)】》〉］]｝}〕〗〙〛»›";
// Opening ones that ICU's Close class glues to the end of the previous sentence (。「).
constexpr QStringView openers = u"「『（(【《〈［[｛{〔〖〘〚“‘«‹";
// A sentence never starts with these: they continue the clause before them.
constexpr QStringView continuations = u",;:，；：、";
constexpr QStringView ellipsisChars = u"…⋯";

bool isOneOf(QChar c, QStringView set)
{
    return set.contains(c);
}

bool isLatinLetter(QChar c)
{
    return c.unicode() < 0x0250 && c.isLetter();
}

bool isSpace(QChar c)
{
    // QChar::isSpace covers U+3000 ideographic space and no-break space.
    return c.isSpace();
}

QStringView nextWord(QStringView text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && isLatinLetter(text[end]))
        ++end;
    return text.sliced(from, end - from);
}

bool startsSentence(QStringView text, qsizetype from)
{
    const QStringView word = nextWord(text, from);
    // "A." after a starter-looking "A" is another initial, not the article.
    if (word.isEmpty() || (from + word.size() < text.size() && text[from + word.size()] == u'.'))
        return false;
    return std::find(std::begin(sentenceStarters), std::end(sentenceStarters), word) !=
           std::end(sentenceStarters);
}

/// "J." or "U.S.A.": upper-case letters, each followed by a full stop.
bool isInitials(QStringView token)
{
    if (token.size() < 2 || token.size() % 2 != 0)
        return false;
    for (qsizetype i = 0; i < token.size(); i += 2) {
        if (!token[i].isUpper() || token[i + 1] != u'.')
            return false;
    }
    return true;
}

/// Whether the break between text[..aEnd) (last non-space) and text[bStart..) (first non-space)
/// should be dropped.
bool continuesSentence(QStringView text, qsizetype aStart, qsizetype aEnd, qsizetype bStart)
{
    const QChar next = text[bStart];
    if (isOneOf(next, continuations) || isOneOf(next, closers))
        return true;

    const QChar last = text[aEnd - 1];
    if (last == u'.') {
        qsizetype tokenStart = aEnd - 1;
        while (tokenStart > aStart &&
               (isLatinLetter(text[tokenStart - 1]) || text[tokenStart - 1] == u'.'))
            --tokenStart;
        const QStringView token = text.sliced(tokenStart, aEnd - tokenStart);
        if (token.endsWith(u"..")) // an ellipsis, handled by ICU and the ellipsis cuts
            return false;
        const auto found = std::find_if(std::begin(abbreviations), std::end(abbreviations),
                                        [token](const Abbreviation &a) { return a.text == token; });
        if (found != std::end(abbreviations)) {
            switch (found->kind) {
            case AbbreviationKind::Always:
                return true;
            case AbbreviationKind::Postfix:
                return !startsSentence(text, bStart);
            case AbbreviationKind::Lowercase:
                return next.isLower() || next.isDigit();
            case AbbreviationKind::Numeric:
                return next.isDigit();
            }
        }
        // Initials before a name: "J. K. Rowling", "George W. Bush".
        if (isInitials(token))
            return next.isUpper() && !startsSentence(text, bStart);
        return false;
    }

    // "Why?" he asked. — a quoted question or exclamation followed by lower case goes on.
    if (next.isLower()) {
        qsizetype i = aEnd;
        while (i > aStart &&
               (isOneOf(text[i - 1], closers) || text[i - 1] == u'"' || text[i - 1] == u'\''))
            --i;
        if (i < aEnd && i > aStart && (text[i - 1] == u'?' || text[i - 1] == u'!'))
            return true;
    }
    return false;
}

/// Cuts ICU misses after an ellipsis (… and ⋯ are not sentence terminators to ICU): "……」然後" ends
/// after the closing quote, "wait… Then" before the capital. "我想……也許" and "wait… then" go on.
void addEllipsisCuts(QStringView text, std::vector<qsizetype> &cuts)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (!isOneOf(text[i], ellipsisChars))
            continue;
        qsizetype j = i;
        while (j < n && isOneOf(text[j], ellipsisChars))
            ++j;
        qsizetype afterClose = j;
        // Right after an ellipsis a straight quote can only be a closing one.
        while (afterClose < n && (isOneOf(text[afterClose], closers) || text[afterClose] == u'"' ||
                                  text[afterClose] == u'\''))
            ++afterClose;
        qsizetype next = afterClose;
        while (next < n && isSpace(text[next]))
            ++next;
        i = j - 1;
        if (next == n)
            continue;
        const QChar c = text[next];
        const bool closed = afterClose > j;
        const bool startsNew = closed
                                   ? (c.isLetterOrNumber() && !c.isLower()) || isOneOf(c, openers)
                                   : next > afterClose && c.isUpper();
        if (startsNew)
            cuts.push_back(afterClose);
    }
}

/// ICU's Close class includes opening brackets, so "。「好" breaks after 「; move the cut before
/// it. An ASCII '"' is an opener when the text before the cut holds an odd number of them.
qsizetype moveBeforeOpeners(QStringView text, qsizetype start, qsizetype cut)
{
    while (cut > start + 1 && isOneOf(text[cut - 1], openers))
        --cut;
    if (cut > start + 1 && text[cut - 1] == u'"' &&
        text.sliced(start, cut - start).count(u'"') % 2 == 1)
        --cut;
    return cut;
}

bool isClauseMark(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c == u';' || c == u'；' || c == u'：')
        return true;
    if (c != u':')
        return false;
    const bool betweenDigits =
        i > 0 && i + 1 < text.size() && text[i - 1].isDigit() && text[i + 1].isDigit(); // 08:40
    const bool url = text.sliced(i).startsWith(u"://");
    return !betweenDigits && !url;
}

} // namespace

struct Segmenter::Private
{
    Language m_language;
    /// Built once; split() only resets its text. Not thread-safe: one Segmenter per thread.
    std::unique_ptr<icu::BreakIterator> m_iterator;
};

Segmenter::Segmenter(Language language)
    : d(std::make_unique<Private>())
{
    d->m_language = language;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(language == Language::Chinese ? "zh_Hant" : "en_US@ss=standard");
    d->m_iterator.reset(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status))
        d->m_iterator.reset();
}

Segmenter::~Segmenter() = default;

Language Segmenter::language() const
{
    return d->m_language;
}

QList<Sentence> Segmenter::split(QStringView paragraph) const
{
    const qsizetype n = paragraph.size();
    std::vector<qsizetype> cuts;
    if (d->m_iterator && n > 0) {
        // Aliasing constructor: ICU reads the QString's UTF-16 in place.
        const icu::UnicodeString unicode(
            false, reinterpret_cast<const char16_t *>(paragraph.utf16()), int32_t(n));
        d->m_iterator->setText(unicode);
        d->m_iterator->first();
        for (int32_t end = d->m_iterator->next(); end != icu::BreakIterator::DONE;
             end = d->m_iterator->next()) {
            if (end < n)
                cuts.push_back(end);
        }
    }
    addEllipsisCuts(paragraph, cuts);
    std::sort(cuts.begin(), cuts.end());
    cuts.push_back(n);

    QList<Sentence> sentences;
    qsizetype start = 0; // of the sentence being built, untrimmed
    for (qsizetype cut : cuts) {
        if (cut <= start)
            continue;
        if (cut < n) {
            cut = moveBeforeOpeners(paragraph, start, cut);
            qsizetype aEnd = cut;
            while (aEnd > start && isSpace(paragraph[aEnd - 1]))
                --aEnd;
            qsizetype bStart = cut;
            while (bStart < n && isSpace(paragraph[bStart]))
                ++bStart;
            // A space-only side has nothing to separate; keep building.
            if (aEnd == start || bStart == n || continuesSentence(paragraph, start, aEnd, bStart))
                continue;
        }
        qsizetype first = start;
        while (first < cut && isSpace(paragraph[first]))
            ++first;
        qsizetype last = cut;
        while (last > first && isSpace(paragraph[last - 1]))
            --last;
        start = cut;
        if (first == last)
            continue;
        Sentence sentence{{first, last - first}, {}};
        for (qsizetype clauseEnd : clauseEndsIn(paragraph.sliced(first, last - first)))
            sentence.clauseEnds.append(first + clauseEnd);
        sentences.append(std::move(sentence));
    }
    return sentences;
}

QList<qsizetype> clauseEndsIn(QStringView sentence)
{
    QList<qsizetype> ends;
    for (qsizetype i = 0; i + 1 < sentence.size(); ++i)
        if (isClauseMark(sentence, i))
            ends.append(i + 1);
    return ends;
}

} // namespace duizhao
