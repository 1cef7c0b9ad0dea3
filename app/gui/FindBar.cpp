#include "app/gui/FindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace duizhao {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    auto *label = new QLabel(tr("Find:"), this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("findQuery"));
    m_query->setAccessibleName(tr("Find in both panes"));
    m_query->setPlaceholderText(tr("Chinese (either script) or English"));
    m_query->setClearButtonEnabled(true);
    label->setBuddy(m_query);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setAccessibleName(tr("Next match"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close the find bar"));
    layout->addWidget(label);
    layout->addWidget(m_query, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_count);
    layout->addWidget(close);
    connect(m_query, &QLineEdit::textChanged, this, &FindBar::queryChanged);
    connect(m_query, &QLineEdit::returnPressed, this, &FindBar::nextRequested);
    connect(next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
}

QString FindBar::query() const
{
    return m_query->text();
}

void FindBar::setQuery(const QString &query)
{
    m_query->setText(query);
}

void FindBar::setHitCount(int current, int total)
{
    if (m_query->text().isEmpty())
        m_count->clear();
    else if (total == 0)
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(current + 1).arg(total));
}

void FindBar::setSearching()
{
    m_count->setText(tr("Searching…"));
}

void FindBar::activate()
{
    show();
    m_query->setFocus();
    m_query->selectAll();
    emit activated();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        emit closed();
        return;
    }
    if (event->key() == Qt::Key_Return && (event->modifiers() & Qt::ShiftModifier)) {
        emit previousRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace duizhao
