#include "core/dict/Pinyin.h"

#include <QHash>

namespace duizhao::pinyin {

namespace {

// Tone-marked forms of each vowel, tones 1–4.
const QHash<QChar, QString> &markedVowels()
{
    static const QHash<QChar, QString> table = {
        {QLatin1Char('a'), QStringLiteral("āáǎà")}, {QLatin1Char('e'), QStringLiteral("ēéěè")},
        {QLatin1Char('i'), QStringLiteral("īíǐì")}, {QLatin1Char('o'), QStringLiteral("ōóǒò")},
        {QLatin1Char('u'), QStringLiteral("ūúǔù")}, {QChar(0x00FC), QStringLiteral("ǖǘǚǜ")},
        {QLatin1Char('A'), QStringLiteral("ĀÁǍÀ")}, {QLatin1Char('E'), QStringLiteral("ĒÉĚÈ")},
        {QLatin1Char('I'), QStringLiteral("ĪÍǏÌ")}, {QLatin1Char('O'), QStringLiteral("ŌÓǑÒ")},
        {QLatin1Char('U'), QStringLiteral("ŪÚǓÙ")}, {QChar(0x00DC), QStringLiteral("ǕǗǙǛ")},
    };
    return table;
}

bool isVowel(QChar c)
{
    return markedVowels().contains(c);
}

/// Splits "kai1" into "kai" and 1; a syllable without a digit gets tone 0.
int splitTone(QStringView syllable, QString &letters)
{
    letters = syllable.toString();
    if (!letters.isEmpty() && letters.back().isDigit()) {
        const int tone = letters.back().digitValue();
        letters.chop(1);
        return tone;
    }
    return 0;
}

QString withUmlaut(QString letters)
{
    letters.replace(QLatin1String("u:"), QStringLiteral("ü"));
    letters.replace(QLatin1String("U:"), QStringLiteral("Ü"));
    letters.replace(QLatin1String("v"), QStringLiteral("ü"));
    return letters;
}

bool isSyllable(QStringView letters)
{
    if (letters.isEmpty())
        return false;
    for (QChar c : letters) {
        if (!c.isLetter() && c != QLatin1Char(':'))
            return false;
    }
    return true;
}

} // namespace

QString syllableToMarks(QStringView syllable)
{
    QString letters;
    const int tone = splitTone(syllable, letters);
    if (!isSyllable(letters))
        return syllable.toString();
    letters = withUmlaut(letters);
    if (tone < 1 || tone > 4)
        return letters;
    // The mark goes on a or e; on the o of ou; otherwise on the last vowel.
    const QString lower = letters.toLower();
    qsizetype at = lower.indexOf(QLatin1Char('a'));
    if (at < 0)
        at = lower.indexOf(QLatin1Char('e'));
    if (at < 0)
        at = lower.indexOf(QLatin1String("ou"));
    if (at < 0) {
        for (qsizetype i = letters.size() - 1; i >= 0; --i) {
            if (isVowel(letters.at(i))) {
                at = i;
                break;
            }
        }
    }
    if (at < 0) // "r5", "m2", "ng4": no vowel to mark.
        return letters;
    letters[at] = markedVowels().value(letters.at(at)).at(tone - 1);
    return letters;
}

QString toMarks(QStringView numbered)
{
    QStringList syllables;
    for (QStringView token : numbered.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        syllables << syllableToMarks(token);
    return syllables.join(QLatin1Char(' '));
}

QList<int> toneNumbers(QStringView numbered)
{
    QList<int> tones;
    for (QStringView token : numbered.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString letters;
        const int tone = splitTone(token, letters);
        tones << (isSyllable(letters) ? (tone == 0 ? 5 : tone) : 0);
    }
    return tones;
}

int toneOfMarked(QStringView syllable)
{
    for (QChar c : syllable) {
        for (const QString &marks : markedVowels()) {
            const qsizetype at = marks.indexOf(c);
            if (at >= 0)
                return int(at) + 1;
        }
    }
    return 5;
}

QString markedToNumbered(QStringView syllable)
{
    QString letters;
    int tone = 5;
    for (QChar c : syllable) {
        bool replaced = false;
        for (auto it = markedVowels().cbegin(); it != markedVowels().cend(); ++it) {
            const qsizetype at = it.value().indexOf(c);
            if (at >= 0) {
                letters += it.key();
                tone = int(at) + 1;
                replaced = true;
                break;
            }
        }
        if (!replaced)
            letters += c;
    }
    letters.replace(QStringLiteral("ü"), QLatin1String("u:"));
    return letters + QString::number(tone);
}

namespace {

const QHash<QString, QString> &zhuyinFinals()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("a"), QStringLiteral("ㄚ")},
        {QStringLiteral("o"), QStringLiteral("ㄛ")},
        {QStringLiteral("e"), QStringLiteral("ㄜ")},
        {QStringLiteral("ê"), QStringLiteral("ㄝ")},
        {QStringLiteral("ai"), QStringLiteral("ㄞ")},
        {QStringLiteral("ei"), QStringLiteral("ㄟ")},
        {QStringLiteral("ao"), QStringLiteral("ㄠ")},
        {QStringLiteral("ou"), QStringLiteral("ㄡ")},
        {QStringLiteral("an"), QStringLiteral("ㄢ")},
        {QStringLiteral("en"), QStringLiteral("ㄣ")},
        {QStringLiteral("ang"), QStringLiteral("ㄤ")},
        {QStringLiteral("eng"), QStringLiteral("ㄥ")},
        {QStringLiteral("ong"), QStringLiteral("ㄨㄥ")},
        {QStringLiteral("er"), QStringLiteral("ㄦ")},
        {QStringLiteral("i"), QStringLiteral("ㄧ")},
        {QStringLiteral("ia"), QStringLiteral("ㄧㄚ")},
        {QStringLiteral("ie"), QStringLiteral("ㄧㄝ")},
        {QStringLiteral("iao"), QStringLiteral("ㄧㄠ")},
        {QStringLiteral("iu"), QStringLiteral("ㄧㄡ")},
        {QStringLiteral("ian"), QStringLiteral("ㄧㄢ")},
        {QStringLiteral("in"), QStringLiteral("ㄧㄣ")},
        {QStringLiteral("iang"), QStringLiteral("ㄧㄤ")},
        {QStringLiteral("ing"), QStringLiteral("ㄧㄥ")},
        {QStringLiteral("iong"), QStringLiteral("ㄩㄥ")},
        {QStringLiteral("u"), QStringLiteral("ㄨ")},
        {QStringLiteral("ua"), QStringLiteral("ㄨㄚ")},
        {QStringLiteral("uo"), QStringLiteral("ㄨㄛ")},
        {QStringLiteral("uai"), QStringLiteral("ㄨㄞ")},
        {QStringLiteral("ui"), QStringLiteral("ㄨㄟ")},
        {QStringLiteral("uan"), QStringLiteral("ㄨㄢ")},
        {QStringLiteral("un"), QStringLiteral("ㄨㄣ")},
        {QStringLiteral("uang"), QStringLiteral("ㄨㄤ")},
        {QStringLiteral("ueng"), QStringLiteral("ㄨㄥ")},
        {QStringLiteral("ü"), QStringLiteral("ㄩ")},
        {QStringLiteral("üe"), QStringLiteral("ㄩㄝ")},
        {QStringLiteral("üan"), QStringLiteral("ㄩㄢ")},
        {QStringLiteral("ün"), QStringLiteral("ㄩㄣ")},
    };
    return table;
}

