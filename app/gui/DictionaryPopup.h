#pragma once

#include "app/gui/RubyText.h"
#include "core/dict/Dictionary.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace duizhao {

/// A frameless pop-up showing the dictionary entries of a looked-up word: headwords, pinyin in
/// tone colours (or zhuyin), glosses and classifiers, and an "Add to vocabulary" button.
/// The reader shows it with showMatch() at the hovered word; it hides itself on Escape or when
/// the pointer leaves it.
class DictionaryPopup : public QFrame
{
    Q_OBJECT

public:
    explicit DictionaryPopup(QWidget *parent = nullptr);

    /// Fills the pop-up; @p original is the text as written when the reader shows a converted
    /// script (empty otherwise), shown as "original: 發".
    void setMatch(const DictionaryMatch &match, const QString &original = {});
    /// setMatch() and shows the pop-up just below @p globalAnchor (kept on the screen).
    void showMatch(const DictionaryMatch &match, const QPoint &globalAnchor,
                   const QString &original = {});
    void setZhuyin(bool zhuyin);
    void setToneColours(ToneColours colours);
    const DictionaryMatch &match() const { return m_match; }

    /// The HTML of one entry, pinyin coloured by tone (used by the pop-up and its tests).
    static QString entryHtml(const DictionaryEntry &entry, bool zhuyin,
                             ToneColours colours = ToneColours::Pleco);

signals:
    /// The user asked to keep the first entry of the word.
    void addToVocabulary(const duizhao::DictionaryEntry &entry);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();

    DictionaryMatch m_match;
    QString m_original;
    bool m_zhuyin = false;
    ToneColours m_colours = ToneColours::Pleco;
    QLabel *m_text = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace duizhao
