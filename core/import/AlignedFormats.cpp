#include "core/import/AlignedFormats.h"

#include "core/import/XmlReading.h"
#include "core/io/TextDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace duizhao {

namespace {

/// Highest version of Duizhao's JSON export this build reads.
constexpr int JsonPairsVersion = 1;

QList<QStringView> lines(QStringView text)
{
    QList<QStringView> result;
    for (QStringView line : text.tokenize(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        result.append(line);
    }
    // A final newline ends the last line; it does not start another.
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

qsizetype hanCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
                               ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                               : text.at(i).unicode();
        count += QChar::script(c) == QChar::Script_Han ? 1 : 0;
    }
    return count;
}

std::optional<double> confidenceField(QStringView field)
{
    bool ok = false;
    const double value = field.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0.0 || value > 1.0)
        return std::nullopt;
    return value;
}

Error malformed(const QString &format, qint64 position = -1)
{
    return Error{ErrorCode::MalformedFile, {}, position, format};
}

Result<ImportedPairs> withPairs(ImportedPairs pairs)
{
    if (pairs.pairs.isEmpty())
        return Error{ErrorCode::NoReadableText, {}};
    return pairs;
}

/// Reads one TMX file; its state is the element path that matters for pairs.
class TmxReading
{
public:
    explicit TmxReading(const QByteArray &bytes)
        : m_reader(bytes)
    {}

    Result<ImportedPairs> read();

private:
    SafeXmlReader m_reader;
    ImportedPairs m_pairs;
    bool m_sawRoot = false;
    bool m_inHeader = false;
    bool m_inUnit = false;
    ImportedPair m_unit;
    bool m_unitHasChinese = false;
    bool m_unitHasEnglish = false;
    Language m_variantLanguage = Language::Neutral;
    bool m_inSegment = false;
    int m_inlineCodeDepth = 0; ///< Inside <bpt>, <ept>, <ph>, <it> or <ut>: native codes.
    QString m_segment;
    QString m_propType;
    bool m_inProp = false;
    QString m_propText;

    void startElement();
    void endElement();
    void prop(const QString &type, const QString &value);
};

void TmxReading::startElement()
{
    const QStringView name = m_reader.name();
    if (m_inSegment) {
        if (name == u"bpt" || name == u"ept" || name == u"ph" || name == u"it" || name == u"ut")
            ++m_inlineCodeDepth;
        return;
    }
    if (name == u"tmx") {
        m_sawRoot = true;
    } else if (name == u"header") {
        m_inHeader = true;
    } else if (name == u"tu") {
        m_inUnit = true;
        m_unit = {};
        m_unitHasChinese = m_unitHasEnglish = false;
    } else if (name == u"tuv" && m_inUnit) {
        const QXmlStreamAttributes attributes = m_reader.attributes();
        // TMX 1.4 says xml:lang, TMX 1.1 said lang.
        QStringView tag = attributes.value(QStringLiteral("http://www.w3.org/XML/1998/namespace"),
                                           QStringLiteral("lang"));
        if (tag.isEmpty())
            tag = attributes.value(QStringLiteral("lang"));
        m_variantLanguage = languageOfTag(tag);
    } else if (name == u"seg" && m_inUnit) {
        m_inSegment = true;
        m_inlineCodeDepth = 0;
        m_segment.clear();
    } else if (name == u"prop") {
        m_inProp = true;
        m_propType = m_reader.attributes().value(QStringLiteral("type")).toString();
        m_propText.clear();
    }
}

void TmxReading::endElement()
{
    const QStringView name = m_reader.name();
    if (m_inSegment) {
        if (name == u"seg") {
            m_inSegment = false;
            // Tools indent and wrap segments: white space runs are layout, not text.
            const QString text = m_segment.simplified();
            if (m_variantLanguage == Language::Chinese && !m_unitHasChinese) {
                m_unit.chinese = text;
                m_unitHasChinese = true;
            } else if (m_variantLanguage == Language::English && !m_unitHasEnglish) {
                m_unit.english = text;
                m_unitHasEnglish = true;
            }
        } else if (m_inlineCodeDepth > 0 && (name == u"bpt" || name == u"ept" || name == u"ph" ||
                                             name == u"it" || name == u"ut")) {
            --m_inlineCodeDepth;
        }
        return;
    }
    if (name == u"prop" && m_inProp) {
        m_inProp = false;
        prop(m_propType, m_propText.trimmed());
    } else if (name == u"header") {
        m_inHeader = false;
    } else if (name == u"tu" && m_inUnit) {
        m_inUnit = false;
        if (!m_unit.chinese.isEmpty() || !m_unit.english.isEmpty())
            m_pairs.pairs.append(m_unit);
    }
}

void TmxReading::prop(const QString &type, const QString &value)
{
    if (m_inHeader) {
        if (type == u"x-title-zh")
            m_pairs.metadata.title = value;
        else if (type == u"x-title-en")
            m_pairs.metadata.englishTitle = value;
        else if (type == u"x-published")
            m_pairs.metadata.published = value;
    } else if (m_inUnit) {
        if (type == u"x-confidence") {
            if (const std::optional<double> confidence = confidenceField(value))
                m_unit.confidence = *confidence;
        } else if (type == u"x-status") {
            m_unit.title = value == u"title";
        }
    }
}

