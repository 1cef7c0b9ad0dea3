#include "core/export/TsvWriter.h"

namespace duizhao {

namespace {

QString plainField(const QString &text, Language language)
{
    return oneLineText(text, language).replace(u'\t', u' ');
}

QString htmlField(const QString &text)
{
    QString field = text.toHtmlEscaped();
    field.replace(u'\t', u' ').replace(u'\r', QString());
    field.replace(u'\n', QStringLiteral("<br>"));
    return field;
}

} // namespace

QByteArray TsvWriter::toTsv(const AlignedPairs &pairs)
{
    QString text;
    for (const AlignedPair &pair : pairs.pairs)
        text += plainField(pair.chinese, Language::Chinese) + u'\t' +
                plainField(pair.english, Language::English) + u'\t' +
                QString::number(pair.confidence, 'f', 3) + u'\n';
    return text.toUtf8();
}

QByteArray TsvWriter::toAnki(const AlignedPairs &pairs)
{
    QString text = QStringLiteral("#separator:tab\n#html:true\n");
    for (const AlignedPair &pair : pairs.pairs) {
        if (pair.isComplete())
            text += htmlField(pair.chinese) + u'\t' + htmlField(pair.english) + u'\n';
    }
    return text.toUtf8();
}

Result<QStringList> TsvWriter::write(const AlignedPairs &pairs, const QString &path)
{
    return writeFileSafely(path, toTsv(pairs));
}

Result<QStringList> TsvWriter::writeAnki(const AlignedPairs &pairs, const QString &path)
{
    return writeFileSafely(path, toAnki(pairs));
}

} // namespace duizhao
