// The sync page says which rows from the server are kept aside and why (decision 33): a pulled row that
// names a record this PC does not have no longer stops every pull; it waits in sync_held_row and the
// page names it in words (a case by its number and title) with the kind of record it is missing.
#include "../unit/TestStore.h"
#include "Screenshots.h"
#include "i18n/TranslationLoader.h"
#include "storage/HeldRowRepository.h"
#include "storage/Store.h"
#include "sync/SyncController.h"
#include "sync/SyncPage.h"

#include <QLabel>
#include <QTest>

using namespace zt;
using namespace zt::test;

class TestSyncPageHeld : public QObject
{
    Q_OBJECT

private slots:
    void keptRowsAreNamedWithWhatTheyMiss()
    {
        TranslationLoader translations;
        QVERIFY(translations.setLanguage(TranslationLoader::English));
        TestStore store;
        SyncController controller(store.store());
        SyncPage page(store.store(), controller);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *label = page.findChild<QLabel *>(QStringLiteral("heldRowsLabel"));
        QVERIFY(label);
        QVERIFY(!label->isVisible());

        HeldRow held;
        held.row.table = QStringLiteral("cases");
        held.row.seq = 42;
        held.row.op = QStringLiteral("put");
        held.row.row = {{QStringLiteral("id"), QStringLiteral("01a22631-0000-7000-8000-00000000c0de")},
                        {QStringLiteral("case_no"), QStringLiteral("330203007-2026-A0001")},
                        {QStringLiteral("title"), QStringLiteral("南门菜场污水外溢")}};
        held.refColumn = QStringLiteral("category_id");
        held.refTable = QStringLiteral("category");
        held.refId = QStringLiteral("01a22631-0000-7000-8000-0000000ca7e9");
        QVERIFY(HeldRowRepository(store->db()).update({}, {held}));
        emit controller.statusChanged(controller.status());

        QVERIFY(label->isVisible());
        const QString text = label->text();
        QVERIFY2(text.contains(QStringLiteral("Received from the server but not stored yet: 1 record")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Case 330203007-2026-A0001 (南门菜场污水外溢)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Category …0ca7e9")), qPrintable(text));
        saveScreenshots(page, QStringLiteral("syncpage-held"));

        // Stored at last: the notice goes.
        QVERIFY(HeldRowRepository(store->db()).update({held.key()}, {}));
        emit controller.statusChanged(controller.status());
        QVERIFY(!label->isVisible());
    }
};

QTEST_MAIN(TestSyncPageHeld)
#include "tst_syncpageheld.moc"
