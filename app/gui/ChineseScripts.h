#pragma once

#include "core/text/ScriptConverter.h"

#include <QHash>
#include <QStringList>

#include <memory>
#include <optional>

namespace duizhao {

/// The Chinese sentences in each script, converted on demand and cached. Each script is reached by
/// the OpenCC conversion that fits the original (Taiwan, Hong Kong or standard Traditional;
/// Simplified), optionally with phrase conversion; sentences stay one for one.
class ChineseScripts
{
public:
    /// @p variant: the original's variant when already detected (off the UI thread: detecting
    /// loads four conversions); otherwise it is detected when first needed.
    void setOriginal(const QStringList &sentences,
                     std::optional<ChineseVariant> variant = std::nullopt);
    /// The sentences after an edit: each converted script is kept, and only the run of
    /// sentences that differs from before is converted again.
    void updateOriginal(const QStringList &sentences);
    const QStringList &original() const { return m_original; }

    bool has(ChineseScript script) const;
    const QStringList &sentences(ChineseScript script); ///< Converts now when not cached.
    /// The sentences in @p script if they are ready, else null (never converts).
    const QStringList *cached(ChineseScript script) const;
    void insert(ChineseScript script, QStringList sentences);

    /// The original's own script, guessed: Traditional when converting to Simplified changes it.
    bool originalIsTraditional();
    /// The original's variant, detected from a sample once.
    ChineseVariant variant();
    /// The variant of @p sentences, from a sample of their start.
    static ChineseVariant detectVariant(const QStringList &sentences);
    /// Whether conversions also change vocabulary (軟件 ↔ 軟體) where OpenCC can.
    void setPhrases(bool phrases);
    bool phrases() const { return m_phrases; }
    /// The OpenCC configuration that shows the original in @p script; empty: none is needed.
    QString conversionFor(ChineseScript script);

    /// Converts on any thread (each script's converter is loaded once and used under a lock).
    static QStringList convert(const QStringList &sentences, ChineseScript script);
    /// The same with an OpenCC configuration by name ("tw2s", …); empty converts nothing.
    static QStringList convertWith(const QStringList &sentences, const QString &config);

private:
    QStringList m_original;
    QHash<int, QStringList> m_cache;
    std::optional<ChineseVariant> m_variant;
    bool m_phrases = false;
};

} // namespace duizhao