const QHash<QString, QString> &zhuyinInitials()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("b"), QStringLiteral("ㄅ")},  {QStringLiteral("p"), QStringLiteral("ㄆ")},
        {QStringLiteral("m"), QStringLiteral("ㄇ")},  {QStringLiteral("f"), QStringLiteral("ㄈ")},
        {QStringLiteral("d"), QStringLiteral("ㄉ")},  {QStringLiteral("t"), QStringLiteral("ㄊ")},
        {QStringLiteral("n"), QStringLiteral("ㄋ")},  {QStringLiteral("l"), QStringLiteral("ㄌ")},
        {QStringLiteral("g"), QStringLiteral("ㄍ")},  {QStringLiteral("k"), QStringLiteral("ㄎ")},
        {QStringLiteral("h"), QStringLiteral("ㄏ")},  {QStringLiteral("j"), QStringLiteral("ㄐ")},
        {QStringLiteral("q"), QStringLiteral("ㄑ")},  {QStringLiteral("x"), QStringLiteral("ㄒ")},
        {QStringLiteral("zh"), QStringLiteral("ㄓ")}, {QStringLiteral("ch"), QStringLiteral("ㄔ")},
        {QStringLiteral("sh"), QStringLiteral("ㄕ")}, {QStringLiteral("r"), QStringLiteral("ㄖ")},
        {QStringLiteral("z"), QStringLiteral("ㄗ")},  {QStringLiteral("c"), QStringLiteral("ㄘ")},
        {QStringLiteral("s"), QStringLiteral("ㄙ")},
    };
    return table;
}

