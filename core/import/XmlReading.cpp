#include "core/import/XmlReading.h"

#include <QHash>

namespace duizhao {

namespace {

class HtmlEntityResolver : public QXmlStreamEntityResolver
{
public:
    QString resolveUndeclaredEntity(const QString &name) override
    {
        static const QHash<QString, QString> entities = {
            {QStringLiteral("nbsp"), QStringLiteral("\u00A0")},
            {QStringLiteral("ensp"), QStringLiteral("\u2002")},
            {QStringLiteral("emsp"), QStringLiteral("\u2003")},
            {QStringLiteral("thinsp"), QStringLiteral("\u2009")},
            {QStringLiteral("shy"), QString()},
            {QStringLiteral("mdash"), QStringLiteral("\u2014")},
            {QStringLiteral("ndash"), QStringLiteral("\u2013")},
            {QStringLiteral("hellip"), QStringLiteral("\u2026")},
            {QStringLiteral("ldquo"), QStringLiteral("\u201C")},
            {QStringLiteral("rdquo"), QStringLiteral("\u201D")},
            {QStringLiteral("lsquo"), QStringLiteral("\u2018")},
            {QStringLiteral("rsquo"), QStringLiteral("\u2019")},
            {QStringLiteral("laquo"), QStringLiteral("\u00AB")},
            {QStringLiteral("raquo"), QStringLiteral("\u00BB")},
            {QStringLiteral("middot"), QStringLiteral("\u00B7")},
            {QStringLiteral("bull"), QStringLiteral("\u2022")},
            {QStringLiteral("copy"), QStringLiteral("\u00A9")},
            {QStringLiteral("reg"), QStringLiteral("\u00AE")},
            {QStringLiteral("trade"), QStringLiteral("\u2122")},
            {QStringLiteral("times"), QStringLiteral("\u00D7")},
            {QStringLiteral("deg"), QStringLiteral("\u00B0")},
            {QStringLiteral("eacute"), QStringLiteral("\u00E9")},
            {QStringLiteral("egrave"), QStringLiteral("\u00E8")},
            {QStringLiteral("agrave"), QStringLiteral("\u00E0")},
            {QStringLiteral("uuml"), QStringLiteral("\u00FC")},
            {QStringLiteral("ouml"), QStringLiteral("\u00F6")},
            {QStringLiteral("auml"), QStringLiteral("\u00E4")},
        };
        return entities.value(name);
    }
};

} // namespace

SafeXmlReader::SafeXmlReader(const QByteArray &bytes)
    : QXmlStreamReader(bytes)
    , m_resolver(std::make_unique<HtmlEntityResolver>())
{
    setEntityResolver(m_resolver.get());
    setNamespaceProcessing(true);
}

SafeXmlReader::~SafeXmlReader()
{
    setEntityResolver(nullptr);
}

bool SafeXmlReader::next()
{
    if (atEnd() || hasError())
        return false;
    switch (readNext()) {
    case StartElement:
        if (++m_depth > MaxElementDepth) {
            m_tooDeep = true;
            return false;
        }
        break;
    case EndElement:
        --m_depth;
        break;
    case Invalid:
        return false;
    default:
        break;
    }
    return true;
}

std::optional<duizhao::Error> SafeXmlReader::failure(const QString &format) const
{
    if (m_tooDeep)
        return duizhao::Error{
            ErrorCode::LimitExceeded, {}, characterOffset(), QStringLiteral("nesting")};
    if (!hasError())
        return std::nullopt;
    // Qt stops entity expansion past its limit (billion laughs) and says so.
    if (errorString().contains(QStringLiteral("xpansion"), Qt::CaseInsensitive) ||
        errorString().contains(QStringLiteral("recursive"), Qt::CaseInsensitive))
        return duizhao::Error{
            ErrorCode::LimitExceeded, {}, characterOffset(), QStringLiteral("entity-expansion")};
    return duizhao::Error{ErrorCode::MalformedFile, {}, characterOffset(), format};
}

HtmlElement htmlElement(const QXmlStreamReader &reader)
{
    HtmlElement element;
    element.name = reader.name().toString().toLower();
    const QXmlStreamAttributes attributes = reader.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        const QStringView name = attribute.name();
        if (name == u"type" && attribute.namespaceUri().contains(u"ops"))
            element.epubType = attribute.value().toString();
        else if (name == u"role")
            element.role = attribute.value().toString();
        else if (name == u"class" || name == u"id")
            element.classAndId += attribute.value() + u' ';
        else if (name == u"hidden")
            element.hidden = true;
        else if (name == u"style")
            element.hidden = element.hidden || attribute.value().contains(u"display:none") ||
                             attribute.value().contains(u"display: none");
    }
    return element;
}

std::optional<Error> readXhtml(const QByteArray &bytes, HtmlBlocks &blocks)
{
    SafeXmlReader reader(bytes);
    while (reader.next()) {
        if (reader.isStartElement())
            blocks.startElement(htmlElement(reader));
        else if (reader.isEndElement())
            blocks.endElement();
        else if (reader.isCharacters())
            blocks.characters(reader.text());
        else if (reader.isEntityReference())
            blocks.characters(reader.text());
    }
    if (auto error = reader.failure(QStringLiteral("XHTML")))
        return error;
    blocks.finish();
    return std::nullopt;
}

} // namespace duizhao
