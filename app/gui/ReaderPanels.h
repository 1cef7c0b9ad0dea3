#pragma once

#include "app/gui/AlignedText.h"

#include <QDockWidget>

#include <functional>

class QListWidget;

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

} // namespace duizhao
