#include "i18n/TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace zt {

const QString TranslationLoader::Chinese = QStringLiteral("zh_CN");
const QString TranslationLoader::English = QStringLiteral("en");

TranslationLoader::TranslationLoader(QObject *parent) : QObject(parent) {}

TranslationLoader::~TranslationLoader()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

bool TranslationLoader::setLanguage(const QString &language)
{
    if (!available().contains(language))
        return false;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/zhitongche_%1.qm").arg(language)))
        return false;
    // Qt's own strings (standard buttons, print dialogs); absent for English, which is Qt's source.
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = haveQt ? std::move(qt) : nullptr;
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_app.get());
    m_language = language;
    QLocale::setDefault(QLocale(language == Chinese ? QLocale::Chinese : QLocale::English,
                                language == Chinese ? QLocale::China : QLocale::UnitedStates));
    return true;
}

} // namespace zt
