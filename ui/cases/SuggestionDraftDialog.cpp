#include "SuggestionDraftDialog.h"

#include "ReportPrinter.h"
#include "common/Clock.h"
#include "storage/StationRepository.h"
#include "storage/Store.h"
#include "suggestions/SuggestionDraft.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace zt {

SuggestionDraftDialog::SuggestionDraftDialog(Store &store, WorkingDayCalendar calendar, const QStringList &caseIds,
                                             QWidget *parent)
    : QDialog(parent), m_store(store), m_calendar(std::move(calendar)),
      m_evidence(SuggestionDraft::gather(store, caseIds)), m_title(new QLineEdit(this)),
      m_preview(new QTextBrowser(this)), m_message(new QLabel(this)), m_print(new QPushButton(this)),
      m_pdf(new QPushButton(this)), m_escalate(new QPushButton(this))
{
    setObjectName(QStringLiteral("suggestionDraftDialog"));
    setWindowTitle(tr("Draft a deputy's suggestion"));
    if (const auto station = StationRepository(store).find(store.stationId()))
        m_stationName = station->name;
    m_title->setObjectName(QStringLiteral("suggestionTitleLineEdit"));
    m_title->setMaxLength(120);
    m_title->setPlaceholderText(tr("What the suggestion is about, e.g. on parking in old residential areas"));
    m_preview->setObjectName(QStringLiteral("suggestionPreview"));
    m_message->setObjectName(QStringLiteral("suggestionMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_print->setObjectName(QStringLiteral("printSuggestionButton"));
    m_print->setText(tr("Print…"));
    m_pdf->setObjectName(QStringLiteral("suggestionPdfButton"));
    m_pdf->setText(tr("Save as PDF…"));
    m_escalate->setObjectName(QStringLiteral("markEscalatedButton"));
    m_escalate->setText(tr("Record on the cases"));
    m_escalate->setToolTip(tr("Adds \"escalated to a suggestion\" to the timeline of each case"));

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_escalate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(900, 680);

    connect(m_title, &QLineEdit::textChanged, this, &SuggestionDraftDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &SuggestionDraftDialog::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &SuggestionDraftDialog::choosePdf);
    connect(m_escalate, &QPushButton::clicked, this, [this] { markEscalated(); });
    refresh();
}

QString SuggestionDraftDialog::html() const
{
    return SuggestionDraft::html(m_evidence, m_title->text(), m_stationName, Clock::today());
}

void SuggestionDraftDialog::refresh()
{
    m_preview->setHtml(html());
}

void SuggestionDraftDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, this);
    const QString text = html();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [text](QPrinter *p) {
        QTextDocument doc;
        doc.setHtml(text);
        ReportPrinter::print(doc, *p);
    });
    dialog.exec();
}

bool SuggestionDraftDialog::exportPdf(const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument doc;
    doc.setHtml(html());
    // Paged like the reports: no heading left at a page's foot, no row cut or stretched at a page break.
    ReportPrinter::print(doc, printer);
    const bool ok = QFileInfo(path).size() > 0;
    m_message->setText(ok ? tr("Saved the draft to %1.").arg(QDir::toNativeSeparators(path))
                          : tr("Could not write %1. Choose another folder.").arg(QDir::toNativeSeparators(path)));
    m_message->show();
    return ok;
}

void SuggestionDraftDialog::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the draft as PDF"), tr("suggestion-draft.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

bool SuggestionDraftDialog::markEscalated()
{
    const Status status = SuggestionDraft::markEscalated(m_store, m_calendar, m_evidence, m_title->text());
    m_message->setText(status ? tr("Recorded on %n case(s).", nullptr, int(m_evidence.cases.size()))
                              : status.error().message);
    m_message->show();
    if (status)
        m_escalate->setEnabled(false);
    return status.ok();
}

} // namespace zt
