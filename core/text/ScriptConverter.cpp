#include "core/text/ScriptConverter.h"

#include <QHash>

#include <opencc/Config.hpp>
#include <opencc/Converter.hpp>
#include <opencc/SimpleConverter.hpp>

#include <algorithm>
#include <exception>

namespace duizhao {

namespace {

const char *openCCConfig(ChineseScript target)
{
    switch (target) {
    case ChineseScript::Simplified:
        // tw2s also turns the Taiwan forms (著力) into Simplified (着力), which t2s keeps.
        return "tw2s.json";
    case ChineseScript::TraditionalTaiwan:
        return "s2tw.json";
    case ChineseScript::TraditionalHongKong:
        return "s2hk.json";
    case ChineseScript::Traditional:
        return "s2t.json";
    case ChineseScript::Original:
        break;
    }
    return nullptr;
}

/// Every configuration offered, with the script it converts to.
const QList<std::pair<QString, ChineseScript>> &knownConfigs()
{
    static const QList<std::pair<QString, ChineseScript>> configs = {
        {QStringLiteral("t2s"), ChineseScript::Simplified},
        {QStringLiteral("tw2s"), ChineseScript::Simplified},
        {QStringLiteral("hk2s"), ChineseScript::Simplified},
        {QStringLiteral("tw2sp"), ChineseScript::Simplified},
        {QStringLiteral("s2t"), ChineseScript::Traditional},
        {QStringLiteral("s2tw"), ChineseScript::TraditionalTaiwan},
        {QStringLiteral("s2twp"), ChineseScript::TraditionalTaiwan},
        {QStringLiteral("s2hk"), ChineseScript::TraditionalHongKong},
        {QStringLiteral("t2tw"), ChineseScript::TraditionalTaiwan},
        {QStringLiteral("t2hk"), ChineseScript::TraditionalHongKong},
        {QStringLiteral("tw2t"), ChineseScript::Traditional},
        {QStringLiteral("hk2t"), ChineseScript::Traditional},
    };
    return configs;
}

bool isHan(char16_t unit)
{
    return (unit >= 0x3400 && unit <= 0x9FFF) || (unit >= 0xF900 && unit <= 0xFAFF) ||
           QChar::isSurrogate(unit);
}

/// How many UTF-16 units differ between a text and its conversion (0 when lengths differ and
/// nothing can be said, which the callers treat as "no evidence").
qsizetype changedUnits(const QString &text, const QString &converted)
{
    if (text.size() != converted.size())
        return 0;
    qsizetype changed = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        changed += text.at(i) != converted.at(i);
    return changed;
}

QString convertWith(const QString &configName, const QString &text)
{
    // One converter per configuration and thread: building one costs about a millisecond.
    thread_local QHash<QString, std::shared_ptr<ScriptConverter>> converters;
    auto found = converters.find(configName);
    if (found == converters.end()) {
        Result<std::shared_ptr<ScriptConverter>> created = ScriptConverter::create(configName);
        if (!created)
            return text;
        found = converters.insert(configName, std::move(created).value());
    }
    return (*found)->convert(text);
}

constexpr qsizetype kScriptSample = 20000;

/// @p text with each character in OpenCC's character table @p dictionary replaced by its first
/// mapping, phrases ignored: enough to count forms, and quick to load where a full s2t converter,
/// with its phrase table, takes about 25 ms.
QString convertCharacters(const char *dictionary, const QString &text)
{
    thread_local QHash<QByteArray, opencc::ConverterPtr> converters;
    auto found = converters.find(dictionary);
    if (found == converters.end()) {
        const std::string config =
            std::string(R"({"name":"characters","segmentation":{"type":"mmseg","dict":)") +
            R"({"type":"ocd2","file":")" + dictionary + R"("}},"conversion_chain":[{"dict":)" +
            R"({"type":"ocd2","file":")" + dictionary + R"("}}]})";
        opencc::ConverterPtr converter;
        try {
            // An empty folder: OpenCC finds its own tables in its data folder.
            converter = opencc::Config().NewFromString(config, std::string());
        } catch (const std::exception &) {
            return text;
        }
        found = converters.insert(dictionary, converter);
    }
    return QString::fromStdString((*found)->Convert(text.toStdString()));
}

} // namespace

ScriptForms countScriptForms(QStringView text)
{
    // A sample is enough, and keeps detection cheap on long documents.
    const QString sample = text.left(kScriptSample).toString();
    return {changedUnits(sample, convertCharacters("TSCharacters.ocd2", sample)),
            changedUnits(sample, convertCharacters("STCharacters.ocd2", sample))};
}

bool looksSimplified(QStringView text)
{
    const ScriptForms forms = countScriptForms(text);
    return forms.simplified > forms.traditional;
}

ChineseVariant detectChineseVariant(QStringView text, QStringView languageTag)
{
    const QString tag =
        languageTag.toString().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (tag.endsWith(QLatin1String("-tw")) || tag.contains(QLatin1String("hant-tw")))
        return ChineseVariant::TraditionalTaiwan;
    if (tag.endsWith(QLatin1String("-hk")) || tag.endsWith(QLatin1String("-mo")))
        return ChineseVariant::TraditionalHongKong;
    if (tag.endsWith(QLatin1String("-cn")) || tag.endsWith(QLatin1String("-sg")) ||
        tag.contains(QLatin1String("hans")))
        return ChineseVariant::Simplified;

    const ScriptForms forms = countScriptForms(text);
    if (forms.traditional <= forms.simplified)
        return ChineseVariant::Simplified;
    const QString sample = text.left(kScriptSample).toString();
    // Text already in a standard is unchanged by the conversion to it.
    const qsizetype offTaiwan = changedUnits(sample, convertWith(QStringLiteral("t2tw"), sample));
    const qsizetype offHongKong = changedUnits(sample, convertWith(QStringLiteral("t2hk"), sample));
    if (offTaiwan < offHongKong)
        return ChineseVariant::TraditionalTaiwan;
    if (offHongKong < offTaiwan)
        return ChineseVariant::TraditionalHongKong;
    return ChineseVariant::Traditional;
}

QString fittingConversion(ChineseVariant source, ChineseScript target, bool phrases)
{
    switch (target) {
    case ChineseScript::Original:
        return {};
    case ChineseScript::Simplified:
        switch (source) {
        case ChineseVariant::Simplified:
            return {};
        case ChineseVariant::TraditionalHongKong:
            return QStringLiteral("hk2s");
        case ChineseVariant::TraditionalTaiwan:
            return phrases ? QStringLiteral("tw2sp") : QStringLiteral("tw2s");
        case ChineseVariant::Traditional:
            // tw2s, not t2s: it also turns the Taiwan forms common in standard text (著力).
            return phrases ? QStringLiteral("tw2sp") : QStringLiteral("tw2s");
        }
        break;
    case ChineseScript::TraditionalTaiwan:
        if (source == ChineseVariant::Simplified)
            return phrases ? QStringLiteral("s2twp") : QStringLiteral("s2tw");
        return source == ChineseVariant::TraditionalTaiwan ? QString() : QStringLiteral("t2tw");
    case ChineseScript::TraditionalHongKong:
        if (source == ChineseVariant::Simplified)
            return QStringLiteral("s2hk");
        return source == ChineseVariant::TraditionalHongKong ? QString() : QStringLiteral("t2hk");
    case ChineseScript::Traditional:
        switch (source) {
        case ChineseVariant::Simplified:
            return QStringLiteral("s2t");
        case ChineseVariant::TraditionalTaiwan:
            return QStringLiteral("tw2t");
        case ChineseVariant::TraditionalHongKong:
            return QStringLiteral("hk2t");
        case ChineseVariant::Traditional:
            return {};
        }
        break;
    }
    return {};
}

QString chineseScriptName(ChineseScript script)
{
    switch (script) {
    case ChineseScript::Original:
        return QStringLiteral("original");
    case ChineseScript::Simplified:
        return QStringLiteral("simplified");
    case ChineseScript::TraditionalTaiwan:
        return QStringLiteral("traditional-tw");
    case ChineseScript::TraditionalHongKong:
        return QStringLiteral("traditional-hk");
    case ChineseScript::Traditional:
        return QStringLiteral("traditional");
    }
    return {};
}

struct ScriptConverter::Private
{
    ChineseScript target = ChineseScript::Original;
    QString configName;
    std::unique_ptr<opencc::SimpleConverter> converter;
};

ScriptConverter::ScriptConverter(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

ScriptConverter::~ScriptConverter() = default;

Result<std::shared_ptr<ScriptConverter>> ScriptConverter::create(ChineseScript target)
{
    auto p = std::make_unique<Private>();
    p->target = target;
    if (const char *config = openCCConfig(target)) {
        p->configName = QString::fromLatin1(config).chopped(5);
        try {
            p->converter = std::make_unique<opencc::SimpleConverter>(config);
        } catch (const std::exception &e) {
            return Error{ErrorCode::ConversionUnavailable, QString::fromUtf8(e.what())};
        }
    }
    return std::shared_ptr<ScriptConverter>(new ScriptConverter(std::move(p)));
}

Result<std::shared_ptr<ScriptConverter>> ScriptConverter::create(const QString &configName)
{
    const auto &configs = knownConfigs();
    const auto known = std::find_if(configs.begin(), configs.end(),
                                    [&](const auto &config) { return config.first == configName; });
    if (known == configs.end())
        return Error{ErrorCode::ConversionUnavailable, configName};
    auto p = std::make_unique<Private>();
    p->target = known->second;
    p->configName = configName;
    try {
        p->converter = std::make_unique<opencc::SimpleConverter>(
            QString(configName + QLatin1String(".json")).toStdString());
    } catch (const std::exception &e) {
        return Error{ErrorCode::ConversionUnavailable, QString::fromUtf8(e.what())};
    }
    return std::shared_ptr<ScriptConverter>(new ScriptConverter(std::move(p)));
}

QStringList ScriptConverter::configNames()
{
    QStringList names;
    for (const auto &config : knownConfigs())
        names << config.first;
    return names;
}

QString ScriptConverter::configName() const
{
    return d->configName;
}

ChineseScript ScriptConverter::target() const
{
    return d->target;
}

QString ScriptConverter::convert(const QString &text) const
{
    if (!d->converter || text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    return QString::fromStdString(d->converter->Convert(utf8.constData(), size_t(utf8.size())));
}

MappedConversion ScriptConverter::convertMapped(const QString &text) const
{
    MappedConversion mapped;
    // Runs of Han characters are converted one by one: phrases never cross punctuation, and a
    // run whose length changed (phrase conversion) is mapped proportionally, not the whole text.
    qsizetype runStart = 0;
    while (runStart < text.size()) {
        const bool han = isHan(text.at(runStart).unicode());
        qsizetype runEnd = runStart + 1;
        while (runEnd < text.size() && isHan(text.at(runEnd).unicode()) == han)
            ++runEnd;
        const QString run = text.mid(runStart, runEnd - runStart);
        const QString converted = han ? convert(run) : run;
        for (qsizetype i = 0; i < converted.size(); ++i) {
            const qsizetype offset =
                converted.size() == run.size()
                    ? i
                    : i * run.size() / std::max<qsizetype>(1, converted.size());
            mapped.originalOffsets << runStart + offset;
        }
        mapped.text += converted;
        runStart = runEnd;
    }
    mapped.originalOffsets << text.size();
    return mapped;
}

} // namespace duizhao
