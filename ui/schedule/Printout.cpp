#include "Printout.h"

#include "deputies/DeputyService.h"
#include "schedule/WallSchedule.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QUrl>

namespace zt {

namespace {

// A grey card with the surname, so a deputy without a photo still has a face on the wall.
QImage placeholder(const QString &name)
{
    QImage image(180, 240, QImage::Format_RGB32);
    image.fill(QColor(0xe6, 0xe9, 0xee));
    QPainter p(&image);
    p.setPen(QColor(0x8a, 0x93, 0xa3));
    QFont font = p.font();
    font.setPixelSize(96);
    p.setFont(font);
    p.drawText(image.rect(), Qt::AlignCenter, name.left(1));
    return image;
}

QPageLayout layoutFor(QPageSize::PageSizeId size, QPageLayout::Orientation orientation)
{
    return QPageLayout(QPageSize(size), orientation, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
}

void print(QTextDocument &document, QPagedPaintDevice &device, const QPageLayout &layout)
{
    device.setPageLayout(layout);
    // QTextDocument::print lays the text out on the device's page; font sizes in pt stay true.
    document.print(&device);
}

} // namespace

Printout::Printout(const QString &html, const QPageLayout &layout)
    : m_document(std::make_unique<QTextDocument>()), m_layout(layout)
{
    QFont font = m_document->defaultFont();
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"), font.family()});
    m_document->setDefaultFont(font);
    m_document->setHtml(html);
}

Printout::~Printout() = default;

std::unique_ptr<Printout> Printout::wallSchedule(Store &store, const WallSchedule &schedule, QPageSize::PageSizeId size)
{
    auto printout = std::make_unique<Printout>(QString(), layoutFor(size, QPageLayout::Landscape));
    const DeputyService deputies(store);
    // Resources before the HTML, so the layout sees the images' sizes.
    for (const WallScheduleEntry &e : schedule.entries) {
        QImage image;
        const QString path = deputies.photoPath(e.photoSha256);
        if (path.isEmpty() || !image.load(path))
            image = placeholder(e.name);
        printout->m_document->addResource(QTextDocument::ImageResource, QUrl(WallSchedule::photoUrl(e.deputyId)), image);
    }
    printout->m_document->setHtml(schedule.toHtml(size == QPageSize::A3 ? 1.41 : 1.0));
    return printout;
}

std::unique_ptr<Printout> Printout::notice(const QString &html)
{
    return std::make_unique<Printout>(html, layoutFor(QPageSize::A4, QPageLayout::Portrait));
}

QString Printout::writePdf(const QString &path)
{
    QFile::remove(path);
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Zhitongche"));
        print(*m_document, writer, m_layout);
    }
    if (QFileInfo(path).size() <= 0)
        return QCoreApplication::translate("zt::Printout", "Cannot write %1; choose another folder.").arg(path);
    return {};
}

void Printout::preview(QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_layout);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, parent,
                     [this](QPrinter *p) { m_document->print(p); });
    dialog.resize(1000, 700);
    dialog.exec();
}

} // namespace zt