/// y- and w- spellings → the finals they stand for: "you" → "iu", "wei" → "ui", "yu" → "ü".
QString normalizedFinal(const QString &letters)
{
    if (letters.startsWith(QLatin1Char('y'))) {
        const QString rest = letters.mid(1);
        if (rest.startsWith(QLatin1Char('u')))
            return QStringLiteral("ü") + rest.mid(1);
        if (rest == QLatin1String("ou"))
            return QStringLiteral("iu");
        return rest.startsWith(QLatin1Char('i')) ? rest : QLatin1Char('i') + rest;
    }
    if (letters.startsWith(QLatin1Char('w'))) {
        const QString rest = letters.mid(1);
        if (rest == QLatin1String("ei"))
            return QStringLiteral("ui");
        if (rest == QLatin1String("en"))
            return QStringLiteral("un");
        return rest.startsWith(QLatin1Char('u')) ? rest : QLatin1Char('u') + rest;
    }
    return letters;
}

QString syllableToZhuyin(QStringView syllable)
{
    QString letters;
    const int tone = splitTone(syllable, letters);
    if (!isSyllable(letters))
        return syllable.toString();
    letters = withUmlaut(letters.toLower());
    QString zhuyin;
    if (letters == QLatin1String("r")) {
        zhuyin = QStringLiteral("ㄦ");
    } else {
        QString initial;
        for (const QString &candidate : {letters.left(2), letters.left(1)}) {
            if (zhuyinInitials().contains(candidate) && candidate.size() < letters.size()) {
                initial = candidate;
                break;
            }
        }
        QString final = normalizedFinal(letters.mid(initial.size()));
        // j, q, x take ü, written u; zhi, chi, shi, ri, zi, ci, si have an empty final.
        if (QStringList{QStringLiteral("j"), QStringLiteral("q"), QStringLiteral("x")}.contains(
                initial) &&
            final.startsWith(QLatin1Char('u')))
            final.replace(0, 1, QStringLiteral("ü"));
        const bool emptyFinal =
            final == QLatin1String("i") &&
            QStringList{QStringLiteral("zh"), QStringLiteral("ch"), QStringLiteral("sh"),
                        QStringLiteral("r"),  QStringLiteral("z"),  QStringLiteral("c"),
                        QStringLiteral("s")}
                .contains(initial);
        if (!emptyFinal && !zhuyinFinals().contains(final))
            return syllable.toString();
        zhuyin = zhuyinInitials().value(initial) +
                 (emptyFinal ? QString() : zhuyinFinals().value(final));
    }
    switch (tone) {
    case 2:
        return zhuyin + QStringLiteral("ˊ");
    case 3:
        return zhuyin + QStringLiteral("ˇ");
    case 4:
        return zhuyin + QStringLiteral("ˋ");
    case 5:
        return QStringLiteral("˙") + zhuyin;
    default:
        return zhuyin;
    }
}

} // namespace

QString toZhuyin(QStringView numbered)
{
    QStringList syllables;
    for (QStringView token : numbered.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        syllables << syllableToZhuyin(token);
    return syllables.join(QLatin1Char(' '));
}

} // namespace duizhao::pinyin
