#pragma once

#include <QDialog>
#include <QIcon>

class QTabWidget;

namespace duizhao {

/// The reverse-DNS application id: the desktop file, AppStream metainfo and icons are named after
/// it, and the windows carry it (QGuiApplication::setDesktopFileName).
QString applicationId();

/// The application icon at every size the project ships (from the resources, no SVG plugin).
QIcon applicationIcon();

/// Help → About Duizhao: version, licence (the full text) and credits for the data and
/// libraries Duizhao is built on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The licence text shipped with the program (LICENSE, embedded).
    static QString licenceText();

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace duizhao
