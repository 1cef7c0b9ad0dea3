#include "app/gui/ReaderPanels.h"

#include <QListWidget>

namespace duizhao {

namespace {

constexpr int EntryCharacters = 48;

QString shortened(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > EntryCharacters ? simple.left(EntryCharacters) + u'…' : simple;
}

} // namespace

PairListPanel::PairListPanel(const QString &title, QWidget *parent)
    : QDockWidget(title, parent)
    , m_list(new QListWidget(this))
{
    m_list->setWordWrap(true);
    m_list->setAccessibleName(title);
    setWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit pairActivated(item->data(Qt::UserRole).toInt());
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit pairActivated(item->data(Qt::UserRole).toInt());
    });
}

void PairListPanel::setPairs(const AlignedText *text, const QList<int> &beads,
                             const DisplayText &display)
{
    m_list->clear();
    if (!text)
        return;
    for (int bead : beads) {
        // The Chinese (as shown) over the English: both are how a reader remembers a place.
        QStringList lines;
        for (Language language : {Language::Chinese, Language::English}) {
            for (const SentenceKey &key : text->beadSentences(bead)) {
                if (key.language == language) {
                    lines.append(shortened(display(key)));
                    break;
                }
            }
        }
        auto *item = new QListWidgetItem(
            tr("%1. %2").arg(bead + 1).arg(lines.join(QStringLiteral("\n"))), m_list);
        item->setData(Qt::UserRole, bead);
        item->setToolTip(tr("Pair %1").arg(bead + 1));
    }
}

int PairListPanel::entryCount() const
{
    return m_list->count();
}

int PairListPanel::beadAt(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

QList<int> contentsBeads(const AlignedText &text)
{
    // Headings from the side that has them (the Chinese first); a pair listed once.
    for (Language language : {Language::Chinese, Language::English}) {
        QList<int> beads;
        for (const PaneParagraph &paragraph : text.sideParagraphs(language)) {
            if (paragraph.role != ParagraphRole::Title && paragraph.role != ParagraphRole::Heading)
                continue;
            const int bead =
                paragraph.sentences.isEmpty() ? -1 : text.beadOf(paragraph.sentences.first());
            if (bead >= 0 && !beads.contains(bead))
                beads.append(bead);
        }
        if (!beads.isEmpty())
            return beads;
    }
    return {};
}

} // namespace duizhao
