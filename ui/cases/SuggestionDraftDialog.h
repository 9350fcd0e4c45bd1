#pragma once
// Drafts a deputy's suggestion from the cases chosen in the list: a title, the evidence gathered from
// the cases, a preview that is what prints, PDF, and marking the cases as carried into the suggestion.

#include "suggestions/SuggestionEvidence.h"
#include "workflow/WorkingDayCalendar.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace zt {

class Store;

class SuggestionDraftDialog : public QDialog
{
    Q_OBJECT
public:
    SuggestionDraftDialog(Store &store, WorkingDayCalendar calendar, const QStringList &caseIds,
                          QWidget *parent = nullptr);

    QString html() const;
    const SuggestionEvidence &evidence() const { return m_evidence; }
    bool exportPdf(const QString &path);
    // Adds the "escalated" event to every selected case; the message says how it went.
    bool markEscalated();

private:
    void refresh();
    void printPreview();
    void choosePdf();

    Store &m_store;
    WorkingDayCalendar m_calendar;
    SuggestionEvidence m_evidence;
    QString m_stationName;
    QLineEdit *m_title;
    QTextBrowser *m_preview;
    QLabel *m_message;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_escalate;
};

} // namespace zt
