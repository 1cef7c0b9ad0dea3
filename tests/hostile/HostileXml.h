#pragma once

// Hostile XML for every XML-based importer (TMX, EPUB, DOCX, HTML as XHTML): deep nesting, entity
// bombs, external entities. An importer's test runs each case through its reader and expects a
// document or an error within the bounds below; see tests/hostile/tst_hostile.cpp for the use.

#include <QByteArray>
#include <QList>
#include <QString>

namespace duizhao::testing {

struct HostileXmlCase
{
    QString name;
    QByteArray bytes;
};

/// Wall-clock and resident-memory bounds for one hostile input, in a sanitizer build too.
inline constexpr qint64 HostileTimeLimitMs = 60'000;
inline constexpr qint64 HostileMemoryLimitMiB = 1536;

inline QList<HostileXmlCase> hostileXmlCases()
{
    QList<HostileXmlCase> cases;
    // 100,000 nested elements: recursive readers overflow the stack.
    const int depth = 100'000;
    cases.append({QStringLiteral("deep nesting"), "<?xml version=\"1.0\"?>" +
                                                      QByteArray("<p>").repeated(depth) + "中文" +
                                                      QByteArray("</p>").repeated(depth)});
    // The "billion laughs": ten levels of ten references, 10^9 "lol"s if expanded.
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
    laughs += "<!ENTITY lol1 \"" + QByteArray("&lol;").repeated(10) + "\">\n";
    for (int level = 2; level <= 9; ++level)
        laughs += "<!ENTITY lol" + QByteArray::number(level) + " \"" +
                  QByteArray("&lol" + QByteArray::number(level - 1) + ";").repeated(10) + "\">\n";
    laughs += "]>\n<body><p>&lol9;</p></body>\n";
    cases.append({QStringLiteral("billion laughs"), laughs});
    // Quadratic blow-up: one large entity referenced many times.
    cases.append({QStringLiteral("quadratic blow-up"),
                  "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY a \"" + QByteArray(50'000, 'a') +
                      "\">]>\n<d>" + QByteArray("&a;").repeated(50'000) + "</d>\n"});
    // External entities must never be read (the file's contents must not appear anywhere).
    cases.append({QStringLiteral("external entity"),
                  "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "
                  "\"file:///etc/passwd\">]>\n<d><p>&x;</p></d>\n"});
    // Unclosed tags and a truncated document.
    cases.append(
        {QStringLiteral("truncated"), "<?xml version=\"1.0\"?><html><body><p>中文<p>English<div"});
    return cases;
}

} // namespace duizhao::testing
