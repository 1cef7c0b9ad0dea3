#pragma once

#include "core/io/Error.h"

#include <QString>

#include <memory>

namespace duizhao {

/// Chinese scripts Duizhao can show.
enum class ChineseScript
{
    Original,
    Simplified,
    TraditionalTaiwan,
    TraditionalHongKong,
    Traditional, ///< OpenCC's standard Traditional character set.
};

QString chineseScriptName(ChineseScript script); ///< "original", "simplified", "traditional-tw", …

/// Converts Chinese between scripts with OpenCC, character and phrase level, without rewriting
/// vocabulary (tw2s, not tw2sp). Wraps OpenCC; its headers stay in the .cpp. Building a converter
/// costs about a millisecond, so keep one per target script. Not thread-safe: one per thread.
class ScriptConverter
{
public:
    /// @p target Simplified, TraditionalTaiwan, TraditionalHongKong or Traditional; Original
    /// converts nothing.
    static Result<std::shared_ptr<ScriptConverter>> create(ChineseScript target);
    ~ScriptConverter();

    ChineseScript target() const;
    QString convert(const QString &text) const;

private:
    struct Private;
    explicit ScriptConverter(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace duizhao
