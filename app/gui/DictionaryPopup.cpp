#include "app/gui/DictionaryPopup.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace duizhao {

DictionaryPopup::DictionaryPopup(QWidget *parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint)
{
    setObjectName(QStringLiteral("dictionaryPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("entries"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setMaximumWidth(420);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);
    m_addButton = new QPushButton(tr("Add to vocabulary"), this);
    m_addButton->setObjectName(QStringLiteral("addToVocabulary"));
    layout->addWidget(m_addButton, 0, Qt::AlignRight);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (!m_match.entries.isEmpty())
            emit addToVocabulary(m_match.entries.constFirst());
    });
}

QString DictionaryPopup::entryHtml(const DictionaryEntry &entry, bool zhuyin, ToneColours colours)
{
    QString headword = entry.traditional.toHtmlEscaped();
    if (entry.simplified != entry.traditional)
        headword += QStringLiteral(" · ") + entry.simplified.toHtmlEscaped();
    const QStringList syllables =
        (zhuyin ? entry.zhuyin : entry.pinyin).split(u' ', Qt::SkipEmptyParts);
    QStringList reading;
    for (qsizetype i = 0; i < syllables.size(); ++i)
        reading << QStringLiteral("<span style=\"color:%1\">%2</span>")
                       .arg(toneColour(colours, entry.tones.value(i), QColor(0x777777)).name(),
                            syllables.at(i).toHtmlEscaped());
    QString html =
        QStringLiteral("<p><span style=\"font-size:x-large\">%1</span>&nbsp;&nbsp;%2</p>")
            .arg(headword, reading.join(u' '));
    html += QStringLiteral("<ol style=\"margin-top:0\">");
    for (const QString &gloss : entry.glosses)
        html += QStringLiteral("<li>%1</li>").arg(gloss.toHtmlEscaped());
    html += QStringLiteral("</ol>");
    if (!entry.classifiers.isEmpty()) {
        QStringList classifiers;
        for (const Classifier &classifier : entry.classifiers)
            classifiers
                << QString(classifier.traditional + u' ' + classifier.pinyin).toHtmlEscaped();
        html += QStringLiteral("<p>") +
                tr("Measure words: %1").arg(classifiers.join(QStringLiteral(", "))) +
                QStringLiteral("</p>");
    }
    return html;
}

void DictionaryPopup::setMatch(const DictionaryMatch &match, const QString &original)
{
    m_match = match;
    m_original = original;
    refresh();
}

void DictionaryPopup::setZhuyin(bool zhuyin)
{
    m_zhuyin = zhuyin;
    refresh();
}

void DictionaryPopup::setToneColours(ToneColours colours)
{
    m_colours = colours;
    refresh();
}

void DictionaryPopup::refresh()
{
    QString html;
    if (!m_original.isEmpty())
        html += QStringLiteral("<p style=\"color:#777777\">") +
                tr("As written: %1").arg(m_original.toHtmlEscaped()) + QStringLiteral("</p>");
    for (const DictionaryEntry &entry : m_match.entries)
        html += entryHtml(entry, m_zhuyin, m_colours);
    if (m_match.entries.isEmpty())
        html += tr("No dictionary entry.");
    m_text->setText(html);
    m_addButton->setEnabled(!m_match.entries.isEmpty());
    adjustSize();
}

void DictionaryPopup::showMatch(const DictionaryMatch &match, const QPoint &globalAnchor,
                                const QString &original)
{
    setMatch(match, original);
    QPoint position = globalAnchor + QPoint(0, 4);
    if (const QScreen *screen = QGuiApplication::screenAt(globalAnchor)) {
        const QRect available = screen->availableGeometry();
        position.setX(std::clamp(position.x(), available.left(),
                                 std::max(available.left(), available.right() - width())));
        if (position.y() + height() > available.bottom())
            position.setY(globalAnchor.y() - height() - 24);
    }
    move(position);
    show();
}

void DictionaryPopup::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace duizhao
