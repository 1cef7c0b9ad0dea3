#pragma once

#include "core/align/Aligner.h"

#include <optional>

namespace duizhao {

/// A stretch of alignment units on each side (either may be empty) that translate each other as
/// a whole: a chapter pair, or subtitle cues shown at the same time.
struct AlignmentSegment
{
    int chineseBegin = 0;
    int chineseCount = 0;
    int englishBegin = 0;
    int englishCount = 0;
};

/// Aligns sentences within each segment (segments in order, covering every unit once) and joins
/// the beads; a segment with one side empty gives beads without counterpart.
Result<QList<Bead>> alignSegments(const Aligner &aligner, const QList<AlignmentUnit> &chinese,
                                  const QList<AlignmentUnit> &english,
                                  const QList<AlignmentSegment> &segments,
                                  const std::function<bool()> &isCancelled = {},
                                  const std::function<void(double)> &reportProgress = {},
                                  const SettledBeads &settled = {});

/// For each paragraph of a side, the index of its first alignment unit, plus the total at the
/// end (alignmentUnits() order).
QList<int> firstUnitOfParagraphs(const Document &document, Language language);

/// One chapter as the pairing sees it.
struct ChapterSummary
{
    QString title;
    int unitBegin = 0;
    int unitCount = 0;
    qsizetype characters = 0;
};

/// The chapter number a title states (第十二回, Chapter XII, 12. …, CHAPTER TWELVE), or -1.
int chapterNumber(const QString &title);

/// Pairs chapters by their numbers and lengths: one to one, one to two or two to one (a chapter
/// split differently), or alone (missing on the other side). The result covers both lists in
/// order.
QList<AlignmentSegment> pairChapters(const QList<ChapterSummary> &chinese,
                                     const QList<ChapterSummary> &english);

/// Books align chapter by chapter: when both sides have chapters, they are paired first and
/// sentences aligned within each pair. Subtitles align by cue times (CueAligner). Returns
/// nullopt when the document has neither, for the plain sentence aligner.
std::optional<Result<QList<Bead>>> alignByStructure(
    const Document &document, const Aligner &aligner, const std::function<bool()> &isCancelled = {},
    const std::function<void(double)> &reportProgress = {}, const SettledBeads &settled = {});

} // namespace duizhao
