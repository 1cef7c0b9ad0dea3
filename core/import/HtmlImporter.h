#pragma once

#include "core/import/HtmlBlocks.h"
#include "core/import/Importer.h"

#include <optional>

namespace duizhao {

/// A web page as a browser saves it: the charset it declares (UTF-8, GBK, GB18030, Big5, …) or,
/// without one, the one its bytes show; parsed by gumbo, an HTML5 parser; the article's text
/// without navigation, scripts, forms and link lists.
class HtmlImporter : public Importer
{
public:
    Result<ImportedText> read(const QByteArray &bytes) const override;
};

/// Parses UTF-8 or ASCII-compatible HTML with gumbo into @p blocks, from <body> down.
std::optional<Error> readHtml(const QByteArray &utf8, HtmlBlocks &blocks);

/// The charset an HTML page declares in its first bytes (<meta charset>, http-equiv, or an XML
/// declaration), lower case; empty when none.
QString declaredCharset(const QByteArray &bytes);

} // namespace duizhao