Result<ImportedPairs> TmxReading::read()
{
    m_pairs.format = QStringLiteral("TMX");
    while (m_reader.next()) {
        switch (m_reader.tokenType()) {
        case QXmlStreamReader::DTD:
            // A DOCTYPE naming the TMX DTD is common and harmless (it is never fetched); one
            // that declares entities is how entity bombs and external entities get in.
            if (!m_reader.entityDeclarations().isEmpty() || m_reader.text().contains(u"<!ENTITY"))
                return Error{ErrorCode::LimitExceeded,
                             {},
                             m_reader.characterOffset(),
                             QStringLiteral("entity-declarations")};
            break;
        case QXmlStreamReader::StartElement:
            startElement();
            break;
        case QXmlStreamReader::EndElement:
            endElement();
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            if (m_inSegment && m_inlineCodeDepth == 0)
                m_segment += m_reader.text();
            else if (m_inProp)
                m_propText += m_reader.text();
            break;
        default:
            break;
        }
    }
    if (std::optional<Error> error = m_reader.failure(QStringLiteral("TMX")))
        return *error;
    if (!m_sawRoot)
        return malformed(QStringLiteral("TMX"));
    m_pairs.encoding = m_reader.documentEncoding().toString();
    if (m_pairs.encoding.isEmpty())
        m_pairs.encoding = QStringLiteral("UTF-8");
    return withPairs(std::move(m_pairs));
}

/// Appends one side's text as paragraphs of one sentence each; returns how many.
int appendParagraphs(QString &text, Side &side, const QString &pairText, ParagraphRole role)
{
    int count = 0;
    for (QStringView line : QStringView(pairText).tokenize(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const TextRange range{text.size(), line.size()};
        text += line;
        text += QStringLiteral("\n\n");
        Paragraph paragraph;
        paragraph.range = range;
        paragraph.role = role;
        paragraph.sentences.append(Sentence{range, {}});
        side.paragraphs.append(paragraph);
        ++count;
    }
    return count;
}

} // namespace

Language languageOfTag(QStringView tag)
{
    const qsizetype end = [tag] {
        for (qsizetype i = 0; i < tag.size(); ++i)
            if (tag.at(i) == u'-' || tag.at(i) == u'_')
                return i;
        return tag.size();
    }();
    const QString primary = tag.left(end).trimmed().toString().toLower();
    static const QStringList chinese = {QStringLiteral("zh"),  QStringLiteral("cmn"),
                                        QStringLiteral("yue"), QStringLiteral("lzh"),
                                        QStringLiteral("zho"), QStringLiteral("chi")};
    if (chinese.contains(primary))
        return Language::Chinese;
    if (primary == u"en" || primary == u"eng")
        return Language::English;
    return Language::Neutral;
}

Result<ImportedPairs> readTmx(const QByteArray &bytes)
{
    return TmxReading(bytes).read();
}

Result<ImportedPairs> readTsvPairs(const QByteArray &bytes)
{
    Result<DecodedText> decoded = decodeText(bytes);
    if (!decoded)
        return decoded.error();
    struct Row
    {
        QStringView first;
        QStringView second;
        std::optional<double> confidence;
    };
    QList<Row> rows;
    qsizetype firstHan = 0;
    qsizetype secondHan = 0;
    qsizetype lineNumber = 0;
    for (QStringView line : lines(decoded->text)) {
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.size() < 2 || fields.size() > 3)
            return malformed(QStringLiteral("TSV"), lineNumber);
        Row row{fields.at(0).trimmed(), fields.at(1).trimmed(), std::nullopt};
        if (fields.size() == 3 && !fields.at(2).trimmed().isEmpty()) {
            row.confidence = confidenceField(fields.at(2));
            if (!row.confidence)
                return malformed(QStringLiteral("TSV"), lineNumber);
        }
        firstHan += hanCount(row.first);
        secondHan += hanCount(row.second);
        rows.append(row);
    }
    if (firstHan == 0 && secondHan == 0)
        return Error{ErrorCode::NoReadableText, {}};
    // The Chinese column is the one with the Han characters.
    const bool chineseFirst = firstHan >= secondHan;
    ImportedPairs pairs;
    pairs.format = QStringLiteral("TSV");
    pairs.encoding = decoded->encoding;
    for (const Row &row : rows) {
        ImportedPair pair;
        pair.chinese = (chineseFirst ? row.first : row.second).toString();
        pair.english = (chineseFirst ? row.second : row.first).toString();
        pair.confidence = row.confidence.value_or(1.0);
        if (!pair.chinese.isEmpty() || !pair.english.isEmpty())
            pairs.pairs.append(pair);
    }
    return withPairs(std::move(pairs));
}

