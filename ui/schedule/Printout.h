#pragma once
// A printout of the schedule (wall schedule, reception-day notice) as a QTextDocument with its page
// layout: shown in print preview, printed, or written to PDF, so paper and PDF are the same document.

#include <QPageLayout>
#include <QString>
#include <memory>

class QTextDocument;
class QWidget;

namespace zt {

class Store;
class WallSchedule;

class Printout
{
public:
    Printout(const QString &html, const QPageLayout &layout);
    ~Printout();

    // The wall schedule with each deputy's photo (or a placeholder with the surname).
    static std::unique_ptr<Printout> wallSchedule(Store &store, const WallSchedule &schedule, QPageSize::PageSizeId size);
    static std::unique_ptr<Printout> notice(const QString &html);

    QTextDocument &document() { return *m_document; }
    // Errors are returned as a translated message; empty on success.
    QString writePdf(const QString &path);
    // Modal print preview with the printer dialog one click away.
    void preview(QWidget *parent);

private:
    std::unique_ptr<QTextDocument> m_document;
    QPageLayout m_layout;
};

} // namespace zt
