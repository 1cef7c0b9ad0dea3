#include "core/import/HtmlBlocks.h"

#include <QRegularExpression>
#include <QSet>

namespace duizhao {

namespace {

bool isBlockElement(const QString &name)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("h1"),
        QStringLiteral("h2"),         QStringLiteral("h3"),      QStringLiteral("h4"),
        QStringLiteral("h5"),         QStringLiteral("h6"),      QStringLiteral("li"),
        QStringLiteral("dt"),         QStringLiteral("dd"),      QStringLiteral("blockquote"),
        QStringLiteral("pre"),        QStringLiteral("td"),      QStringLiteral("th"),
        QStringLiteral("tr"),         QStringLiteral("table"),   QStringLiteral("ul"),
        QStringLiteral("ol"),         QStringLiteral("dl"),      QStringLiteral("section"),
        QStringLiteral("article"),    QStringLiteral("main"),    QStringLiteral("figure"),
        QStringLiteral("figcaption"), QStringLiteral("caption"), QStringLiteral("address"),
        QStringLiteral("hr"),         QStringLiteral("body"),    QStringLiteral("header"),
        QStringLiteral("footer"),     QStringLiteral("center"),  QStringLiteral("details"),
        QStringLiteral("summary"),    QStringLiteral("aside"),   QStringLiteral("nav"),
    };
    return blocks.contains(name);
}

bool isHeading(const QString &name)
{
    return name.size() == 2 && name.at(0) == u'h' && name.at(1) >= u'1' && name.at(1) <= u'6';
}

/// Never text: code, styling, embedded objects, ruby annotations.
bool isNeverText(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("head"),     QStringLiteral("script"),   QStringLiteral("style"),
        QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("svg"),
        QStringLiteral("math"),     QStringLiteral("rt"),       QStringLiteral("rp"),
        QStringLiteral("iframe"),   QStringLiteral("object"),   QStringLiteral("button"),
        QStringLiteral("select"),   QStringLiteral("textarea"), QStringLiteral("title"),
    };
    return names.contains(name);
}

bool isNote(const HtmlElement &element)
{
    return element.epubType.contains(QStringLiteral("noteref")) ||
           element.epubType.contains(QStringLiteral("footnote")) ||
           element.epubType.contains(QStringLiteral("endnote")) ||
           element.epubType.contains(QStringLiteral("rearnote")) ||
           element.role == QStringLiteral("doc-noteref") ||
           element.role == QStringLiteral("doc-footnote") ||
           element.role == QStringLiteral("doc-endnotes");
}

/// A navigation list of an EPUB (its table of contents, landmarks, page list).
bool isBookNavigation(const HtmlElement &element)
{
    return element.name == QStringLiteral("nav") && !element.epubType.isEmpty();
}

bool isBoilerplate(const HtmlElement &element, bool keepHeaders)
{
    static const QSet<QString> names = {QStringLiteral("nav"), QStringLiteral("footer"),
                                        QStringLiteral("aside"), QStringLiteral("form"),
                                        QStringLiteral("menu")};
    static const QSet<QString> roles = {QStringLiteral("navigation"), QStringLiteral("banner"),
                                        QStringLiteral("contentinfo"),
                                        QStringLiteral("complementary"), QStringLiteral("search")};
    static const QRegularExpression classes(
        QStringLiteral("(^|[-_\\s])(nav|navbar|navigation|menu|breadcrumbs?|sidebar|footer|"
                       "comments?|share|sharing|social|related|advert|ads|cookies?|subscribe|"
                       "pagination|toolbar|masthead)([-_\\s]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (names.contains(element.name) || roles.contains(element.role))
        return true;
    if (element.name == QStringLiteral("header") && !keepHeaders)
        return true;
    return !element.classAndId.isEmpty() && classes.match(element.classAndId).hasMatch();
}

} // namespace

HtmlBlocks::HtmlBlocks(TextBuilder &builder, Options options)
    : m_builder(builder)
    , m_options(options)
{}

void HtmlBlocks::startElement(const HtmlElement &element)
{
    Open open;
    if (m_stack.size() >= m_options.maxDepth)
        m_tooDeep = true;
    open.skipped = element.hidden || isNeverText(element.name) || isNote(element) ||
                   isBookNavigation(element) ||
                   (m_options.dropBoilerplate && isBoilerplate(element, m_options.keepHeaders));
    open.heading = isHeading(element.name);
    open.link = element.name == QStringLiteral("a");
    open.block = isBlockElement(element.name);
    if (m_skipping == 0 && open.block)
        flush();
    if (element.name == QStringLiteral("br") && m_skipping == 0)
        m_paragraph.append(u'\u2028');
    m_skipping += open.skipped;
    m_headingDepth += open.heading;
    m_linkDepth += open.link;
    if (open.heading && m_skipping == 0)
        m_paragraphIsHeading = true;
    m_stack.append(open);
}

void HtmlBlocks::endElement()
{
    if (m_stack.isEmpty())
        return;
    const Open open = m_stack.takeLast();
    if (m_skipping == 0 && open.block)
        flush();
    m_skipping -= open.skipped;
    m_headingDepth -= open.heading;
    m_linkDepth -= open.link;
}

void HtmlBlocks::characters(QStringView text)
{
    if (m_skipping > 0)
        return;
    m_paragraph.append(text);
    if (m_linkDepth > 0)
        m_linkCharacters += text.trimmed().size();
}

void HtmlBlocks::finish()
{
    flush();
}

void HtmlBlocks::flush()
{
    const QString text = collapseWhiteSpace(m_paragraph);
    const bool heading = m_paragraphIsHeading;
    const qsizetype linkCharacters = m_linkCharacters;
    m_paragraph.clear();
    m_paragraphIsHeading = false;
    m_linkCharacters = 0;
    if (text.isEmpty())
        return;
    // A block that is mostly links is a menu or a list of other pages.
    if (m_options.dropBoilerplate && !heading && linkCharacters * 2 > text.size())
        return;
    m_builder.addParagraph(text, heading);
    if (heading && m_firstHeading.isEmpty())
        m_firstHeading = text;
}

} // namespace duizhao
