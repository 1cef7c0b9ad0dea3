#include "app/gui/ReaderPanels.h"

#include <QHeaderView>
#include <QListWidget>
#include <QTreeWidget>

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

namespace {

/// How a chapter is named in the contents: its heading as shown (in the script on screen), else
/// the title from the book's table of contents, else its first sentence.
QString chapterName(const AlignedText &text, Language language, const QList<int> &chapters,
                    const PairListPanel::DisplayText &display)
{
    QStringList names;
    for (int chapter : chapters) {
        const SentenceKey start = text.chapterStart(language, chapter);
        const ParagraphRole role = text.sentenceRole(start);
        const QString title = text.document().side(language).chapters.at(chapter).title;
        const bool heading = role == ParagraphRole::Heading || role == ParagraphRole::Title;
        names.append(shortened(heading || title.isEmpty() ? display(start) : title));
    }
    return names.join(QStringLiteral(" · "));
}

SentenceKey firstOf(const AlignedText &text, int bead, Language language)
{
    for (const SentenceKey &key : text.beadSentences(bead))
        if (key.language == language)
            return key;
    return {};
}

} // namespace

QList<ContentsEntry> contentsEntries(const AlignedText &text,
                                     const PairListPanel::DisplayText &display)
{
    QList<ContentsEntry> entries;
    const QList<ChapterGroup> groups = text.chapterGroups();
    for (const ChapterGroup &group : groups) {
        ContentsEntry entry;
        entry.chapters = true;
        entry.bead = group.bead;
        entry.chinese = chapterName(text, Language::Chinese, group.chinese, display);
        entry.english = chapterName(text, Language::English, group.english, display);
        entries.append(entry);
    }
    if (!groups.isEmpty())
        return entries;
    for (int bead : contentsBeads(text)) {
        ContentsEntry entry;
        entry.bead = bead;
        const SentenceKey chinese = firstOf(text, bead, Language::Chinese);
        const SentenceKey english = firstOf(text, bead, Language::English);
        if (chinese.isValid())
            entry.chinese = shortened(display(chinese));
        if (english.isValid())
            entry.english = shortened(display(english));
        entries.append(entry);
    }
    return entries;
}

ContentsPanel::ContentsPanel(QWidget *parent)
    : QDockWidget(tr("Contents"), parent)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Chinese"), tr("English")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_tree->setAccessibleName(tr("Contents"));
    setWidget(m_tree);
    const auto activate = [this](QTreeWidgetItem *item) {
        emit entryActivated(m_tree->indexOfTopLevelItem(item));
    };
    connect(m_tree, &QTreeWidget::itemActivated, this, activate);
    connect(m_tree, &QTreeWidget::itemClicked, this, activate);
}

void ContentsPanel::setEntries(const QList<ContentsEntry> &entries)
{
    m_entries = entries;
    m_tree->clear();
    QList<QTreeWidgetItem *> items;
    for (const ContentsEntry &entry : entries) {
        auto *item = new QTreeWidgetItem;
        // A chapter one book lacks (a translator's preface, notes) says so in its column.
        const QString absentTips[] = {tr("The Chinese book has no such chapter"),
                                      tr("The English book has no such chapter")};
        const QString texts[] = {entry.chinese, entry.english};
        for (int column = 0; column < 2; ++column) {
            const bool absent = texts[column].isEmpty() && entry.chapters;
            item->setText(column, absent ? tr("(missing)") : texts[column]);
            item->setToolTip(column, absent ? absentTips[column] : texts[column]);
            if (absent) {
                QFont font = item->font(column);
                font.setItalic(true);
                item->setFont(column, font);
                item->setForeground(column, m_tree->palette().brush(QPalette::PlaceholderText));
            }
        }
        items.append(item);
    }
    m_tree->addTopLevelItems(items);
}

int ContentsPanel::beadAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).bead : -1;
}

QString ContentsPanel::shownText(int row, int column) const
{
    const QTreeWidgetItem *item = m_tree->topLevelItem(row);
    return item ? item->text(column) : QString();
}

} // namespace duizhao
