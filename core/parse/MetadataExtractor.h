#pragma once

#include "core/model/Document.h"

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace duizhao {

/// Labelled publication data found at the start of a paragraph.
struct MetadataSpan
{
    qsizetype length =
        0; ///< The metadata is [0, length) of the paragraph, trailing spaces excluded.
    qsizetype bodyStart = -1; ///< Where body text glued after it begins, or -1 when there is none.
    QList<MetadataField> fields;
};

/// Recognises lines such as `發佈時間:2024-08-27 08:40:00 | 來源:新華網 | 作者: | 責任編輯:曹川川`
/// (Traditional or Simplified labels, ASCII or full-width colons, `|`/`｜`/spaces between fields)
/// and `Source: Xinhua | Editor: Cao Chuanchuan`, including a last value glued to the body with no
/// separator, where a name ends at the first multi-character dictionary word (a heuristic).
std::optional<MetadataSpan> findMetadata(QStringView paragraph);

/// A short line that is only a date (and time), e.g. `2024-08-27 08:40` or `2024年8月27日`.
bool isDateLine(QStringView paragraph);

/// Parses a publication time as news sites write it; invalid when it cannot be read.
QDateTime parsePublicationTime(QStringView text);

/// Fills the well-known Metadata members from @p fields (first value of each kind wins) and
/// appends every field to Metadata::fields.
void addMetadataFields(Metadata &metadata, const QList<MetadataField> &fields);

} // namespace duizhao
