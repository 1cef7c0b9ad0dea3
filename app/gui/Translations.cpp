#include "app/gui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace duizhao {

namespace {

const char translatorTag[] = "duizhao.translator";

UiLanguage chineseVariant(const QLocale &locale)
{
    switch (locale.script()) {
    case QLocale::TraditionalHanScript:
        return UiLanguage::TraditionalChinese;
    case QLocale::SimplifiedHanScript:
        return UiLanguage::SimplifiedChinese;
    default:
        break;
    }
    switch (locale.territory()) {
    case QLocale::Taiwan:
    case QLocale::HongKong:
    case QLocale::Macau:
        return UiLanguage::TraditionalChinese;
    default:
        return UiLanguage::SimplifiedChinese;
    }
}

// Installs @p translator if it loaded, else deletes it.
bool install(QTranslator *translator, bool loaded)
{
    if (loaded && QCoreApplication::installTranslator(translator)) {
        translator->setObjectName(QString::fromLatin1(translatorTag));
        return true;
    }
    delete translator;
    return false;
}

} // namespace

UiLanguage uiLanguage(const QLocale &locale)
{
    // uiLanguages() of the system locale lists LANGUAGE's entries first; of any other locale,
    // the locale itself (with its likely script, e.g. zh-Hant-TW).
    QStringList candidates = locale.uiLanguages();
    candidates.append(locale.name());
    for (const QString &name : std::as_const(candidates)) {
        const QLocale candidate(name);
        if (candidate.language() == QLocale::Chinese)
            return chineseVariant(candidate);
        if (candidate.language() == QLocale::English)
            return UiLanguage::English;
    }
    return UiLanguage::English;
}

QLocale requestedLocale(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == option && i + 1 < arguments.size())
            return QLocale(arguments.at(i + 1));
        if (argument.startsWith(option + QLatin1Char('=')))
            return QLocale(argument.mid(option.size() + 1));
    }
    return QLocale::system();
}

bool installTranslations(QCoreApplication &application, const QLocale &locale)
{
    removeTranslations(application);

    QString suffix;
    QLocale qtLocale;
    switch (uiLanguage(locale)) {
    case UiLanguage::English:
        return false;
    case UiLanguage::TraditionalChinese:
        suffix = QStringLiteral("zh_TW");
        qtLocale = QLocale(QLocale::Chinese, QLocale::TraditionalHanScript, QLocale::Taiwan);
        break;
    case UiLanguage::SimplifiedChinese:
        suffix = QStringLiteral("zh_CN");
        qtLocale = QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
        break;
    }

    // Qt's own strings (standard dialog buttons, QCommandLineParser) first: translators
    // installed later are searched first, so Duizhao's own wording wins any overlap.
    auto *qt = new QTranslator(&application);
    install(qt, qt->load(qtLocale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)));

    auto *own = new QTranslator(&application);
    return install(own, own->load(QStringLiteral(":/i18n/duizhao_") + suffix));
}

void removeTranslations(QCoreApplication &application)
{
    const QList<QTranslator *> translators = application.findChildren<QTranslator *>(
        QString::fromLatin1(translatorTag), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace duizhao
