#include "core/export/AlignedPairs.h"

#include "core/model/AlignedText.h"

#include <algorithm>
#include <functional>

namespace duizhao {

namespace {

// A sentence may hold hand-wrapped line breaks; in an export they are just spaces (English) or
// nothing (Chinese, which has no spaces between words).
QString sentenceWithoutLineBreaks(const QString &text, Language language)
{
    return oneLineText(text.trimmed(), language);
}

QString joinSentences(const QStringList &texts, const QList<SentenceRef> &refs, int begin,
                      int count, Language language)
{
    QString joined;
    for (int k = begin; k < begin + count; ++k) {
        if (k > begin)
            joined += refs.at(k).paragraph != refs.at(k - 1).paragraph ? QStringLiteral("\n")
                      : language == Language::English                  ? QStringLiteral(" ")
                                                                       : QString();
        joined += sentenceWithoutLineBreaks(texts.at(k), language);
    }
    return joined;
}

QString languageTagFor(ChineseScript script, ChineseVariant original)
{
    switch (script) {
    case ChineseScript::Simplified:
        return QStringLiteral("zh-Hans");
    case ChineseScript::TraditionalTaiwan:
        return QStringLiteral("zh-Hant-TW");
    case ChineseScript::TraditionalHongKong:
        return QStringLiteral("zh-Hant-HK");
    case ChineseScript::Traditional:
        return QStringLiteral("zh-Hant");
    case ChineseScript::Original:
        break;
    }
    return original == ChineseVariant::Simplified ? QStringLiteral("zh-Hans")
                                                  : QStringLiteral("zh-Hant");
}

} // namespace

QString oneLineText(QString text, Language language)
{
    const QString replacement = language == Language::Chinese ? QString() : QStringLiteral(" ");
    text.replace(QStringLiteral("\r\n"), replacement);
    text.replace(u'\r', replacement).replace(u'\n', replacement);
    return text;
}

QString AlignedPairs::title() const
{
    QStringList parts;
    if (!chineseTitle.isEmpty())
        parts.append(chineseTitle);
    if (!englishTitle.isEmpty())
        parts.append(englishTitle);
    return parts.join(QStringLiteral(" / "));
}

QString ChapterMark::title() const
{
    if (chinese.isEmpty() || english.isEmpty())
        return chinese + english;
    return chinese + QStringLiteral(" / ") + english;
}

namespace {

/// The chapters of both books as paired (AlignedText::chapterGroups), named by their titles, or
/// without chapters the heading pairs; each at the first pair exported from where it starts.
QList<ChapterMark> chapterMarks(const AlignedText &text, const QList<AlignedPair> &pairs,
                                const std::function<QString(const QString &)> &convert)
{
    const auto firstPairFrom = [&pairs](int bead) {
        const auto found = std::lower_bound(
            pairs.begin(), pairs.end(), bead + 1,
            [](const AlignedPair &pair, int number) { return pair.number < number; });
        return int(found - pairs.begin());
    };
    const auto name = [&](Language language, const QList<int> &chapters) {
        QStringList names;
        for (int chapter : chapters) {
            const QString title = text.document().side(language).chapters.at(chapter).title;
            names.append(
                (title.isEmpty() ? text.sentenceText(text.chapterStart(language, chapter)) : title)
                    .simplified());
        }
        const QString joined = names.join(QStringLiteral(" · "));
        return language == Language::Chinese ? convert(joined) : joined;
    };
    QList<ChapterMark> marks;
    for (const ChapterGroup &group : text.chapterGroups()) {
        const int index = firstPairFrom(group.bead);
        if (index < pairs.size())
            marks.append({index, name(Language::Chinese, group.chinese),
                          name(Language::English, group.english)});
    }
    if (!marks.isEmpty())
        return marks;
    for (int i = 0; i < pairs.size(); ++i)
        if (pairs.at(i).heading)
            marks.append({i, pairs.at(i).chinese.simplified(), pairs.at(i).english.simplified()});
    return marks;
}

} // namespace

QString detectChineseScriptTag(const QString &text)
{
    // Unknown (no converter, no Han) counts as Traditional, the script of the bundled sample.
    return looksSimplified(text) ? QStringLiteral("zh-Hans") : QStringLiteral("zh-Hant");
}

Result<AlignedPairs> AlignedPairs::build(const Document &document, const QList<Bead> &beads,
                                         const PairOptions &options)
{
    const QStringList chineseTexts = document.sentenceTexts(Language::Chinese);
    // One detection serves the conversion and the language tag; loading OpenCC's tables is
    // most of a short document's export.
    const ChineseVariant variant = detectChineseVariant(chineseTexts.mid(0, 400).join(QString()));
    const QString conversion =
        options.conversion ? *options.conversion : fittingConversion(variant, options.script);
    std::shared_ptr<ScriptConverter> converter;
    if (!conversion.isEmpty()) {
        Result<std::shared_ptr<ScriptConverter>> created = ScriptConverter::create(conversion);
        if (!created)
            return created.error();
        converter = *created;
    }
    auto convert = [&converter](const QString &text) {
        return converter ? converter->convert(text) : text;
    };

    const QList<SentenceRef> chineseRefs = document.sentenceRefs(Language::Chinese);
    const QList<SentenceRef> englishRefs = document.sentenceRefs(Language::English);
    const QStringList englishTexts = document.sentenceTexts(Language::English);

    AlignedPairs result;
    result.script = options.script;
    result.chineseTitle = convert(document.metadata.title.trimmed());
    result.englishTitle = document.metadata.englishTitle.trimmed();
    result.published = document.metadata.published;
    for (MetadataField field : document.metadata.fields) {
        field.key = convert(field.key);
        field.value = convert(field.value);
        result.metadataFields.append(field);
    }
    if (!document.sources.isEmpty())
        result.sourcePath = document.sources.first().path;
    result.chineseLanguageTag = languageTagFor(options.script, variant);

    int number = 0;
    for (const Bead &bead : beads) {
        ++number;
        if (bead.chineseBegin < 0 || bead.englishBegin < 0 ||
            bead.chineseBegin + bead.chineseCount > chineseTexts.size() ||
            bead.englishBegin + bead.englishCount > englishTexts.size())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("bead %1").arg(number)};
        AlignedPair pair;
        pair.number = number;
        pair.confidence = bead.confidence;
        pair.unmatched = bead.chineseCount == 0 || bead.englishCount == 0;
        if (!options.includeUnmatched && pair.unmatched)
            continue;
        for (int k = 0; k < bead.chineseCount; ++k) {
            pair.chineseSentences.append(bead.chineseBegin + k);
            pair.title |= chineseRefs.at(bead.chineseBegin + k).role == ParagraphRole::Title;
            pair.heading |= chineseRefs.at(bead.chineseBegin + k).role == ParagraphRole::Heading;
        }
        for (int k = 0; k < bead.englishCount; ++k) {
            pair.englishSentences.append(bead.englishBegin + k);
            pair.title |= englishRefs.at(bead.englishBegin + k).role == ParagraphRole::Title;
            pair.heading |= englishRefs.at(bead.englishBegin + k).role == ParagraphRole::Heading;
        }
        pair.chinese = convert(joinSentences(chineseTexts, chineseRefs, bead.chineseBegin,
                                             bead.chineseCount, Language::Chinese));
        pair.english = joinSentences(englishTexts, englishRefs, bead.englishBegin,
                                     bead.englishCount, Language::English);
        result.pairs.append(pair);
    }
    result.chapters = chapterMarks(AlignedText(document, beads), result.pairs, convert);
    return result;
}

} // namespace duizhao
