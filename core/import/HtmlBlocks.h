#pragma once

#include "core/import/ImportedText.h"

#include <QList>
#include <QString>

namespace duizhao {

/// An element as HtmlBlocks needs to know it.
struct HtmlElement
{
    QString name; ///< Lower case, without namespace prefix.
    QString epubType;
    QString role;
    QString classAndId;
    bool hidden = false;
};

/// Turns a stream of (X)HTML elements and text into paragraphs: one per block element, headings
/// marked, scripts, styles, ruby annotations and notes left out. With @c dropBoilerplate (web
/// pages) it also leaves out navigation, banners, forms, sidebars and link lists.
class HtmlBlocks
{
public:
    struct Options
    {
        bool dropBoilerplate = false;
        bool keepHeaders = false; ///< <header> is part of the text (inside an article).
        int maxDepth = 512;
    };

    HtmlBlocks(TextBuilder &builder, Options options);

    void startElement(const HtmlElement &element);
    void endElement();
    void characters(QStringView text);
    void finish();

    void setKeepHeaders(bool keep) { m_options.keepHeaders = keep; }
    bool tooDeep() const { return m_tooDeep; }
    QString firstHeading() const { return m_firstHeading; }

private:
    void flush();

    TextBuilder &m_builder;
    Options m_options;
    struct Open
    {
        bool skipped = false;
        bool heading = false;
        bool link = false;
        bool block = false;
    };
    QList<Open> m_stack;
    int m_skipping = 0;
    int m_headingDepth = 0;
    int m_linkDepth = 0;
    bool m_tooDeep = false;
    bool m_paragraphIsHeading = false;
    QString m_paragraph;
    qsizetype m_linkCharacters = 0;
    QString m_firstHeading;
};

} // namespace duizhao
