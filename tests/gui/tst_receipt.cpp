// The printed receipt (回执): on paper (a PDF read back with pdftotext) it carries the case numbers, the
// date, the station and its phone, the receiving deputy, the date an answer is due and the masked phone;
// the QR code holds the case numbers; it fills the top half of an A4 page.

#include "common/Clock.h"
#include "domain/Codes.h"
#include "reception/QrCode.h"
#include "reception/ReceiptBuilder.h"
#include "reception/ReceiptPrinter.h"
#include "setup/StationSetup.h"
#include "storage/CategoryRepository.h"
#include "storage/DeputyRepository.h"
#include "storage/Store.h"
#include "workflow/VisitIntake.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace zt;

class TestReceipt : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    VisitIntake::Saved m_saved;

    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        Clock::setFixedNow(QDateTime(QDate(2026, 10, 29), QTime(6, 0), Qt::UTC));
        auto opened = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(opened.ok());
        m_store = std::move(opened.value());
        Station station;
        station.code = QStringLiteral("330203006");
        station.name = QStringLiteral("白云街道人大代表联络站");
        station.contactPhone = QStringLiteral("0574-87001234");
        station.address = QStringLiteral("宁波市海曙区白云街道望春路1号");
        QVERIFY(StationSetup::setUp(*m_store, station).ok());
        QString roads;
        for (const Category &c : CategoryRepository(*m_store).listForStation(m_store->stationId()))
            if (c.code == QLatin1String("roads"))
                roads = c.id;
        Deputy d;
        d.name = QStringLiteral("李秀英");
        d.level = DeputyLevel::County;
        {
            WriteTransaction tx(*m_store);
            QVERIFY(DeputyRepository(*m_store).insert(tx, d).ok());
            QVERIFY(tx.commit().ok());
        }
        VisitIntake::Input in;
        in.visit.date = Clock::today();
        in.visit.halfDay = HalfDay::Afternoon;
        in.visit.deputyIds << d.id;
        Visitor v;
        v.name = QStringLiteral("王建明");
        v.phone = QStringLiteral("13812341234");
        in.visit.visitors << v;
        in.problems << VisitIntake::Problem{QStringLiteral("3幢门口路灯坏了两个月，晚上看不见路"), roads, {}, {}, {}};
        in.problems << VisitIntake::Problem{QStringLiteral("垃圾分类点的桶太少"), {}, {}, {}, {}};
        auto saved = VisitIntake(*m_store).save(in);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        m_saved = saved.value();
    }

    void cleanupTestCase()
    {
        m_store.reset();
        Clock::setFixedNow({});
    }

    void theQrCodeHoldsTheCaseNumbers()
    {
        auto receipt = ReceiptBuilder::forVisit(*m_store, m_saved.visitId);
        QVERIFY(receipt.ok());
        const QImage qr = QrCode::image(receipt->qrText(), 4);
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.width(), qr.height());
        const int modules = QrCode::modules(receipt->qrText());
        QCOMPARE(qr.width(), modules * 4);
        // The quiet zone is white; the finder pattern's corner (module 4,4) is dark.
        QCOMPARE(qr.pixelColor(1, 1), QColor(Qt::white));
        QCOMPARE(qr.pixelColor(4 * 4 + 1, 4 * 4 + 1), QColor(Qt::black));
        QTextDocument doc;
        ReceiptPrinter(receipt.value()).fillDocument(doc);
        QVERIFY(!doc.resource(QTextDocument::ImageResource, QUrl(ReceiptPrinter::QrUrl)).value<QImage>().isNull());
        QVERIFY(doc.toPlainText().contains(m_saved.cases.at(1).record.caseNo));
    }

    void thePdfSaysWhatTheVisitorNeeds()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is missing: tools/dev.sh installs poppler-utils; the receipt cannot be checked without it");
        auto receipt = ReceiptBuilder::forVisit(*m_store, m_saved.visitId);
        QVERIFY(receipt.ok());
        const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
        QVERIFY(ReceiptPrinter(receipt.value()).writePdf(pdf));
        if (const QString shots = qEnvironmentVariable("ZT_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            QFile::remove(QDir(shots).filePath(QStringLiteral("receipt.pdf")));
            QFile::copy(pdf, QDir(shots).filePath(QStringLiteral("receipt.pdf")));
        }
        // pdftotext reads some Noto CJK glyphs as Kangxi radicals (⽩ for 白); NFKC folds them back.
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                                 .normalized(QString::NormalizationForm_KC);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        for (const VisitIntake::SavedCase &c : m_saved.cases) {
            QVERIFY2(text.contains(c.record.caseNo), qPrintable(text));
            QVERIFY2(text.contains(Receipt::dateText(c.replyDue)), qPrintable(text));
        }
        QVERIFY(text.contains(QStringLiteral("白云街道人大代表联络站")));
        QVERIFY(text.contains(QStringLiteral("0574-87001234")));
        QVERIFY(text.contains(QStringLiteral("李秀英")));
        QVERIFY(text.contains(QStringLiteral("138****1234")));
        QVERIFY(!text.contains(QStringLiteral("13812341234")));
        QVERIFY(text.contains(Receipt::dateText(QDate(2026, 10, 29))));
        // Roads take 20 working days, the other category the default 15.
        QVERIFY(m_saved.cases.at(0).replyDue > m_saved.cases.at(1).replyDue);

        // One A4 page; the receipt sits in its top half.
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")).match(info).hasMatch(), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        const QString bottom = run(QStringLiteral("pdftotext"), {QStringLiteral("-y"), QStringLiteral("440"), QStringLiteral("-H"),
                                                                 QStringLiteral("400"), QStringLiteral("-W"), QStringLiteral("595"),
                                                                 QStringLiteral("-x"), QStringLiteral("0"), pdf, QStringLiteral("-")});
        QVERIFY2(!bottom.contains(m_saved.cases.at(0).record.caseNo), qPrintable(bottom));

    }
};

QTEST_MAIN(TestReceipt)
#include "tst_receipt.moc"
