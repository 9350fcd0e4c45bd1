#include "ListPage.h"

#include "models/ReadOnlyTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace zt {

ListPage::ListPage(ReadOnlyTableModel *model, Text title, Text hint, QWidget *parent)
    : QWidget(parent), m_model(model), m_title(std::move(title)), m_hint(std::move(hint))
{
    m_model->setParent(this);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("pageTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("pageHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("listTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Size columns from the first screenful, not every loaded row: the page must open as fast on a
    // store of a million cases as on an empty one.
    m_view->horizontalHeader()->setResizeContentsPrecision(40);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_view, 1);
    retranslate();
}

void ListPage::showEvent(QShowEvent *event)
{
    // Rows are read when the page is first shown, never at start-up for pages nobody opened.
    if (!m_loaded) {
        m_loaded = true;
        m_model->reload();
        fitColumns();
    }
    QWidget::showEvent(event);
}

void ListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_loaded) {
            m_model->languageChanged();
            fitColumns();
        }
    }
    QWidget::changeEvent(event);
}

void ListPage::fitColumns()
{
    m_view->resizeColumnsToContents();
    // Long texts (what was said, titles) would push the other columns off a 1366-pixel screen; their
    // full text is in the tooltip.
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 320));
}

void ListPage::retranslate()
{
    m_titleLabel->setText(m_title());
    m_hintLabel->setText(m_hint());
}

} // namespace zt
