#pragma once

#include <QString>

class QWidget;

namespace duizhao {

/// The one way the app asks for a file name (KeePassXC's FileDialog): the platform's dialog,
/// or, in tests, the answer preset with setNextFileName(), so that a test can run Open, Export
/// and Save without a dialog waiting for a click.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption,
                                   const QString &folder = {}, const QString &filter = {});
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &suggested = {}, const QString &filter = {});

    /// For tests: the next dialog returns @p fileName at once, without being shown ("" is
    /// Cancel). Answers queue up in order, one per dialog.
    static void setNextFileName(const QString &fileName);
    /// For tests: how many preset answers no dialog has taken yet.
    static int pendingFileNames();
};

} // namespace duizhao
