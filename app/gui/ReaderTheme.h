#pragma once

#include <QColor>
#include <QPalette>

namespace duizhao {

/// Colours of the reader: the window palette plus the highlight colours the panes draw.
struct ReaderTheme
{
    bool dark = false;
    QColor base;
    QColor text;
    QColor window;
    QColor selection; ///< The clicked pair.
    QColor hover;     ///< The pair under the mouse: lighter than the selection.
    QColor findHit;
    QColor currentFindHit;
    QColor unmatched;     ///< Sentences with no counterpart.
    QColor doubtful;      ///< Underline of pairs the aligner is unsure of.
    QColor hiddenBar;     ///< Learner mode: a translation not yet revealed.
    QColor confirmedMark; ///< Margin mark of a pair the user confirmed.
    QColor editedMark;    ///< Margin mark of a pair the user made by editing.

    static ReaderTheme light();
    static ReaderTheme darkTheme();
    /// The system's choice: dark when the default window colour is dark.
    static bool systemPrefersDark();

    QPalette palette() const;
};

} // namespace duizhao
