#include "core/import/HtmlImporter.h"

#include "core/import/XmlReading.h"
#include "core/io/TextDecoder.h"

#include <QRegularExpression>

#include <unicode/ucnv.h>

#include <cctype>
#include <gumbo.h>
#include <memory>

namespace duizhao {

namespace {

const QString Format = QStringLiteral("HTML");

/// Web pages beyond this are not articles.
constexpr qsizetype MaxHtmlBytes = 32 * 1024 * 1024;

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};

/// Decodes bytes in a declared charset; GBK and GB2312 are read as GB18030, their superset.
std::optional<QString> decodeAs(const QByteArray &bytes, QString charset)
{
    if (charset == u"gbk" || charset == u"gb2312" || charset == u"x-gbk" || charset == u"cp936")
        charset = QStringLiteral("gb18030");
    if (charset == u"big5")
        charset = QStringLiteral("big5-hkscs"); // Big5 as saved on Windows and in Hong Kong.
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(
        ucnv_open(charset.toLatin1().constData(), &status));
    if (U_FAILURE(status))
        return std::nullopt;
    QString text(bytes.size() * 2 + 2, Qt::Uninitialized);
    const int32_t length =
        ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
                      bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    text.truncate(length);
    return text;
}

struct Decoded
{
    QString text;
    QString encoding;
};

Result<Decoded> decodePage(const QByteArray &bytes)
{
    const bool hasMark = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") ||
                         bytes.startsWith("\xFE\xFF");
    const QString charset = declaredCharset(bytes);
    if (!hasMark && !charset.isEmpty() && charset != u"utf-8" && charset != u"utf8") {
        if (std::optional<QString> text = decodeAs(bytes, charset))
            return Decoded{*text, charset.toUpper()};
    }
    // UTF-8, a byte order mark, or no declaration: the text file decoder finds out.
    Result<DecodedText> decoded = decodeText(bytes);
    if (!decoded) {
        if (std::optional<QString> text = decodeAs(bytes, QStringLiteral("utf-8")))
            return Decoded{*text, QStringLiteral("UTF-8")};
        return decoded.error();
    }
    return Decoded{decoded->text, decoded->encoding};
}

/// Nesting depth as written (open minus close tags of elements that must be closed), so a
/// hostile page is refused before the parser builds it.
bool nestsTooDeep(const QByteArray &bytes)
{
    static const QByteArrayList selfClosing = {"p",      "li",    "td",    "tr",   "th",     "dt",
                                               "dd",     "br",    "img",   "hr",   "meta",   "link",
                                               "input",  "col",   "area",  "base", "source", "wbr",
                                               "option", "embed", "param", "track"};
    int depth = 0;
    for (qsizetype i = bytes.indexOf('<'); i >= 0 && i + 1 < bytes.size();
         i = bytes.indexOf('<', i + 1)) {
        const bool closing = bytes.at(i + 1) == '/';
        qsizetype start = i + (closing ? 2 : 1);
        qsizetype end = start;
        while (end < bytes.size() && end - start < 12 && std::isalnum(uchar(bytes.at(end))))
            ++end;
        if (end == start)
            continue;
        if (selfClosing.contains(bytes.mid(start, end - start).toLower()))
            continue;
        depth += closing ? -1 : 1;
        if (depth > MaxElementDepth * 4)
            return true;
    }
    return false;
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    GumboStringPiece original = element.original_tag;
    gumbo_tag_from_original_text(&original);
    return QString::fromUtf8(original.data, qsizetype(original.length)).toLower();
}

HtmlElement describe(const GumboElement &element)
{
    HtmlElement described;
    described.name = tagName(element);
    described.epubType = attribute(element, "epub:type");
    described.role = attribute(element, "role");
    described.classAndId = attribute(element, "class") + u' ' + attribute(element, "id");
    const QString style = attribute(element, "style");
    described.hidden = gumbo_get_attribute(&element.attributes, "hidden") ||
                       style.contains(QStringLiteral("display:none")) ||
                       style.contains(QStringLiteral("display: none"));
    return described;
}

qsizetype textLength(const GumboNode *root)
{
    qsizetype length = 0;
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type == GUMBO_NODE_TEXT) {
            length += qsizetype(strlen(node->v.text.text));
        } else if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag != GUMBO_TAG_SCRIPT &&
                   node->v.element.tag != GUMBO_TAG_STYLE) {
            for (unsigned i = 0; i < node->v.element.children.length; ++i)
                stack.append(static_cast<const GumboNode *>(node->v.element.children.data[i]));
        }
    }
    return length;
}

