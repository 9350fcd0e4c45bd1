#pragma once
// One problem raised at a visit, as a row of the reception form: the problem in the visitor's words,
// its category, village or community and place, or the existing case it was linked to instead.

#include "domain/Category.h"

#include <QFrame>
#include <memory>

class QCompleter;
class QPlainTextEdit;

namespace Ui {
class ProblemRow;
}

namespace zt {

class ProblemRow : public QFrame
{
    Q_OBJECT
public:
    ProblemRow(const QList<Category> &categories, QCompleter *communityCompleter, QWidget *parent = nullptr);
    ~ProblemRow() override;

    void setNumber(int number);
    QString text() const;
    void setText(const QString &text);
    QString categoryId() const;
    void setCategoryId(const QString &id);
    QString communityText() const;
    void setCommunityText(const QString &text);
    QString location() const;
    void setLocation(const QString &location);
    bool isEmpty() const;

    QString linkedCaseId() const { return m_linkedCaseId; }
    QString linkedCaseNo() const { return m_linkedCaseNo; }
    QString linkedTitle() const { return m_linkedTitle; }
    void setLinkedCase(const QString &caseId, const QString &caseNo, const QString &title);
    void clearLink();

    void showError(const QString &message);
    void clearError();

    QWidget *firstField() const;
    QWidget *lastField() const;
    QPlainTextEdit *textEdit() const;
    void retranslate();

signals:
    void changed();
    void activated(); // a field of the row got the focus: the suggestions follow this row
    void removeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateLinkText();

    std::unique_ptr<Ui::ProblemRow> m_ui;
    QString m_linkedCaseId;
    QString m_linkedCaseNo;
    QString m_linkedTitle;
};

} // namespace zt
