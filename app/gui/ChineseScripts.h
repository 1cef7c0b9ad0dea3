#pragma once

#include "core/text/ScriptConverter.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace duizhao {

/// The Chinese sentences in each script, converted on demand and cached, plus a folded form for
/// finding (Simplified, lower case) so 發展 and 发展 match each other.
class ChineseScripts
{
public:
    void setOriginal(const QStringList &sentences);
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

    /// The text folded for finding.
    QString folded(const QString &text);

    /// Converts on any thread (each script's converter is loaded once and used under a lock).
    static QStringList convert(const QStringList &sentences, ChineseScript script);

private:
    QStringList m_original;
    QHash<int, QStringList> m_cache;
    std::shared_ptr<ScriptConverter> m_simplifier;
    int m_traditional = -1;
};

} // namespace duizhao
