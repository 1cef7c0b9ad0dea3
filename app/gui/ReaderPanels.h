#pragma once

#include "app/gui/AlignedText.h"

#include <QDockWidget>

#include <functional>

class QListWidget;
class QTreeWidget;

namespace duizhao {

/// A side panel listing pairs of the open document; activating an entry goes to its pair.
class PairListPanel : public QDockWidget
{
    Q_OBJECT

public:
    /// The text a pane shows for a sentence (the Chinese in the script on screen).
    using DisplayText = std::function<QString(SentenceKey)>;

    PairListPanel(const QString &title, QWidget *parent = nullptr);

    /// Lists @p beads of @p text (in the order given); @p text may be null (nothing open).
    void setPairs(const AlignedText *text, const QList<int> &beads, const DisplayText &display);
    int entryCount() const;
    /// The bead of entry @p row.
    int beadAt(int row) const;
    QListWidget *list() const { return m_list; }

signals:
    void pairActivated(int bead);

private:
    QListWidget *m_list = nullptr;
};

/// The pairs that open the document's titles and chapter headings, for the Contents panel.
QList<int> contentsBeads(const AlignedText &text);

/// One line of the contents: a chapter of each book (or a heading pair) and where it starts.
struct ContentsEntry
{
    QString chinese; ///< Empty when the Chinese book has no such chapter.
    QString english;
    int bead = -1;         ///< Where the chapter starts, in either book.
    bool chapters = false; ///< From the books' chapters (else from headings in the text).
};

/// The contents of a document: both books' chapters side by side as the alignment pairs them;
/// without chapters, the headings' pairs (contentsBeads).
QList<ContentsEntry> contentsEntries(const AlignedText &text,
                                     const PairListPanel::DisplayText &display);

/// The Contents panel: the Chinese chapter titles beside the English ones; activating a line
/// goes to that chapter in both panes.
class ContentsPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ContentsPanel(QWidget *parent = nullptr);

    void setEntries(const QList<ContentsEntry> &entries);
    int entryCount() const { return int(m_entries.size()); }
    const ContentsEntry &entry(int row) const { return m_entries.at(row); }
    /// The bead of entry @p row, or -1.
    int beadAt(int row) const;
    /// The text shown in a column (0 Chinese, 1 English) of entry @p row.
    QString shownText(int row, int column) const;
    QTreeWidget *tree() const { return m_tree; }

signals:
    void entryActivated(int row);

private:
    QTreeWidget *m_tree = nullptr;
    QList<ContentsEntry> m_entries;
};

} // namespace duizhao
