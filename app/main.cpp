// zhitongche: wiring only. Application, translations, the store, the main window.

#include "AppSettings.h"
#include "MainWindow.h"
#include "StoreRecovery.h"
#include "i18n/TranslationLoader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Zhitongche"));
    QApplication::setApplicationName(QStringLiteral("zhitongche"));
    QApplication::setApplicationVersion(QStringLiteral(ZT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Zhitongche (民意直通车) for deputy liaison stations"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Open the store at PATH."), QStringLiteral("PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."), QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    QFont font = QApplication::font();
    font.setPointSizeF(zt::AppSettings::fontPointSize());
    QApplication::setFont(font);

    zt::TranslationLoader translations;
    const QString language = parser.isSet(langOption) ? parser.value(langOption) : zt::AppSettings::language();
    if (!translations.setLanguage(language))
        translations.setLanguage(zt::TranslationLoader::Chinese);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : zt::AppSettings::storePath();
    std::unique_ptr<zt::Store> store = zt::StoreRecovery::open(path, nullptr);
    if (!store)
        return 1;
    if (!store->isSetUp()) {
        QMessageBox::information(nullptr, QCoreApplication::translate("main", "Zhitongche"),
                                 QCoreApplication::translate("main", "The store %1 is not set up for a station yet. "
                                                                     "Set it up with: ztctl init --db %1 --station CODE")
                                     .arg(store->path()));
        return 1;
    }
    zt::MainWindow window(*store, translations);
    window.show();
    return app.exec();
}
