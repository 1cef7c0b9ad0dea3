#pragma once

#include "core/model/Document.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QSplitter;
class QTextBrowser;

namespace duizhao {

/// The reader window: a metadata header over the Chinese and the English pane.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens one bilingual file or a pair of files; on failure shows why and keeps what was open.
    bool openFiles(const QStringList &paths);
    bool openSample();

    const Document *document() const;

    static QString samplePath();

private:
    void showDocument();
    void showError(const QString &message);

    std::optional<Document> m_document;
    QLabel *m_header = nullptr;
    QSplitter *m_splitter = nullptr;
    QTextBrowser *m_chinesePane = nullptr;
    QTextBrowser *m_englishPane = nullptr;
};

} // namespace duizhao
