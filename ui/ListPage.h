#pragma once
// A page that shows one of core's list models under a title and a one-line explanation. The later
// feature pages (reception form, case workflow, ...) grow from here.

#include <QWidget>
#include <functional>

class QLabel;
class QTableView;

namespace zt {

class ReadOnlyTableModel;

class ListPage : public QWidget
{
    Q_OBJECT
public:
    using Text = std::function<QString()>;
    // The model is owned by the page; title and hint are asked again after a language switch.
    ListPage(ReadOnlyTableModel *model, Text title, Text hint, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ReadOnlyTableModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fitColumns();

    ReadOnlyTableModel *m_model;
    Text m_title;
    Text m_hint;
    QLabel *m_titleLabel;
    QLabel *m_hintLabel;
    QTableView *m_view;
    bool m_loaded = false;
};

} // namespace zt
