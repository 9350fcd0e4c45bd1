// ztctl report end to end on a demo store: the PDF exists, has the expected pages, and its text
// (pdftotext) holds the same figures as the CSV; the annual report too; usage errors are exit code 2.

#include "ZtctlProcess.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

int pdfPages(const QString &pdf)
{
    const Run info = runProgram(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Page by page (pdftotext -f N -l N): each page ends with its number, no page ends with a section heading
// just above it, and the signature lines are all on the last page.
void checkPages(const QString &pdf)
{
    const int pages = pdfPages(pdf);
    QVERIFY(pages >= 2);
    const QStringList signature{QStringLiteral("Station (seal):"), QStringLiteral("Person in charge (signature):"),
                                QStringLiteral("Prepared by:"), QStringLiteral("Date:")};
    const QRegularExpression heading(QStringLiteral("^\\d\\. [A-Z]"));
    for (int page = 1; page <= pages; ++page) {
        const Run text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                                  QString::number(page), QStringLiteral("-layout"), pdf,
                                                                  QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        QStringList lines;
        for (const QString &line : text.out.split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                lines << line.trimmed();
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.last(), QString::number(page));
        QVERIFY2(!heading.match(lines.at(lines.size() - 2)).hasMatch(),
                 qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(lines.at(lines.size() - 2))));
        for (const QString &s : signature)
            QVERIFY2(text.out.contains(s) == (page == pages), qPrintable(QStringLiteral("%1 on page %2").arg(s).arg(page)));
    }
}

} // namespace

class TestZtctlReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "poppler-utils (pdftotext, pdfinfo) must be installed: tools/dev.sh installs them");
        // One demo store for every test function (read only here): generating it is the slow part.
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("demo"), QStringLiteral("--db"), m_db}), 0);
    }

    void monthlyPdfCsvXlsx()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("2026-10.pdf"));
        const QString csv = m_dir.filePath(QStringLiteral("2026-10.csv"));
        const QString xlsx = m_dir.filePath(QStringLiteral("2026-10.xlsx"));
        const Run run = ztctl({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--month"),
                               QStringLiteral("2026-10"), QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv,
                               QStringLiteral("--xlsx"), xlsx});
        ZT_EXPECT_EXIT(run, 0);
        QVERIFY(QFile::exists(pdf));
        QVERIFY(QFile::exists(xlsx));
        // A month of the demo station: title, figures, tables and the signature lines on two to six pages.
        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 2 && pages <= 6, qPrintable(QString::number(pages)));
        checkPages(pdf);

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csvFile.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 10);
        const Run text = runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        // Every figure of the CSV is printed in the PDF, in the same words (the same numbers on paper).
        QString pdfText = text.out;
        pdfText.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        for (const QString &line : lines.mid(1)) {
            const QString value = line.section(QLatin1Char(','), -1);
            QVERIFY2(pdfText.contains(value), qPrintable(line));
        }
        QVERIFY(pdfText.contains(QStringLiteral("2026-10")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Visitors,")));
        const QString completion = lines.filter(QRegularExpression(QStringLiteral("^Completion rate,"))).value(0);
        QVERIFY2(QRegularExpression(QStringLiteral("^Completion rate,\\d+\\.\\d%$")).match(completion).hasMatch(),
                 qPrintable(completion));
        QVERIFY2(pdfText.contains(completion.section(QLatin1Char(','), 1)), qPrintable(completion));
    }

    void annualPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("2026.pdf"));
        const Run run = ztctl({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--year"),
                               QStringLiteral("2026"), QStringLiteral("--pdf"), pdf});
        ZT_EXPECT_EXIT(run, 0);
        QVERIFY(pdfPages(pdf) >= 2);
        checkPages(pdf);
        const Run text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.out.contains(QStringLiteral("2026-01")));
    }

    void usageErrors()
    {
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--month"),
                              QStringLiteral("2026-13"), QStringLiteral("--csv"), m_dir.filePath(QStringLiteral("x.csv"))}),
                       2);
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--month"),
                              QStringLiteral("2026-10")}),
                       2);
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--csv"),
                              m_dir.filePath(QStringLiteral("x.csv"))}),
                       2);
        // A missing store is a failure with a message, not a new empty store.
        ZT_EXPECT_EXIT(ztctl({QStringLiteral("report"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")),
                              QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--csv"),
                              m_dir.filePath(QStringLiteral("x.csv"))}),
                       1);
    }
};

QTEST_GUILESS_MAIN(TestZtctlReport)
#include "tst_ztctlreport.moc"
