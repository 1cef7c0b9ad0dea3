#pragma once

#include "core/concordance/Concordance.h"

#include <QDockWidget>

class QPushButton;
class QTableWidget;

namespace duizhao {

/// A dock with the reader's vocabulary list: words added from the dictionary pop-up with the
/// pair they were found in; remove, and export as an Anki-ready TSV.
class VocabularyPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit VocabularyPanel(QWidget *parent = nullptr);

    const VocabularyList &list() const { return m_list; }
    /// Adds a word unless its entry is already listed; returns whether it was added.
    bool addItem(const VocabularyItem &item);
    void removeSelected();
    /// Writes the list; on failure returns the user-facing reason.
    QString exportAnkiTsv(const QString &path);

signals:
    void pairActivated(int bead); ///< A row was double-clicked: show its example pair.
    void listChanged();           ///< A word was added or removed.

private:
    void refresh();
    void chooseExportFile();

    VocabularyList m_list;
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace duizhao
