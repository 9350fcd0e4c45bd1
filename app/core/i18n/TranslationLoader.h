#pragma once
// Installs the program's translation (Simplified Chinese by default, English second) and Qt's own,
// and can swap them at run time; the GUI and ztctl share it.

#include <QObject>
#include <QTranslator>
#include <memory>

namespace zt {

class TranslationLoader : public QObject
{
    Q_OBJECT
public:
    static const QString Chinese;   // "zh_CN"
    static const QString English;   // "en"

    explicit TranslationLoader(QObject *parent = nullptr);
    ~TranslationLoader() override;

    // Replaces the installed translators; widgets get QEvent::LanguageChange. Returns false if the
    // language is unknown (the previous one stays).
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    static QStringList available() { return {Chinese, English}; }

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};

} // namespace zt
