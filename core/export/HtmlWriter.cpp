#include "core/export/HtmlWriter.h"

namespace duizhao {

namespace {

const char16_t *const style = uR"(
body{margin:0;font:16px/1.7 "DejaVu Serif",Georgia,serif;color:#1e1e1e;background:#efefec}
header{padding:12px 24px;background:#fffffc;border-bottom:1px solid #ddd}
header h1{margin:0;font-size:20px;font-family:"AR PL UMing TW","Noto Serif CJK TC",serif}
header h2{margin:2px 0 4px;font-size:17px;font-weight:normal}
header p{margin:0;color:#666;font-size:13px}
main{display:flex;gap:8px;height:calc(100vh - 110px);padding:8px}
.pane{flex:1;overflow-y:auto;background:#fffffc;padding:8px 20px;border:1px solid #ddd}
.zh{font-family:"AR PL UMing TW","Noto Serif CJK TC","Noto Serif CJK SC",serif;font-size:17px}
.pair{display:block;margin:0 0 .6em;padding:2px 4px;border-radius:3px;cursor:pointer}
.pair:hover{background:#e6f0fa}
.pair.selected{background:#ffd86b}
.unmatched{color:#8a8a8a}
.doubtful{text-decoration:underline dotted #e06c00 2px}
.title{font-weight:bold}
.pane h2.heading{font-size:1.2em;margin:1.2em 0 .6em}
nav{flex:0 0 13em;overflow-y:auto;background:#fffffc;border:1px solid #ddd;font-size:13px}
nav ol{margin:0;padding:8px 8px 8px 2em}
nav a{color:inherit;text-decoration:none}
nav a:hover{text-decoration:underline}
nav .missing{color:#8a8a8a}
)";

const char16_t *const script = uR"(
function select(number, clicked) {
  document.querySelectorAll('.selected').forEach(e => e.classList.remove('selected'));
  document.querySelectorAll('[data-pair="' + number + '"]').forEach(e => {
    e.classList.add('selected');
    if (e === clicked) return;
    // Scroll the other pane so the translation is level with what was clicked.
    e.parentElement.scrollTop += e.getBoundingClientRect().top - clicked.getBoundingClientRect().top;
  });
}
document.querySelectorAll('.pair').forEach(e =>
  e.addEventListener('click', () => select(e.dataset.pair, e)));
// A chapter in the contents opens at its first pair in both panes.
document.querySelectorAll('nav a').forEach(a => a.addEventListener('click', event => {
  event.preventDefault();
  const starts = document.querySelectorAll('.pane [data-pair="' + a.dataset.goto + '"]');
  starts.forEach(e => e.parentElement.scrollTop = e.offsetTop - e.parentElement.offsetTop);
  if (starts.length) select(a.dataset.goto, starts[0]);
}));
)";

QString paragraphHtml(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

QString pairClasses(const AlignedPair &pair, double lowConfidence)
{
    QString classes = QStringLiteral("pair");
    if (pair.unmatched)
        classes += QStringLiteral(" unmatched");
    else if (pair.confidence < lowConfidence)
        classes += QStringLiteral(" doubtful");
    if (pair.title)
        classes += QStringLiteral(" title");
    if (pair.heading)
        classes += QStringLiteral(" heading");
    return classes;
}

/// The chapters, each a link to its first pair; a chapter one book lacks is shown greyed.
QString contentsHtml(const AlignedPairs &pairs)
{
    if (pairs.chapters.isEmpty())
        return {};
    QString html = QStringLiteral("<nav>\n<ol>\n");
    for (const ChapterMark &chapter : pairs.chapters) {
        const bool oneBook = chapter.chinese.isEmpty() || chapter.english.isEmpty();
        html += QStringLiteral("<li%1><a href=\"#\" data-goto=\"%2\">")
                    .arg(oneBook ? QStringLiteral(" class=\"missing\"") : QString())
                    .arg(pairs.pairs.at(chapter.pairIndex).number) +
                chapter.title().toHtmlEscaped() + QStringLiteral("</a></li>\n");
    }
    return html + QStringLiteral("</ol>\n</nav>\n");
}

} // namespace

QByteArray HtmlWriter::toHtml(const AlignedPairs &pairs, double lowConfidence)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"generator\" content=\"Duizhao ") +
            QStringLiteral(DUIZHAO_VERSION) + QStringLiteral("\">\n<title>") +
            pairs.title().toHtmlEscaped() + QStringLiteral("</title>\n<style>") +
            QString::fromUtf16(style) + QStringLiteral("</style>\n</head>\n<body>\n<header>\n");
    if (!pairs.chineseTitle.isEmpty())
        html += QStringLiteral("<h1 lang=\"%1\">").arg(pairs.chineseLanguageTag) +
                pairs.chineseTitle.toHtmlEscaped() + QStringLiteral("</h1>\n");
    if (!pairs.englishTitle.isEmpty())
        html +=
            QStringLiteral("<h2>") + pairs.englishTitle.toHtmlEscaped() + QStringLiteral("</h2>\n");
    QStringList fields;
    for (const MetadataField &field : pairs.metadataFields) {
        if (!field.value.isEmpty())
            fields.append(field.key.toHtmlEscaped() + QStringLiteral(": ") +
                          field.value.toHtmlEscaped());
    }
    html += QStringLiteral("<p lang=\"%1\">").arg(pairs.chineseLanguageTag) +
            fields.join(QStringLiteral(" · ")) + QStringLiteral("</p>\n</header>\n<main>\n");

    auto pane = [&](bool chinese) -> QString {
        QString text = chinese ? QStringLiteral("<div class=\"pane zh\" lang=\"%1\">\n")
                                     .arg(pairs.chineseLanguageTag)
                               : QStringLiteral("<div class=\"pane en\" lang=\"en\">\n");
        for (const AlignedPair &pair : pairs.pairs) {
            const QString &side = chinese ? pair.chinese : pair.english;
            if (side.isEmpty())
                continue;
            // Headings are headings, so the page reads (and is navigated) like the book.
            const QString element = pair.heading ? QStringLiteral("h2") : QStringLiteral("p");
            text += QStringLiteral("<%1 class=\"%2\" data-pair=\"%3\" title=\"%4\">")
                        .arg(element, pairClasses(pair, lowConfidence))
                        .arg(pair.number)
                        .arg(QString::number(pair.confidence, 'f', 2)) +
                    paragraphHtml(side) + QStringLiteral("</%1>\n").arg(element);
        }
        return text + QStringLiteral("</div>\n");
    };
    html += contentsHtml(pairs) + pane(true) + pane(false);
    html += QStringLiteral("</main>\n<script>") + QString::fromUtf16(script) +
            QStringLiteral("</script>\n</body>\n</html>\n");
    return html.toUtf8();
}

Result<QStringList> HtmlWriter::write(const AlignedPairs &pairs, const QString &path,
                                      double lowConfidence)
{
    return writeFileSafely(path, toHtml(pairs, lowConfidence));
}

} // namespace duizhao
