#pragma once
// The printable supervision list (督办清单) a station hands to a department: its open cases, most urgent
// first, with urgency in words (the paper is often black and white), as HTML for QTextDocument.

#include "supervision/SupervisionItem.h"
#include "workflow/WorkingDayCalendar.h"

#include <QCoreApplication>
#include <QList>

namespace zt {

class SupervisionListDocument
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionListDocument)
public:
    struct Header
    {
        QString stationName;
        QString departmentName; // empty: every department, grouped
        QDate printedOn;
    };

    static QString html(const Header &header, const QList<SupervisionItem> &items, const WorkingDayCalendar &calendar);
};

} // namespace zt
