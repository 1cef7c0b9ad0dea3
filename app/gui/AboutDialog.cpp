#include "app/gui/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace duizhao {

QString applicationId()
{
    return QStringLiteral("io.github.duizhao.Duizhao");
}

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/duizhao-%1.png").arg(size), QSize(size, size));
    return icon;
}

QString AboutDialog::licenceText()
{
    QFile file(QStringLiteral(":/about/LICENSE"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Duizhao"));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("aboutHeading"));
    heading->setPixmap(applicationIcon().pixmap(64, 64));
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("aboutSummary"));
    summary->setTextFormat(Qt::RichText);
    summary->setWordWrap(true);
    summary->setOpenExternalLinks(true);
    summary->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p>")
            .arg(tr("Duizhao 對照 %1").arg(QStringLiteral(DUIZHAO_VERSION)),
                 tr("A reader for Chinese–English parallel texts."),
                 tr("Copyright © 2026 the Duizhao developers."),
                 tr("Duizhao is free software under the GNU General Public License, version 3 "
                    "or (at your option) any later version (GPL-3.0-or-later). It comes with "
                    "ABSOLUTELY NO WARRANTY. Its Chinese–English lexicon is derived from "
                    "CC-CEDICT and is under CC BY-SA 4.0.")));
    auto *top = new QHBoxLayout;
    top->addWidget(heading, 0, Qt::AlignTop);
    top->addWidget(summary, 1);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    auto *credits = new QTextBrowser(m_tabs);
    credits->setObjectName(QStringLiteral("creditsText"));
    credits->setOpenExternalLinks(true);
    credits->setHtml(
        QStringLiteral("<p><b>CC-CEDICT</b> — %1<br>"
                       "<a href=\"https://www.mdbg.net/chinese/dictionary?page=cc-cedict\">"
                       "mdbg.net</a>, CC BY-SA 4.0</p>"
                       "<p><b>OpenCC</b> — %2<br>Apache License 2.0</p>"
                       "<p><b>ICU</b> — %3<br>Unicode License (ICU)</p>"
                       "<p><b>Qt %4</b> — %5<br>GNU LGPL 3</p>"
                       "<p><b>Snowball (libstemmer)</b> — %6<br>BSD 3-Clause</p>"
                       "<p><b>%7</b><br>%8</p>")
            .arg(tr("the Chinese–English dictionary (MDBG; based on CEDICT by Paul Andrew "
                    "Denisowski)"),
                 tr("Traditional and Simplified Chinese conversion"),
                 tr("sentence and word breaking, encoding detection"),
                 QString::fromLatin1(qVersion()), tr("the user interface toolkit"),
                 tr("English stemming"), tr("Sample article"),
                 tr("A Xinhua News Agency report with its English version, as published.")));
    m_tabs->addTab(credits, tr("&Credits"));
    auto *licence = new QPlainTextEdit(licenceText(), m_tabs);
    licence->setObjectName(QStringLiteral("licenceText"));
    licence->setReadOnly(true);
    licence->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(licence, tr("&Licence"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 560);
}

} // namespace duizhao
