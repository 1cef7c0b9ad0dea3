#include "app/gui/VocabularyPanel.h"

#include "app/common/ErrorText.h"
#include "app/gui/FileDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace duizhao {

VocabularyPanel::VocabularyPanel(QWidget *parent)
    : QDockWidget(tr("Vocabulary"), parent)
{
    setObjectName(QStringLiteral("vocabularyPanel"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    m_table = new QTableWidget(0, 4, content);
    m_table->setObjectName(QStringLiteral("words"));
    m_table->setHorizontalHeaderLabels({tr("Word"), tr("Pinyin"), tr("Meaning"), tr("Example")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_remove = new QPushButton(tr("Remove"), content);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_export = new QPushButton(tr("Export for Anki…"), content);
    m_export->setObjectName(QStringLiteral("exportAnki"));
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_remove, &QPushButton::clicked, this, &VocabularyPanel::removeSelected);
    connect(m_export, &QPushButton::clicked, this, &VocabularyPanel::chooseExportFile);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_list.size() && m_list.items().at(row).bead >= 0)
            emit pairActivated(m_list.items().at(row).bead);
    });
    refresh();
}

bool VocabularyPanel::addItem(const VocabularyItem &item)
{
    if (!m_list.add(item))
        return false;
    refresh();
    emit listChanged();
    return true;
}

void VocabularyPanel::removeSelected()
{
    const int row = m_table->currentRow();
    if (!m_list.removeAt(row))
        return;
    refresh();
    emit listChanged();
}

QString VocabularyPanel::exportAnkiTsv(const QString &path)
{
    const Result<QStringList> written = m_list.exportAnkiTsv(path);
    return written ? QString() : errorText(written.error());
}

void VocabularyPanel::refresh()
{
    m_table->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const VocabularyItem &item = m_list.items().at(row);
        const QStringList cells = {item.word.isEmpty() ? item.entry.traditional : item.word,
                                   item.entry.pinyin, item.entry.glosses.join(QStringLiteral("; ")),
                                   item.exampleChinese};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_remove->setEnabled(!m_list.items().isEmpty());
    m_export->setEnabled(!m_list.items().isEmpty());
}

void VocabularyPanel::chooseExportFile()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export Vocabulary"), QString(),
                                                     tr("Tab-separated values (*.tsv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = exportAnkiTsv(path); !problem.isEmpty())
        QMessageBox::warning(this, tr("Export Vocabulary"), problem);
}

} // namespace duizhao
