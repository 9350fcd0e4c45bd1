// The proposed groups of similar cases, through the widgets: the cases page opens the list, the groups appear
// (worked out off the GUI thread) with their category, community, counts, dates and common words, and one click
// on a group opens the suggestion draft with exactly its cases, which can be recorded on them.

#include "../unit/TestStore.h"
#include "Screenshots.h"

#include "cases/CasesPage.h"
#include "cases/SuggestionDraftDialog.h"
#include "cases/SuggestionGroupsDialog.h"
#include "common/Clock.h"
#include "domain/Codes.h"
#include "storage/CaseEventRepository.h"
#include "storage/CategoryRepository.h"
#include "storage/WriteTransaction.h"
#include "workflow/CaseRegistration.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace zt;

namespace {
QDateTime local(QDate date)
{
    return QDateTime(date, QTime(10, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toUTC();
}
const QString Yunle = QStringLiteral("330203006002"); // 云乐社区
const QDate Today(2026, 11, 2);
} // namespace

class TestSuggestionGroupsDialog : public QObject
{
    Q_OBJECT

    QStringList m_parkingCases;

    template <typename T> static T *child(QWidget &w, const char *name)
    {
        T *found = w.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }


    void addCases(test::TestStore &ts)
    {
        QString parking;
        QString noise;
        {
            WriteTransaction tx(ts.store());
            Category p;
            p.code = QStringLiteral("parking");
            p.name = QStringLiteral("停车管理");
            Category n;
            n.code = QStringLiteral("noise");
            n.name = QStringLiteral("环境保护");
            QVERIFY(CategoryRepository(ts.store()).insert(tx, p));
            QVERIFY(CategoryRepository(ts.store()).insert(tx, n));
            QVERIFY(tx.commit());
            parking = p.id;
            noise = n.id;
        }
        const struct
        {
            QDate on;
            const char *title;
            bool isParking;
            const char *phone;
        } cases[] = {
            {{2026, 3, 5}, "小区停车位不足", true, "13800000001"}, {{2026, 5, 10}, "停车位被占用", true, "13800000002"},
            {{2026, 7, 1}, "夜间乱停车", true, "13800000003"},     {{2026, 8, 3}, "电动车停车棚", true, "13800000001"},
            {{2026, 6, 1}, "夜间施工噪音", false, "13800000004"},
        };
        for (const auto &c : cases) {
            Clock::setFixedNow(local(c.on));
            WriteTransaction tx(ts.store());
            CaseRecord r;
            r.title = QString::fromUtf8(c.title);
            r.categoryId = c.isParking ? parking : noise;
            r.communityCode = Yunle;
            r.citizenPhone = QString::fromLatin1(c.phone);
            QVERIFY(CaseRegistration::registerCase(tx, QStringLiteral("330203006"), r));
            QVERIFY(tx.commit());
            if (c.isParking)
                m_parkingCases << r.id;
        }
        Clock::setFixedNow(local(Today));
    }

private slots:
    void cleanup()
    {
        Clock::setFixedNow({});
        m_parkingCases.clear();
    }

    void theCasesPageOpensIt()
    {
        test::TestStore ts;
        CasesPage page(ts.store());
        QString opened;
        connect(&page, &CasesPage::dialogOpened, this, [&](QDialog *dialog) {
            opened = dialog->objectName();
            QTimer::singleShot(0, dialog, &QDialog::reject);
        });
        child<QPushButton>(page, "proposedGroupsButton")->click();
        QCOMPARE(opened, QStringLiteral("suggestionGroupsDialog"));
    }

    void draftsFromAProposedGroup()
    {
        test::TestStore ts;
        addCases(ts);
        SuggestionGroupsDialog dialog(ts.store(), WorkingDayCalendar::fromStore(ts->db()));
        dialog.show();
        QTRY_VERIFY(!dialog.isSearching());
        QTableWidget *table = child<QTableWidget>(dialog, "groupsTableWidget");
        QTRY_COMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("停车管理"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("云乐社区"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("4"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("3"));
        QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("2026-03-05")));
        QVERIFY(table->item(0, 4)->text().contains(QStringLiteral("2026-08-03")));
        QVERIFY(table->item(0, 5)->text().contains(QStringLiteral("停车")));
        test::saveScreenshots(dialog, QStringLiteral("suggestion-groups"));

        // Fewer months: the group falls under the minimum, and the dialog says there is none.
        child<QSpinBox>(dialog, "monthsSpinBox")->setValue(3);
        QTRY_VERIFY(!dialog.isSearching());
        QTRY_COMPARE(table->rowCount(), 0);
        QVERIFY(!child<QLabel>(dialog, "stateLabel")->text().isEmpty());
        child<QSpinBox>(dialog, "monthsSpinBox")->setValue(12);
        QTRY_VERIFY(!dialog.isSearching());
        QTRY_COMPARE(table->rowCount(), 1);

        // One click: the draft with the group's cases, recorded on them.
        QStringList drafted;
        bool recorded = false;
        const QString pdf = QDir::temp().filePath(QStringLiteral("zt-suggestion-draft.pdf"));
        bool pdfWritten = false;
        QString firstCaseNo;
        connect(&dialog, &SuggestionGroupsDialog::draftOpened, this, [&](SuggestionDraftDialog *draft) {
            for (const auto &line : draft->evidence().cases)
                drafted << line.caseId;
            child<QLineEdit>(*draft, "suggestionTitleLineEdit")->setText(QStringLiteral("关于云乐社区停车难的建议"));
            test::saveScreenshots(*draft, QStringLiteral("suggestion-draft-from-group"));
            // On paper (kept in the temporary folder for looking at); read after the dialog closed.
            pdfWritten = draft->exportPdf(pdf);
            firstCaseNo = draft->evidence().cases.first().caseNo;
            child<QPushButton>(*draft, "markEscalatedButton")->click();
            recorded = !child<QPushButton>(*draft, "markEscalatedButton")->isEnabled();
            QVERIFY(draft->html().contains(QStringLiteral("关于云乐社区停车难的建议")));
            QTimer::singleShot(0, draft, &QDialog::accept);
        });
        child<QPushButton>(dialog, "draftGroupButton0")->click();
        QCOMPARE(drafted, m_parkingCases);
        QVERIFY(recorded);
        QVERIFY(pdfWritten);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(20000));
        // NFKC: the embedded CJK font maps some glyphs back to radicals (⼩ for 小, and ⻋ for 车, which NFKC keeps).
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC)
                                 .replace(QChar(0x2ECB), QChar(0x8F66));
        QVERIFY2(text.contains(QStringLiteral("关于云乐社区停车难的建议")), qPrintable(text));
        // A case number may wrap in its cell, and pdftotext joins the lines without their hyphen.
        const auto bare = [](QString s) { return s.remove(QLatin1Char('-')).remove(QRegularExpression(QStringLiteral("\\s"))); };
        QVERIFY2(bare(text).contains(bare(firstCaseNo)), qPrintable(text));
        for (const QString &id : std::as_const(m_parkingCases)) {
            bool escalated = false;
            for (const CaseEvent &e : CaseEventRepository(ts.store()).listForCase(id))
                escalated = escalated || e.kind == CaseEventKind::Escalated;
            QVERIFY(escalated);
        }
        QVERIFY(!dialog.openDraft());
    }
};

QTEST_MAIN(TestSuggestionGroupsDialog)
#include "tst_suggestiongroupsdialog.moc"
