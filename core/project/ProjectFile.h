#pragma once

#include "core/align/Aligner.h"
#include "core/io/Error.h"
#include "core/model/Document.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace duizhao {

/// How the reader last showed a document: restored when its project reopens.
struct ViewState
{
    int bead = 0;          ///< The bead at the top of the view.
    double fraction = 0.0; ///< How far into that bead (0..1).
    int selectedBead = -1;
    QList<int> revealed; ///< Beads whose translation a learner revealed, in order.
    QList<int> bookmarks;
    QString script;  ///< chineseScriptName(); empty: the reader's current choice.
    int layout = -1; ///< The reader's layout number; -1: its current choice.
    int zoom = 0;

    friend bool operator==(const ViewState &, const ViewState &) = default;
};

/// A document with its alignment and view state: what a .duizhao file holds.
struct Project
{
    Document document;
    QList<Bead> beads;
    ViewState view;
    /// The beads came with the file (a project or an aligned format such as TMX): the reader
    /// shows them as they are instead of aligning again.
    bool aligned = false;
    /// The project file it was loaded from (empty for any other file); not saved in it.
    QString filePath;
};

/// The version this build writes; files with a higher one are refused (ErrorCode::NewerVersion).
inline constexpr int ProjectFormatVersion = 1;

/// The .duizhao project file: versioned JSON holding the source texts exactly as decoded, the
/// metadata, the segmentation (sides, paragraphs with roles, sentence ranges, chapters, cues),
/// the beads with their status and confidence, and the view state. Reading validates everything
/// (every range inside its text, beads covering each side's sentences in order) and refuses a
/// damaged file as MalformedFile rather than guessing.
class ProjectFile
{
public:
    static QString extension() { return QStringLiteral("duizhao"); }
    /// The "format" value that marks a project.
    static QString formatName() { return QStringLiteral("duizhao-project"); }

    static QJsonObject toJson(const Project &project);
    static QByteArray toBytes(const Project &project);
    static Result<Project> fromBytes(const QByteArray &bytes);

    /// Saved through writeFileSafely: the old file stays whole until the new one is complete.
    static Result<QStringList> save(const Project &project, const QString &path);
    static Result<Project> load(const QString &path);

    /// Whether the start of a file looks like a project (JSON naming the project format).
    static bool looksLikeProject(const QByteArray &head);
};

/// Whether @p beads fit @p document: in order, each side's sentences covered exactly once, no
/// empty bead, confidences in [0, 1]. Returns the index of the first bead that does not fit
/// (the bead count when the beads stop short), or nullopt when they all fit.
std::optional<int> misfittingBead(const Document &document, const QList<Bead> &beads);

} // namespace duizhao
