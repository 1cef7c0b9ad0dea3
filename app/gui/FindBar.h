#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace duizhao {

/// The find bar under the panes: a query, next/previous, and how many hits.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString query() const;
    void setQuery(const QString &query);
    void setHitCount(int current, int total);
    /// Says the hits are still being looked for.
    void setSearching();
    void activate(); ///< Shows the bar and focuses the query.

signals:
    void queryChanged(const QString &query);
    void nextRequested();
    void previousRequested();
    void closed();
    void activated();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_query = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace duizhao
