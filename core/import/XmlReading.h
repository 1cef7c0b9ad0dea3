#pragma once

#include "core/import/HtmlBlocks.h"
#include "core/io/Error.h"

#include <QByteArray>
#include <QXmlStreamReader>

#include <memory>
#include <optional>

namespace duizhao {

/// How deep an XML or HTML document may nest before it is refused.
inline constexpr int MaxElementDepth = 512;

/// A QXmlStreamReader set up for untrusted files: HTML's named entities (&nbsp; &mdash; …) are
/// known, and entity expansion stays within Qt's limit.
class SafeXmlReader : public QXmlStreamReader
{
public:
    explicit SafeXmlReader(const QByteArray &bytes);
    ~SafeXmlReader();

    /// readNext() that also counts depth: false at the end, on an error, or when too deep.
    bool next();
    int depth() const { return m_depth; }
    bool tooDeep() const { return m_tooDeep; }
    /// The error to report after next() returned false, if any (detail @p format).
    std::optional<duizhao::Error> failure(const QString &format) const;

private:
    std::unique_ptr<QXmlStreamEntityResolver> m_resolver;
    int m_depth = 0;
    bool m_tooDeep = false;
};

/// Reads an XHTML document into @p blocks. Returns nullopt on success; an Error when the XML is
/// malformed (the caller may try the HTML parser instead) or hostile.
std::optional<Error> readXhtml(const QByteArray &bytes, HtmlBlocks &blocks);

/// The attributes HtmlBlocks looks at, from an XML start element.
HtmlElement htmlElement(const QXmlStreamReader &reader);

} // namespace duizhao