Result<ImportedPairs> readMosesPairs(const QByteArray &chinese, const QByteArray &english)
{
    Result<DecodedText> chineseText = decodeText(chinese);
    if (!chineseText)
        return chineseText.error();
    Result<DecodedText> englishText = decodeText(english);
    if (!englishText)
        return englishText.error();
    const QList<QStringView> chineseLines = lines(chineseText->text);
    const QList<QStringView> englishLines = lines(englishText->text);
    if (chineseLines.size() != englishLines.size())
        return malformed(QStringLiteral("Moses"),
                         std::min(chineseLines.size(), englishLines.size()) + 1);
    ImportedPairs pairs;
    pairs.format = QStringLiteral("Moses");
    pairs.encoding = chineseText->encoding;
    for (qsizetype i = 0; i < chineseLines.size(); ++i) {
        ImportedPair pair{chineseLines.at(i).trimmed().toString(),
                          englishLines.at(i).trimmed().toString()};
        if (!pair.chinese.isEmpty() || !pair.english.isEmpty())
            pairs.pairs.append(pair);
    }
    return withPairs(std::move(pairs));
}

bool looksLikeJsonPairs(const QByteArray &head)
{
    const QByteArray start = head.left(4096).trimmed();
    return start.startsWith('{') && start.contains("\"duizhao-pairs\"");
}

Result<ImportedPairs> readJsonPairs(const QByteArray &bytes)
{
    const QString format = QStringLiteral("JSON");
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(format, parseError.offset);
    const QJsonObject root = json.object();
    if (root.value(QStringLiteral("format")).toString() != u"duizhao-pairs")
        return malformed(format);
    const double version = root.value(QStringLiteral("version")).toDouble(-1);
    if (version < 1 || version != std::floor(version))
        return malformed(format);
    if (version > JsonPairsVersion)
        return newerVersion(qint64(version));
    ImportedPairs pairs;
    pairs.format = format;
    pairs.encoding = QStringLiteral("UTF-8");
    const QJsonObject title = root.value(QStringLiteral("title")).toObject();
    pairs.metadata.title = title.value(QStringLiteral("zh")).toString();
    pairs.metadata.englishTitle = title.value(QStringLiteral("en")).toString();
    pairs.metadata.published = root.value(QStringLiteral("published")).toString();
    for (const QJsonValue &field : root.value(QStringLiteral("metadata")).toArray())
        pairs.metadata.fields.append(
            {field[QStringLiteral("key")].toString(), field[QStringLiteral("value")].toString()});
    const QJsonValue list = root.value(QStringLiteral("pairs"));
    if (!list.isArray())
        return malformed(format);
    for (const QJsonValue &item : list.toArray()) {
        const QJsonValue chinese = item[QStringLiteral("zh")];
        const QJsonValue english = item[QStringLiteral("en")];
        if (!item.isObject() || !chinese.isString() || !english.isString())
            return malformed(format);
        ImportedPair pair{chinese.toString(), english.toString()};
        if (const QJsonValue confidence = item[QStringLiteral("confidence")];
            confidence.isDouble() && confidence.toDouble() >= 0.0 && confidence.toDouble() <= 1.0)
            pair.confidence = confidence.toDouble();
        pair.title = item[QStringLiteral("status")].toString() == u"title";
        if (!pair.chinese.isEmpty() || !pair.english.isEmpty())
            pairs.pairs.append(pair);
    }
    return withPairs(std::move(pairs));
}

Result<AlignedDocument> alignedDocument(const ImportedPairs &pairs, const QString &chinesePath,
                                        const QString &englishPath)
{
    AlignedDocument result;
    Document &document = result.document;
    document.layout = Layout::TwoFiles;
    document.metadata = pairs.metadata;
    document.chinese.language = Language::Chinese;
    document.chinese.sourceIndex = 0;
    document.english.language = Language::English;
    document.english.sourceIndex = 1;
    QString chineseText;
    QString englishText;
    int chineseCount = 0;
    int englishCount = 0;
    for (const ImportedPair &pair : pairs.pairs) {
        const ParagraphRole role = pair.title ? ParagraphRole::Title : ParagraphRole::Body;
        Bead bead;
        bead.chineseBegin = chineseCount;
        bead.englishBegin = englishCount;
        bead.chineseCount = appendParagraphs(chineseText, document.chinese, pair.chinese, role);
        bead.englishCount = appendParagraphs(englishText, document.english, pair.english, role);
        bead.confidence = pair.confidence;
        bead.status = PairStatus::Confirmed;
        if (bead.chineseCount + bead.englishCount == 0)
            continue;
        chineseCount += bead.chineseCount;
        englishCount += bead.englishCount;
        result.beads.append(bead);
    }
    if (result.beads.isEmpty())
        return Error{ErrorCode::NoReadableText, {}};
    document.sources.append(
        SourceText{chinesePath, pairs.encoding, false, std::move(chineseText), pairs.format});
    document.sources.append(
        SourceText{englishPath, pairs.encoding, false, std::move(englishText), pairs.format});
    if (chineseCount == 0 || englishCount == 0)
        document.layout = Layout::OneSided;
    if (chineseCount == 0)
        document.notices.append(Notice::ChineseMissing);
    if (englishCount == 0)
        document.notices.append(Notice::EnglishMissing);
    return result;
}

} // namespace duizhao
