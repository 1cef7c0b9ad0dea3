#pragma once

#include "core/io/Error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

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

/// The script a Chinese text is written in, as far as OpenCC tells them apart.
enum class ChineseVariant
{
    Simplified,
    Traditional, ///< OpenCC-standard Traditional (neither clearly Taiwan nor Hong Kong).
    TraditionalTaiwan,
    TraditionalHongKong,
};

/// How many UTF-16 units of a sample of a text OpenCC's character tables would change:
/// Traditional forms (changed by TSCharacters) and Simplified forms (changed by STCharacters).
struct ScriptForms
{
    qsizetype traditional = 0;
    qsizetype simplified = 0;
};
ScriptForms countScriptForms(QStringView text);
/// Whether a text has more Simplified than Traditional forms; false when it cannot tell.
bool looksSimplified(QStringView text);

/// Detects the variant of @p text: Simplified or Traditional by which conversion changes fewer
/// characters, then Taiwan or Hong Kong by which standard the characters already follow. A
/// language tag from the metadata ("zh-TW", "zh-HK", "zh-Hans") decides when it names one.
ChineseVariant detectChineseVariant(QStringView text, QStringView languageTag = {});

/// The OpenCC configuration that converts a text in @p source to @p target ("tw2s", "s2hk", …);
/// @p phrases asks for vocabulary conversion (tw2sp, s2twp) where OpenCC has it. Empty when the
/// text is already in the target script.
QString fittingConversion(ChineseVariant source, ChineseScript target, bool phrases = false);

/// Converted text and, for each of its UTF-16 units, the offset of the unit in the original
/// that it came from (plus one entry for the end), so that a converted character can show its
/// original. Exact when the conversion keeps the length of each run between non-Han characters
/// (every character conversion does); otherwise spread evenly over the run.
struct MappedConversion
{
    QString text;
    QList<qsizetype> originalOffsets; ///< text.size() + 1 entries, non-decreasing.
};

/// Converts Chinese between scripts with OpenCC, character and phrase level, without rewriting
/// vocabulary (tw2s, not tw2sp). Wraps OpenCC; its headers stay in the .cpp. Building a converter
/// costs about a millisecond, so keep one per target script. Not thread-safe: one per thread.
class ScriptConverter
{
public:
    /// @p target Simplified, TraditionalTaiwan, TraditionalHongKong or Traditional; Original
    /// converts nothing.
    static Result<std::shared_ptr<ScriptConverter>> create(ChineseScript target);
    /// A converter for an OpenCC configuration by name ("tw2sp", "s2hk", …, see configNames());
    /// an unknown name is Error{ConversionUnavailable}.
    static Result<std::shared_ptr<ScriptConverter>> create(const QString &configName);
    /// Every configuration create() accepts: t2s tw2s hk2s tw2sp s2t s2tw s2twp s2hk t2tw t2hk
    /// tw2t hk2t.
    static QStringList configNames();
    ~ScriptConverter();

    ChineseScript target() const;
    QString configName() const; ///< Empty for Original.
    QString convert(const QString &text) const;
    MappedConversion convertMapped(const QString &text) const;

private:
    struct Private;
    explicit ScriptConverter(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace duizhao
