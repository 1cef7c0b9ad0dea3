#include "core/model/Document.h"

namespace duizhao {

qsizetype Side::sentenceCount() const
{
    qsizetype count = 0;
    for (const Paragraph &paragraph : paragraphs)
        count += paragraph.sentences.size();
    return count;
}

const Side &Document::side(Language language) const
{
    return language == Language::English ? english : chinese;
}

Side &Document::side(Language language)
{
    return language == Language::English ? english : chinese;
}

QString Document::text(const Side &side, const TextRange &range) const
{
    return textView(side, range).toString();
}

QStringView Document::textView(const Side &side, const TextRange &range) const
{
    if (side.sourceIndex < 0 || side.sourceIndex >= sources.size())
        return {};
    return QStringView(sources.at(side.sourceIndex).text).mid(range.start, range.length);
}

QList<SentenceRef> Document::sentenceRefs(Language language) const
{
    const Side &s = side(language);
    QList<SentenceRef> refs;
    refs.reserve(s.sentenceCount());
    for (int p = 0; p < s.paragraphs.size(); ++p) {
        const Paragraph &paragraph = s.paragraphs.at(p);
        if (paragraph.role == ParagraphRole::Metadata)
            continue;
        for (int i = 0; i < paragraph.sentences.size(); ++i)
            refs.append({p, i, paragraph.role, paragraph.sentences.at(i).range});
    }
    return refs;
}

QStringList Document::sentenceTexts(Language language) const
{
    const Side &s = side(language);
    QStringList texts;
    for (const SentenceRef &ref : sentenceRefs(language))
        texts.append(text(s, ref.range));
    return texts;
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::Chinese:
        return QStringLiteral("zh");
    case Language::English:
        return QStringLiteral("en");
    case Language::Neutral:
        break;
    }
    return {};
}

QString layoutName(Layout layout)
{
    switch (layout) {
    case Layout::Blocks:
        return QStringLiteral("blocks");
    case Layout::Interleaved:
        return QStringLiteral("interleaved");
    case Layout::TwoFiles:
        return QStringLiteral("two-files");
    case Layout::Presplit:
        return QStringLiteral("presplit");
    case Layout::OneSided:
        return QStringLiteral("one-sided");
    }
    return {};
}

QString paragraphRoleName(ParagraphRole role)
{
    switch (role) {
    case ParagraphRole::Body:
        return QStringLiteral("body");
    case ParagraphRole::Title:
        return QStringLiteral("title");
    case ParagraphRole::Metadata:
        return QStringLiteral("metadata");
    case ParagraphRole::Extra:
        return QStringLiteral("extra");
    case ParagraphRole::Heading:
        return QStringLiteral("heading");
    }
    return {};
}

QString noticeName(Notice notice)
{
    switch (notice) {
    case Notice::ChineseMissing:
        return QStringLiteral("chinese-missing");
    case Notice::EnglishMissing:
        return QStringLiteral("english-missing");
    case Notice::ExtraTextKept:
        return QStringLiteral("extra-text-kept");
    case Notice::DecodingDoubtful:
        return QStringLiteral("decoding-doubtful");
    }
    return {};
}

} // namespace duizhao
