#include "domain/ActivityKind.h"

namespace zt {

const QStringList &ActivityKind::all()
{
    static const QStringList codes{QStringLiteral("themed_reception"), QStringLiteral("field_visit"),
                                   QStringLiteral("survey"),           QStringLiteral("law_publicity"),
                                   QStringLiteral("study_day"),        QStringLiteral("lecture"),
                                   QStringLiteral("forum"),            QStringLiteral("other")};
    return codes;
}

QString ActivityKind::label(const QString &code)
{
    if (code == QLatin1String("themed_reception"))
        return tr("Themed reception");
    if (code == QLatin1String("field_visit"))
        return tr("Field visit");
    if (code == QLatin1String("survey"))
        return tr("Survey");
    if (code == QLatin1String("law_publicity"))
        return tr("Law publicity");
    if (code == QLatin1String("study_day"))
        return tr("Study day");
    if (code == QLatin1String("lecture"))
        return tr("Deputies' lecture");
    if (code == QLatin1String("forum"))
        return tr("Forum");
    if (code == QLatin1String("other"))
        return tr("Other activity");
    return code;
}

} // namespace zt