/// The page's main text: the largest <article>, <main> or role="main" element, else <body>.
const GumboNode *mainContent(const GumboNode *root, bool &isArticle)
{
    const GumboNode *body = nullptr;
    const GumboNode *best = nullptr;
    qsizetype bestLength = 0;
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &element = node->v.element;
        if (element.tag == GUMBO_TAG_BODY)
            body = node;
        const bool candidate = element.tag == GUMBO_TAG_ARTICLE || element.tag == GUMBO_TAG_MAIN ||
                               attribute(element, "role") == u"main";
        if (candidate) {
            const qsizetype length = textLength(node);
            if (length > bestLength) {
                best = node;
                bestLength = length;
            }
        }
        for (unsigned i = 0; i < element.children.length; ++i)
            stack.append(static_cast<const GumboNode *>(element.children.data[i]));
    }
    // An article much shorter than the page may be a teaser box: then the body it is.
    isArticle = best && (!body || bestLength * 4 >= textLength(body));
    return isArticle ? best : (body ? body : root);
}

/// Feeds a subtree to the blocks without recursion (pages may nest deeply).
void walk(const GumboNode *root, HtmlBlocks &blocks)
{
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
    };
    QList<Frame> stack{{root, 0}};
    blocks.startElement(describe(root->v.element));
    while (!stack.isEmpty()) {
        Frame &frame = stack.last();
        const GumboVector &children = frame.node->v.element.children;
        if (frame.next >= children.length) {
            blocks.endElement();
            stack.removeLast();
            continue;
        }
        const GumboNode *child = static_cast<const GumboNode *>(children.data[frame.next++]);
        switch (child->type) {
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            blocks.startElement(describe(child->v.element));
            stack.append({child, 0});
            break;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            blocks.characters(QString::fromUtf8(child->v.text.text));
            break;
        default:
            break;
        }
    }
}

std::optional<Error> parse(const QByteArray &utf8, HtmlBlocks &blocks, bool article)
{
    if (utf8.size() > MaxHtmlBytes)
        return Error{ErrorCode::LimitExceeded, {}, utf8.size(), QStringLiteral("html-size")};
    if (nestsTooDeep(utf8))
        return Error{ErrorCode::LimitExceeded, {}, -1, QStringLiteral("nesting")};
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 1000;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    if (!output)
        return Error{ErrorCode::MalformedFile, {}, -1, Format};
    bool isArticle = false;
    const GumboNode *root = article ? mainContent(output->root, isArticle) : output->root;
    if (article)
        blocks.setKeepHeaders(isArticle); // A page's own <header> is its banner.
    walk(root, blocks);
    blocks.finish();
    gumbo_destroy_output(&options, output);
    if (blocks.tooDeep())
        return Error{ErrorCode::LimitExceeded, {}, -1, QStringLiteral("nesting")};
    return std::nullopt;
}

} // namespace

QString declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression xml(
        QStringLiteral("^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(4096));
    QRegularExpressionMatch match = meta.match(head);
    if (!match.hasMatch())
        match = xml.match(head);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

std::optional<Error> readHtml(const QByteArray &utf8, HtmlBlocks &blocks)
{
    return parse(utf8, blocks, false);
}

Result<ImportedText> HtmlImporter::read(const QByteArray &bytes) const
{
    if (bytes.size() > MaxHtmlBytes)
        return Error{ErrorCode::LimitExceeded, {}, bytes.size(), QStringLiteral("html-size")};
    Result<Decoded> decoded = decodePage(bytes);
    if (!decoded)
        return decoded.error();
    // gumbo reads UTF-8; the declaration in the page no longer applies.
    const QByteArray utf8 = decoded->text.toUtf8();
    TextBuilder builder;
    HtmlBlocks::Options options;
    options.dropBoilerplate = true;
    HtmlBlocks blocks(builder, options);
    if (std::optional<Error> error = parse(utf8, blocks, true))
        return *error;
    return builder.take(Format, decoded->encoding);
}

} // namespace duizhao
