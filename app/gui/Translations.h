#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace duizhao {

/// The languages of Duizhao's user interface.
enum class UiLanguage
{
    English,            ///< the source language: no translation
    TraditionalChinese, ///< zh_TW, also for zh_HK, zh_MO and zh_Hant
    SimplifiedChinese,  ///< zh_CN, also for zh_SG, zh_Hans and plain zh
};

/// The interface language for @p locale: the first Chinese or English entry of its UI languages
/// (for the system locale these follow LANGUAGE, then LC_ALL, LC_MESSAGES and LANG). Traditional
/// Chinese for Taiwan, Hong Kong, Macau and the Hant script, Simplified for other Chinese; English
/// for English and for languages Duizhao is not translated into.
UiLanguage uiLanguage(const QLocale &locale);

/// The locale asked for by `--language CODE` (or `--language=CODE`) in @p arguments, else the
/// system locale. Read before the command line is parsed, so the translation is in place early.
QLocale requestedLocale(const QStringList &arguments);

/// Installs the UI translation for @p locale (Traditional or Simplified Chinese; English needs
/// none) and Qt's own (qtbase, when installed), replacing any installed by an earlier call. The
/// translators are children of @p application. Returns whether a Duizhao translation was
/// installed.
bool installTranslations(QCoreApplication &application, const QLocale &locale = QLocale::system());

/// Removes and deletes the translators installed by installTranslations().
void removeTranslations(QCoreApplication &application);

} // namespace duizhao
