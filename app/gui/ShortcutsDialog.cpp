#include "app/gui/ShortcutsDialog.h"

#include "app/gui/ActionText.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace duizhao {

namespace {

QString plainText(const QString &text)
{
    return withoutAccelerator(text).remove(QStringLiteral("…"));
}

} // namespace

void showShortcutsDialog(QWidget *parent, const QList<QAction *> &actions)
{
    QList<std::pair<QString, QString>> rows = {
        {QCoreApplication::translate("duizhao::ShortcutsDialog", "Click a sentence"),
         QCoreApplication::translate("duizhao::ShortcutsDialog",
                                     "Highlight it and its translation")},
        {QCoreApplication::translate("duizhao::ShortcutsDialog", "↑ / ↓ or K / J"),
         QCoreApplication::translate("duizhao::ShortcutsDialog", "Previous / next pair")},
        {QCoreApplication::translate("duizhao::ShortcutsDialog", "Home / End"),
         QCoreApplication::translate("duizhao::ShortcutsDialog", "First / last pair")},
        {QCoreApplication::translate("duizhao::ShortcutsDialog", "Tab"),
         QCoreApplication::translate("duizhao::ShortcutsDialog", "The other pane")},
        {QCoreApplication::translate("duizhao::ShortcutsDialog", "Right click"),
         QCoreApplication::translate("duizhao::ShortcutsDialog", "Copy the pair, bookmark it")},
    };
    for (const QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        if (!keys.isEmpty() && action->shortcutContext() != Qt::WidgetShortcut)
            rows.append({keys.join(QStringLiteral(", ")), plainText(action->text())});
    }

    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(
        QCoreApplication::translate("duizhao::ShortcutsDialog", "Keyboard shortcuts"));
    auto *table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setHorizontalHeaderLabels(
        {QCoreApplication::translate("duizhao::ShortcutsDialog", "Keys"),
         QCoreApplication::translate("duizhao::ShortcutsDialog", "Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setWordWrap(false);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(520, 460);
    dialog->open();
}

} // namespace duizhao
