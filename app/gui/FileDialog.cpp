#include "app/gui/FileDialog.h"

#include <QFileDialog>
#include <QStringList>

namespace duizhao {

namespace {

// Used on the UI thread only, like the dialogs themselves.
QStringList &presetAnswers()
{
    static QStringList answers;
    return answers;
}

} // namespace

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &folder,
                                    const QString &filter)
{
    if (!presetAnswers().isEmpty())
        return presetAnswers().takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption,
                                    const QString &suggested, const QString &filter)
{
    if (!presetAnswers().isEmpty())
        return presetAnswers().takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    presetAnswers().append(fileName);
}

int FileDialog::pendingFileNames()
{
    return int(presetAnswers().size());
}

} // namespace duizhao
