#include "core/text/ScriptConverter.h"

#include <opencc/SimpleConverter.hpp>

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

} // namespace

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
        try {
            p->converter = std::make_unique<opencc::SimpleConverter>(config);
        } catch (const std::exception &e) {
            return Error{ErrorCode::ConversionUnavailable, QString::fromUtf8(e.what())};
        }
    }
    return std::shared_ptr<ScriptConverter>(new ScriptConverter(std::move(p)));
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

} // namespace duizhao
