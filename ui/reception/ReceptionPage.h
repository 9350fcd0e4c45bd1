#pragma once
// Reception (接待登记): the form a station records a walk-in visit with, from the keyboard alone, with
// the visitor's earlier visits and look-alike open cases beside it and today's visits under it.
// Saving registers every new problem as a case and links the others to existing cases in one go.

#include "EditVisitorDialog.h"
#include "domain/Attachment.h"
#include "domain/Category.h"
#include "workflow/VisitIntake.h"

#include <QHash>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QCompleter;

namespace Ui {
class ReceptionPage;
}

namespace zt {

class ProblemRow;
class Store;
class TodayVisitsModel;

class ReceptionPage : public QWidget
{
    Q_OBJECT
public:
    // Test seams, as in StoreRecovery: the yes/no question (title, text) -> yes, and the reason for
    // cancelling a visit (description) -> reason, or nothing when the user backs out.
    using Ask = std::function<bool(const QString &title, const QString &text)>;
    using AskReason = std::function<std::optional<QString>(const QString &visitDescription)>;
    // Shows the correction form for the visitor and saves through apply; true when saved.
    using EditVisitor = std::function<bool(const Visitor &current, const QString &communityName,
                                           const EditVisitorDialog::Apply &apply)>;

    explicit ReceptionPage(Store &store, QWidget *parent = nullptr);
    ~ReceptionPage() override;

    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void setAskReason(AskReason ask) { m_askReason = std::move(ask); }
    void setEditVisitor(EditVisitor edit) { m_editVisitor = std::move(edit); }

    // Ctrl+S / Enter: checks, shows every problem next to its field, saves when all is well.
    bool save();
    // Ctrl+N: an empty form for the next visitor (asks first when something typed would be lost).
    void startNextVisit();
    // Esc: asks, then empties the form.
    void discardTyped();
    bool hasTypedText() const;

    ProblemRow *addProblem();
    QList<ProblemRow *> problemRows() const { return m_rows; }
    // Copies the files into the attachment folder and attaches them to the visit being typed.
    void addAttachmentFiles(const QStringList &paths);
    int attachmentCount() const { return int(m_attachments.size()); }

    QString lastSavedVisitId() const { return m_lastVisitId; }
    bool exportReceiptPdf(const QString &visitId, const QString &path);
    // Cancels the visit selected in today's list, asking for the reason.
    bool cancelSelectedVisit();
    // Corrects the visitor of the visit selected in today's list.
    bool correctSelectedVisitor();
    TodayVisitsModel *todayModel() const { return m_todayModel; }

signals:
    void visitSaved(const QString &visitId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void loadReferenceData();
    void fillChannels();
    void fillHalfDays();
    void prefillVisit();
    void clearForm();
    void clearErrors();
    void showIssue(const VisitIntake::Issue &issue);
    void showStatus(const QString &text, bool error = false);
    VisitIntake::Input collectInput(QList<VisitIntake::Issue> &issues) const;
    QString communityCode(const QString &text) const;
    QString communityName(const QString &code) const;
    void removeProblem(ProblemRow *row);
    void renumberProblems();
    void updateTabOrder();
    void updateReferenceField();
    void updateAttachmentsLabel();
    void checkPhone();
    void lookUpVisitor();
    void lookUpSimilar();
    void linkSelectedSuggestion();
    void printReceipt(const QString &visitId);
    void exportReceipt(const QString &visitId);
    QString selectedVisitId() const;
    void scheduleDraft();
    QJsonObject draft() const;
    void restoreDraft(const QJsonObject &draft);
    void watchForEnter(QWidget *widget);
    void retranslate();

    std::unique_ptr<Ui::ReceptionPage> m_ui;
    Store &m_store;
    TodayVisitsModel *m_todayModel;
    QList<ProblemRow *> m_rows;
    ProblemRow *m_activeRow = nullptr;
    QList<Category> m_categories;
    QHash<QString, QString> m_codeByName;
    QHash<QString, QString> m_nameByCode;
    QCompleter *m_communityCompleter = nullptr;
    QList<Attachment> m_attachments;
    QTimer m_draftTimer;
    QTimer m_visitorTimer;
    QTimer m_similarTimer;
    Ask m_ask;
    AskReason m_askReason;
    EditVisitor m_editVisitor;
    QString m_lastVisitId;
    bool m_filling = false;   // the form is being filled by code: no draft, no look-ups
    bool m_composing = false; // an input method holds uncommitted text: Enter belongs to it
};

} // namespace zt
